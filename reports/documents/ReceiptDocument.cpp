#include "ReceiptDocument.h"
#include "Signature.h"

#include <render/DocumentLayout.h>
#include <render/PageFrame.h>
#include <text/DocumentText.h>

namespace rentflow::reports {

namespace {

constexpr Label kRentReceipt{"RENT RECEIPT", "किराया रसीद"};
constexpr Label kDepositReceipt{"SECURITY DEPOSIT RECEIPT", "सुरक्षा जमा रसीद"};
constexpr Label kReceiptNo{"Receipt No.", "रसीद संख्या"};
constexpr Label kDate{"Date", "दिनांक"};
constexpr Label kReversed{"REVERSED on %1: %2", "%1 को निरस्त: %2"};
constexpr Label kReversedNote{"This payment was reversed: the receipt is void.",
                              "यह भुगतान निरस्त हो चुका है: यह रसीद अमान्य है।"};
constexpr Label kRentSentence{
    "Received with thanks from %1 the sum of %2 (%3) by %4 towards rent and charges for the "
    "premises below, for %5.",
    "%1 से %2 (%3) %4 द्वारा नीचे दिए परिसर के किराये एवं शुल्क हेतु, %5 के लिए, धन्यवाद सहित "
    "प्राप्त हुए।"};
constexpr Label kDepositSentence{
    "Received with thanks from %1 the sum of %2 (%3) by %4 as refundable security deposit for "
    "the stay below.",
    "%1 से %2 (%3) %4 द्वारा नीचे दिए निवास हेतु वापसी-योग्य सुरक्षा जमा के रूप में धन्यवाद सहित "
    "प्राप्त हुए।"};
constexpr Label kTenant{"Tenant (paid by)", "किरायेदार (भुगतानकर्ता)"};
constexpr Label kResident{"Resident (paid by)", "निवासी (भुगतानकर्ता)"};
constexpr Label kLandlord{"Landlord (received by)", "मकान मालिक (प्राप्तकर्ता)"};
constexpr Label kPremises{"Premises", "परिसर"};
constexpr Label kStay{"Stay", "निवास"};
constexpr Label kPayment{"Payment", "भुगतान"};
constexpr Label kPhone{"Phone", "फ़ोन"};
constexpr Label kRoomBed{"Room/bed", "कमरा/बिस्तर"};
constexpr Label kStayFrom{"Stay from", "निवास आरंभ"};
constexpr Label kMonthlyRent{"Monthly rent", "मासिक किराया"};
constexpr Label kAmount{"Amount", "राशि"};
constexpr Label kMode{"Mode", "माध्यम"};
constexpr Label kReference{"Reference (UTR / cheque no.)", "संदर्भ (UTR / चेक संख्या)"};
constexpr Label kPeriodCovered{"Period covered", "अवधि"};
constexpr Label kAdvance{"advance %1", "अग्रिम %1"};
constexpr Label kAdvanceRow{"Advance", "अग्रिम"};
constexpr Label kAdvancePeriod{"for invoices to come", "आगे के बिलों के लिए"};
constexpr Label kInvoiceNo{"Invoice No.", "बीजक संख्या"};
constexpr Label kInvoiceDate{"Invoice date", "बीजक दिनांक"};
constexpr Label kPeriod{"Period", "अवधि"};
constexpr Label kPaidColumn{"Amount paid (₹)", "भुगतान राशि (₹)"};
constexpr Label kTotalReceived{"Total received", "कुल प्राप्त"};
constexpr Label kInWords{"Amount in words", "राशि शब्दों में"};
constexpr Label kPanNote{
    "The landlord's PAN is given because the annual rent (%1 × 12 = %2) exceeds ₹1,00,000.",
    "वार्षिक किराया (%1 × 12 = %2) ₹1,00,000 से अधिक है, इसलिए मकान मालिक का PAN दिया गया है।"};
constexpr Label kDepositNote{
    "A security deposit is held, not income: no GST is charged on it. It is returned at "
    "check-out, less what is due under the agreement, against a refund voucher.",
    "सुरक्षा जमा आय नहीं, धरोहर है: इस पर जीएसटी नहीं लगता। यह निवास समाप्ति पर, अनुबंध के अनुसार "
    "देय राशि घटाकर, वापसी वाउचर पर लौटाई जाती है।"};
constexpr Label kComputerMade{"This is a computer-generated document.",
                              "यह कंप्यूटर द्वारा बनाया गया दस्तावेज़ है।"};

constexpr Label kCash{"cash", "नकद"};
constexpr Label kUpi{"UPI", "UPI"};
constexpr Label kBank{"bank transfer", "बैंक ट्रांसफ़र"};
constexpr Label kCheque{"cheque", "चेक"};
constexpr Label kCard{"card", "कार्ड"};

QString modeText(const QString& method, Lang lang)
{
    if (method == QLatin1String("cash"))
        return kCash.in(lang);
    if (method == QLatin1String("upi"))
        return kUpi.in(lang);
    if (method == QLatin1String("bank"))
        return kBank.in(lang);
    if (method == QLatin1String("cheque"))
        return kCheque.in(lang);
    if (method == QLatin1String("card"))
        return kCard.in(lang);
    return method;
}

// A mode as a box prints it: capitalised in English ("Cash", "Bank transfer").
QString modeHeading(const QString& method, Lang lang)
{
    QString mode = modeText(method, lang);
    if (lang == Lang::English && !mode.isEmpty())
        mode[0] = mode[0].toUpper();
    return mode;
}

// A mode as the sentence prints it: "UPI (UTR 4512…)", "cash".
QString modeWithReference(const IssuedReceipt& receipt, Lang lang)
{
    QString mode = modeText(receipt.method, lang);
    if (!receipt.reference.isEmpty())
        mode += QStringLiteral(" (%1)").arg(receipt.reference);
    return mode;
}

// A whole calendar month is its name ("November 2026"), else its days.
QString periodText(const ReceiptInvoice& invoice, Lang lang)
{
    if (invoice.periodStart.isValid() && invoice.periodEnd.isValid()) {
        const bool wholeMonth = invoice.periodStart.day() == 1 &&
                                invoice.periodEnd == invoice.periodStart.addMonths(1).addDays(-1);
        return wholeMonth ? text::monthYear(invoice.periodStart, lang)
                          : text::dateRange(invoice.periodStart, invoice.periodEnd, lang);
    }
    const QDate month =
        QDate::fromString(invoice.billingMonth + QStringLiteral("-01"), Qt::ISODate);
    return month.isValid() ? text::monthYear(month, lang) : QStringLiteral("—");
}

QString periodCovered(const IssuedReceipt& receipt, Lang lang)
{
    QStringList periods;
    for (const ReceiptInvoice& invoice : receipt.invoices) {
        const QString period = periodText(invoice, lang);
        if (!periods.contains(period))
            periods.append(period);
    }
    if (receipt.advance > Money())
        periods.append(kAdvance.in(lang).arg(text::rupees(receipt.advance)));
    return periods.join(QStringLiteral(", "));
}

QStringList landlordLines(const Issuer& issuer, const IssuedReceipt& receipt)
{
    QStringList lines{issuer.letterhead.name};
    if (!issuer.letterhead.address.isEmpty())
        lines << issuer.letterhead.address;
    if (receipt.panRequired())
        lines << QStringLiteral("PAN: ") + issuer.letterhead.pan;
    return lines;
}

QStringList premisesLines(const IssuedReceipt& receipt, Lang lang)
{
    QStringList lines{receipt.propertyName};
    if (!receipt.propertyAddress.isEmpty())
        lines << receipt.propertyAddress;
    if (!receipt.bed.isEmpty())
        lines << QStringLiteral("%1: %2").arg(kRoomBed.in(lang), receipt.bed);
    lines << QStringLiteral("%1: %2").arg(kStayFrom.in(lang), text::date(receipt.stayFrom));
    lines << QStringLiteral("%1: %2").arg(kMonthlyRent.in(lang), text::rupees(receipt.monthlyRent));
    return lines;
}

void invoiceTable(DocumentLayout& layout, const IssuedReceipt& receipt, Lang lang)
{
    const QList<TableColumn> columns{{kInvoiceNo.in(lang), 1.6, Qt::AlignLeft},
                                     {kInvoiceDate.in(lang), 1.2, Qt::AlignLeft},
                                     {kPeriod.in(lang), 2.2, Qt::AlignLeft},
                                     {kPaidColumn.in(lang), 1.3, Qt::AlignRight}};
    QList<TableRow> rows;
    for (const ReceiptInvoice& invoice : receipt.invoices)
        rows.append({{invoice.number, text::date(invoice.issueDate), periodText(invoice, lang),
                      text::figures(invoice.amount)}});
    if (receipt.advance > Money())
        rows.append({{kAdvanceRow.in(lang), QString(), kAdvancePeriod.in(lang),
                      text::figures(receipt.advance)}});
    rows.append({{kTotalReceived.in(lang), QString(), QString(), text::figures(receipt.amount)},
                 true,
                 true});
    layout.table(columns, rows);
}

} // namespace

QString ReceiptDocument::title(const IssuedReceipt& receipt, Lang lang)
{
    return (receipt.purpose == QLatin1String("deposit") ? kDepositReceipt : kRentReceipt).in(lang);
}

store::StoreResult<LaidOutDocument>
ReceiptDocument::layout(QPaintDevice& device, const DocumentFonts& allFonts, const PageSetup& setup,
                        const Issuer& issuer, const IssuedReceipt& receipt, Lang lang)
{
    const DocumentFonts fonts = allFonts.forLang(lang);
    const bool deposit = receipt.purpose == QLatin1String("deposit");
    FrameText frameText;
    frameText.title = title(receipt, lang);
    frameText.details << QStringLiteral("%1: %2").arg(kReceiptNo.in(lang), receipt.number)
                      << QStringLiteral("%1: %2").arg(kDate.in(lang), text::date(receipt.date));
    frameText.footerNote = receipt.number + QStringLiteral(" · ") + kComputerMade.in(lang);
    // The PAN is printed where the HRA rule asks for it (the landlord's box), not in
    // the letterhead of every receipt.
    Letterhead letterhead = issuer.letterhead;
    letterhead.pan.clear();
    const PageFrame frame(device, setup, fonts, letterhead, frameText, lang);
    DocumentLayout layout(device, setup, fonts, frame.headerHeight(), frame.footerHeight());
    for (const QString& t : frame.texts())
        if (const QString problem = fonts.unprintable(u"organisation", t); !problem.isEmpty())
            return store::StoreError::invalid({{QStringLiteral("organisation"), problem}});

    if (receipt.reversed) {
        layout.paragraph(
            kReversed.in(lang).arg(text::date(receipt.reversedOn), receipt.reversalReason),
            {1.3, true, Qt::AlignLeft, QColor(0xb0, 0x00, 0x20)});
        layout.paragraph(kReversedNote.in(lang),
                         {1.0, false, Qt::AlignLeft, QColor(0xb0, 0x00, 0x20)});
        layout.gap(mm(1.5));
    }
    const QString amount = text::rupees(receipt.amount);
    const QString words = text::inWords(receipt.amount, lang);
    const QString mode = modeWithReference(receipt, lang);
    layout.paragraph(deposit
                         ? kDepositSentence.in(lang).arg(receipt.residentName, amount, words, mode)
                         : kRentSentence.in(lang).arg(receipt.residentName, amount, words, mode,
                                                      periodCovered(receipt, lang)),
                     {1.1});
    layout.gap(mm(3));

    QStringList payer{receipt.residentName};
    if (!receipt.residentPhone.isEmpty())
        payer << QStringLiteral("%1: %2").arg(kPhone.in(lang), text::phone(receipt.residentPhone));
    QStringList payment{
        QStringLiteral("%1: %2").arg(kAmount.in(lang), amount),
        QStringLiteral("%1: %2").arg(kMode.in(lang), modeHeading(receipt.method, lang))};
    if (!receipt.reference.isEmpty())
        payment << QStringLiteral("%1: %2").arg(kReference.in(lang), receipt.reference);
    if (!deposit)
        payment << QStringLiteral("%1: %2").arg(kPeriodCovered.in(lang),
                                                periodCovered(receipt, lang));
    layout.boxes({{(deposit ? kResident : kTenant).in(lang), payer},
                  {kLandlord.in(lang), landlordLines(issuer, receipt)}});
    layout.gap(mm(2));
    layout.boxes({{(deposit ? kStay : kPremises).in(lang), premisesLines(receipt, lang)},
                  {kPayment.in(lang), payment}});
    layout.gap(mm(3));
    if (!deposit) {
        invoiceTable(layout, receipt, lang);
        layout.gap(mm(1.5));
    }
    layout.paragraph(QStringLiteral("%1: %2").arg(kInWords.in(lang), words), {1.0, true});
    if (receipt.panRequired())
        layout.paragraph(kPanNote.in(lang).arg(text::rupees(receipt.monthlyRent),
                                               text::rupees(receipt.annualRent())),
                         {0.85});
    if (deposit)
        layout.paragraph(kDepositNote.in(lang), {0.85});
    layout.gap(mm(4));
    signatureBlock(layout, issuer, lang, {receipt.revenueStampBox(), {}, {}});
    if (!layout.problem().isEmpty())
        return store::StoreError::invalid({{QStringLiteral("receipt"), layout.problem()}});
    return layout.finish(frame.painter());
}

} // namespace rentflow::reports
