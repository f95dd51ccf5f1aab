#include "SupplyRegister.h"

#include "domain/IsoDate.h"
#include "store/CheckedRead.h"
#include "store/Store.h"
#include "utilities/UtilityMath.h"

#include <QHash>
#include <QSqlQuery>

namespace rentflow {

using store::StoreResult;

namespace {

QString ledgerOf(const QString& lineKind)
{
    if (lineKind == u"rent")
        return QStringLiteral("rent");
    if (lineKind == u"utility")
        return QStringLiteral("utility");
    return QStringLiteral("other"); // amenities, late fees, one-off charges, damages
}

// `total` shared by `weights`; when every weight is zero (nothing to go by) the
// first part takes it all, so nothing is ever lost.
QList<Money> shares(Money total, const QList<qint64>& weights)
{
    qint64 sum = 0;
    for (qint64 w : weights)
        sum += w;
    if (sum > 0)
        return splitByWeight(total, weights);
    QList<Money> out(weights.size());
    if (!out.isEmpty())
        out[0] = total;
    return out;
}

void addToParts(QList<SupplyPart>& parts, const SupplyPart& line)
{
    for (SupplyPart& part : parts)
        if (part.ledger == line.ledger && part.sac == line.sac && part.rateBp == line.rateBp &&
            part.exempt == line.exempt) {
            part.value += line.value;
            part.cgst += line.cgst;
            part.sgst += line.sgst;
            part.igst += line.igst;
            return;
        }
    parts.append(line);
}

Money paise(const QSqlQuery& q, int column)
{
    return Money::fromPaise(q.value(column).toLongLong());
}

} // namespace

QList<SupplyPart> splitCreditNote(const SupplyCreditNote& note,
                                  const QList<SupplyPart>& invoiceParts)
{
    if (invoiceParts.isEmpty()) // an invoice without lines: the note as one part
        return {SupplyPart{QStringLiteral("other"), QString(), 0, false, note.taxable, note.cgst,
                           note.sgst, note.igst}};
    QList<qint64> values, cgst, sgst, igst;
    for (const SupplyPart& part : invoiceParts) {
        values.append(part.value.paise());
        cgst.append(part.cgst.paise());
        sgst.append(part.sgst.paise());
        igst.append(part.igst.paise());
    }
    const QList<Money> valueShares = shares(note.taxable, values);
    const QList<Money> cgstShares = shares(note.cgst, cgst);
    const QList<Money> sgstShares = shares(note.sgst, sgst);
    const QList<Money> igstShares = shares(note.igst, igst);
    QList<SupplyPart> parts;
    for (qsizetype i = 0; i < invoiceParts.size(); ++i) {
        SupplyPart part = invoiceParts[i];
        part.value = valueShares[i];
        part.cgst = cgstShares[i];
        part.sgst = sgstShares[i];
        part.igst = igstShares[i];
        if (part.value != Money() || part.tax() != Money())
            parts.append(part);
    }
    return parts;
}

StoreResult<SupplyRegister::Documents> SupplyRegister::issuedIn(const ExportPeriod& period) const
{
    const QVariantList range{period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)};
    auto documents = load(QStringLiteral("i.issue_date BETWEEN ? AND ?"),
                          QStringLiteral("c.issue_date BETWEEN ? AND ?"), range, range);
    if (!documents)
        return documents;
    auto debitNotes = debitNotesIn(period);
    if (!debitNotes)
        return debitNotes.error();
    documents.value().debitNotes = debitNotes.value();
    return documents;
}

StoreResult<QList<SupplyDebitNote>> SupplyRegister::debitNotesIn(const ExportPeriod& period) const
{
    const QString notesRead = QStringLiteral("Reading the debit notes to export");
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    // LEFT JOIN: a note whose invoice cannot be read is an error below, never skipped.
    q.prepare(QStringLiteral(
        "SELECT d.id, d.number, d.prefix || '/' || d.financial_year, d.issue_date, d.reason, "
        "d.invoice_id, d.sac, d.rate_bp, d.taxable_paise, d.cgst_paise, d.sgst_paise, "
        "d.igst_paise, d.total_paise, i.id, i.number, i.issue_date, i.resident_id, "
        "i.recipient_name, coalesce(i.recipient_gstin, ''), coalesce(i.supplier_gstin, ''), "
        "i.place_of_supply FROM debit_note d LEFT JOIN invoice i ON i.id = d.invoice_id AND "
        "i.deleted = 0 WHERE d.deleted = 0 AND d.issue_date BETWEEN ? AND ? "
        "ORDER BY d.issue_date, d.number"));
    q.addBindValue(period.from.toString(Qt::ISODate));
    q.addBindValue(period.to.toString(Qt::ISODate));
    if (auto ran = store::checkedExec(m_store, q, notesRead); !ran)
        return ran.error();
    QList<SupplyDebitNote> out;
    while (q.next()) {
        SupplyDebitNote note;
        note.id = q.value(0).toString();
        note.number = q.value(1).toString();
        note.seriesId = q.value(2).toString();
        note.issueDate = storedDate(q.value(3));
        note.reason = q.value(4).toString();
        note.invoiceId = q.value(5).toString();
        note.sac = q.value(6).toString();
        note.rateBp = int(q.value(7).toLongLong());
        note.taxable = paise(q, 8);
        note.cgst = paise(q, 9);
        note.sgst = paise(q, 10);
        note.igst = paise(q, 11);
        note.total = paise(q, 12);
        if (q.value(13).isNull())
            return store::StoreError{store::StoreError::Code::Database,
                                     QStringLiteral("Debit note %1 refers to an invoice that "
                                                    "could not be read")
                                         .arg(note.number)};
        note.invoiceNumber = q.value(14).toString();
        note.invoiceDate = storedDate(q.value(15));
        note.residentId = q.value(16).toString();
        note.recipientName = q.value(17).toString();
        note.recipientGstin = q.value(18).toString();
        note.supplierGstin = q.value(19).toString();
        note.placeOfSupply = q.value(20).toString();
        note.parts = {SupplyPart{QStringLiteral("rent"), note.sac, note.rateBp, false, note.taxable,
                                 note.cgst, note.sgst, note.igst}};
        out.append(note);
    }
    if (auto read = store::checkedEnd(m_store, q, notesRead); !read)
        return read.error();
    return out;
}

StoreResult<SupplyRegister::Documents> SupplyRegister::invoicesOf(const ExportPeriod& period) const
{
    if (!period.billingMonth.isEmpty())
        return load(QStringLiteral("i.billing_month = ?"),
                    QStringLiteral("c.invoice_id IN (SELECT x.id FROM invoice x WHERE "
                                   "x.deleted = 0 AND x.billing_month = ?)"),
                    {period.billingMonth}, {period.billingMonth});
    const QVariantList range{period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)};
    return load(QStringLiteral("i.issue_date BETWEEN ? AND ?"),
                QStringLiteral("c.invoice_id IN (SELECT x.id FROM invoice x WHERE "
                               "x.deleted = 0 AND x.issue_date BETWEEN ? AND ?)"),
                range, range);
}

StoreResult<SupplyRegister::Documents> SupplyRegister::load(const QString& invoiceWhere,
                                                            const QString& noteWhere,
                                                            const QVariantList& invoiceBinds,
                                                            const QVariantList& noteBinds) const
{
    // The invoices asked for, and the invoices of the credit notes asked for (a note
    // is split over its invoice's lines, whenever the invoice was issued).
    const QString wanted = QStringLiteral("((%1) OR i.id IN (SELECT c.invoice_id FROM "
                                          "credit_note c WHERE c.deleted = 0 AND (%2)))")
                               .arg(invoiceWhere, noteWhere);
    const QString invoicesRead = QStringLiteral("Reading the invoices to export");
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT i.id, i.number, i.series_id, i.document_type, i.resident_id, "
                  "i.recipient_name, coalesce(i.recipient_gstin, ''), "
                  "coalesce(i.supplier_gstin, ''), i.place_of_supply, "
                  "coalesce(i.billing_month, ''), i.issue_date, i.reverse_charge, i.status, "
                  "coalesce(i.cancel_reason, ''), i.taxable_paise, i.exempt_paise, i.cgst_paise, "
                  "i.sgst_paise, i.igst_paise, i.round_off_paise, i.total_paise, (%1) "
                  "FROM invoice i WHERE i.deleted = 0 AND %2 ORDER BY i.issue_date, i.number")
                  .arg(invoiceWhere, wanted));
    for (const QVariantList& binds : {invoiceBinds, invoiceBinds, noteBinds})
        for (const QVariant& value : binds)
            q.addBindValue(value);
    if (auto ran = store::checkedExec(m_store, q, invoicesRead); !ran)
        return ran.error();
    QList<SupplyInvoice> all;
    QList<bool> selected;
    QHash<QString, qsizetype> byId;
    while (q.next()) {
        SupplyInvoice invoice;
        invoice.id = q.value(0).toString();
        invoice.number = q.value(1).toString();
        invoice.seriesId = q.value(2).toString();
        invoice.documentType = q.value(3).toString();
        invoice.residentId = q.value(4).toString();
        invoice.recipientName = q.value(5).toString();
        invoice.recipientGstin = q.value(6).toString();
        invoice.supplierGstin = q.value(7).toString();
        invoice.placeOfSupply = q.value(8).toString();
        invoice.billingMonth = q.value(9).toString();
        invoice.issueDate = storedDate(q.value(10));
        invoice.reverseCharge = q.value(11).toLongLong() != 0;
        invoice.cancelled = q.value(12).toString() == u"cancelled";
        invoice.cancelReason = q.value(13).toString();
        invoice.taxable = paise(q, 14);
        invoice.exempt = paise(q, 15);
        invoice.cgst = paise(q, 16);
        invoice.sgst = paise(q, 17);
        invoice.igst = paise(q, 18);
        invoice.roundOff = paise(q, 19);
        invoice.total = paise(q, 20);
        byId.insert(invoice.id, all.size());
        all.append(invoice);
        selected.append(q.value(21).toLongLong() != 0);
    }
    if (auto read = store::checkedEnd(m_store, q, invoicesRead); !read)
        return read.error();

    const QString linesRead = QStringLiteral("Reading the lines of the invoices to export");
    QSqlQuery lines(m_store.database());
    lines.setForwardOnly(true);
    lines.prepare(QStringLiteral("SELECT l.invoice_id, l.kind, coalesce(l.sac, ''), l.rate_bp, "
                                 "l.exempt, l.taxable_paise, l.cgst_paise, l.sgst_paise, "
                                 "l.igst_paise FROM invoice_line l JOIN invoice i ON i.id = "
                                 "l.invoice_id WHERE l.deleted = 0 AND i.deleted = 0 AND %1 "
                                 "ORDER BY l.invoice_id, l.position")
                      .arg(wanted));
    for (const QVariantList& binds : {invoiceBinds, noteBinds})
        for (const QVariant& value : binds)
            lines.addBindValue(value);
    if (auto ran = store::checkedExec(m_store, lines, linesRead); !ran)
        return ran.error();
    while (lines.next()) {
        const auto at = byId.constFind(lines.value(0).toString());
        if (at == byId.constEnd())
            continue;
        addToParts(all[*at].parts,
                   SupplyPart{ledgerOf(lines.value(1).toString()), lines.value(2).toString(),
                              int(lines.value(3).toLongLong()), lines.value(4).toLongLong() != 0,
                              paise(lines, 5), paise(lines, 6), paise(lines, 7), paise(lines, 8)});
    }
    if (auto read = store::checkedEnd(m_store, lines, linesRead); !read)
        return read.error();

    const QString notesRead = QStringLiteral("Reading the credit notes to export");
    QSqlQuery notes(m_store.database());
    notes.setForwardOnly(true);
    notes.prepare(QStringLiteral("SELECT c.id, c.number, c.series_id, c.issue_date, c.reason, "
                                 "c.invoice_id, c.taxable_paise, c.cgst_paise, c.sgst_paise, "
                                 "c.igst_paise, c.total_paise FROM credit_note c "
                                 "WHERE c.deleted = 0 AND (%1) ORDER BY c.issue_date, c.number")
                      .arg(noteWhere));
    for (const QVariant& value : noteBinds)
        notes.addBindValue(value);
    if (auto ran = store::checkedExec(m_store, notes, notesRead); !ran)
        return ran.error();
    Documents documents;
    while (notes.next()) {
        SupplyCreditNote note;
        note.id = notes.value(0).toString();
        note.number = notes.value(1).toString();
        note.seriesId = notes.value(2).toString();
        note.issueDate = storedDate(notes.value(3));
        note.reason = notes.value(4).toString();
        note.invoiceId = notes.value(5).toString();
        note.taxable = paise(notes, 6);
        note.cgst = paise(notes, 7);
        note.sgst = paise(notes, 8);
        note.igst = paise(notes, 9);
        note.total = paise(notes, 10);
        const auto at = byId.constFind(note.invoiceId);
        if (at == byId.constEnd())
            return store::StoreError{store::StoreError::Code::Database,
                                     QStringLiteral("Credit note %1 refers to an invoice that "
                                                    "could not be read")
                                         .arg(note.number)};
        const SupplyInvoice& invoice = all[*at];
        note.invoiceNumber = invoice.number;
        note.invoiceDate = invoice.issueDate;
        note.residentId = invoice.residentId;
        note.recipientName = invoice.recipientName;
        note.recipientGstin = invoice.recipientGstin;
        note.supplierGstin = invoice.supplierGstin;
        note.placeOfSupply = invoice.placeOfSupply;
        note.parts = splitCreditNote(note, invoice.parts);
        documents.creditNotes.append(note);
    }
    if (auto read = store::checkedEnd(m_store, notes, notesRead); !read)
        return read.error();
    for (qsizetype i = 0; i < all.size(); ++i)
        if (selected[i])
            documents.invoices.append(all[i]);
    return documents;
}

} // namespace rentflow
