#include "server/mail/MailTemplate.h"

#include <QFile>
#include <QJsonValue>

#include <functional>

namespace rentflow::server {

namespace {

constexpr qsizetype kMaxPlaceholder = 64;

struct Catalogue
{
    const char* name;
    std::initializer_list<const char*> variables;
};

const Catalogue kCatalogue[] = {
    // The names the callers send (public/, auth/, admin/).
    {"waitlist_welcome", {"fullName", "position", "referralCode", "referralLink"}},
    {"investor_ack", {"fullName"}},
    {"password_reset", {"resetUrl", "expiresInMinutes"}},
    {"invite", {"name", "inviteLink"}},
};

bool isPlaceholderChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
}

// One placeholder: {{name}} or {{name|fallback}}, the fallback standing in for an empty
// value (a name the person did not give: "Hi {{fullName|there}},").
struct Placeholder
{
    QString name;
    QString fallback;
};

// Walks `text`, handing literal runs and placeholders to the callbacks; stops at the
// first malformed placeholder.
std::optional<TemplateError> scan(const QString& text, const QString& part,
                                  const std::function<void(QStringView)>& literal,
                                  const std::function<bool(const Placeholder&)>& placeholder)
{
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), pos);
        if (open < 0) {
            literal(QStringView(text).mid(pos));
            break;
        }
        literal(QStringView(text).mid(pos, open - pos));
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            return TemplateError{QStringLiteral("%1: \"{{\" without \"}}\"").arg(part)};
        const QStringView inside = QStringView(text).mid(open + 2, close - open - 2);
        const qsizetype bar = inside.indexOf(QLatin1Char('|'));
        Placeholder found{inside.left(bar < 0 ? inside.size() : bar).trimmed().toString(),
                          bar < 0 ? QString() : inside.mid(bar + 1).trimmed().toString()};
        bool ok = !found.name.isEmpty() && found.name.size() <= kMaxPlaceholder;
        for (const QChar c : found.name)
            ok = ok && isPlaceholderChar(c);
        if (!ok)
            return TemplateError{QStringLiteral("%1: a placeholder is not {{name}}").arg(part)};
        if (!placeholder(found))
            return TemplateError{
                QStringLiteral("%1: no string or number value for {{%2}}").arg(part, found.name)};
        pos = close + 2;
    }
    return std::nullopt;
}

std::optional<QString> valueText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        const qint64 whole = value.toInteger();
        if (double(whole) == number)
            return QString::number(whole);
        return QString::number(number, 'g', 15);
    }
    return std::nullopt;
}

std::variant<QString, TemplateError> renderPart(const QString& text, const QString& part,
                                                const QJsonObject& vars, bool escape)
{
    QString out;
    QString badName;
    const auto error = scan(
        text, part, [&](QStringView literal) { out += literal; },
        [&](const Placeholder& placeholder) {
            const std::optional<QString> value = valueText(vars.value(placeholder.name));
            if (!value)
                return false;
            // The fallback is the template's own text (like the words around it).
            if (value->trimmed().isEmpty() && !placeholder.fallback.isEmpty())
                out += placeholder.fallback;
            else
                out += escape ? htmlEscaped(*value) : *value;
            return true;
        });
    if (error)
        return *error;
    return out;
}

QString readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString htmlEscaped(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QStringList mailTemplateNames()
{
    QStringList names;
    for (const Catalogue& entry : kCatalogue)
        names << QLatin1String(entry.name);
    return names;
}

QStringList mailTemplateVariables(const QString& name)
{
    for (const Catalogue& entry : kCatalogue) {
        if (name == QLatin1String(entry.name)) {
            QStringList variables;
            for (const char* variable : entry.variables)
                variables << QLatin1String(variable);
            return variables;
        }
    }
    return {};
}

std::optional<MailTemplate> defaultMailTemplate(const QString& name)
{
    if (!mailTemplateNames().contains(name))
        return std::nullopt;
    const QString base = QStringLiteral(":/server/mail/templates/") + name;
    MailTemplate mailTemplate{readResource(base + QStringLiteral(".subject.txt")).trimmed(),
                              readResource(base + QStringLiteral(".txt")),
                              readResource(base + QStringLiteral(".html"))};
    if (mailTemplate.subject.isEmpty() || mailTemplate.text.isEmpty())
        return std::nullopt;
    return mailTemplate;
}

std::variant<RenderedMail, TemplateError> renderMailTemplate(const MailTemplate& mailTemplate,
                                                             const QJsonObject& vars)
{
    RenderedMail mail;
    const std::pair<const QString*, QString*> parts[] = {{&mailTemplate.subject, &mail.subject},
                                                         {&mailTemplate.text, &mail.text},
                                                         {&mailTemplate.html, &mail.html}};
    const QString partNames[] = {QStringLiteral("subject"), QStringLiteral("text"),
                                 QStringLiteral("html")};
    for (int i = 0; i < 3; ++i) {
        auto rendered = renderPart(*parts[i].first, partNames[i], vars, i == 2);
        if (auto* error = std::get_if<TemplateError>(&rendered))
            return *error;
        *parts[i].second = std::get<QString>(std::move(rendered));
    }
    return mail;
}

std::variant<QStringList, TemplateError> templatePlaceholders(const MailTemplate& mailTemplate)
{
    QStringList names;
    const auto collect = [&](const QString& text, const QString& part) {
        return scan(
            text, part, [](QStringView) {},
            [&](const Placeholder& placeholder) {
                if (!names.contains(placeholder.name))
                    names << placeholder.name;
                return true;
            });
    };
    if (auto error = collect(mailTemplate.subject, QStringLiteral("subject")))
        return *error;
    if (auto error = collect(mailTemplate.text, QStringLiteral("text")))
        return *error;
    if (auto error = collect(mailTemplate.html, QStringLiteral("html")))
        return *error;
    return names;
}

std::optional<TemplateError> checkTemplateOverride(const QString& name,
                                                   const MailTemplate& mailTemplate)
{
    const QStringList allowed = mailTemplateVariables(name);
    if (allowed.isEmpty())
        return TemplateError{QStringLiteral("no template is called that")};
    if (mailTemplate.subject.trimmed().isEmpty())
        return TemplateError{QStringLiteral("subject: must not be empty")};
    if (mailTemplate.text.trimmed().isEmpty())
        return TemplateError{QStringLiteral("text: must not be empty")};
    auto used = templatePlaceholders(mailTemplate);
    if (auto* error = std::get_if<TemplateError>(&used))
        return *error;
    for (const QString& placeholder : std::get<QStringList>(used)) {
        if (!allowed.contains(placeholder))
            return TemplateError{
                QStringLiteral("{{%1}} is not one of this template's variables: %2")
                    .arg(placeholder, allowed.join(QStringLiteral(", ")))};
    }
    return std::nullopt;
}

} // namespace rentflow::server
