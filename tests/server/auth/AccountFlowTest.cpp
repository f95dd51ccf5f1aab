#include "AuthFlowFixture.h"

#include <QJsonArray>

using namespace authtest;

namespace {

class AccountFlow : public AuthFlowTest
{
protected:
    void SetUp() override
    {
        AuthFlowTest::SetUp();
        m_org = addOrganisation(QStringLiteral("Sunrise PG"));
        m_user = addUser(QStringLiteral("asha@example.in"), Role::Admin, m_org);
    }
    Principal signIn(const QString& email = QStringLiteral("asha@example.in"))
    {
        const Answer a = login(email, kPassword);
        EXPECT_EQ(a.status, 200);
        m_lastLogin = a;
        return principalOf(a).value_or(Principal{});
    }

    QString m_org;
    QString m_user;
    Answer m_lastLogin;
};

} // namespace

TEST_F(AccountFlow, MeSaysWhoIsSignedInAndTheirOrganisation)
{
    const Principal who = signIn();
    auto e = env();
    const Answer a = answerOf(auth::me(e, who));
    EXPECT_EQ(a.status, 200);
    EXPECT_EQ(a.json.value(QStringLiteral("id")).toString(), m_user);
    EXPECT_EQ(a.json.value(QStringLiteral("email")).toString(), QStringLiteral("asha@example.in"));
    EXPECT_EQ(a.json.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    EXPECT_EQ(a.json.value(QStringLiteral("organisationId")).toString(), m_org);
    EXPECT_EQ(a.json.value(QStringLiteral("organisationName")).toString(),
              QStringLiteral("Sunrise PG"));
    EXPECT_EQ(a.json.value(QStringLiteral("sessionId")).toString(), who.sessionId);
    EXPECT_FALSE(a.json.contains(QStringLiteral("passwordHash")));
    EXPECT_FALSE(a.json.contains(QStringLiteral("password_hash")));
}

TEST_F(AccountFlow, ChangingThePasswordSignsOutEveryOtherSession)
{
    const Principal phone = signIn();
    const Answer phoneLogin = m_lastLogin;
    const Principal laptop = signIn();
    const Answer laptopLogin = m_lastLogin;
    auto e = env();
    const Answer a =
        answerOf(auth::changePassword(e, laptop,
                                      {{QStringLiteral("currentPassword"), kPassword},
                                       {QStringLiteral("newPassword"), kOtherPassword}}));
    ASSERT_EQ(a.status, 200);
    EXPECT_EQ(a.json.value(QStringLiteral("sessionsRevoked")).toInt(), 1);
    EXPECT_FALSE(principalOf(phoneLogin));
    EXPECT_TRUE(principalOf(laptopLogin));
    EXPECT_EQ(login(QStringLiteral("asha@example.in"), kPassword).status, 401);
    EXPECT_EQ(login(QStringLiteral("asha@example.in"), kOtherPassword).status, 200);
    EXPECT_EQ(scalar(QStringLiteral("SELECT password_changed_at FROM users WHERE id = ?"), {m_user})
                  .toString(),
              QStringLiteral("2026-11-26T10:00:00.000Z"));
    (void)phone;
}

TEST_F(AccountFlow, ChangingThePasswordNeedsTheCurrentOneAndAGoodNewOne)
{
    const Principal who = signIn();
    auto e = env();
    Answer a = answerOf(auth::changePassword(
        e, who,
        {{QStringLiteral("currentPassword"), kOtherPassword},
         {QStringLiteral("newPassword"), QStringLiteral("Third-Password-99")}}));
    EXPECT_EQ(a.status, 400);
    EXPECT_EQ(a.fields().value(QStringLiteral("currentPassword")).toString(),
              QStringLiteral("is not your current password"));
    a = answerOf(auth::changePassword(e, who,
                                      {{QStringLiteral("currentPassword"), kPassword},
                                       {QStringLiteral("newPassword"), QStringLiteral("short")}}));
    EXPECT_EQ(a.fields().value(QStringLiteral("newPassword")).toString(),
              QStringLiteral("must be at least 12 characters"));
    a = answerOf(auth::changePassword(e, who,
                                      {{QStringLiteral("currentPassword"), kPassword},
                                       {QStringLiteral("newPassword"), kPassword}}));
    EXPECT_EQ(a.fields().value(QStringLiteral("newPassword")).toString(),
              QStringLiteral("must differ from the current password"));
    a = answerOf(auth::changePassword(e, who, {}));
    EXPECT_EQ(a.fields().size(), 2);
    // Nothing changed.
    EXPECT_EQ(login(QStringLiteral("asha@example.in"), kPassword).status, 200);
}

TEST_F(AccountFlow, SessionsAreListedAndOneCanBeRevoked)
{
    const Principal first = signIn();
    const Answer firstLogin = m_lastLogin;
    m_now = m_now.addSecs(5);
    const Principal second = signIn();
    auto e = env();
    Answer list = answerOf(auth::listSessions(e, second));
    ASSERT_EQ(list.status, 200);
    QJsonArray sessions = list.json.value(QStringLiteral("sessions")).toArray();
    ASSERT_EQ(sessions.size(), 2);
    // Newest first; the caller's own marked.
    EXPECT_EQ(sessions[0].toObject().value(QStringLiteral("id")).toString(), second.sessionId);
    EXPECT_TRUE(sessions[0].toObject().value(QStringLiteral("current")).toBool());
    EXPECT_FALSE(sessions[1].toObject().value(QStringLiteral("current")).toBool());
    EXPECT_EQ(sessions[1].toObject().value(QStringLiteral("createdAt")).toString(),
              QStringLiteral("2026-11-26T10:00:00.000Z"));
    EXPECT_EQ(sessions[1].toObject().value(QStringLiteral("userAgent")).toString(),
              QStringLiteral("RentFlow-Test/1.0"));

    EXPECT_EQ(answerOf(auth::revokeSession(e, second, first.sessionId)).status, 204);
    EXPECT_FALSE(principalOf(firstLogin));
    list = answerOf(auth::listSessions(e, second));
    EXPECT_EQ(list.json.value(QStringLiteral("sessions")).toArray().size(), 1);
    // Revoking it again, or an id that never was: not found.
    EXPECT_EQ(answerOf(auth::revokeSession(e, second, first.sessionId)).status, 404);
    EXPECT_EQ(answerOf(auth::revokeSession(e, second, QStringLiteral("nope"))).status, 404);
}

TEST_F(AccountFlow, NobodySeesOrRevokesAnotherOrganisationsPeopleOrSessions)
{
    const QString otherOrg = addOrganisation(QStringLiteral("Lakeview Hostel"));
    addUser(QStringLiteral("ravi@example.in"), Role::Admin, otherOrg);
    addUser(QStringLiteral("meena@example.in"), Role::Viewer, m_org);
    const Principal asha = signIn();
    const Principal ravi = signIn(QStringLiteral("ravi@example.in"));
    const Answer raviLogin = m_lastLogin;
    auto e = env();

    Answer users = answerOf(auth::listOrganisationUsers(e, asha));
    ASSERT_EQ(users.status, 200);
    QStringList emails;
    for (const QJsonValue& u : users.json.value(QStringLiteral("users")).toArray())
        emails.append(u.toObject().value(QStringLiteral("email")).toString());
    EXPECT_EQ(emails,
              (QStringList{QStringLiteral("asha@example.in"), QStringLiteral("meena@example.in")}));
    users = answerOf(auth::listOrganisationUsers(e, ravi));
    ASSERT_EQ(users.json.value(QStringLiteral("users")).toArray().size(), 1);

    // Asha cannot end Ravi's session, nor list it.
    EXPECT_EQ(answerOf(auth::revokeSession(e, asha, ravi.sessionId)).status, 404);
    EXPECT_TRUE(principalOf(raviLogin));
    const QJsonArray mine =
        answerOf(auth::listSessions(e, asha)).json.value(QStringLiteral("sessions")).toArray();
    ASSERT_EQ(mine.size(), 1);
    EXPECT_EQ(mine[0].toObject().value(QStringLiteral("id")).toString(), asha.sessionId);
}

TEST_F(AccountFlow, TheAuthenticatorRefusesBadHeadersAndTokensAndReadsTheRoleFresh)
{
    const Principal who = signIn();
    const QByteArray token =
        m_lastLogin.json.value(QStringLiteral("accessToken")).toString().toLatin1();
    // No header: no principal and no refusal of its own (the route says "sign in first").
    auto none = auth::authenticateBearer(*m_db, *m_ctx, QByteArray());
    EXPECT_FALSE(none.principal);
    EXPECT_FALSE(none.refusal);
    auto basic = auth::authenticateBearer(*m_db, *m_ctx, "Basic " + token);
    ASSERT_TRUE(basic.refusal);
    EXPECT_EQ(answerOf(*basic.refusal).errorCode(), QStringLiteral("invalid_token"));
    QByteArray tampered = token;
    tampered[tampered.size() - 3] = tampered[tampered.size() - 3] == 'x' ? 'y' : 'x';
    auto bad = auth::authenticateBearer(*m_db, *m_ctx, "Bearer " + tampered);
    ASSERT_TRUE(bad.refusal);
    const Answer badAnswer = answerOf(*bad.refusal);
    EXPECT_EQ(badAnswer.status, 401);
    EXPECT_TRUE(badAnswer.wwwAuthenticate.startsWith("Bearer"));

    // The role is read from the database: a demotion applies to the next request.
    ASSERT_TRUE(
        m_db->exec(QStringLiteral("UPDATE users SET role = 'viewer' WHERE id = ?"), {m_user}).ok());
    auto demoted = auth::authenticateBearer(*m_db, *m_ctx, "Bearer " + token);
    ASSERT_TRUE(demoted.principal);
    EXPECT_EQ(demoted.principal->role, Role::Viewer);
    EXPECT_EQ(demoted.principal->sessionId, who.sessionId);

    m_now = m_now.addSecs(15 * 60 + 31);
    auto expired = auth::authenticateBearer(*m_db, *m_ctx, "Bearer " + token);
    ASSERT_TRUE(expired.refusal);
    EXPECT_EQ(answerOf(*expired.refusal).errorCode(), QStringLiteral("token_expired"));
}

TEST_F(AccountFlow, ASessionUnusedForSevenDaysLeavesTheList)
{
    const Principal old = signIn();
    m_now = m_now.addDays(6);
    const Principal recent = signIn();
    m_now = m_now.addDays(1).addSecs(1); // `old` last used 7 days and 1 s ago
    auto e = env();
    const QJsonArray sessions =
        answerOf(auth::listSessions(e, recent)).json.value(QStringLiteral("sessions")).toArray();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions[0].toObject().value(QStringLiteral("id")).toString(), recent.sessionId);
    (void)old;
}

TEST_F(AccountFlow, EndedSessionsGoThirtyDaysLaterWhenTheUserSignsInAgain)
{
    const Principal first = signIn();
    auto e = env();
    ASSERT_EQ(answerOf(auth::logout(e, first)).status, 204);
    const Principal idle = signIn(); // never used again
    m_now = m_now.addDays(29);
    signIn();
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM sessions")).toInt(), 3);
    m_now = m_now.addDays(1).addSecs(1); // both ended (revoked / unused) 30 days and 1 s ago
    signIn();
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE id IN (?, ?)"),
                     {first.sessionId, idle.sessionId})
                  .toInt(),
              0);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM refresh_tokens WHERE session_id IN (?, ?)"),
               {first.sessionId, idle.sessionId})
            .toInt(),
        0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM sessions")).toInt(), 2);
}
