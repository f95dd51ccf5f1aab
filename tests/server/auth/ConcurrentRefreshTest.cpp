// Two requests with one refresh token at the same instant, each on its own connection (as
// two listener threads would be): exactly one gets new tokens, the other is a reuse that
// revokes the family; never a database error.
#include "AuthFlowFixture.h"

#include <latch>
#include <thread>

using namespace authtest;

namespace {

class ConcurrentRefresh : public AuthFlowTest
{
protected:
    std::unique_ptr<ServerDb> connection(const QString& name)
    {
        ServerConfig config;
        config.dataDir = m_dir.filePath(QStringLiteral("data"));
        auto target = resolveDatabaseTarget(config, QProcessEnvironment(), m_keychain);
        if (!target)
            return nullptr;
        auto db = openServerDb(target.value(), name);
        return db.ok() ? db.take() : nullptr;
    }
};

} // namespace

TEST_F(ConcurrentRefresh, TwinsGetOneSuccessAndOneReuseNeverAnError)
{
    addUser(QStringLiteral("asha@example.in"), Role::Owner,
            addOrganisation(QStringLiteral("Sunrise PG")));
    for (int round = 0; round < 8; ++round) {
        const Answer signedIn = login(QStringLiteral("asha@example.in"), kPassword);
        ASSERT_EQ(signedIn.status, 200);
        const QJsonObject body{
            {QStringLiteral("refreshToken"), signedIn.json.value(QStringLiteral("refreshToken"))}};
        int statuses[2] = {0, 0};
        QString codes[2];
        std::latch start(2);
        std::vector<std::thread> twins;
        for (int i = 0; i < 2; ++i) {
            twins.emplace_back([&, i] {
                auto db = connection(QStringLiteral("twin-%1-%2").arg(round).arg(i));
                if (!db) {
                    start.count_down();
                    return;
                }
                auth::Env e{*db, *m_ctx, auth::Client{QStringLiteral("203.0.113.7"), {}, {}}};
                start.arrive_and_wait();
                const Answer a = answerOf(auth::refresh(e, body));
                statuses[i] = a.status;
                codes[i] = a.errorCode();
            });
        }
        for (auto& t : twins)
            t.join();
        const int ok = (statuses[0] == 200) + (statuses[1] == 200);
        EXPECT_EQ(ok, 1) << "round " << round << ": " << statuses[0] << ' ' << statuses[1] << ' '
                         << codes[0].toStdString() << ' ' << codes[1].toStdString();
        for (int i = 0; i < 2; ++i) {
            if (statuses[i] != 200) {
                EXPECT_EQ(statuses[i], 401) << "round " << round << ": " << codes[i].toStdString();
                EXPECT_EQ(codes[i], QStringLiteral("refresh_token_reused"));
            }
        }
    }
}
