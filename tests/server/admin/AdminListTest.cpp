#include "server/admin/AdminList.h"

#include <gtest/gtest.h>

using namespace rentflow::server;

namespace {
const QList<SortKey> kSorts{{QStringLiteral("createdAt"), QStringLiteral("w.created_at")},
                            {QStringLiteral("email"), QStringLiteral("w.email")}};

ListParams parse(const QString& query, QJsonObject& errors)
{
    return parseListParams(QUrlQuery(query), kSorts, QStringLiteral("createdAt"),
                           QStringLiteral("w.id"), errors);
}
} // namespace

TEST(AdminList, DefaultsArePageOneOf25OldestFirst)
{
    QJsonObject errors;
    const ListParams p = parse(QString(), errors);
    EXPECT_TRUE(errors.isEmpty());
    EXPECT_EQ(p.page, 1);
    EXPECT_EQ(p.pageSize, 25);
    EXPECT_EQ(p.offset(), 0);
    EXPECT_EQ(p.orderBy, QStringLiteral("w.created_at ASC, w.id ASC"));
}

TEST(AdminList, PageSizeIsCutTo100AndOffsetFollowsThePage)
{
    QJsonObject errors;
    const ListParams p = parse(QStringLiteral("page=3&pageSize=5000&sort=-email"), errors);
    EXPECT_TRUE(errors.isEmpty());
    EXPECT_EQ(p.pageSize, 100);
    EXPECT_EQ(p.offset(), 200); // (3 - 1) × 100
    EXPECT_EQ(p.orderBy, QStringLiteral("w.email DESC, w.id DESC"));
}

TEST(AdminList, BadPagingAndUnknownSortAreNamed)
{
    QJsonObject errors;
    parse(QStringLiteral("page=0&pageSize=abc&sort=password_hash;DROP"), errors);
    EXPECT_TRUE(errors.contains(QStringLiteral("page")));
    EXPECT_TRUE(errors.contains(QStringLiteral("pageSize")));
    EXPECT_TRUE(errors.contains(QStringLiteral("sort")));

    QJsonObject more;
    parse(QStringLiteral("page=-2&pageSize=0"), more);
    EXPECT_TRUE(more.contains(QStringLiteral("page")));
    EXPECT_TRUE(more.contains(QStringLiteral("pageSize")));

    QJsonObject huge;
    parse(QStringLiteral("page=99999999999"), huge);
    EXPECT_TRUE(huge.contains(QStringLiteral("page")));
}

TEST(AdminList, SearchIsDecodedWithPlusAsSpaceAndEscapedPlusAsPlus)
{
    QJsonObject errors;
    EXPECT_EQ(parse(QStringLiteral("search=asha+rao"), errors).search, QStringLiteral("asha rao"));
    EXPECT_EQ(parse(QStringLiteral("search=%2B91%2098"), errors).search, QStringLiteral("+91 98"));
    EXPECT_EQ(parse(QStringLiteral("search=%E0%A4%85"), errors).search, QStringLiteral("अ"));
    EXPECT_TRUE(errors.isEmpty());
}

TEST(AdminList, LikeWildcardsAreEscaped)
{
    EXPECT_EQ(escapeLike(QStringLiteral("50%_off\\")), QStringLiteral("50\\%\\_off\\\\"));
    EXPECT_EQ(containsPattern(QStringLiteral("A_b")), QStringLiteral("%a\\_b%"));
}

TEST(AdminList, ChoicesOutsideTheListAreRefused)
{
    QJsonObject errors;
    const QStringList allowed{QStringLiteral("pending"), QStringLiteral("invited")};
    EXPECT_EQ(parseChoice(QUrlQuery(QStringLiteral("status=invited")), QStringLiteral("status"),
                          allowed, errors),
              QStringLiteral("invited"));
    EXPECT_EQ(parseChoice(QUrlQuery(QString()), QStringLiteral("status"), allowed, errors),
              QString());
    EXPECT_TRUE(errors.isEmpty());
    parseChoice(QUrlQuery(QStringLiteral("status=%27%20OR%201=1")), QStringLiteral("status"),
                allowed, errors);
    EXPECT_TRUE(errors.contains(QStringLiteral("status")));
}
