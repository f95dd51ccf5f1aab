#include "IssuedDepositRefund.h"

#include "IssuedSettlement.h"

namespace rentflow {

store::StoreResult<IssuedDepositRefund>
loadIssuedDepositRefund(store::Store& store, const QString& id, const QString& field)
{
    // The voucher shows a part of the settlement statement: read through the same
    // loader, so both print the same rows in the same order, and a settlement whose
    // stored figures do not add up is refused here too.
    auto settlement = loadIssuedSettlement(store, id.trimmed(), field);
    if (!settlement)
        return settlement.error();
    const IssuedSettlement& s = settlement.value();
    IssuedDepositRefund refund;
    refund.settlementId = s.id;
    refund.number = s.number;
    refund.date = s.date;
    refund.residentId = s.residentId;
    refund.residentName = s.residentName;
    refund.residentLanguage = s.residentLanguage;
    refund.residentPhone = s.residentPhone;
    refund.agreementId = s.agreementId;
    refund.stayFrom = s.stayFrom;
    refund.lastDay = s.lastDay;
    refund.propertyName = s.propertyName;
    refund.propertyAddress = s.propertyAddress;
    refund.bed = s.bed;
    refund.held = s.held;
    refund.unpaidDues = s.unpaidDues;
    refund.noticeShortfall = s.noticeShortfall;
    refund.refund = s.refund;
    refund.owed = s.owed;
    refund.finalInvoiceNumber = s.finalInvoiceNumber;
    // One settlement a stay (deposit_settlement.agreement_id is unique), so the stay's
    // refund entries are the settlement's.
    for (const IssuedSettlement::DepositEntry& entry : s.depositEntries)
        if (entry.kind == QLatin1String("refund"))
            refund.depositRefunded += entry.amount;

    // Credit returned first, then the deductions, then the tax, as recorded.
    using Line = IssuedDepositRefund::Line;
    QList<Line> credit;
    QList<Line> tax;
    for (const IssuedSettlement::Line& line : s.lines) {
        if (line.kind == QLatin1String("debit_note"))
            tax.append({Line::Kind::DebitNoteTax,
                        {},
                        line.debitNoteNumber,
                        line.invoiceNumber,
                        line.amount});
        else
            credit.append({line.kind == QLatin1String("credit_note_credit")
                               ? Line::Kind::CreditNoteCredit
                               : Line::Kind::AdvanceCredit,
                           {},
                           {},
                           {},
                           line.amount});
    }
    QList<Line> deductions;
    for (const IssuedSettlement::Deduction& d : s.deductions)
        deductions.append({Line::Kind::Deduction, d.reason, {}, {}, d.amount});
    refund.lines = credit + deductions + tax;
    return refund;
}

} // namespace rentflow
