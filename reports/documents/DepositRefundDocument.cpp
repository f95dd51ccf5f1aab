#include "DepositRefundDocument.h"
#include "Signature.h"

#include <render/DocumentLayout.h>
#include <render/PageFrame.h>
#include <text/DocumentText.h>

namespace rentflow::reports {

namespace {

using Line = IssuedDepositRefund::Line;

constexpr Label kTitle{"DEPOSIT REFUND VOUCHER", "जमा वापसी वाउचर"};
constexpr Label kSettlementNo{"Settlement No.", "निपटान संख्या"};
constexpr Label kDate{"Date", "दिनांक"};
constexpr Label kSentence{"Received from %1 the sum of %2 (%3) being the refund of my security "
                          "deposit for the stay below, as settled in %4.",
                          "%1 से %2 (%3) नीचे दिए निवास की सुरक्षा जमा की वापसी के रूप में, "
                          "निपटान %4 के अनुसार, प्राप्त किए।"};
constexpr Label kResident{"Resident", "निवासी"};
constexpr Label kStay{"Stay", "निवास"};
constexpr Label kPhone{"Phone", "फ़ोन"};
constexpr Label kRoomBed{"Room/bed", "कमरा/बिस्तर"};
constexpr Label kDescription{"Description", "विवरण"};
constexpr Label kAmountColumn{"Amount (₹)", "राशि (₹)"};
constexpr Label kHeld{"Security deposit held", "रखी गई सुरक्षा जमा"};
constexpr Label kAdvance{"Add: advance paid and not used", "जोड़ें: अग्रिम जो उपयोग नहीं हुआ"};
constexpr Label kCreditNotes{"Add: money given back by credit notes",
                             "जोड़ें: क्रेडिट नोट से लौटाई गई राशि"};
constexpr Label kDues{"Less: unpaid dues set off", "घटाएँ: बकाया देय राशि का समायोजन"};
constexpr Label kFinalInvoice{"final invoice %1", "अंतिम बीजक %1"};
constexpr Label kDeduction{"Less: %1", "घटाएँ: %1"};
constexpr Label kShortfall{"Less: notice period not served", "घटाएँ: नोटिस अवधि पूरी न होने का शुल्क"};
constexpr Label kTax{"Less: GST on %1 (debit note %2)", "घटाएँ: बीजक %1 पर जीएसटी (डेबिट नोट %2)"};
constexpr Label kRefund{"Refund", "वापसी राशि"};
constexpr Label kInWords{"Amount in words", "राशि शब्दों में"};
constexpr Label kSplit{"Of the refund, %1 is the deposit and %2 your unused credit.",
                       "वापसी राशि में %1 जमा है और %2 आपका अप्रयुक्त क्रेडिट।"};
constexpr Label kPaidBy{"Paid by:  cash / UPI / bank transfer / cheque      Reference: "
                        "____________________",
                        "भुगतान का माध्यम:  नकद / UPI / बैंक ट्रांसफ़र / चेक      संदर्भ: "
                        "____________________"};
constexpr Label kReceivedBy{"Received by (resident's signature)", "प्राप्तकर्ता (निवासी के हस्ताक्षर)"};
constexpr Label kComputerMade{"This is a computer-generated document.",
                              "यह कंप्यूटर द्वारा बनाया गया दस्तावेज़ है।"};

QString lineText(const Line& line, Lang lang)
{
    switch (line.kind) {
    case Line::Kind::AdvanceCredit:
        return kAdvance.in(lang);
    case Line::Kind::CreditNoteCredit:
        return kCreditNotes.in(lang);
    case Line::Kind::Deduction:
        return kDeduction.in(lang).arg(line.text);
    case Line::Kind::DebitNoteTax:
        return kTax.in(lang).arg(line.debitInvoice, line.debitNote);
    }
    return line.text;
}

bool adds(const Line& line)
{
    return line.kind == Line::Kind::AdvanceCredit || line.kind == Line::Kind::CreditNoteCredit;
}

void figuresTable(DocumentLayout& layout, const IssuedDepositRefund& refund, Lang lang)
{
    QList<TableRow> rows{{{kHeld.in(lang), text::figures(refund.held)}}};
    for (const Line& line : refund.lines)
        if (adds(line))
            rows.append({{lineText(line, lang), text::figures(line.amount)}});
    if (refund.unpaidDues > Money()) {
        QString dues = kDues.in(lang);
        if (!refund.finalInvoiceNumber.isEmpty())
            dues +=
                QStringLiteral(" (%1)").arg(kFinalInvoice.in(lang).arg(refund.finalInvoiceNumber));
        rows.append({{dues, text::figures(-refund.unpaidDues)}});
    }
    for (const Line& line : refund.lines)
        if (line.kind == Line::Kind::Deduction)
            rows.append({{lineText(line, lang), text::figures(-line.amount)}});
    if (refund.noticeShortfall > Money())
        rows.append({{kShortfall.in(lang), text::figures(-refund.noticeShortfall)}});
    for (const Line& line : refund.lines)
        if (line.kind == Line::Kind::DebitNoteTax)
            rows.append({{lineText(line, lang), text::figures(-line.amount)}});
    rows.append({{kRefund.in(lang), text::figures(refund.refund)}, true, true});
    layout.table({{kDescription.in(lang), 4.0, Qt::AlignLeft},
                  {kAmountColumn.in(lang), 1.3, Qt::AlignRight}},
                 rows);
}

} // namespace

QString DepositRefundDocument::title(Lang lang)
{
    return kTitle.in(lang);
}

store::StoreResult<LaidOutDocument>
DepositRefundDocument::layout(QPaintDevice& device, const DocumentFonts& allFonts,
                              const PageSetup& setup, const Issuer& issuer,
                              const IssuedDepositRefund& refund, Lang lang)
{
    const DocumentFonts fonts = allFonts.forLang(lang);
    FrameText frameText;
    frameText.title = title(lang);
    frameText.details << QStringLiteral("%1: %2").arg(kSettlementNo.in(lang), refund.number)
                      << QStringLiteral("%1: %2").arg(kDate.in(lang), text::date(refund.date));
    frameText.footerNote = refund.number + QStringLiteral(" · ") + kComputerMade.in(lang);
    const PageFrame frame(device, setup, fonts, issuer.letterhead, frameText, lang);
    DocumentLayout layout(device, setup, fonts, frame.headerHeight(), frame.footerHeight());
    for (const QString& t : frame.texts())
        if (const QString problem = fonts.unprintable(u"organisation", t); !problem.isEmpty())
            return store::StoreError::invalid({{QStringLiteral("organisation"), problem}});

    const QString words = text::inWords(refund.refund, lang);
    layout.paragraph(kSentence.in(lang).arg(issuer.letterhead.name, text::rupees(refund.refund),
                                            words, refund.number),
                     {1.1});
    layout.gap(mm(3));
    QStringList resident{refund.residentName};
    if (!refund.residentPhone.isEmpty())
        resident << QStringLiteral("%1: %2").arg(kPhone.in(lang),
                                                 text::phone(refund.residentPhone));
    QStringList stay{refund.propertyName};
    if (!refund.propertyAddress.isEmpty())
        stay << refund.propertyAddress;
    if (!refund.bed.isEmpty())
        stay << QStringLiteral("%1: %2").arg(kRoomBed.in(lang), refund.bed);
    stay << text::dateRange(refund.stayFrom, refund.lastDay, lang);
    layout.boxes({{kResident.in(lang), resident}, {kStay.in(lang), stay}});
    layout.gap(mm(3));
    figuresTable(layout, refund, lang);
    layout.gap(mm(1.5));
    layout.paragraph(QStringLiteral("%1: %2").arg(kInWords.in(lang), words), {1.0, true});
    if (refund.depositRefunded != refund.refund)
        layout.paragraph(kSplit.in(lang).arg(text::rupees(refund.depositRefunded),
                                             text::rupees(refund.refund - refund.depositRefunded)),
                         {0.85});
    layout.gap(mm(3));
    layout.paragraph(kPaidBy.in(lang));
    layout.gap(mm(5));
    signatureBlock(layout, issuer, lang, {false, kReceivedBy.in(lang), refund.residentName});
    if (!layout.problem().isEmpty())
        return store::StoreError::invalid({{QStringLiteral("settlement"), layout.problem()}});
    return layout.finish(frame.painter());
}

} // namespace rentflow::reports
