#include "AgreementTerms.h"

#include <text/DocumentText.h>

#include <domain/Quantity.h>
#include <domain/Rate.h>

#include <QHash>
#include <QRegularExpression>

namespace rentflow::reports::agreement {

namespace {

// The two languages' wordings of one value, side by side.
struct Say
{
    bool hindi;
    QString operator()(const QString& en, const QString& hi) const { return hindi ? hi : en; }
};

QString rupees(Money amount)
{
    return text::rupees(amount);
}

// 100.00 units → "100", 12.50 → "12.50".
QString units(qint64 hundredths)
{
    return hundredths % 100 == 0 ? QString::number(hundredths / 100)
                                 : Quantity::fromHundredths(hundredths).toString();
}

QString lateFeeIn(const AgreementFacts& f, Say say, Lang lang)
{
    if (f.lateFeeKind == QLatin1String("none") || f.lateFeeValue == 0)
        return say(QStringLiteral("No late fee is charged for late payment."),
                   QStringLiteral("देर से भुगतान पर कोई विलंब शुल्क नहीं लिया जाएगा।"));
    const QString when =
        f.lateFeeGraceDays == 0
            ? say(QStringLiteral("If the licence fee is not paid by the due date"),
                  QStringLiteral("यदि लाइसेंस शुल्क देय तिथि तक नहीं चुकाया जाता"))
            : say(QStringLiteral("If the licence fee is not paid within %1 %2 after the due date")
                      .arg(f.lateFeeGraceDays)
                      .arg(f.lateFeeGraceDays == 1 ? QStringLiteral("day")
                                                   : QStringLiteral("days")),
                  QStringLiteral("यदि लाइसेंस शुल्क देय तिथि के बाद %1 दिन के भीतर नहीं चुकाया "
                                 "जाता")
                      .arg(f.lateFeeGraceDays));
    if (f.lateFeeKind == QLatin1String("fixed")) {
        const Money fee = Money::fromPaise(f.lateFeeValue);
        return when + say(QStringLiteral(", a late fee of %1 (%2) is charged, once for that month.")
                              .arg(rupees(fee), text::inWords(fee, lang)),
                          QStringLiteral(", तो उस महीने के लिए एक बार %1 (%2) का विलंब शुल्क "
                                         "लिया जाएगा।")
                              .arg(rupees(fee), text::inWords(fee, lang)));
    }
    const QString percent = Rate::fromBasisPoints(int(f.lateFeeValue)).toString(); // "2%"
    return when + say(QStringLiteral(", a late fee of %1 of the amount then overdue is charged, "
                                     "once for that month.")
                          .arg(percent),
                      QStringLiteral(", तो उस महीने के लिए एक बार उस समय बकाया राशि का %1 "
                                     "विलंब शुल्क लिया जाएगा।")
                          .arg(percent));
}

QString lockInIn(const AgreementFacts& f, Say say)
{
    if (f.lockInMonths == 0)
        return say(QStringLiteral("There is no lock-in period: the Licensee may leave at any time "
                                  "after giving notice as below."),
                   QStringLiteral("कोई लॉक-इन अवधि नहीं है: लाइसेंसधारी नीचे लिखे अनुसार नोटिस "
                                  "देकर कभी भी जा सकता है।"));
    const QString months = f.lockInMonths == 1
                               ? say(QStringLiteral("The first month of the term is"),
                                     QStringLiteral("अवधि का पहला महीना लॉक-इन अवधि है"))
                               : say(QStringLiteral("The first %1 months of the term are"),
                                     QStringLiteral("अवधि के पहले %1 महीने लॉक-इन अवधि हैं"))
                                     .arg(f.lockInMonths);
    return months +
           say(QStringLiteral(" a lock-in period: the Licensee shall not end this licence before "
                              "it is over, except with the Licensor's written consent."),
               QStringLiteral(": लाइसेंसधारी लाइसेंसदाता की लिखित सहमति के बिना इस अवधि के "
                              "पूरा होने से पहले यह लाइसेंस समाप्त नहीं करेगा।"));
}

// "Besides the licence fee, the Licensee pays these monthly charges: Food ₹3,500.00,
// Wi-Fi ₹500.00." or that there are none.
QString otherChargesIn(const AgreementFacts& f, Say say)
{
    if (f.charges.isEmpty())
        return say(QStringLiteral("No other monthly charges are agreed."),
                   QStringLiteral("इसके अलावा कोई अन्य मासिक शुल्क तय नहीं है।"));
    static const QHash<QString, QString> hindiNames = {
        {QStringLiteral("food"), QStringLiteral("भोजन")},
        {QStringLiteral("laundry"), QStringLiteral("कपड़ों की धुलाई")},
        {QStringLiteral("wifi"), QStringLiteral("वाई-फ़ाई")},
        {QStringLiteral("maintenance"), QStringLiteral("रखरखाव")},
        {QStringLiteral("parking"), QStringLiteral("पार्किंग")},
        {QStringLiteral("other"), QStringLiteral("अन्य शुल्क")}};
    QStringList parts;
    for (const AgreementFacts::Charge& charge : f.charges)
        parts << QStringLiteral("%1 %2").arg(
            say.hindi ? hindiNames.value(charge.kind, charge.description) : charge.description,
            rupees(charge.monthly));
    return say(QStringLiteral("Besides the licence fee, the Licensee pays these monthly charges: "
                              "%1."),
               QStringLiteral("लाइसेंस शुल्क के अलावा लाइसेंसधारी ये मासिक शुल्क भी देगा: %1।"))
        .arg(parts.join(QStringLiteral(", ")));
}

// "₹9.00 per unit", or the slabs: "₹6.50 per unit for the first 100 units, ₹7.00 per
// unit up to 200 units, then ₹8.00 per unit"; and the fixed charge.
QString rates(const Tariff& tariff, Say say)
{
    QString text;
    if (tariff.slabs.isEmpty()) {
        text = say(QStringLiteral("at %1 per unit"), QStringLiteral("%1 प्रति यूनिट की दर से"))
                   .arg(rupees(tariff.unitRate));
    } else {
        QStringList parts;
        for (qsizetype i = 0; i < tariff.slabs.size(); ++i) {
            const TariffSlab& slab = tariff.slabs.at(i);
            const QString rate = rupees(slab.ratePerUnit);
            if (!slab.uptoHundredths)
                parts << say(QStringLiteral("then %1 per unit"),
                             QStringLiteral("उसके बाद %1 प्रति यूनिट"))
                             .arg(rate);
            else if (i == 0)
                parts << say(QStringLiteral("%1 per unit for the first %2 units"),
                             QStringLiteral("पहले %2 यूनिट तक %1 प्रति यूनिट"))
                             .arg(rate, units(*slab.uptoHundredths));
            else
                parts << say(QStringLiteral("%1 per unit up to %2 units"),
                             QStringLiteral("%2 यूनिट तक %1 प्रति यूनिट"))
                             .arg(rate, units(*slab.uptoHundredths));
        }
        text = say(QStringLiteral("at slab rates (%1)"), QStringLiteral("स्लैब दरों से (%1)"))
                   .arg(parts.join(QStringLiteral(", ")));
    }
    if (!tariff.fixedCharge.isZero())
        text += say(QStringLiteral(", plus a fixed charge of %1 for each period between readings"),
                    QStringLiteral(", साथ ही हर रीडिंग अवधि का %1 निश्चित शुल्क"))
                    .arg(rupees(tariff.fixedCharge));
    return text;
}

// How electricity is charged and shared (SPEC §4.4, property.utility_split), or why
// it cannot be said yet.
Electricity electricityIn(const AgreementFacts& f, Say say)
{
    if (!f.meter) {
        return {
            say(QStringLiteral("Electricity is included in the licence fee; no separate charge is "
                               "made for it."),
                QStringLiteral("बिजली का खर्च लाइसेंस शुल्क में शामिल है; इसके लिए अलग से कोई "
                               "शुल्क नहीं लिया जाएगा।")),
            {}};
    }
    if (!f.meter->hasTariff()) {
        return {{},
                QStringLiteral("which cannot be written yet: the electricity meter of %1 has no "
                               "tariff; set it with `meter tariff`")
                    .arg(f.meter->commonArea ? QStringLiteral("the property")
                                             : QStringLiteral("room ") + f.roomNumber)};
    }
    const QString rate = rates(f.meter->tariff, say);
    QString text;
    if (f.meter->commonArea) {
        text = say(QStringLiteral("Electricity is measured by the property's common meter and "
                                  "charged %1. "),
                   QStringLiteral("बिजली आवास के साझा मीटर से मापी जाएगी और %1 ली जाएगी। "))
                   .arg(rate);
        text += f.splitPerHead
                    ? say(QStringLiteral("The charge for each period between two readings is "
                                         "shared equally among the residents who stayed in the "
                                         "property during that period."),
                          QStringLiteral("दो रीडिंग के बीच की हर अवधि का बिल उस अवधि में आवास में "
                                         "रहे सभी निवासियों में बराबर बाँटा जाएगा।"))
                    : say(QStringLiteral("The charge for each period between two readings is "
                                         "shared among all the beds of the property by the days "
                                         "each resident stayed; the days of beds that stood empty "
                                         "are the Licensor's share."),
                          QStringLiteral("दो रीडिंग के बीच की हर अवधि का बिल रहने के दिनों के "
                                         "हिसाब से आवास के सभी बेड में बाँटा जाएगा; खाली बेड के "
                                         "दिनों का हिस्सा लाइसेंसदाता वहन करेगा।"));
    } else {
        text = say(QStringLiteral("Electricity used in the room is measured by the room's own "
                                  "meter and charged %1. "),
                   QStringLiteral("कमरे में खर्च हुई बिजली कमरे के अपने मीटर से मापी जाएगी और "
                                  "%1 ली जाएगी। "))
                   .arg(rate);
        text += f.splitPerHead
                    ? say(QStringLiteral("The room's charge for each period between two readings "
                                         "is shared equally among the residents who stayed in the "
                                         "room during that period, whatever their number of "
                                         "days."),
                          QStringLiteral("दो रीडिंग के बीच की हर अवधि का कमरे का बिल उस अवधि में "
                                         "कमरे में रहे सभी निवासियों में बराबर बाँटा जाएगा, चाहे "
                                         "कोई कितने भी दिन रहा हो।"))
                    : say(QStringLiteral("The room's charge for each period between two readings "
                                         "is shared by the days each resident stayed: the "
                                         "period's days are counted for each of the room's %1 "
                                         "beds, each resident pays for his or her own days, and "
                                         "the days of beds that stood empty are the Licensor's "
                                         "share.")
                              .arg(f.roomBeds),
                          QStringLiteral("दो रीडिंग के बीच की हर अवधि का कमरे का बिल रहने के "
                                         "दिनों के हिसाब से बाँटा जाएगा: अवधि के दिन कमरे के %1 "
                                         "बेड में से हर बेड के लिए गिने जाएँगे, हर निवासी अपने "
                                         "दिनों का हिस्सा देगा, और खाली बेड के दिनों का हिस्सा "
                                         "लाइसेंसदाता वहन करेगा।")
                              .arg(f.roomBeds));
    }
    return {text, {}};
}

QStringList defaultHouseRules(Say say)
{
    if (say.hindi)
        return {
            QStringLiteral("कमरे, शौचालय और साझा स्थानों में साफ़-सफ़ाई रखें; कचरा दिए गए "
                           "कूड़ेदान में ही डालें।"),
            QStringLiteral("परिसर में धूम्रपान, शराब और किसी भी नशीले या अवैध पदार्थ का सेवन "
                           "मना है।"),
            QStringLiteral("रात में शोर न करें; दूसरे निवासियों के आराम और निजता का ध्यान रखें।"),
            QStringLiteral("मेहमानों से साझा स्थान पर ही मिलें; कोई मेहमान रात में नहीं "
                           "ठहरेगा।"),
            QStringLiteral("कमरे से निकलते समय लाइट, पंखा, गीज़र और एसी बंद कर दें।"),
            QStringLiteral("कमरे में खाना न पकाएँ; हीटर, इस्त्री जैसे अधिक बिजली वाले उपकरण "
                           "केवल अनुमति होने पर ही चलाएँ।"),
            QStringLiteral("कोई टूट-फूट, रिसाव या ख़राबी होने पर तुरंत कार्यालय को बताएँ।"),
            QStringLiteral("अपना क़ीमती सामान ताले में रखें; उसके खोने की ज़िम्मेदारी "
                           "लाइसेंसदाता की नहीं है।"),
            QStringLiteral("अपना पहचान पत्र साथ रखें और पुलिस सत्यापन में सहयोग करें।"),
        };
    return {
        QStringLiteral("Keep the room, bathroom and common areas clean, and put waste only in "
                       "the bins provided."),
        QStringLiteral("No smoking, alcohol or drugs of any kind on the premises."),
        QStringLiteral("Keep noise down at night and respect the other residents' rest and "
                       "privacy."),
        QStringLiteral("Meet visitors in the common area; no visitor stays overnight."),
        QStringLiteral("Switch off lights, fans, geysers and air-conditioners when leaving the "
                       "room."),
        QStringLiteral("No cooking in the rooms; heaters, irons and other high-power appliances "
                       "only where allowed."),
        QStringLiteral("Report any damage, leak or fault to the office at once."),
        QStringLiteral("Keep valuables locked away; the Licensor is not responsible for their "
                       "loss."),
        QStringLiteral("Carry proof of identity and co-operate with police verification."),
    };
}

// The property's rules, one a line (a leading "-", "*" or "•" is dropped).
QStringList rulesOf(const QString& stored)
{
    static const QRegularExpression marker(QStringLiteral("^[-*•]\\s*"));
    QStringList rules;
    for (QString line : stored.split(QLatin1Char('\n'))) {
        line = line.trimmed().remove(marker).trimmed();
        if (!line.isEmpty())
            rules << line;
    }
    return rules;
}

} // namespace

QString lateFee(const AgreementFacts& facts, Lang lang)
{
    return lateFeeIn(facts, Say{lang == Lang::Hindi}, lang);
}

QString lockIn(const AgreementFacts& facts, Lang lang)
{
    return lockInIn(facts, Say{lang == Lang::Hindi});
}

QString otherCharges(const AgreementFacts& facts, Lang lang)
{
    return otherChargesIn(facts, Say{lang == Lang::Hindi});
}

Electricity electricity(const AgreementFacts& facts, Lang lang)
{
    return electricityIn(facts, Say{lang == Lang::Hindi});
}

QStringList houseRules(const AgreementFacts& facts, Lang lang)
{
    const QStringList rules = rulesOf(facts.houseRules);
    return rules.isEmpty() ? defaultHouseRules(Say{lang == Lang::Hindi}) : rules;
}

} // namespace rentflow::reports::agreement
