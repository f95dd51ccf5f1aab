#include "DocumentPdf.h"

#include <agreement/AgreementDocument.h>
#include <documents/DocumentRequest.h>

#include <QCoreApplication>

namespace rentflow::ui {

store::StoreStatus writeDocumentPdf(store::Store& store, const DocumentRef& document,
                                    const QString& file, std::optional<reports::Lang> lang,
                                    reports::PageSetup setup)
{
    using Kind = DocumentRef::Kind;
    if (document.kind == Kind::Statement) {
        const reports::StatementRequest request{store,
                                                document.id,
                                                document.from.toString(Qt::ISODate),
                                                document.to.toString(Qt::ISODate),
                                                lang,
                                                setup,
                                                file};
        const auto written = reports::writeStatementPdf(request);
        if (!written)
            return written.error();
        return store::Done{};
    }
    const reports::DocumentRequest request{store, document.id, lang, setup, file};
    store::StoreResult<reports::WrittenDocument> written = [&] {
        switch (document.kind) {
        case Kind::Invoice:
            return reports::writeInvoicePdf(request);
        case Kind::Receipt:
            return reports::writeReceiptPdf(request);
        case Kind::DepositReceipt:
            return reports::writeDepositReceiptPdf(request);
        case Kind::DepositRefund:
            return reports::writeDepositRefundPdf(request);
        case Kind::CreditNote:
            return reports::writeCreditNotePdf(request);
        case Kind::DebitNote:
            return reports::writeDebitNotePdf(request);
        case Kind::Agreement:
            return reports::writeAgreementPdf(request);
        case Kind::Settlement:
            return reports::writeSettlementPdf(request);
        case Kind::PoliceForm:
            return reports::writePoliceFormPdf(request);
        case Kind::Statement:
            break;
        }
        return store::StoreResult<reports::WrittenDocument>(store::StoreError{
            store::StoreError::Code::InvalidInput, QStringLiteral("unknown document")});
    }();
    if (!written)
        return written.error();
    return store::Done{};
}

QString documentKindName(DocumentRef::Kind kind)
{
    using Kind = DocumentRef::Kind;
    switch (kind) {
    case Kind::Invoice:
        return QCoreApplication::translate("rentflow::ui", "Invoice");
    case Kind::Receipt:
        return QCoreApplication::translate("rentflow::ui", "Receipt");
    case Kind::DepositReceipt:
        return QCoreApplication::translate("rentflow::ui", "Deposit receipt");
    case Kind::DepositRefund:
        return QCoreApplication::translate("rentflow::ui", "Deposit refund voucher");
    case Kind::CreditNote:
        return QCoreApplication::translate("rentflow::ui", "Credit note");
    case Kind::DebitNote:
        return QCoreApplication::translate("rentflow::ui", "Debit note");
    case Kind::Agreement:
        return QCoreApplication::translate("rentflow::ui", "Rental agreement");
    case Kind::Settlement:
        return QCoreApplication::translate("rentflow::ui", "Settlement statement");
    case Kind::PoliceForm:
        return QCoreApplication::translate("rentflow::ui", "Police verification form");
    case Kind::Statement:
        return QCoreApplication::translate("rentflow::ui", "Resident statement");
    }
    return {};
}

} // namespace rentflow::ui
