#include "InvoiceWriter.h"

#include "DocumentSeries.h"
#include "organisation/OrganisationRepository.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

namespace rentflow {

QString documentTypeName(GstDocumentType type)
{
    switch (type) {
    case GstDocumentType::TaxInvoice:
        return QStringLiteral("tax_invoice");
    case GstDocumentType::BillOfSupply:
        return QStringLiteral("bill_of_supply");
    case GstDocumentType::InvoiceCumBillOfSupply:
        return QStringLiteral("invoice_cum_bill_of_supply");
    }
    return QStringLiteral("bill_of_supply");
}

store::StoreStatus InvoiceWriter::readSupplier()
{
    if (m_supplier)
        return store::Done{};
    auto organisation = OrganisationRepository(m_store).current();
    if (!organisation)
        return organisation.error();
    if (!organisation.value())
        return store::StoreError{store::StoreError::Code::InvalidInput,
                                 QStringLiteral("the workspace has no organisation to issue "
                                                "invoices in the name of")};
    const Organisation& org = *organisation.value();
    m_supplier = std::array<QString, 3>{org.name, org.legalName, org.address};
    return store::Done{};
}

store::StoreResult<InvoiceWriter::Issued> InvoiceWriter::issue(const InvoiceDraft& draft,
                                                               const QString& purpose)
{
    if (auto supplier = readSupplier(); !supplier)
        return supplier.error();
    DocumentSeries own(m_store);
    auto number = (m_series ? *m_series : own)
                      .next(DocumentSeries::Kind::Invoice, draft.propertyId, draft.issueDate);
    if (!number)
        return number.error();
    store::RecordWriter writer(m_store);
    QVariantMap invoice{{QStringLiteral("series_id"), number.value().seriesId},
                        {QStringLiteral("number"), number.value().number},
                        {QStringLiteral("financial_year"), number.value().financialYear},
                        {QStringLiteral("document_type"), documentTypeName(draft.documentType)},
                        {QStringLiteral("purpose"), purpose},
                        {QStringLiteral("resident_id"), draft.residentId},
                        {QStringLiteral("agreement_id"), draft.agreementId},
                        {QStringLiteral("property_id"), draft.propertyId},
                        {QStringLiteral("issue_date"), draft.issueDate},
                        {QStringLiteral("due_date"), draft.dueDate},
                        {QStringLiteral("period_start"), draft.period.firstDay()},
                        {QStringLiteral("period_end"), draft.period.lastDay()},
                        {QStringLiteral("billing_month"), draft.period.toString()},
                        {QStringLiteral("recipient_name"), draft.recipientName},
                        {QStringLiteral("place_of_supply"), draft.placeOfSupply},
                        {QStringLiteral("taxable_paise"), draft.totals.taxable.paise()},
                        {QStringLiteral("exempt_paise"), draft.totals.exempt.paise()},
                        {QStringLiteral("cgst_paise"), draft.totals.cgst.paise()},
                        {QStringLiteral("sgst_paise"), draft.totals.sgst.paise()},
                        {QStringLiteral("igst_paise"), draft.totals.igst.paise()},
                        {QStringLiteral("round_off_paise"), draft.totals.roundOff.paise()},
                        {QStringLiteral("total_paise"), draft.totals.total.paise()}};
    for (const auto& [column, value] :
         {std::pair{QStringLiteral("supplier_gstin"), draft.supplierGstin},
          std::pair{QStringLiteral("supplier_name"), (*m_supplier)[0]},
          std::pair{QStringLiteral("supplier_legal_name"), (*m_supplier)[1]},
          std::pair{QStringLiteral("supplier_address"), (*m_supplier)[2]},
          std::pair{QStringLiteral("recipient_gstin"), draft.recipientGstin},
          std::pair{QStringLiteral("recipient_address"), draft.recipientAddress}})
        if (!value.isEmpty())
            invoice.insert(column, value);
    auto invoiceId = writer.insert(QStringLiteral("invoice"), invoice);
    if (!invoiceId)
        return invoiceId.error();

    int position = 0;
    for (const DraftLine& line : draft.lines) {
        QVariantMap row{{QStringLiteral("invoice_id"), invoiceId.value()},
                        {QStringLiteral("position"), ++position},
                        {QStringLiteral("kind"), line.kind},
                        {QStringLiteral("description"), line.description},
                        {QStringLiteral("quantity_hundredths"), line.quantityHundredths},
                        {QStringLiteral("unit_price_paise"), line.gst.taxable.paise()},
                        {QStringLiteral("taxable_paise"), line.gst.taxable.paise()},
                        {QStringLiteral("exempt"), line.gst.exempt ? 1 : 0},
                        {QStringLiteral("rate_bp"), line.gst.rate.basisPoints()},
                        {QStringLiteral("cgst_paise"), line.gst.cgst.paise()},
                        {QStringLiteral("sgst_paise"), line.gst.sgst.paise()},
                        {QStringLiteral("igst_paise"), line.gst.igst.paise()},
                        {QStringLiteral("total_paise"), line.gst.total().paise()},
                        {QStringLiteral("source_id"), line.sourceId}};
        if (!line.sac.isEmpty())
            row.insert(QStringLiteral("sac"), line.sac);
        if (!line.basis.isEmpty())
            row.insert(QStringLiteral("basis"), line.basis);
        if (line.periodFrom.isValid() && line.periodTo.isValid()) {
            row.insert(QStringLiteral("period_from"), line.periodFrom);
            row.insert(QStringLiteral("period_to"), line.periodTo);
        }
        if (auto written = writer.insert(QStringLiteral("invoice_line"), row); !written)
            return written.error();
        static const QStringList chargeKinds = {QStringLiteral("one_off"), QStringLiteral("damage"),
                                                QStringLiteral("late_fee")};
        if (chargeKinds.contains(line.kind))
            if (auto billed = writer.update(QStringLiteral("charge"), line.sourceId,
                                            {{QStringLiteral("invoice_id"), invoiceId.value()}});
                !billed)
                return billed.error();
    }
    return Issued{invoiceId.value(), number.value().number};
}

} // namespace rentflow
