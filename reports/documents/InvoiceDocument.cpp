#include "InvoiceDocument.h"
#include "Signature.h"

#include <render/DocumentLayout.h>
#include <render/PageFrame.h>
#include <render/UpiQr.h>
#include <text/DocumentText.h>

#include <QRegularExpression>

#include <utility>

namespace rentflow::reports {

namespace {

constexpr Label kTaxInvoice{"TAX INVOICE", "कर बीजक"};
constexpr Label kBillOfSupply{"BILL OF SUPPLY", "आपूर्ति का बिल"};
constexpr Label kInvoiceCumBill{"INVOICE-CUM-BILL OF SUPPLY", "बीजक-सह-आपूर्ति का बिल"};
constexpr Label kInvoiceNo{"Invoice No.", "बीजक संख्या"};
constexpr Label kBillNo{"Bill No.", "बिल संख्या"};
constexpr Label kDate{"Date", "दिनांक"};
constexpr Label kDueDate{"Due date", "देय तिथि"};
constexpr Label kBilledTo{"Billed to", "प्राप्तकर्ता"};
constexpr Label kSupply{"Supply details", "आपूर्ति का विवरण"};
constexpr Label kState{"State", "राज्य"};
constexpr Label kPlaceOfSupply{"Place of supply", "आपूर्ति का स्थान"};
constexpr Label kReverseCharge{"Tax payable on reverse charge", "रिवर्स चार्ज पर देय कर"};
constexpr Label kYes{"Yes", "हाँ"};
constexpr Label kNo{"No", "नहीं"};
constexpr Label kPeriod{"Period", "अवधि"};
constexpr Label kPremises{"Premises", "परिसर"};
constexpr Label kRoomBed{"Room/bed", "कमरा/बिस्तर"};
constexpr Label kDescription{"Description", "विवरण"};
constexpr Label kTaxableColumn{"Taxable value (₹)", "कर योग्य मूल्य (₹)"};
constexpr Label kRate{"Rate", "दर"};
constexpr Label kAmountColumn{"Amount (₹)", "राशि (₹)"};
constexpr Label kExempt{"Exempt", "छूट"};
constexpr Label kTaxable{"Taxable value", "कर योग्य मूल्य"};
constexpr Label kExemptValue{"Exempt value", "छूट प्राप्त मूल्य"};
constexpr Label kRoundOff{"Round off", "पूर्णांकन"};
constexpr Label kTotal{"Total", "कुल"};
constexpr Label kInWords{"Amount in words", "राशि शब्दों में"};
constexpr Label kPaid{"Paid", "भुगतान हो चुका"};
constexpr Label kCredited{"Credit notes", "क्रेडिट नोट"};
constexpr Label kBalanceDue{"Balance due", "बकाया राशि"};
constexpr Label kBank{"Bank details", "बैंक विवरण"};
constexpr Label kAccount{"Account", "खाता"};
constexpr Label kTerms{"Terms", "शर्तें"};
constexpr Label kScanToPay{"Scan to pay %1 with any UPI app",
                           "किसी भी UPI ऐप से %1 चुकाने के लिए स्कैन करें"};
constexpr Label kCancelled{"CANCELLED on %1: %2", "%1 को रद्द: %2"};
constexpr Label kExemptNote{"Lines marked Exempt are exempt supplies: no GST is charged on them.",
                            "‘छूट’ वाली पंक्तियाँ छूट प्राप्त आपूर्ति हैं: उन पर जीएसटी नहीं लगता।"};
constexpr Label kUnregisteredNote{"The supplier is not registered under GST: no tax is charged.",
                                  "आपूर्तिकर्ता जीएसटी में पंजीकृत नहीं है: कोई कर नहीं लिया गया।"};
constexpr Label kExemptSupplyNote{"This is an exempt supply: no GST is charged.",
                                  "यह छूट प्राप्त आपूर्ति है: इस पर जीएसटी नहीं लगता।"};
constexpr Label kComputerMade{"This is a computer-generated document.",
                              "यह कंप्यूटर द्वारा बनाया गया दस्तावेज़ है।"};

// Lines whose wording the engine writes get the document's language; the
// operator's own descriptions (a charge's name) are printed as typed.
constexpr Label kRent{"Rent", "किराया"};
constexpr Label kLateFee{"Late fee", "विलंब शुल्क"};
constexpr Label kElectricity{"Electricity share", "बिजली का हिस्सा"};
constexpr Label kWater{"Water share", "पानी का हिस्सा"};
constexpr Label kGas{"Gas share", "गैस का हिस्सा"};
constexpr Label kDeposit{"Security deposit", "सुरक्षा जमा"};
constexpr Label kAdvance{"Advance", "अग्रिम"};
// The monthly charges a check-in names by kind (models/stays/CheckIn.cpp chargeName):
// the engine writes "Food for September 2026", so these are its wording too.
constexpr Label kRecurring[] = {{"Food", "भोजन"},      {"Laundry", "लॉन्ड्री"},
                                {"Wi-Fi", "वाई-फ़ाई"},  {"Maintenance", "रखरखाव"},
                                {"Parking", "पार्किंग"}, {"Other charges", "अन्य शुल्क"}};

// A monthly charge's name in Hindi when the engine named it, else the description as typed.
QString recurringHead(const QString& description, Lang lang)
{
    for (const Label& name : kRecurring)
        if (description.startsWith(QString::fromUtf8(name.en) + QStringLiteral(" for ")))
            return name.in(lang);
    return description;
}

// A meter reading's basis, as the engine writes it (models/billing/UtilityShareLoader,
// Tariff::describe), in Hindi: "Reading 1000.00 → 1120.50 = 120.50 units × ₹8.50 + fixed
// ₹50.00 = ₹1,074.25; 02-09-2026 to 30-09-2026: 29 days × 2 beds = 58 bed-days; your 29
// days = 60.25 units, ₹537.13; 13 empty bed-days are the operator's" phrase by phrase.
QString readingBasisInHindi(QString basis)
{
    // Built once: an invoice batch formats thousands of lines.
    static const auto phrases = [] {
        const std::pair<const char*, const char*> pairs[] = {
            {"^Reading ", "रीडिंग "},
            {" → ", " से "},
            {"(\\d{2}-\\d{2}-\\d{4}) to (\\d{2}-\\d{2}-\\d{4})", "\\1 से \\2"},
            {" units × ", " यूनिट × "},
            {"fixed ₹", "स्थायी शुल्क ₹"},
            {" days × (\\d+) beds of the property = ", " दिन × पूरे परिसर के \\1 बेड = "},
            {" days × (\\d+) beds = ", " दिन × \\1 बेड = "},
            {" bed-days; your (\\d+) days = ", " बेड-दिन; आपके \\1 दिन = "},
            {"split equally among (\\d+) residents: your share ",
             "\\1 निवासियों में बराबर बँटा: आपका हिस्सा "},
            {" units, ₹", " यूनिट, ₹"},
            {"; (\\d+) empty bed-days are the operator's",
             "; \\1 खाली बेड-दिनों का हिस्सा संचालक वहन करेगा"},
        };
        QList<std::pair<QRegularExpression, QString>> list;
        for (const auto& [english, hindi] : pairs)
            list.append({QRegularExpression(QString::fromUtf8(english)), QString::fromUtf8(hindi)});
        return list;
    }();
    for (const auto& [english, hindi] : phrases)
        basis.replace(english, hindi);
    return basis;
}

// The engine's proration basis ("₹30,000.00 per month", "21 of 30 days × ₹30,000.00
// per month") and a meter reading's in the document's language; other bases as written.
QString basisText(const QString& basis, Lang lang)
{
    if (lang != Lang::Hindi)
        return basis;
    if (basis.startsWith(QLatin1String("Reading ")))
        return readingBasisInHindi(basis);
    static const QRegularExpression prorated(
        QStringLiteral("^(\\d+) of (\\d+) days × (₹[\\d,.]+) per month$"));
    static const QRegularExpression monthly(QStringLiteral("^(₹[\\d,.]+) per month$"));
    if (const auto m = prorated.match(basis); m.hasMatch())
        return QStringLiteral("%1 में से %2 दिन × %3 प्रति माह")
            .arg(m.captured(2), m.captured(1), m.captured(3));
    if (const auto m = monthly.match(basis); m.hasMatch())
        return QStringLiteral("%1 प्रति माह").arg(m.captured(1));
    return basis;
}

QString lineText(const IssuedInvoiceLine& line, Lang lang)
{
    QString head = line.description;
    if (lang == Lang::Hindi) {
        if (line.kind == QLatin1String("rent"))
            head = kRent.in(lang);
        else if (line.kind == QLatin1String("late_fee"))
            head = kLateFee.in(lang);
        else if (line.kind == QLatin1String("deposit"))
            head = kDeposit.in(lang);
        else if (line.kind == QLatin1String("advance"))
            head = kAdvance.in(lang);
        else if (line.kind == QLatin1String("recurring"))
            head = recurringHead(line.description, lang);
        else if (line.kind == QLatin1String("utility"))
            head =
                line.description.startsWith(QLatin1String("Water"))
                    ? kWater.in(lang)
                    : (line.description.startsWith(QLatin1String("Gas")) ? kGas.in(lang)
                                                                         : kElectricity.in(lang));
        if (line.kind == QLatin1String("utility")) {
            // "Electricity, room 301, …" / "Electricity, common areas, …": which meter.
            static const QRegularExpression room(QStringLiteral("^\\w+, room ([^,]+),"));
            if (const auto m = room.match(line.description); m.hasMatch())
                head += QStringLiteral(", कमरा ") + m.captured(1);
            else if (line.description.contains(QLatin1String(", common areas")))
                head += QStringLiteral(", साझा क्षेत्र");
        }
        if (line.periodFrom.isValid())
            head += QStringLiteral(", ") + text::dateRange(line.periodFrom, line.periodTo, lang);
    } else if (line.periodFrom.isValid() && line.kind != QLatin1String("rent") &&
               line.kind != QLatin1String("utility")) {
        head += QStringLiteral(", ") + text::dateRange(line.periodFrom, line.periodTo, lang);
    }
    if (!line.basis.isEmpty()) {
        // The reading basis says "1000.00 → 1300.00"; printed with "to", so an invoice
        // needs no symbol font (each font in a PDF costs a few milliseconds to embed).
        QString basis = basisText(line.basis, lang);
        head += QLatin1Char('\n') + basis.replace(QStringLiteral(" → "), QStringLiteral(" to "));
    }
    return head;
}

bool interState(const IssuedInvoice& invoice)
{
    for (const IssuedInvoiceLine& line : invoice.lines)
        if (!line.igst.isZero())
            return true;
    return !invoice.igst.isZero();
}

// The line table: a bill of supply has no tax columns. Each tax head has its own
// rate and amount column (Rule 46 (m), (n)), so a line takes one text line and a
// 40-line invoice fits two pages; an exempt line says so under its description.
void lineTable(DocumentLayout& layout, const IssuedInvoice& invoice, Lang lang)
{
    const bool taxColumns = invoice.documentType != QLatin1String("bill_of_supply");
    const bool igst = interState(invoice);
    QList<TableColumn> columns{{QStringLiteral("#"), 0.45, Qt::AlignRight},
                               {kDescription.in(lang), taxColumns ? 3.2 : 5.4, Qt::AlignLeft},
                               {QStringLiteral("SAC"), 0, Qt::AlignLeft, QStringLiteral("999999")}};
    const QStringList heads = igst ? QStringList{QStringLiteral("IGST")}
                                   : QStringList{QStringLiteral("CGST"), QStringLiteral("SGST")};
    if (taxColumns) {
        columns.append({kTaxableColumn.in(lang), 1.35, Qt::AlignRight});
        for (const QString& head : heads) {
            columns.append({head + QLatin1Char(' ') + kRate.in(lang), 0, Qt::AlignRight, head});
            columns.append({head + QStringLiteral(" (₹)"), igst ? 1.45 : 1.05, Qt::AlignRight});
        }
    }
    columns.append({kAmountColumn.in(lang), 1.35, Qt::AlignRight});
    QList<TableRow> rows;
    int number = 0;
    for (const IssuedInvoiceLine& line : invoice.lines) {
        QString description = lineText(line, lang);
        if (taxColumns && line.exempt)
            description += QLatin1Char('\n') + kExempt.in(lang);
        QStringList cells{QString::number(++number), description, line.sac};
        if (taxColumns) {
            cells.append(text::figures(line.taxable));
            const QList<Money> amounts =
                igst ? QList<Money>{line.igst} : QList<Money>{line.cgst, line.sgst};
            for (const Money& amount : amounts) {
                cells.append(line.exempt ? QStringLiteral("—")
                                         : text::percent(igst ? line.rateBp : line.rateBp / 2));
                cells.append(line.exempt ? QStringLiteral("—") : text::figures(amount));
            }
        }
        cells.append(text::figures(line.total));
        rows.append({cells});
    }
    layout.table(columns, rows);
}

void totals(DocumentLayout& layout, const IssuedInvoice& invoice, Lang lang)
{
    QList<TableRow> rows;
    const auto row = [&](const QString& label, Money amount, bool bold = false) {
        rows.append({{label, text::figures(amount)}, bold, bold});
    };
    if (!invoice.taxable.isZero())
        row(kTaxable.in(lang), invoice.taxable);
    if (!invoice.exempt.isZero())
        row(kExemptValue.in(lang), invoice.exempt);
    if (interState(invoice)) {
        row(QStringLiteral("IGST"), invoice.igst);
    } else if (invoice.documentType != QLatin1String("bill_of_supply")) {
        row(QStringLiteral("CGST"), invoice.cgst);
        row(QStringLiteral("SGST"), invoice.sgst);
    }
    row(kRoundOff.in(lang), invoice.roundOff);
    row(kTotal.in(lang) + QStringLiteral(" (₹)"), invoice.total, true);
    layout.summary({{QString(), 2.2, Qt::AlignLeft}, {QString(), 1.3, Qt::AlignRight}}, rows, 0.42);
}

QStringList bankLines(const Issuer& issuer, Lang lang)
{
    QStringList lines;
    if (!issuer.bankAccount.isEmpty()) {
        lines << kBank.in(lang);
        if (!issuer.bankName.isEmpty())
            lines << issuer.bankName;
        lines << kAccount.in(lang) + QStringLiteral(": ") + issuer.bankAccount;
        if (!issuer.bankIfsc.isEmpty())
            lines << QStringLiteral("IFSC: ") + issuer.bankIfsc;
    }
    if (!issuer.upiVpa.isEmpty())
        lines << QStringLiteral("UPI: ") + issuer.upiVpa;
    if (!issuer.terms.isEmpty())
        lines << QString() << kTerms.in(lang) << issuer.terms;
    return lines;
}

// Bank details and terms at the left, the UPI QR for the balance at the right.
store::StoreStatus paymentBlock(DocumentLayout& layout, const Issuer& issuer,
                                const IssuedInvoice& invoice, Lang lang)
{
    const QStringList lines = bankLines(issuer, lang);
    const bool qr = !invoice.cancelled && invoice.balance > Money() && !issuer.upiVpa.isEmpty();
    std::optional<QrCode> code;
    QString caption;
    if (qr) {
        auto encoded =
            QrCode::encode(upiUri({issuer.upiVpa, issuer.letterhead.name, invoice.balance,
                                   QStringLiteral("Invoice ") + invoice.number}));
        if (!encoded)
            return encoded.error();
        code = encoded.value();
        caption = kScanToPay.in(lang).arg(text::rupees(invoice.balance));
    }
    if (lines.isEmpty() && !qr)
        return store::Done{};
    const QFont bodyFont = layout.font(0.9);
    const QFont captionFont = layout.font(0.8);
    const qreal qrSide = mm(30);
    const qreal textWidth = layout.contentWidth() - (qr ? qrSide + mm(6) : 0);
    const QString body = lines.join(QLatin1Char('\n'));
    const qreal captionHeight = qr ? layout.textHeight(caption, captionFont, qrSide + mm(6)) : 0;
    const qreal height =
        qMax(layout.textHeight(body, bodyFont, textWidth), qr ? qrSide + captionHeight : 0);
    layout.block(height + mm(2), [=](QPainter& p, const QRectF& rect) {
        DocumentLayout::drawText(p, QRectF(rect.left(), rect.top(), textWidth, rect.height()),
                                 bodyFont, body);
        if (code) {
            const QRectF square(rect.right() - qrSide - mm(3), rect.top(), qrSide, qrSide);
            code->paint(p, square);
            DocumentLayout::drawText(p,
                                     QRectF(rect.right() - qrSide - mm(6), square.bottom(),
                                            qrSide + mm(6), captionHeight),
                                     captionFont, caption, Qt::AlignHCenter);
        }
    });
    return store::Done{};
}

// The first text typed by a person that the fonts cannot print, named by its
// field ("the resident's name: the character 'ம' (U+0BAE, Tamil) …"); empty if none.
// Checked before anything is laid out, so the error names the field, not "text".
QString unprintableField(const DocumentFonts& fonts, const IssuedInvoice& invoice)
{
    QList<std::pair<QString, QString>> fields{
        {QStringLiteral("the resident's name"), invoice.recipientName},
        {QStringLiteral("the resident's address"), invoice.recipientAddress},
        {QStringLiteral("the property's name"), invoice.propertyName},
        {QStringLiteral("the property's address"), invoice.propertyAddress},
        {QStringLiteral("the bed"), invoice.bed},
        {QStringLiteral("the cancellation reason"), invoice.cancelReason}};
    for (const IssuedInvoiceLine& line : invoice.lines)
        fields.append({QStringLiteral("line %1's description").arg(line.position),
                       line.description + QLatin1Char('\n') + line.basis});
    for (const auto& [field, text] : fields)
        if (QString problem = fonts.unprintable(field, text); !problem.isEmpty())
            return problem;
    return {};
}

} // namespace

QString InvoiceDocument::title(const IssuedInvoice& invoice, Lang lang)
{
    if (invoice.documentType == QLatin1String("bill_of_supply"))
        return kBillOfSupply.in(lang);
    if (invoice.documentType == QLatin1String("invoice_cum_bill_of_supply"))
        return kInvoiceCumBill.in(lang);
    return kTaxInvoice.in(lang);
}

QString InvoiceDocument::unprintable(const DocumentFonts& fonts, const IssuedInvoice& invoice)
{
    const QString problem = unprintableField(fonts, invoice);
    return problem.isEmpty()
               ? problem
               : QStringLiteral("invoice %1 cannot be printed: %2").arg(invoice.number, problem);
}

store::StoreResult<LaidOutDocument>
InvoiceDocument::layout(QPaintDevice& device, const DocumentFonts& allFonts, const PageSetup& setup,
                        const Issuer& issuer, const IssuedInvoice& invoice, Lang lang)
{
    const DocumentFonts fonts = allFonts.forLang(lang);
    if (const QString problem = unprintable(fonts, invoice); !problem.isEmpty())
        return store::StoreError::invalid({{QStringLiteral("id"), problem}});
    const bool bill = invoice.documentType == QLatin1String("bill_of_supply");
    FrameText frameText;
    frameText.title = title(invoice, lang);
    frameText.details << QStringLiteral("%1: %2").arg((bill ? kBillNo : kInvoiceNo).in(lang),
                                                      invoice.number)
                      << QStringLiteral("%1: %2").arg(kDate.in(lang),
                                                      text::date(invoice.issueDate));
    if (invoice.dueDate.isValid())
        frameText.details << QStringLiteral("%1: %2").arg(kDueDate.in(lang),
                                                          text::date(invoice.dueDate));
    frameText.footerNote = invoice.number + QStringLiteral(" · ") + kComputerMade.in(lang);
    const Issuer issuedBy = issuerAsIssued(issuer, invoice);
    const Letterhead& letterhead = issuedBy.letterhead;
    const PageFrame frame(device, setup, fonts, letterhead, frameText, lang);
    DocumentLayout layout(device, setup, fonts, frame.headerHeight(), frame.footerHeight());
    for (const QString& t : frame.texts())
        if (const QString problem = fonts.unprintable(u"organisation", t); !problem.isEmpty())
            return store::StoreError::invalid({{QStringLiteral("organisation"), problem}});

    if (invoice.cancelled) {
        layout.paragraph(
            kCancelled.in(lang).arg(text::date(invoice.cancelledOn), invoice.cancelReason),
            {1.3, true, Qt::AlignLeft, QColor(0xb0, 0x00, 0x20)});
        layout.gap(mm(1.5));
    }
    QStringList recipient{invoice.recipientName};
    if (!invoice.recipientAddress.isEmpty())
        recipient << invoice.recipientAddress;
    if (!invoice.recipientGstin.isEmpty())
        recipient << QStringLiteral("GSTIN: ") + invoice.recipientGstin;
    const QString recipientState =
        invoice.recipientGstin.isEmpty() ? invoice.placeOfSupply : invoice.recipientGstin.left(2);
    recipient << QStringLiteral("%1: %2").arg(kState.in(lang), text::stateWithCode(recipientState));
    QStringList supply{QStringLiteral("%1: %2").arg(kPlaceOfSupply.in(lang),
                                                    text::stateWithCode(invoice.placeOfSupply)),
                       QStringLiteral("%1: %2").arg(kReverseCharge.in(lang),
                                                    (invoice.reverseCharge ? kYes : kNo).in(lang))};
    if (invoice.periodStart.isValid())
        supply << QStringLiteral("%1: %2").arg(
            kPeriod.in(lang), text::dateRange(invoice.periodStart, invoice.periodEnd, lang));
    supply << QStringLiteral("%1: %2, %3")
                  .arg(kPremises.in(lang), invoice.propertyName, invoice.propertyAddress);
    if (!invoice.bed.isEmpty())
        supply << QStringLiteral("%1: %2").arg(kRoomBed.in(lang), invoice.bed);
    layout.boxes({{kBilledTo.in(lang), recipient}, {kSupply.in(lang), supply}});
    layout.gap(mm(3));

    lineTable(layout, invoice, lang);
    layout.gap(mm(2));
    totals(layout, invoice, lang);
    layout.gap(mm(1.5));
    layout.paragraph(
        QStringLiteral("%1: %2").arg(kInWords.in(lang), text::inWords(invoice.total, lang)),
        {1.0, true});
    if (!invoice.paid.isZero() || !invoice.credited.isZero()) {
        QStringList parts;
        if (!invoice.paid.isZero())
            parts << QStringLiteral("%1: %2").arg(kPaid.in(lang), text::rupees(invoice.paid));
        if (!invoice.credited.isZero())
            parts << QStringLiteral("%1: %2").arg(kCredited.in(lang),
                                                  text::rupees(invoice.credited));
        layout.paragraph(parts.join(QStringLiteral("   ")));
    }
    if (!invoice.cancelled)
        layout.paragraph(
            QStringLiteral("%1: %2").arg(kBalanceDue.in(lang), text::rupees(invoice.balance)),
            {1.1, true});
    bool anyExempt = false;
    for (const IssuedInvoiceLine& line : invoice.lines)
        anyExempt = anyExempt || line.exempt;
    if (invoice.supplierGstin.isEmpty())
        layout.paragraph(kUnregisteredNote.in(lang), {0.85});
    else if (invoice.documentType == QLatin1String("bill_of_supply"))
        layout.paragraph(kExemptSupplyNote.in(lang), {0.85});
    else if (anyExempt)
        layout.paragraph(kExemptNote.in(lang), {0.85});
    layout.gap(mm(3));
    if (auto block = paymentBlock(layout, issuer, invoice, lang); !block)
        return block.error();
    layout.gap(mm(2));
    signatureBlock(layout, issuedBy, lang);
    if (!layout.problem().isEmpty())
        return store::StoreError::invalid({{QStringLiteral("invoice"), layout.problem()}});
    return layout.finish(frame.painter());
}

} // namespace rentflow::reports
