#include "server/mail/MailTemplate.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace rentflow::server;

namespace {

RenderedMail rendered(const MailTemplate& mailTemplate, const QJsonObject& vars)
{
    auto result = renderMailTemplate(mailTemplate, vars);
    if (auto* error = std::get_if<TemplateError>(&result))
        ADD_FAILURE() << error->message.toStdString();
    return std::get_if<RenderedMail>(&result) ? std::get<RenderedMail>(result) : RenderedMail{};
}

QString renderError(const MailTemplate& mailTemplate, const QJsonObject& vars)
{
    auto result = renderMailTemplate(mailTemplate, vars);
    if (auto* error = std::get_if<TemplateError>(&result))
        return error->message;
    ADD_FAILURE() << "rendered although it should not";
    return {};
}

} // namespace

TEST(MailTemplate, FillsPlaceholdersAndEscapesOnlyTheHtml)
{
    const MailTemplate t{QStringLiteral("Hi {{name}}"), QStringLiteral("Dear {{ name }}, #{{n}}"),
                         QStringLiteral("<p>{{name}} #{{n}}</p>")};
    const RenderedMail mail =
        rendered(t, {{QStringLiteral("name"), QStringLiteral("Tom & <Jerry> \"O'Neil\"")},
                     {QStringLiteral("n"), 42},
                     {QStringLiteral("unused"), QStringLiteral("ignored")}});
    EXPECT_EQ(mail.subject, QStringLiteral("Hi Tom & <Jerry> \"O'Neil\""));
    EXPECT_EQ(mail.text, QStringLiteral("Dear Tom & <Jerry> \"O'Neil\", #42"));
    EXPECT_EQ(mail.html,
              QStringLiteral("<p>Tom &amp; &lt;Jerry&gt; &quot;O&#39;Neil&quot; #42</p>"));
}

TEST(MailTemplate, PrintsNumbersAsPeopleWriteThem)
{
    const MailTemplate t{QStringLiteral("{{a}}|{{b}}|{{c}}"), QStringLiteral("x"), QString()};
    const RenderedMail mail = rendered(
        t, {{QStringLiteral("a"), 7}, {QStringLiteral("b"), 2.5}, {QStringLiteral("c"), 1200.0}});
    EXPECT_EQ(mail.subject, QStringLiteral("7|2.5|1200"));
}

TEST(MailTemplate, AMissingVariableIsAnErrorNotAnEmptyString)
{
    const MailTemplate t{QStringLiteral("Hi"), QStringLiteral("Link: {{resetLink}}"), QString()};
    EXPECT_EQ(renderError(t, {{QStringLiteral("name"), QStringLiteral("x")}}),
              QStringLiteral("text: no string or number value for {{resetLink}}"));
}

TEST(MailTemplate, RefusesValuesThatAreNotStringsOrNumbers)
{
    const MailTemplate t{QStringLiteral("{{v}}"), QStringLiteral("x"), QString()};
    const QJsonValue refused[] = {QJsonValue(true), QJsonValue(QJsonValue::Null),
                                  QJsonValue(QJsonArray{1}), QJsonValue(QJsonObject{})};
    for (const QJsonValue& value : refused)
        EXPECT_EQ(renderError(t, {{QStringLiteral("v"), value}}),
                  QStringLiteral("subject: no string or number value for {{v}}"));
}

TEST(MailTemplate, RefusesMalformedPlaceholders)
{
    const QJsonObject vars{{QStringLiteral("a"), QStringLiteral("x")}};
    EXPECT_EQ(renderError({QStringLiteral("{{a"), QStringLiteral("x"), {}}, vars),
              QStringLiteral("subject: \"{{\" without \"}}\""));
    EXPECT_EQ(renderError({QStringLiteral("s"), QStringLiteral("{{}}"), {}}, vars),
              QStringLiteral("text: a placeholder is not {{name}}"));
    EXPECT_EQ(
        renderError({QStringLiteral("s"), QStringLiteral("x"), QStringLiteral("{{a-b}}")}, vars),
        QStringLiteral("html: a placeholder is not {{name}}"));
}

TEST(MailTemplate, ShipsEveryTemplateWithItsVariables)
{
    EXPECT_EQ(mailTemplateNames(),
              (QStringList{QStringLiteral("waitlist_welcome"), QStringLiteral("investor_ack"),
                           QStringLiteral("password_reset"), QStringLiteral("invite")}));
    for (const QString& name : mailTemplateNames()) {
        const auto mailTemplate = defaultMailTemplate(name);
        ASSERT_TRUE(mailTemplate) << name.toStdString();
        EXPECT_FALSE(mailTemplate->html.isEmpty()) << name.toStdString();
        // The shipped wording uses exactly the variables callers are told to send.
        auto used = templatePlaceholders(*mailTemplate);
        ASSERT_TRUE(std::holds_alternative<QStringList>(used));
        QStringList usedSorted = std::get<QStringList>(used);
        QStringList declared = mailTemplateVariables(name);
        usedSorted.sort();
        declared.sort();
        EXPECT_EQ(usedSorted, declared) << name.toStdString();
        EXPECT_FALSE(checkTemplateOverride(name, *mailTemplate)) << name.toStdString();
    }
    EXPECT_FALSE(defaultMailTemplate(QStringLiteral("nope")));
    EXPECT_TRUE(mailTemplateVariables(QStringLiteral("nope")).isEmpty());
}

TEST(MailTemplate, RendersTheWelcomeMail)
{
    const auto welcome = defaultMailTemplate(QStringLiteral("waitlist_welcome"));
    ASSERT_TRUE(welcome);
    const RenderedMail mail =
        rendered(*welcome, {{QStringLiteral("fullName"), QStringLiteral("Priya")},
                            {QStringLiteral("position"), 128},
                            {QStringLiteral("referralCode"), QStringLiteral("PRIYA7")},
                            {QStringLiteral("referralLink"),
                             QStringLiteral("https://rentflow.in/?ref=PRIYA7&src=mail")}});
    EXPECT_EQ(mail.subject, QStringLiteral("You're #128 on the RentFlow waitlist"));
    EXPECT_TRUE(mail.text.startsWith(QStringLiteral("Hi Priya,\n")));
    EXPECT_TRUE(mail.text.contains(QStringLiteral("You are number 128 in line.")));
    EXPECT_TRUE(mail.text.contains(
        QStringLiteral("Your referral link: https://rentflow.in/?ref=PRIYA7&src=mail\n")));
    EXPECT_TRUE(mail.html.contains(
        QStringLiteral("<a href=\"https://rentflow.in/?ref=PRIYA7&amp;src=mail\">"
                       "https://rentflow.in/?ref=PRIYA7&amp;src=mail</a>")));
}

TEST(MailTemplate, AFallbackStandsInForAnEmptyValueOnly)
{
    const MailTemplate t{QStringLiteral("Hi {{ fullName | there }}"),
                         QStringLiteral("Hi {{fullName|there}}, {{fullName}}."),
                         QStringLiteral("<p>Hi {{fullName|<b>there</b>}}</p>")};
    RenderedMail mail = rendered(t, {{QStringLiteral("fullName"), QString()}});
    EXPECT_EQ(mail.subject, QStringLiteral("Hi there"));
    EXPECT_EQ(mail.text, QStringLiteral("Hi there, ."));
    EXPECT_EQ(mail.html, QStringLiteral("<p>Hi <b>there</b></p>")); // template text, not a value
    mail = rendered(t, {{QStringLiteral("fullName"), QStringLiteral("  ")}});
    EXPECT_EQ(mail.subject, QStringLiteral("Hi there"));
    mail = rendered(t, {{QStringLiteral("fullName"), QStringLiteral("A & B")}});
    EXPECT_EQ(mail.subject, QStringLiteral("Hi A & B"));
    EXPECT_EQ(mail.html, QStringLiteral("<p>Hi A &amp; B</p>"));
    // A fallback is for an empty value, not a missing one.
    EXPECT_EQ(renderError(t, {}),
              QStringLiteral("subject: no string or number value for {{fullName}}"));
    auto used = templatePlaceholders(t);
    ASSERT_TRUE(std::holds_alternative<QStringList>(used));
    EXPECT_EQ(std::get<QStringList>(used), QStringList{QStringLiteral("fullName")});
}

TEST(MailTemplate, GreetsSomeoneWhoGaveNoName)
{
    const auto welcome = defaultMailTemplate(QStringLiteral("waitlist_welcome"));
    ASSERT_TRUE(welcome);
    const RenderedMail mail =
        rendered(*welcome, {{QStringLiteral("fullName"), QString()},
                            {QStringLiteral("position"), 3},
                            {QStringLiteral("referralCode"), QStringLiteral("X")},
                            {QStringLiteral("referralLink"), QStringLiteral("https://r.in/x")}});
    EXPECT_TRUE(mail.text.startsWith(QStringLiteral("Hi there,\n")));
    EXPECT_TRUE(mail.html.contains(QStringLiteral("<p>Hi there,</p>")));
}

TEST(MailTemplate, ChecksAnAdminsOverride)
{
    const QString name = QStringLiteral("password_reset");
    EXPECT_FALSE(checkTemplateOverride(name, {QStringLiteral("Reset"),
                                              QStringLiteral("{{resetUrl}} ({{expiresInMinutes}})"),
                                              QString()}));
    EXPECT_EQ(checkTemplateOverride(QStringLiteral("nope"),
                                    {QStringLiteral("s"), QStringLiteral("t"), QString()})
                  ->message,
              QStringLiteral("no template is called that"));
    EXPECT_EQ(
        checkTemplateOverride(name, {QStringLiteral(" "), QStringLiteral("t"), QString()})->message,
        QStringLiteral("subject: must not be empty"));
    EXPECT_EQ(checkTemplateOverride(name, {QStringLiteral("s"), QString(), QString()})->message,
              QStringLiteral("text: must not be empty"));
    EXPECT_EQ(
        checkTemplateOverride(name, {QStringLiteral("s"), QStringLiteral("{{token}}"), QString()})
            ->message,
        QStringLiteral("{{token}} is not one of this template's variables: resetUrl, "
                       "expiresInMinutes"));
    EXPECT_EQ(checkTemplateOverride(
                  name, {QStringLiteral("s"), QStringLiteral("t"), QStringLiteral("{{name")})
                  ->message,
              QStringLiteral("html: \"{{\" without \"}}\""));
}

TEST(MailTemplate, EscapesHtml)
{
    EXPECT_EQ(htmlEscaped(QStringLiteral("<a href='x'>&\"</a>")),
              QStringLiteral("&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"));
}
