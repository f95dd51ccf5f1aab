#include "SettlementDocument.h"

#include "Signature.h"

#include <render/DocumentLayout.h>
#include <render/PageFrame.h>
#include <text/DocumentText.h>

namespace rentflow::reports {

namespace {

constexpr Label kTitle{"DEPOSIT SETTLEMENT STATEMENT", "सुरक्षा जमा निपटान विवरण"};
constexpr Label kNumber{"Settlement No.", "निपटान संख्या"};
constexpr Label kDate{"Date", "दिनांक"};
constexpr Label kResident{"Resident", "निवासी"};
constexpr Label kPhone{"Phone", "फ़ोन"};
constexpr Label kStay{"Stay", "रहने का विवरण"};
constexpr Label kPremises{"Premises", "परिसर"};
constexpr Label kRoomBed{"Room/bed", "कमरा/बिस्तर"};
constexpr Label kStayDates{"Stay", "रहने की अवधि"};
constexpr Label kNoticeGiven{"Notice given on %1 (notice period %2 days)",
                             "नोटिस %1 को दिया गया (नोटिस अवधि %2 दिन)"};
constexpr Label kNoNotice{"No notice given (notice period %1 days)",
                          "नोटिस नहीं दिया गया (नोटिस अवधि %1 दिन)"};
constexpr Label kLastDay{"Last day", "अंतिम दिन"};
constexpr Label kFinalInvoice{"Final invoice", "अंतिम बीजक"};
constexpr Label kDescription{"Description", "विवरण"};
constexpr Label kAmount{"Amount (₹)", "राशि (₹)"};
constexpr Label kHeld{"Security deposit held", "रखी गई सुरक्षा जमा राशि"};
constexpr Label kAdvance{"Advance paid and not used, returned",
                         "अग्रिम भुगतान जो उपयोग नहीं हुआ, लौटाया गया"};
constexpr Label kCreditNotes{"Credit notes %1: money given back", "क्रेडिट नोट %1: लौटाई गई राशि"};
constexpr Label kDues{"Unpaid dues", "बकाया देय राशि"};
constexpr Label kDuesPaid{"Invoice %1 of %2: %3 paid from the deposit",
                          "बीजक %1 (%2): %3 जमा राशि से चुकाया गया"};
constexpr Label kDuesNotCovered{"%1 not paid from the deposit", "%1 जमा राशि से नहीं चुकाया गया"};
constexpr Label kDeduction{"Deduction: %1", "कटौती: %1"};
constexpr Label kShortfall{"Notice shortfall", "नोटिस अवधि की कमी"};
constexpr Label kShortfallBasis{"%1 days short of the %2-day notice period: %3 × %1 / 30",
                                "%2 दिन की नोटिस अवधि से %1 दिन कम: %3 × %1 / 30"};
constexpr Label kShortfallDays{"%1 days short of the %2-day notice period",
                               "%2 दिन की नोटिस अवधि से %1 दिन कम"};
constexpr Label kTaxDue{"Tax due: debit note %1 on invoice %2", "देय कर: बीजक %2 पर डेबिट नोट %1"};
constexpr Label kRefund{"Refund to the resident", "निवासी को लौटाई जाने वाली राशि"};
constexpr Label kOwed{"Amount owed by the resident", "निवासी द्वारा देय राशि"};
constexpr Label kSettled{"Nothing to refund, nothing owed", "न कुछ लौटाना है, न कुछ देय है"};
constexpr Label kInWords{"Amount in words", "राशि शब्दों में"};
constexpr Label kDepositAccount{"Security deposit account", "सुरक्षा जमा खाता"};
constexpr Label kEntry{"Entry", "प्रविष्टि"};
constexpr Label kReceived{"Received", "प्राप्त"};
constexpr Label kReceipt{"receipt %1", "रसीद %1"};
constexpr Label kAdjusted{"Set against unpaid dues", "बकाया में समायोजित"};
constexpr Label kKept{"Kept for deductions, notice shortfall and tax",
                      "कटौती, नोटिस की कमी और कर के लिए रखा गया"};
constexpr Label kRefunded{"Refunded", "लौटाया गया"};
constexpr Label kAgree{"I have read this settlement and agree with it.",
                       "मैंने यह निपटान पढ़ लिया है और मैं इससे सहमत हूँ।"};
constexpr Label kResidentSigns{"Resident", "निवासी"};
constexpr Label kComputerMade{"This is a computer-generated document.",
                              "यह कंप्यूटर द्वारा बनाया गया दस्तावेज़ है।"};

const QString kPlus = QStringLiteral("+");
// An en dash for "less": Noto Sans has it; the minus sign (U+2212) would pull a second
// font into every settlement.
const QString kMinus = QStringLiteral("–");
const QString kEquals = QStringLiteral("=");

QString entryText(const IssuedSettlement::DepositEntry& entry, Lang lang)
{
    if (entry.kind == QLatin1String("received"))
        return entry.receiptNumber.isEmpty()
                   ? kReceived.in(lang)
                   : QStringLiteral("%1 (%2)").arg(kReceived.in(lang),
                                                   kReceipt.in(lang).arg(entry.receiptNumber));
    if (entry.kind == QLatin1String("adjusted"))
        return kAdjusted.in(lang);
    if (entry.kind == QLatin1String("deduction"))
        return kKept.in(lang);
    return kRefunded.in(lang);
}

QString duesText(const IssuedSettlement& s, Lang lang)
{
    QStringList parts{kDues.in(lang)};
    Money paid;
    for (const IssuedSettlement::DuesPaid& due : s.duesPaid) {
        parts << kDuesPaid.in(lang).arg(due.invoiceNumber, text::date(due.invoiceDate),
                                        text::rupees(due.amount));
        paid += due.amount;
    }
    if (s.unpaidDues > paid && !paid.isZero())
        parts << kDuesNotCovered.in(lang).arg(text::rupees(s.unpaidDues - paid));
    return parts.join(QLatin1Char('\n'));
}

QString shortfallText(const IssuedSettlement& s, Lang lang)
{
    const QString days = QString::number(s.daysShort);
    const QString period = QString::number(s.noticeDays);
    return kShortfall.in(lang) + QLatin1Char('\n') +
           (s.shortfallBasisHolds()
                ? kShortfallBasis.in(lang).arg(days, period, text::rupees(s.monthlyRent))
                : kShortfallDays.in(lang).arg(days, period));
}

// The check-out's arithmetic, one signed line per figure, down to the result.
void figuresTable(DocumentLayout& layout, const IssuedSettlement& s, Lang lang)
{
    QList<TableRow> rows;
    const auto row = [&](const QString& sign, const QString& what, Money amount) {
        rows.append({{sign, what, text::figures(amount)}});
    };
    row(QString(), kHeld.in(lang), s.held);
    for (const IssuedSettlement::Line& line : s.lines) {
        if (line.kind == QLatin1String("advance_credit"))
            row(kPlus, kAdvance.in(lang), line.amount);
        else if (line.kind == QLatin1String("credit_note_credit"))
            row(kPlus,
                s.creditNoteNumbers.isEmpty() && lang == Lang::English
                    ? line.description
                    : kCreditNotes.in(lang).arg(s.creditNoteNumbers.join(QStringLiteral(", "))),
                line.amount);
    }
    if (!s.unpaidDues.isZero())
        row(kMinus, duesText(s, lang), s.unpaidDues);
    for (const IssuedSettlement::Deduction& deduction : s.deductions)
        row(kMinus, kDeduction.in(lang).arg(deduction.reason), deduction.amount);
    if (!s.noticeShortfall.isZero())
        row(kMinus, shortfallText(s, lang), s.noticeShortfall);
    for (const IssuedSettlement::Line& line : s.lines)
        if (line.kind == QLatin1String("debit_note"))
            row(kMinus, kTaxDue.in(lang).arg(line.debitNoteNumber, line.invoiceNumber),
                line.amount);
    const bool refund = s.refund.paise() > 0;
    const bool owed = s.owed.paise() > 0;
    rows.append({{kEquals,
                  (refund ? kRefund
                   : owed ? kOwed
                          : kSettled)
                      .in(lang),
                  text::figures(owed ? s.owed : s.refund)},
                 true,
                 true});
    layout.table({{QString(), 0.35, Qt::AlignHCenter},
                  {kDescription.in(lang), 6.0, Qt::AlignLeft},
                  {kAmount.in(lang), 1.6, Qt::AlignRight}},
                 rows);
}

void depositAccount(DocumentLayout& layout, const IssuedSettlement& s, Lang lang)
{
    if (s.depositEntries.isEmpty())
        return;
    layout.paragraph(kDepositAccount.in(lang), {1.0, true});
    layout.gap(mm(1));
    QList<TableRow> rows;
    for (const IssuedSettlement::DepositEntry& entry : s.depositEntries)
        rows.append({{text::date(entry.date), entryText(entry, lang),
                      (entry.kind == QLatin1String("received") ? QString() : kMinus) +
                          text::figures(entry.amount)}});
    layout.table({{kDate.in(lang), 1.3, Qt::AlignLeft},
                  {kEntry.in(lang), 4.6, Qt::AlignLeft},
                  {kAmount.in(lang), 1.6, Qt::AlignRight}},
                 rows);
}

} // namespace

QString SettlementDocument::title(Lang lang)
{
    return kTitle.in(lang);
}

store::StoreResult<LaidOutDocument> SettlementDocument::layout(QPaintDevice& device,
                                                               const DocumentFonts& allFonts,
                                                               const PageSetup& setup,
                                                               const Issuer& issuer,
                                                               const IssuedSettlement& s, Lang lang)
{
    const DocumentFonts fonts = allFonts.forLang(lang);
    FrameText frameText;
    frameText.title = title(lang);
    frameText.details << QStringLiteral("%1: %2").arg(kNumber.in(lang), s.number)
                      << QStringLiteral("%1: %2").arg(kDate.in(lang), text::date(s.date));
    frameText.footerNote = s.number + QStringLiteral(" · ") + kComputerMade.in(lang);
    const PageFrame frame(device, setup, fonts, issuer.letterhead, frameText, lang);
    for (const QString& t : frame.texts())
        if (const QString problem = fonts.unprintable(u"organisation", t); !problem.isEmpty())
            return store::StoreError::invalid({{QStringLiteral("organisation"), problem}});
    if (const QString problem = fonts.unprintable(u"resident name", s.residentName);
        !problem.isEmpty())
        return store::StoreError::invalid({{QStringLiteral("resident"), problem}});
    DocumentLayout layout(device, setup, fonts, frame.headerHeight(), frame.footerHeight());

    QStringList resident{s.residentName};
    if (!s.residentPhone.isEmpty())
        resident << QStringLiteral("%1: %2").arg(kPhone.in(lang), text::phone(s.residentPhone));
    QStringList stay{
        QStringLiteral("%1: %2, %3").arg(kPremises.in(lang), s.propertyName, s.propertyAddress)};
    if (!s.bed.isEmpty())
        stay << QStringLiteral("%1: %2").arg(kRoomBed.in(lang), s.bed);
    stay << QStringLiteral("%1: %2").arg(kStayDates.in(lang),
                                         text::dateRange(s.stayFrom, s.lastDay, lang))
         << (s.noticeGivenOn.isValid()
                 ? kNoticeGiven.in(lang).arg(text::date(s.noticeGivenOn)).arg(s.noticeDays)
                 : kNoNotice.in(lang).arg(s.noticeDays))
         << QStringLiteral("%1: %2").arg(kLastDay.in(lang), text::date(s.lastDay));
    if (!s.finalInvoiceNumber.isEmpty())
        stay << QStringLiteral("%1: %2").arg(kFinalInvoice.in(lang), s.finalInvoiceNumber);
    layout.boxes({{kResident.in(lang), resident}, {kStay.in(lang), stay}});
    layout.gap(mm(4));

    figuresTable(layout, s, lang);
    layout.gap(mm(1.5));
    const Money result = s.owed.paise() > 0 ? s.owed : s.refund;
    if (!result.isZero())
        layout.paragraph(
            QStringLiteral("%1: %2").arg(kInWords.in(lang), text::inWords(result, lang)),
            {1.0, true});
    layout.gap(mm(4));
    depositAccount(layout, s, lang);
    layout.gap(mm(5));
    // The resident's agreement stays on the page of the signatures it is signed with.
    signatureBlock(layout, issuer, lang,
                   {false, kResidentSigns.in(lang), s.residentName, kAgree.in(lang)});
    if (!layout.problem().isEmpty())
        return store::StoreError::invalid({{QStringLiteral("settlement"), layout.problem()}});
    return layout.finish(frame.painter());
}

} // namespace rentflow::reports
