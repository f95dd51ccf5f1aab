#include "server/public/PublicRequests.h"

#include "server/public/FieldRules.h"

#include <QJsonValue>

#include <cmath>

namespace rentflow::server {

namespace {

QString tooLong(int max)
{
    return QStringLiteral("must be at most %1 characters").arg(max);
}

// Reads fields of one JSON object, collecting an error per wrong field.
class FieldReader
{
public:
    FieldReader(const QJsonObject& object, QJsonObject& errors, QString prefix = {})
        : object_(object), errors_(errors), prefix_(std::move(prefix))
    {}

    void fail(const QString& name, const QString& message)
    {
        const QString key = prefix_ + name;
        if (!errors_.contains(key))
            errors_.insert(key, message);
    }

    // A string field: nothing when absent/null/"" (and "is required" when required), or the
    // trimmed text when it is a string of at most maxLength code points without control
    // characters (multiline allows line breaks and tabs).
    std::optional<QString> text(const QString& name, bool required, int maxLength,
                                bool multiline = false)
    {
        const QJsonValue value = object_.value(name);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(name, QStringLiteral("is required"));
            return std::nullopt;
        }
        if (!value.isString()) {
            fail(name, QStringLiteral("must be a string"));
            return std::nullopt;
        }
        const QString trimmed = value.toString().trimmed();
        if (trimmed.isEmpty()) {
            if (required)
                fail(name, QStringLiteral("is required"));
            return std::nullopt;
        }
        if (codePointLength(trimmed) > maxLength) {
            fail(name, tooLong(maxLength));
            return std::nullopt;
        }
        if (hasControlCharacters(trimmed, multiline)) {
            fail(name, QStringLiteral("must not contain control characters"));
            return std::nullopt;
        }
        return trimmed;
    }

    // A checked email (required).
    std::optional<EmailAddress> email(const QString& name)
    {
        const QJsonValue value = object_.value(name);
        if (value.isUndefined() || value.isNull()) {
            fail(name, QStringLiteral("is required"));
            return std::nullopt;
        }
        if (!value.isString()) {
            fail(name, QStringLiteral("must be a string"));
            return std::nullopt;
        }
        const EmailCheck check = checkEmail(value.toString());
        if (check.problem != EmailProblem::None) {
            fail(name, emailProblemMessage(check.problem));
            return std::nullopt;
        }
        return check.address;
    }

    // An optional text field passed through a normaliser; `message` when it refuses.
    template <typename Normaliser>
    QString normalised(const QString& name, int maxLength, Normaliser normalise,
                       const QString& message)
    {
        const auto raw = text(name, false, maxLength);
        if (!raw)
            return {};
        const std::optional<QString> value = normalise(*raw);
        if (!value) {
            fail(name, message);
            return {};
        }
        return *value;
    }

    std::optional<bool> boolean(const QString& name)
    {
        const QJsonValue value = object_.value(name);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isBool()) {
            fail(name, QStringLiteral("must be true or false"));
            return std::nullopt;
        }
        return value.toBool();
    }

    // A required amount in rupees in [min, max], as exact paise (rounded to the paisa).
    std::optional<Money> rupees(const QString& name, double min, double max)
    {
        const auto value = number(name, min, max, false);
        if (!value)
            return std::nullopt;
        return Money::fromPaise(qRound64(*value * 100.0));
    }

    // A required number in [min, max]; whole when integral.
    std::optional<double> number(const QString& name, double min, double max, bool integral)
    {
        const QJsonValue value = object_.value(name);
        if (value.isUndefined() || value.isNull()) {
            fail(name, QStringLiteral("is required"));
            return std::nullopt;
        }
        if (!value.isDouble()) {
            fail(name, QStringLiteral("must be a number"));
            return std::nullopt;
        }
        const double d = value.toDouble();
        if (!std::isfinite(d) || d < min || d > max) {
            fail(name, QStringLiteral("must be between %1 and %2")
                           .arg(QString::number(min, 'g', 15), QString::number(max, 'g', 15)));
            return std::nullopt;
        }
        if (integral && std::floor(d) != d) {
            fail(name, QStringLiteral("must be a whole number"));
            return std::nullopt;
        }
        return d;
    }

    // A required nested object.
    std::optional<QJsonObject> object(const QString& name)
    {
        const QJsonValue value = object_.value(name);
        if (value.isUndefined() || value.isNull()) {
            fail(name, QStringLiteral("is required"));
            return std::nullopt;
        }
        if (!value.isObject()) {
            fail(name, QStringLiteral("must be an object"));
            return std::nullopt;
        }
        return value.toObject();
    }

private:
    const QJsonObject& object_;
    QJsonObject& errors_;
    QString prefix_;
};

// The honeypot and the time on page; true when the request looks automated. A wrong type
// of timeOnPageMs is a field error (a real form always sends a number).
bool looksAutomated(const QJsonObject& body, const PublicRules& rules, QJsonObject& errors)
{
    bool spam = false;
    const QJsonValue honeypot = body.value(QLatin1String("website"));
    if (!honeypot.isUndefined() && !honeypot.isNull() &&
        !(honeypot.isString() && honeypot.toString().isEmpty()))
        spam = true;
    const QJsonValue elapsed = body.value(QLatin1String("timeOnPageMs"));
    if (!elapsed.isUndefined() && !elapsed.isNull()) {
        const double ms = elapsed.toDouble(-1);
        if (!elapsed.isDouble() || ms < 0 || std::floor(ms) != ms || ms > 1e12)
            errors.insert(QStringLiteral("timeOnPageMs"),
                          QStringLiteral("must be a whole number of milliseconds"));
        else if (ms < rules.minTimeOnPageMs)
            spam = true;
    }
    return spam;
}

const QString kPhoneMessage = QStringLiteral(
    "must be an Indian mobile number: 10 digits starting 6-9, optionally after +91 or 0");

} // namespace

Parsed<WaitlistJoinRequest> parseWaitlistJoin(const QJsonObject& body, const PublicRules& rules)
{
    QJsonObject errors;
    if (looksAutomated(body, rules, errors))
        return InputRefusal{{}, true};
    FieldReader read(body, errors);
    WaitlistJoinRequest r;
    if (auto email = read.email(QStringLiteral("email")))
        r.email = *email;
    r.fullName = read.text(QStringLiteral("fullName"), false, 200).value_or(QString());
    r.phone = read.normalised(QStringLiteral("phone"), 20, normaliseIndianMobile, kPhoneMessage);
    r.companyName = read.text(QStringLiteral("companyName"), false, 200).value_or(QString());
    r.referralCode = read.normalised(QStringLiteral("referralCode"), 20, normaliseReferralCode,
                                     QStringLiteral("must be 4-20 letters or digits"));
    r.source = read.text(QStringLiteral("source"), false, 100).value_or(QString());
    r.utmCampaign = read.text(QStringLiteral("utmCampaign"), false, 200).value_or(QString());
    r.utmSource = read.text(QStringLiteral("utmSource"), false, 200).value_or(QString());
    r.utmMedium = read.text(QStringLiteral("utmMedium"), false, 200).value_or(QString());
    if (!errors.isEmpty())
        return InputRefusal{errors, false};
    return r;
}

Parsed<InvestorLeadRequest> parseInvestorLead(const QJsonObject& body, const PublicRules& rules)
{
    QJsonObject errors;
    if (looksAutomated(body, rules, errors))
        return InputRefusal{{}, true};
    FieldReader read(body, errors);
    InvestorLeadRequest r;
    r.fullName = read.text(QStringLiteral("fullName"), true, 200).value_or(QString());
    if (auto email = read.email(QStringLiteral("email")))
        r.email = *email;
    r.phone = read.normalised(QStringLiteral("phone"), 20, normaliseIndianMobile, kPhoneMessage);
    r.investorType = read.normalised(QStringLiteral("investorType"), 50, normaliseInvestorType,
                                     QStringLiteral("must be one of angel, vc, pg_operator, "
                                                    "corporate"));
    r.investmentRange =
        read.normalised(QStringLiteral("investmentRange"), 50, normaliseInvestmentRange,
                        QStringLiteral("must be one of <10L, 10-50L, 50L-1Cr, 1Cr+"));
    r.linkedinUrl = read.normalised(QStringLiteral("linkedinUrl"), 300, normaliseLinkedinUrl,
                                    QStringLiteral("must be a LinkedIn profile or company address "
                                                   "(https://linkedin.com/in/…)"));
    r.message = read.text(QStringLiteral("message"), false, 5000, true).value_or(QString());
    r.geography = read.text(QStringLiteral("geography"), false, 100).value_or(QString());
    r.accredited = read.boolean(QStringLiteral("accredited"));
    r.source = read.text(QStringLiteral("source"), false, 100).value_or(QString());
    r.utmCampaign = read.text(QStringLiteral("utmCampaign"), false, 200).value_or(QString());
    if (!errors.isEmpty())
        return InputRefusal{errors, false};
    return r;
}

Parsed<RoiCalculationRequest> parseRoiCalculation(const QJsonObject& body)
{
    QJsonObject errors;
    FieldReader read(body, errors);
    RoiCalculationRequest r;
    if (const auto inputs = read.object(QStringLiteral("inputs"))) {
        FieldReader in(*inputs, errors, QStringLiteral("inputs."));
        r.properties = qint64(in.number(QStringLiteral("properties"), 1, 100000, true).value_or(0));
        r.bedsPerProperty =
            qint64(in.number(QStringLiteral("bedsPerProperty"), 1, 100000, true).value_or(0));
        r.avgRent = in.rupees(QStringLiteral("avgRent"), 0, 1e7).value_or(Money());
        r.utilityCostPerBed =
            in.rupees(QStringLiteral("utilityCostPerBed"), 0, 1e7).value_or(Money());
    }
    if (const auto results = read.object(QStringLiteral("results"))) {
        FieldReader out(*results, errors, QStringLiteral("results."));
        r.adminHoursSaved =
            out.number(QStringLiteral("adminHoursSaved"), -1e12, 1e12, false).value_or(0);
        r.revenueLeakageRecovered =
            out.rupees(QStringLiteral("revenueLeakageRecovered"), -1e12, 1e12).value_or(Money());
        r.annualProfitImpact =
            out.rupees(QStringLiteral("annualProfitImpact"), -1e12, 1e12).value_or(Money());
    }
    r.sessionId = read.text(QStringLiteral("sessionId"), false, 100).value_or(QString());
    r.source = read.text(QStringLiteral("source"), false, 100).value_or(QString());
    if (!errors.isEmpty())
        return InputRefusal{errors, false};
    return r;
}

Parsed<WaitlistReferralRequest> parseWaitlistReferral(const QJsonObject& body)
{
    QJsonObject errors;
    FieldReader read(body, errors);
    WaitlistReferralRequest r;
    const auto code = read.text(QStringLiteral("referralCode"), true, 20);
    if (code) {
        if (const auto normal = normaliseReferralCode(*code))
            r.referralCode = *normal;
        else
            read.fail(QStringLiteral("referralCode"),
                      QStringLiteral("must be 4-20 letters or digits"));
    }
    if (auto email = read.email(QStringLiteral("email")))
        r.email = *email;
    if (!errors.isEmpty())
        return InputRefusal{errors, false};
    return r;
}

Parsed<PositionQuery> parsePositionQuery(const std::optional<QString>& email,
                                         const std::optional<QString>& code)
{
    QJsonObject errors;
    const bool hasEmail = email && !email->trimmed().isEmpty();
    const bool hasCode = code && !code->trimmed().isEmpty();
    if (hasEmail == hasCode) {
        errors.insert(QStringLiteral("query"), QStringLiteral("give exactly one of email or code"));
        return InputRefusal{errors, false};
    }
    PositionQuery q;
    if (hasEmail) {
        q.emailKey = emailKey(*email);
        if (q.emailKey.isEmpty())
            errors.insert(QStringLiteral("email"), QStringLiteral("must be a valid email address"));
    } else {
        const auto normal = normaliseReferralCode(*code);
        if (normal)
            q.code = *normal;
        else
            errors.insert(QStringLiteral("code"), QStringLiteral("must be 4-20 letters or digits"));
    }
    if (!errors.isEmpty())
        return InputRefusal{errors, false};
    return q;
}

} // namespace rentflow::server
