#include "AgreementValues.h"

#include "AgreementTerms.h"

#include <text/DocumentText.h>

#include <domain/StateCode.h>

namespace rentflow::reports {

namespace {

// The two languages' wordings of one value, side by side.
struct Say
{
    bool hindi;
    QString operator()(const QString& en, const QString& hi) const { return hindi ? hi : en; }
};

QString dayMonthYear(QDate date)
{
    return text::date(date);
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

    set("licensor_name", f.licensorName,
        notOnFile(org, QStringLiteral("set it with `org set --name`")));
    set("licensor_address", f.licensorAddress,
        notOnFile(org, QStringLiteral("set it with `org set --address`")));
    set("licensor_pan", f.licensorPan,
        notOnFile(org, QStringLiteral("set it with `org set --pan`")));
    set("licensor_signatory", f.licensorSignatory,
        notOnFile(org, QStringLiteral("set it with `org set --signatory`")));
    set("licensee_name", f.licenseeName, notOnFile(resident, QStringLiteral("set the name")));
    set("licensee_father_name", f.licenseeFatherName,
        notOnFile(resident, QStringLiteral("set it with `resident set --father-name`")));
    set("licensee_address", f.licenseeAddress,
        notOnFile(resident, QStringLiteral("set it with `resident set --address`")));
    set("licensee_phone", text::phone(f.licenseePhone),
        notOnFile(resident, QStringLiteral("set it with `resident set --phone`")));
    QString id;
    if (!f.licenseeAadhaarMasked.isEmpty())
        id = say(QStringLiteral("Aadhaar "), QStringLiteral("आधार ")) + f.licenseeAadhaarMasked;
    else if (!f.licenseePan.isEmpty())
        id = say(QStringLiteral("PAN "), QStringLiteral("पैन ")) + f.licenseePan;
    set("licensee_id", id,
        notOnFile(resident, QStringLiteral("set an Aadhaar number or PAN with `resident set "
                                           "--aadhaar` or `--pan`")));

    set("property_name", f.propertyName,
        notOnFile(property, QStringLiteral("set it with `property set --id ID --name`")));
    QString address = f.propertyAddress;
    if (!address.isEmpty() && !f.propertyPincode.isEmpty())
        address += say(QStringLiteral(", PIN "), QStringLiteral(", पिन ")) + f.propertyPincode;
    set("property_address", address,
        notOnFile(property, QStringLiteral("set it with `property set --id ID --address`")));
    set("property_city", f.propertyCity,
        notOnFile(property, QStringLiteral("set it with `property set --id ID --city`")));
    set("property_state", stateName(f.propertyStateCode, hindi),
        notOnFile(property, QStringLiteral("set it with `property set --id ID --state-code`")));
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
    values.text[QStringLiteral("other_charges")] = agreement::otherCharges(f, lang);
    values.text[QStringLiteral("deposit")] = f.deposit.toIndianString();
    values.text[QStringLiteral("deposit_words")] = text::inWords(f.deposit, lang);
    values.text[QStringLiteral("due_day")] =
        hindi ? QString::number(f.dueDay) : englishOrdinal(f.dueDay);
    values.text[QStringLiteral("late_fee")] = agreement::lateFee(f, lang);
    values.text[QStringLiteral("lock_in_months")] = QString::number(f.lockInMonths);
    values.text[QStringLiteral("lock_in")] = agreement::lockIn(f, lang);
    values.text[QStringLiteral("notice_days")] = QString::number(f.noticeDays);
    const agreement::Electricity electricity = agreement::electricity(f, lang);
    if (electricity.text.isEmpty())
        values.missing[QStringLiteral("utilities")] = electricity.whyMissing;
    else
        values.text[QStringLiteral("utilities")] = electricity.text;
    values.lists[QStringLiteral("house_rules")] = agreement::houseRules(f, lang);
    set("agreement_date", dayMonthYear(f.agreementDate()),
        notOnFile(stay, QStringLiteral("its date")));
    set("agreement_place", f.propertyCity,
        notOnFile(property, QStringLiteral("set it with `property set --id ID --city`")));
    return values;
}

} // namespace rentflow::reports
