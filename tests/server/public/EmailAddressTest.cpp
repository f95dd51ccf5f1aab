#include "server/public/EmailAddress.h"
#include "server/public/DisposableDomains.h"

#include <QStringList>

#include <gtest/gtest.h>

using namespace rentflow::server;

TEST(EmailAddress, KeepsWhatWasTypedAndLowerCasesTheKey)
{
    const EmailCheck c = checkEmail(QStringLiteral("  Priya.Sharma@Example.COM "));
    ASSERT_EQ(c.problem, EmailProblem::None);
    EXPECT_EQ(c.address.display, QStringLiteral("Priya.Sharma@Example.COM"));
    EXPECT_EQ(c.address.key, QStringLiteral("priya.sharma@example.com"));
    EXPECT_EQ(c.address.domain, QStringLiteral("example.com"));
}

TEST(EmailAddress, GmailDropsDotsAndTagsAndFoldsGooglemail)
{
    EXPECT_EQ(emailKey(QStringLiteral("Ravi.Kumar+waitlist@gmail.com")),
              QStringLiteral("ravikumar@gmail.com"));
    EXPECT_EQ(emailKey(QStringLiteral("r.a.v.i.kumar@GoogleMail.com")),
              QStringLiteral("ravikumar@gmail.com"));
    EXPECT_EQ(emailKey(QStringLiteral("ravikumar@gmail.com")),
              QStringLiteral("ravikumar@gmail.com"));
}

TEST(EmailAddress, OtherProvidersKeepDotsAndTags)
{
    EXPECT_EQ(emailKey(QStringLiteral("ravi.kumar+pg@Outlook.com")),
              QStringLiteral("ravi.kumar+pg@outlook.com"));
}

TEST(EmailAddress, RefusesMalformedAddresses)
{
    const QStringList bad = {
        QStringLiteral("plainaddress"),           QStringLiteral("@example.com"),
        QStringLiteral("a@b@example.com"),        QStringLiteral("user@"),
        QStringLiteral("user@localhost"),         QStringLiteral("user@example.c"),
        QStringLiteral("user@example.123"),       QStringLiteral(".user@example.com"),
        QStringLiteral("user.@example.com"),      QStringLiteral("us..er@example.com"),
        QStringLiteral("user@-example.com"),      QStringLiteral("user@example-.com"),
        QStringLiteral("user@exa mple.com"),      QStringLiteral("us er@example.com"),
        QStringLiteral("\"quoted\"@example.com"), QStringLiteral("user@example..com"),
        QStringLiteral("üser@example.com"),       QStringLiteral("user@exämple.com"),
    };
    for (const QString& address : bad) {
        EXPECT_EQ(checkEmail(address).problem, EmailProblem::BadFormat) << address.toStdString();
        EXPECT_TRUE(emailKey(address).isEmpty()) << address.toStdString();
    }
    EXPECT_EQ(checkEmail(QStringLiteral("   ")).problem, EmailProblem::Empty);
}

TEST(EmailAddress, LengthLimits)
{
    // 64-character local part is the most allowed; 65 is refused.
    const QString local64(64, QLatin1Char('a'));
    EXPECT_EQ(checkEmail(local64 + QStringLiteral("@example.com")).problem, EmailProblem::None);
    EXPECT_EQ(checkEmail(local64 + QStringLiteral("a@example.com")).problem,
              EmailProblem::BadFormat);
    // 255 characters in all: too long.
    const QString domain = QString(63, QLatin1Char('d')) + QStringLiteral(".") +
                           QString(63, QLatin1Char('e')) + QStringLiteral(".") +
                           QString(63, QLatin1Char('f')) + QStringLiteral(".com"); // 195
    const QString longAddress = QString(59, QLatin1Char('a')) + QStringLiteral("@") + domain;
    ASSERT_EQ(longAddress.size(), 255);
    EXPECT_EQ(checkEmail(longAddress).problem, EmailProblem::TooLong);
    const QString justFits = QString(58, QLatin1Char('a')) + QStringLiteral("@") + domain;
    ASSERT_EQ(justFits.size(), 254);
    EXPECT_EQ(checkEmail(justFits).problem, EmailProblem::None);
}

TEST(EmailAddress, DisposableDomainsFromTheEmbeddedList)
{
    ASSERT_TRUE(disposableListLoaded());
    EXPECT_GT(disposableDomainCount(), 10000); // the npm list holds over 100,000
    EXPECT_EQ(checkEmail(QStringLiteral("someone@mailinator.com")).problem,
              EmailProblem::Disposable);
    EXPECT_EQ(checkEmail(QStringLiteral("someone@Mailinator.COM")).problem,
              EmailProblem::Disposable);
    EXPECT_EQ(checkEmail(QStringLiteral("x@yopmail.com")).problem, EmailProblem::Disposable);
    EXPECT_EQ(checkEmail(QStringLiteral("x@guerrillamail.com")).problem, EmailProblem::Disposable);
    // A subdomain of a listed domain is disposable too.
    EXPECT_TRUE(isDisposableDomain(QStringLiteral("eu.mailinator.com")));
    // Ordinary providers are not.
    EXPECT_EQ(checkEmail(QStringLiteral("someone@gmail.com")).problem, EmailProblem::None);
    EXPECT_EQ(checkEmail(QStringLiteral("someone@rediffmail.com")).problem, EmailProblem::None);
    EXPECT_FALSE(isDisposableDomain(QStringLiteral("example.com")));
    EXPECT_FALSE(isDisposableDomain(QStringLiteral("com")));
}

TEST(EmailAddress, RoleBasedIsDetectedButAccepted)
{
    const EmailCheck info = checkEmail(QStringLiteral("Info@SunrisePG.in"));
    ASSERT_EQ(info.problem, EmailProblem::None);
    EXPECT_TRUE(isRoleBased(info.address));
    const EmailCheck admin = checkEmail(QStringLiteral("admin+pg@example.com"));
    ASSERT_EQ(admin.problem, EmailProblem::None);
    EXPECT_TRUE(isRoleBased(admin.address));
    const EmailCheck person = checkEmail(QStringLiteral("anita@example.com"));
    EXPECT_FALSE(isRoleBased(person.address));
}

TEST(EmailAddress, ProblemMessagesNameTheProblem)
{
    EXPECT_EQ(emailProblemMessage(EmailProblem::None), QString());
    EXPECT_EQ(emailProblemMessage(EmailProblem::BadFormat),
              QStringLiteral("must be a valid email address"));
    EXPECT_TRUE(
        emailProblemMessage(EmailProblem::Disposable).contains(QStringLiteral("disposable")));
}
