#pragma once

#include <QDate>
#include <QString>

namespace rentflow::ui {

// A document the window can show, print or save: the same documents as
// `rentflowctl pdf KIND --id ID` (CLI.md), made by reports/.
struct DocumentRef
{
    enum class Kind
    {
        Invoice,
        Receipt,        // a dues payment's receipt (rent receipt for HRA)
        DepositReceipt, // a security deposit payment's receipt
        DepositRefund,  // a settlement's refund voucher
        CreditNote,
        DebitNote,
        Agreement, // a stay's leave-and-licence agreement (id: the agreement's)
        Settlement,
        PoliceForm, // id: the resident's
        Statement   // id: the resident's; from..to
    };
    Kind kind;
    QString id;
    QDate from; // Statement only
    QDate to;
};

} // namespace rentflow::ui
