#include "NoteDocument.h"
#include "Signature.h"

#include <render/DocumentLayout.h>
#include <render/PageFrame.h>
#include <text/DocumentText.h>

#include <QRegularExpression>

namespace rentflow::reports {

namespace {

constexpr Label kCreditNote{"CREDIT NOTE", "क्रेडिट नोट"};
constexpr Label kDebitNote{"DEBIT NOTE", "डेबिट नोट"};
constexpr Label kCreditNoteNo{"Credit note No.", "क्रेडिट नोट संख्या"};
constexpr Label kDebitNoteNo{"Debit note No.", "डेबिट नोट संख्या"};
constexpr Label kDate{"Date", "दिनांक"};
constexpr Label kRecipient{"Recipient", "प्राप्तकर्ता"};
constexpr Label kOriginal{"Original invoice", "मूल बीजक"};
constexpr Label kInvoiceNo{"Invoice No.", "बीजक संख्या"};
constexpr Label kInvoiceDate{"Invoice date", "बीजक दिनांक"};
constexpr Label kState{"State", "राज्य"};
constexpr Label kPlaceOfSupply{"Place of supply", "आपूर्ति का स्थान"};
constexpr Label kReverseCharge{"Tax payable on reverse charge", "रिवर्स चार्ज पर देय कर"};
constexpr Label kNo{"No", "नहीं"};
constexpr Label kPremises{"Premises", "परिसर"};
constexpr Label kReason{"Reason", "कारण"};
constexpr Label kBasis{"Basis", "आधार"};
constexpr Label kDescription{"Description", "विवरण"};
constexpr Label kValueColumn{"Value (₹)", "मूल्य (₹)"};
constexpr Label kTaxableColumn{"Taxable value (₹)", "कर योग्य मूल्य (₹)"};
constexpr Label kAmountColumn{"Amount (₹)", "राशि (₹)"};
constexpr Label kTaxColumn{"Tax (₹)", "कर (₹)"};
constexpr Label kCreditLine{"Reduction of the value and tax of invoice %1",
                            "बीजक %1 के मूल्य एवं कर में कमी"};
constexpr Label kDebitLine{"Tax payable on the value of invoice %1, billed exempt",
                           "बीजक %1 के मूल्य पर देय कर (छूट के रूप में बिल किया गया)"};
constexpr Label kValue{"Value", "मूल्य"};
constexpr Label kTaxable{"Taxable value", "कर योग्य मूल्य"};
constexpr Label kTotal{"Total", "कुल"};
constexpr Label kTaxDebited{"Tax debited", "देय कर"};
constexpr Label kInWords{"Amount in words", "राशि शब्दों में"};
constexpr Label kNoTax{"The original invoice billed exempt supplies: this note takes off value "
                       "only, no tax.",
                       "मूल बीजक छूट प्राप्त आपूर्ति का है: यह नोट केवल मूल्य घटाता है, कर नहीं।"};
constexpr Label kUnregistered{"The supplier was not registered under GST: no tax is involved.",
                              "आपूर्तिकर्ता जीएसटी में पंजीकृत नहीं था: इसमें कोई कर नहीं है।"};
constexpr Label kGivenBack{"%1 already paid on the invoice is held as your credit.",
                           "बीजक पर पहले चुकाए गए %1 आपके क्रेडिट के रूप में जमा हैं।"};
constexpr Label kDebitValueNote{
    "The value was billed on the original invoice; this note charges only the tax on it.",
    "मूल्य मूल बीजक में बिल हो चुका है; यह नोट केवल उस पर कर लगाता है।"};
constexpr Label kComputerMade{"This is a computer-generated document.",
                              "यह कंप्यूटर द्वारा बनाया गया दस्तावेज़ है।"};

bool isDebit(const IssuedNote& note)
{
    return note.kind == IssuedNote::Kind::Debit;
}

// The basis the engine writes on a short stay's debit note (models/stays/ShortStayTax.cpp)
// in the document's language; any other text as written.
QString basisText(const QString& basis, Lang lang)
{
    if (lang != Lang::Hindi)
        return basis;
    static const QRegularExpression shortStay(QStringLiteral(
        "^Stay of (\\d+) days \\((\\S+) to (\\S+)\\) ended before the (\\d+) continuous days "
        "its exemption needs \\((.*)\\), so it is taxed for its whole length: (\\S+) on "
        "(₹\\S+) billed exempt on (\\S+) dated (\\S+) \\(CGST Act s\\.34\\(3\\), Rule "
        "53\\(1A\\)\\)$"));
    const auto m = shortStay.match(basis);
    if (!m.hasMatch())
        return basis;
    return QStringLiteral("%1 दिन का निवास (%2 से %3) छूट (%5) के लिए आवश्यक लगातार %4 दिन से "
                          "पहले समाप्त हो गया, इसलिए पूरी अवधि पर कर देय है: बीजक %8 दिनांक %9 "
                          "पर छूट के रूप में बिल किए गए %7 पर %6 (सीजीएसटी अधिनियम धारा 34(3), "
                          "नियम 53(1A))")
        .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5),
             m.captured(6), m.captured(7), m.captured(8), m.captured(9));
}

// The head's rate(s) as on the original: IGST the whole rate, CGST and SGST half each.
QString headRates(const IssuedNote& note, bool half)
{
    QStringList rates;
    for (int bp : note.ratesBp)
        rates << text::percent(half ? bp / 2 : bp);
    return rates.join(QStringLiteral(" / "));
}

bool interState(const IssuedNote& note)
{
    return !note.igst.isZero();
}

bool taxed(const IssuedNote& note)
{
    return !(note.cgst + note.sgst + note.igst).isZero();
}

void noteTable(DocumentLayout& layout, const IssuedNote& note, Lang lang)
{
    const bool tax = taxed(note);
    const bool igst = interState(note);
    QList<TableColumn> columns{
        {kDescription.in(lang), tax ? 3.0 : 5.2, Qt::AlignLeft},
        {QStringLiteral("SAC"), 0, Qt::AlignLeft, QStringLiteral("999999")},
        {(tax ? kTaxableColumn : kValueColumn).in(lang), 1.6, Qt::AlignRight}};
    const QString description =
        (isDebit(note) ? kDebitLine : kCreditLine).in(lang).arg(note.invoice.number);
    QStringList cells{description, note.sac, text::figures(note.value)};
    if (tax) {
        const auto head = [&](Money amount, bool half) {
            return QStringLiteral("%1\n@ %2").arg(text::figures(amount), headRates(note, half));
        };
        if (igst) {
            columns.append({QStringLiteral("IGST (₹)"), 1.3, Qt::AlignRight});
            cells << head(note.igst, false);
        } else {
            columns.append({QStringLiteral("CGST (₹)"), 1.2, Qt::AlignRight});
            columns.append({QStringLiteral("SGST (₹)"), 1.2, Qt::AlignRight});
            cells << head(note.cgst, true) << head(note.sgst, true);
        }
    }
    columns.append({(isDebit(note) ? kTaxColumn : kAmountColumn).in(lang), 1.4, Qt::AlignRight});
    cells << text::figures(note.total);
    layout.table(columns, {{cells}});
}

void totals(DocumentLayout& layout, const IssuedNote& note, Lang lang)
{
    QList<TableRow> rows;
    const auto row = [&](const QString& label, Money amount, bool bold = false) {
        rows.append({{label, text::figures(amount)}, bold, bold});
    };
    row((taxed(note) ? kTaxable : kValue).in(lang), note.value);
    if (interState(note)) {
        row(QStringLiteral("IGST @ ") + headRates(note, false), note.igst);
    } else if (taxed(note)) {
        row(QStringLiteral("CGST @ ") + headRates(note, true), note.cgst);
        row(QStringLiteral("SGST @ ") + headRates(note, true), note.sgst);
    }
    row((isDebit(note) ? kTaxDebited : kTotal).in(lang) + QStringLiteral(" (₹)"), note.total, true);
    layout.summary({{QString(), 2.2, Qt::AlignLeft}, {QString(), 1.3, Qt::AlignRight}}, rows, 0.42);
}

} // namespace

QString NoteDocument::title(const IssuedNote& note, Lang lang)
{
    return (isDebit(note) ? kDebitNote : kCreditNote).in(lang);
}

store::StoreResult<LaidOutDocument>
NoteDocument::layout(QPaintDevice& device, const DocumentFonts& allFonts, const PageSetup& setup,
                     const Issuer& issuer, const IssuedNote& note, Lang lang)
{
    const DocumentFonts fonts = allFonts.forLang(lang);
    const IssuedInvoice& invoice = note.invoice;
    FrameText frameText;
    frameText.title = title(note, lang);
    frameText.details << QStringLiteral("%1: %2").arg(
                             (isDebit(note) ? kDebitNoteNo : kCreditNoteNo).in(lang), note.number)
                      << QStringLiteral("%1: %2").arg(kDate.in(lang), text::date(note.issueDate));
    frameText.footerNote = note.number + QStringLiteral(" · ") + kComputerMade.in(lang);
    const Issuer issuedBy = issuerAsIssued(issuer, invoice); // the original's supplier
    const PageFrame frame(device, setup, fonts, issuedBy.letterhead, frameText, lang);
    DocumentLayout layout(device, setup, fonts, frame.headerHeight(), frame.footerHeight());
    for (const QString& t : frame.texts())
        if (const QString problem = fonts.unprintable(u"organisation", t); !problem.isEmpty())
            return store::StoreError::invalid({{QStringLiteral("organisation"), problem}});

    QStringList recipient{invoice.recipientName};
    if (!invoice.recipientAddress.isEmpty())
        recipient << invoice.recipientAddress;
    if (!invoice.recipientGstin.isEmpty())
        recipient << QStringLiteral("GSTIN: ") + invoice.recipientGstin;
    const QString recipientState =
        invoice.recipientGstin.isEmpty() ? invoice.placeOfSupply : invoice.recipientGstin.left(2);
    recipient << QStringLiteral("%1: %2").arg(kState.in(lang), text::stateWithCode(recipientState));
    QStringList original{
        QStringLiteral("%1: %2").arg(kInvoiceNo.in(lang), invoice.number),
        QStringLiteral("%1: %2").arg(kInvoiceDate.in(lang), text::date(invoice.issueDate)),
        QStringLiteral("%1: %2").arg(kPlaceOfSupply.in(lang),
                                     text::stateWithCode(invoice.placeOfSupply)),
        QStringLiteral("%1: %2").arg(kReverseCharge.in(lang), kNo.in(lang)),
        QStringLiteral("%1: %2").arg(kPremises.in(lang), invoice.propertyName)};
    layout.boxes({{kRecipient.in(lang), recipient}, {kOriginal.in(lang), original}});
    layout.gap(mm(3));
    layout.paragraph(
        QStringLiteral("%1: %2").arg((isDebit(note) ? kBasis : kReason).in(lang),
                                     isDebit(note) ? basisText(note.reason, lang) : note.reason));
    layout.gap(mm(2));
    noteTable(layout, note, lang);
    layout.gap(mm(2));
    totals(layout, note, lang);
    layout.gap(mm(1.5));
    layout.paragraph(
        QStringLiteral("%1: %2").arg(kInWords.in(lang), text::inWords(note.total, lang)),
        {1.0, true});
    if (isDebit(note))
        layout.paragraph(kDebitValueNote.in(lang), {0.85});
    else if (!taxed(note))
        layout.paragraph((invoice.supplierGstin.isEmpty() ? kUnregistered : kNoTax).in(lang),
                         {0.85});
    if (note.givenBack > Money())
        layout.paragraph(kGivenBack.in(lang).arg(text::rupees(note.givenBack)), {0.85});
    layout.gap(mm(4));
    signatureBlock(layout, issuedBy, lang);
    if (!layout.problem().isEmpty())
        return store::StoreError::invalid({{QStringLiteral("note"), layout.problem()}});
    return layout.finish(frame.painter());
}

} // namespace rentflow::reports
