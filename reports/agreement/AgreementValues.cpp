#include "AgreementValues.h"

#include <text/DocumentText.h>

#include <domain/Quantity.h>
#include <domain/Rate.h>
#include <domain/StateCode.h>

#include <QHash>
#include <QRegularExpression>

namespace rentflow::reports {

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

QString dayMonthYear(QDate date)
{
    return text::date(date);
}

// 100.00 units → "100", 12.50 → "12.50".
QString units(qint64 hundredths)
{
    return hundredths % 100 == 0 ? QString::number(hundredths / 100)
                                 : Quantity::fromHundredths(hundredths).toString();
}

QString englishOrdinal(int day)
{
    const int lastTwo = day % 100;
    const char* suffix = "th";
    if (lastTwo < 11 || lastTwo > 13) {
        if (day % 10 == 1)
            suffix = "st";
        else if (day % 10 == 2)
            suffix = "nd";
        else if (day % 10 == 3)
            suffix = "rd";
    }
    return QString::number(day) + QLatin1String(suffix);
}

// GST state codes' names in Hindi (StateCode has the English ones).
QString hindiStateName(int code)
{
    static const char16_t* const names[] = {nullptr,
                                            u"जम्मू और कश्मीर",
                                            u"हिमाचल प्रदेश",
                                            u"पंजाब",
                                            u"चंडीगढ़",
                                            u"उत्तराखंड",
                                            u"हरियाणा",
                                            u"दिल्ली",
                                            u"राजस्थान",
                                            u"उत्तर प्रदेश",
                                            u"बिहार",
                                            u"सिक्किम",
                                            u"अरुणाचल प्रदेश",
                                            u"नागालैंड",
                                            u"मणिपुर",
                                            u"मिज़ोरम",
                                            u"त्रिपुरा",
                                            u"मेघालय",
                                            u"असम",
                                            u"पश्चिम बंगाल",
                                            u"झारखंड",
                                            u"ओडिशा",
                                            u"छत्तीसगढ़",
                                            u"मध्य प्रदेश",
                                            u"गुजरात",
                                            u"दमन और दीव",
                                            u"दादरा और नगर हवेली और दमन और दीव",
                                            u"महाराष्ट्र",
                                            u"आंध्र प्रदेश (विभाजन से पहले)",
                                            u"कर्नाटक",
                                            u"गोवा",
                                            u"लक्षद्वीप",
                                            u"केरल",
                                            u"तमिलनाडु",
                                            u"पुदुचेरी",
                                            u"अंडमान और निकोबार द्वीपसमूह",
                                            u"तेलंगाना",
                                            u"आंध्र प्रदेश",
                                            u"लद्दाख"};
    if (code >= 1 && code < int(std::size(names)))
        return QString::fromUtf16(names[code]);
    return {};
}

QString stateName(const QString& code, bool hindi)
{
    const auto state = StateCode::parse(code);
    if (!state)
        return {};
    const QString hi = hindi ? hindiStateName(code.toInt()) : QString();
    return hi.isEmpty() ? state->name() : hi;
}

QString lateFee(const AgreementFacts& f, Say say, Lang lang)
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

QString lockIn(const AgreementFacts& f, Say say)
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
QString otherCharges(const AgreementFacts& f, Say say)
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
void utilities(const AgreementFacts& f, Say say, TemplateValues& values)
{
    const QString name = QStringLiteral("utilities");
    if (!f.meter) {
        values.text[name] =
            say(QStringLiteral("Electricity is included in the licence fee; no separate charge is "
                               "made for it."),
                QStringLiteral("बिजली का खर्च लाइसेंस शुल्क में शामिल है; इसके लिए अलग से कोई "
                               "शुल्क नहीं लिया जाएगा।"));
        return;
    }
    if (!f.meter->hasTariff()) {
        values.missing[name] =
            QStringLiteral("which cannot be written yet: the electricity meter of %1 has no "
                           "tariff; set it with `meter tariff`")
                .arg(f.meter->commonArea ? QStringLiteral("the property")
                                         : QStringLiteral("room ") + f.roomNumber);
        return;
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
    values.text[name] = text;
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
QStringList houseRules(const QString& stored)
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

TemplateValues agreementValues(const AgreementFacts& f, Lang lang)
{
    const bool hindi = lang == Lang::Hindi;
    const Say say{hindi};
    TemplateValues values;
    const auto set = [&](const char* name, const QString& value, const QString& whyMissing) {
        const QString key = QString::fromLatin1(name);
        if (value.trimmed().isEmpty())
            values.missing[key] = whyMissing;
        else // one line: a line break typed into a field never starts a heading or an item
            values.text[key] = value.simplified();
    };
    const auto notOnFile = [](const QString& record, const QString& how) {
        return QStringLiteral("which is not on file for %1: %2").arg(record, how);
    };
    const QString org = QStringLiteral("the organisation");
    const QString resident = QStringLiteral("this resident");
    const QString property = QStringLiteral("the property");

    set("licensor_name", f.licensorName, notOnFile(org, QStringLiteral("set its name")));
    set("licensor_address", f.licensorAddress, notOnFile(org, QStringLiteral("set its address")));
    set("licensor_pan", f.licensorPan, notOnFile(org, QStringLiteral("set its PAN")));
    set("licensor_signatory", f.licensorSignatory,
        notOnFile(org, QStringLiteral("set who signs for it")));
    set("licensee_name", f.licenseeName, notOnFile(resident, QStringLiteral("set the name")));
    set("licensee_father_name", f.licenseeFatherName,
        notOnFile(resident, QStringLiteral("set it with `resident set --father-name`")));
    set("licensee_address", f.licenseeAddress,
        notOnFile(resident, QStringLiteral("set the permanent address")));
    set("licensee_phone", f.licenseePhone, notOnFile(resident, QStringLiteral("set the phone")));
    QString id;
    if (!f.licenseeAadhaarMasked.isEmpty())
        id = say(QStringLiteral("Aadhaar "), QStringLiteral("आधार ")) + f.licenseeAadhaarMasked;
    else if (!f.licenseePan.isEmpty())
        id = say(QStringLiteral("PAN "), QStringLiteral("पैन ")) + f.licenseePan;
    set("licensee_id", id,
        notOnFile(resident, QStringLiteral("set an Aadhaar number or PAN with `resident add`")));

    set("property_name", f.propertyName, notOnFile(property, QStringLiteral("set its name")));
    QString address = f.propertyAddress;
    if (!address.isEmpty() && !f.propertyPincode.isEmpty())
        address += say(QStringLiteral(", PIN "), QStringLiteral(", पिन ")) + f.propertyPincode;
    set("property_address", address, notOnFile(property, QStringLiteral("set its address")));
    set("property_city", f.propertyCity, notOnFile(property, QStringLiteral("set its city")));
    set("property_state", stateName(f.propertyStateCode, hindi),
        notOnFile(property, QStringLiteral("set its state code")));
    const QString stay = QStringLiteral("this agreement");
    set("room_number", f.roomNumber, notOnFile(stay, QStringLiteral("it has no bed")));
    set("bed_label", f.bedLabel, notOnFile(stay, QStringLiteral("it has no bed")));

    set("start_date", dayMonthYear(f.start), notOnFile(stay, QStringLiteral("its first day")));
    set("end_date", dayMonthYear(f.end), notOnFile(stay, QStringLiteral("the term's last day")));
    const auto months = f.termMonths();
    set("term_months", months ? QString::number(*months) : QString(),
        QStringLiteral("which cannot be said: the term %1 to %2 is not whole months")
            .arg(dayMonthYear(f.start), dayMonthYear(f.end)));
    values.text[QStringLiteral("licence_fee")] = f.rent.toIndianString();
    values.text[QStringLiteral("licence_fee_words")] = text::inWords(f.rent, lang);
    values.text[QStringLiteral("other_charges")] = otherCharges(f, say);
    values.text[QStringLiteral("deposit")] = f.deposit.toIndianString();
    values.text[QStringLiteral("deposit_words")] = text::inWords(f.deposit, lang);
    values.text[QStringLiteral("due_day")] =
        hindi ? QString::number(f.dueDay) : englishOrdinal(f.dueDay);
    values.text[QStringLiteral("late_fee")] = lateFee(f, say, lang);
    values.text[QStringLiteral("lock_in_months")] = QString::number(f.lockInMonths);
    values.text[QStringLiteral("lock_in")] = lockIn(f, say);
    values.text[QStringLiteral("notice_days")] = QString::number(f.noticeDays);
    utilities(f, say, values);
    const QStringList rules = houseRules(f.houseRules);
    values.lists[QStringLiteral("house_rules")] = rules.isEmpty() ? defaultHouseRules(say) : rules;
    set("agreement_date", dayMonthYear(f.agreementDate()),
        notOnFile(stay, QStringLiteral("its date")));
    set("agreement_place", f.propertyCity, notOnFile(property, QStringLiteral("set its city")));
    return values;
}

} // namespace rentflow::reports
