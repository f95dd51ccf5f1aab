#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace rentflow::server {

// One email's wording with {{placeholders}} (letters, digits, '_'; spaces inside the
// braces allowed), optionally with a fallback for an empty value: {{fullName|there}}.
// The subject and the text part take values as they are; the HTML part takes them
// HTML-escaped.
struct MailTemplate
{
    QString subject;
    QString text;
    QString html;
};

struct RenderedMail
{
    QString subject;
    QString text;
    QString html;
};

// Why a template could not be rendered or accepted, for the caller and the logs (it
// names the placeholder, never a value).
struct TemplateError
{
    QString message;
};

// The templates the server sends (SPEC §8.5) and the variables each needs:
//   waitlist_welcome          fullName (may be ""), position, referralCode, referralLink
//   investor_ack              fullName
//   password_reset            resetUrl, expiresInMinutes
//   invite                    name, inviteLink
QStringList mailTemplateNames();
QStringList mailTemplateVariables(const QString& name); // empty for an unknown name

// The shipped wording (resources :/server/mail/templates/<name>.{subject.txt,txt,html}).
std::optional<MailTemplate> defaultMailTemplate(const QString& name);

// Every value a placeholder names must be in `vars`, a string or a number (an integer
// prints without a decimal point); a missing or other-typed variable, or a "{{" without
// its "}}", is an error, never an empty string. Extra variables are ignored.
std::variant<RenderedMail, TemplateError> renderMailTemplate(const MailTemplate& mailTemplate,
                                                             const QJsonObject& vars);

// The placeholders a template uses (each once, in order of first use), or an error
// when one is malformed.
std::variant<QStringList, TemplateError> templatePlaceholders(const MailTemplate& mailTemplate);

// An edited template (an admin's override) for `name`: the name must be known, the
// subject and text non-empty, and every placeholder one of the name's variables (so a
// saved override can always be rendered from what the callers send).
std::optional<TemplateError> checkTemplateOverride(const QString& name,
                                                   const MailTemplate& mailTemplate);

QString htmlEscaped(const QString& text);

} // namespace rentflow::server
