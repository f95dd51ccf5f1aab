#include "server/public/LeadScore.h"

#include "server/public/FieldRules.h"

#include <QStringList>

#include <algorithm>

namespace rentflow::server {

namespace {

int typePoints(const QString& type)
{
    if (type == QLatin1String("vc"))
        return 40;
    if (type == QLatin1String("angel"))
        return 30;
    if (type == QLatin1String("corporate"))
        return 25;
    if (type == QLatin1String("pg_operator"))
        return 20;
    return 0;
}

int rangePoints(const QString& range)
{
    if (range == QLatin1String("1Cr+"))
        return 40;
    if (range == QLatin1String("50L-1Cr"))
        return 30;
    if (range == QLatin1String("10-50L"))
        return 20;
    if (range == QLatin1String("<10L"))
        return 10;
    return 0;
}

int messagePoints(const QString& message)
{
    const QString text = message.trimmed();
    const qsizetype length = codePointLength(text);
    int points = 0;
    if (length >= 150)
        points = 15;
    else if (length >= 30)
        points = 10;
    else if (length >= 1)
        points = 5;
    static const QStringList topics = {
        QStringLiteral("invest"),    QStringLiteral("metric"),     QStringLiteral("traction"),
        QStringLiteral("revenue"),   QStringLiteral("fund"),       QStringLiteral("round"),
        QStringLiteral("valuation"), QStringLiteral("term sheet"), QStringLiteral("deck"),
        QStringLiteral("diligence"), QStringLiteral("growth"),     QStringLiteral("ticket"),
    };
    for (const QString& topic : topics) {
        if (text.contains(topic, Qt::CaseInsensitive)) {
            points += 5;
            break;
        }
    }
    return std::min(points, 20);
}

} // namespace

QString leadTemperature(int score)
{
    if (score >= 80)
        return QStringLiteral("hot");
    if (score >= 50)
        return QStringLiteral("warm");
    return QStringLiteral("cold");
}

LeadScore scoreLead(const QString& investorType, const QString& investmentRange,
                    const QString& message)
{
    LeadScore s;
    s.score = std::clamp(
        typePoints(investorType) + rangePoints(investmentRange) + messagePoints(message), 0, 100);
    s.temperature = leadTemperature(s.score);
    return s;
}

} // namespace rentflow::server
