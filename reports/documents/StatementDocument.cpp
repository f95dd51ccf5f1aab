#include "StatementDocument.h"

#include <render/DocumentLayout.h>
#include <render/PageFrame.h>
#include <text/DocumentText.h>

namespace rentflow::reports {

namespace {

constexpr Label kTitle{"STATEMENT OF ACCOUNT", "खाता विवरण"};
constexpr Label kPeriod{"Period", "अवधि"};
constexpr Label kDate{"Date", "दिनांक"};
constexpr Label kResident{"Resident", "निवासी"};
constexpr Label kPhone{"Phone", "फ़ोन"};
constexpr Label kPremises{"Premises", "परिसर"};
constexpr Label kSummary{"Summary", "सारांश"};
constexpr Label kOpening{"Balance brought forward", "पिछली बकाया राशि"};
constexpr Label kBilled{"Billed", "बिल की गई राशि"};
constexpr Label kPaid{"Paid and credited", "भुगतान और जमा"};
constexpr Label kClosing{"Closing balance", "अंतिम शेष"};
constexpr Label kParticulars{"Particulars", "विवरण"};
constexpr Label kDocument{"Document", "दस्तावेज़"};
constexpr Label kDebit{"Debit (₹)", "नामे (₹)"};
constexpr Label kCredit{"Credit (₹)", "जमा (₹)"};
constexpr Label kBalance{"Balance (₹)", "शेष (₹)"};
constexpr Label kTotal{"Total for the period", "अवधि का योग"};
constexpr Label kInvoice{"Invoice", "बीजक"};
constexpr Label kPayment{"Payment received\n%1", "भुगतान प्राप्त\n%1"};
constexpr Label kReference{"ref. %1", "संदर्भ %1"};
constexpr Label kCreditNote{"Credit note\non invoice %1", "क्रेडिट नोट\nबीजक %1 पर"};
constexpr Label kCreditReturned{"Credit returned at the deposit settlement",
                                "सुरक्षा जमा निपटान पर लौटाई गई जमा राशि"};
constexpr Label kDepositAdjusted{"Paid from the security deposit at the settlement",
                                 "निपटान पर सुरक्षा जमा से चुकाया गया"};
constexpr Label kReversal{"Payment reversed\n%4%1 received on %2 (%3), not counted",
                          "भुगतान वापस हुआ\n%4%2 को प्राप्त %1 (%3), गिना नहीं गया"};
constexpr Label kBalanceNote{
    "Balance: what the resident owes; a minus sign is money held for the resident (advance).",
    "शेष: निवासी पर बकाया राशि; ऋण चिह्न (−) निवासी की अग्रिम राशि दिखाता है।"};
constexpr Label kCash{"cash", "नकद"};
constexpr Label kUpi{"UPI", "UPI"};
constexpr Label kBank{"bank transfer", "बैंक ट्रांसफ़र"};
constexpr Label kCheque{"cheque", "चेक"};
constexpr Label kCard{"card", "कार्ड"};
constexpr Label kComputerMade{"This is a computer-generated document.",
                              "यह कंप्यूटर द्वारा बनाया गया दस्तावेज़ है।"};

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

QString modeWithReference(const ResidentStatement::Entry& e, Lang lang)
{
    QString mode = modeText(e.method, lang);
    if (!e.reference.isEmpty())
        mode += QStringLiteral(", ") + kReference.in(lang).arg(e.reference);
    return mode;
}

QString particulars(const ResidentStatement::Entry& e, Lang lang)
{
    if (e.kind == QLatin1String("invoice"))
        return e.periodFrom.isValid() ? kInvoice.in(lang) + QLatin1Char('\n') +
                                            text::dateRange(e.periodFrom, e.periodTo, lang)
                                      : kInvoice.in(lang);
    if (e.kind == QLatin1String("payment"))
        return kPayment.in(lang).arg(modeWithReference(e, lang));
    if (e.kind == QLatin1String("credit_note"))
        return kCreditNote.in(lang).arg(e.related);
    if (e.kind == QLatin1String("credit_returned"))
        return kCreditReturned.in(lang);
    if (e.kind == QLatin1String("deposit_adjusted"))
        return kDepositAdjusted.in(lang);
    if (e.kind == QLatin1String("reversal"))
        return kReversal.in(lang).arg(
            text::rupees(e.reversedAmount), text::date(e.receivedOn), modeWithReference(e, lang),
            e.reason.isEmpty() ? QString() : e.reason + QStringLiteral(": "));
    return e.kind;
}

QString amount(Money money)
{
    return money.isZero() ? QString() : text::figures(money);
}

} // namespace

QString StatementDocument::title(Lang lang)
{
    return kTitle.in(lang);
}

store::StoreResult<LaidOutDocument>
StatementDocument::layout(QPaintDevice& device, const DocumentFonts& allFonts,
                          const PageSetup& setup, const Issuer& issuer, const ResidentStatement& s,
                          QDate printedOn, Lang lang)
{
    const DocumentFonts fonts = allFonts.forLang(lang);
    FrameText frameText;
    frameText.title = title(lang);
    frameText.details << QStringLiteral("%1: %2").arg(kPeriod.in(lang),
                                                      text::dateRange(s.from, s.to, lang))
                      << QStringLiteral("%1: %2").arg(kDate.in(lang), text::date(printedOn));
    frameText.footerNote = s.residentName + QStringLiteral(" · ") + kComputerMade.in(lang);
    // The resident's name is in the footer too: named as the resident's, not the issuer's.
    if (const QString problem = fonts.unprintable(u"resident name", s.residentName);
        !problem.isEmpty())
        return store::StoreError::invalid({{QStringLiteral("resident"), problem}});
    const PageFrame frame(device, setup, fonts, issuer.letterhead, frameText, lang);
    for (const QString& t : frame.texts())
        if (const QString problem = fonts.unprintable(u"organisation", t); !problem.isEmpty())
            return store::StoreError::invalid({{QStringLiteral("organisation"), problem}});
    DocumentLayout layout(device, setup, fonts, frame.headerHeight(), frame.footerHeight());

    QStringList resident{s.residentName};
    if (!s.residentPhone.isEmpty())
        resident << QStringLiteral("%1: %2").arg(kPhone.in(lang), text::phone(s.residentPhone));
    if (!s.premises.isEmpty())
        resident << QStringLiteral("%1: %2").arg(kPremises.in(lang), s.premises);
    const QStringList summary{
        QStringLiteral("%1: %2").arg(kOpening.in(lang), text::rupees(s.opening)),
        QStringLiteral("%1: %2").arg(kBilled.in(lang), text::rupees(s.totalDebit)),
        QStringLiteral("%1: %2").arg(kPaid.in(lang), text::rupees(s.totalCredit)),
        QStringLiteral("%1: %2").arg(kClosing.in(lang), text::rupees(s.closing))};
    layout.boxes({{kResident.in(lang), resident}, {kSummary.in(lang), summary}});
    layout.gap(mm(4));

    QList<TableRow> rows;
    rows.append({{text::date(s.from), kOpening.in(lang), QString(), QString(), QString(),
                  text::figures(s.opening)},
                 false,
                 true});
    for (const ResidentStatement::Entry& e : s.entries)
        rows.append({{text::date(e.date), particulars(e, lang), e.document, amount(e.debit),
                      amount(e.credit), text::figures(e.balance)}});
    rows.append({{QString(), kTotal.in(lang), QString(), text::figures(s.totalDebit),
                  text::figures(s.totalCredit), QString()},
                 true});
    rows.append({{text::date(s.to), kClosing.in(lang), QString(), QString(), QString(),
                  text::figures(s.closing)},
                 true,
                 true});
    // Dates and numbers never wrap: their columns hold "00-00-0000" and "KORAR/2627/0000"
    // whole on A5 too.
    layout.table({{kDate.in(lang), 1.5, Qt::AlignLeft},
                  {kParticulars.in(lang), 2.9, Qt::AlignLeft},
                  {kDocument.in(lang), 2.25, Qt::AlignLeft},
                  {kDebit.in(lang), 1.25, Qt::AlignRight},
                  {kCredit.in(lang), 1.25, Qt::AlignRight},
                  {kBalance.in(lang), 1.35, Qt::AlignRight}},
                 rows);
    layout.gap(mm(1.5));
    layout.paragraph(kBalanceNote.in(lang), {0.85});
    if (!layout.problem().isEmpty())
        return store::StoreError::invalid({{QStringLiteral("statement"), layout.problem()}});
    return layout.finish(frame.painter());
}

} // namespace rentflow::reports
