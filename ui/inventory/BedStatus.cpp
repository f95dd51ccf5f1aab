#include "BedStatus.h"

#include <QCoreApplication>

namespace rentflow::ui::inventory {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rentflow::ui::inventory::BedStatus", text);
}

} // namespace

QString beds(int count)
{
    return count == 1 ? tr("1 bed") : tr("%1 beds").arg(count);
}

QString rooms(int count)
{
    return count == 1 ? tr("1 room") : tr("%1 rooms").arg(count);
}

QString meters(int count)
{
    return count == 1 ? tr("1 meter") : tr("%1 meters").arg(count);
}

const QList<BedStatus>& bedStatuses()
{
    // Light fills that keep dark text readable; borders a shade deeper.
    static const QList<BedStatus> statuses{
        {QStringLiteral("vacant"), tr("Vacant"), QColor(0xe3, 0xf4, 0xe4),
         QColor(0x2e, 0x7d, 0x32)},
        {QStringLiteral("occupied"), tr("Occupied"), QColor(0xe3, 0xec, 0xfa),
         QColor(0x1f, 0x5f, 0xbf)},
        {QStringLiteral("vacating"), tr("Vacating"), QColor(0xff, 0xf1, 0xd6),
         QColor(0xd9, 0x82, 0x00)},
        {QStringLiteral("reserved"), tr("Reserved"), QColor(0xf0, 0xe6, 0xf8),
         QColor(0x7b, 0x3f, 0xa8)},
        {QStringLiteral("maintenance"), tr("Maintenance"), QColor(0xec, 0xec, 0xec),
         QColor(0x6d, 0x6d, 0x6d)},
    };
    return statuses;
}

BedStatus bedStatus(const QString& key)
{
    for (const BedStatus& status : bedStatuses())
        if (status.key == key)
            return status;
    return {key, key, QColor(0xf5, 0xf5, 0xf5), QColor(0x9e, 0x9e, 0x9e)};
}

} // namespace rentflow::ui::inventory
