#include "CrmKind.h"

#include <QDateTime>
#include <QHash>

namespace rentflow::ui::crm {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("rentflow::ui::crm::CrmKind", text);
}
} // namespace

CrmKind CrmKind::waitlist()
{
    using F = CrmColumn::Format;
    return {Id::Waitlist,
            QStringLiteral("/api/v1/admin/waitlist"),
            QStringLiteral("waitlist.csv"),
            {{tr("Email"), QStringLiteral("email"), F::Text, QStringLiteral("email")},
             {tr("Name"), QStringLiteral("fullName"), F::Text, QStringLiteral("fullName")},
             {tr("Phone"), QStringLiteral("phone"), F::Text, {}},
             {tr("Company"), QStringLiteral("companyName"), F::Text, {}},
             {tr("Status"), QStringLiteral("status"), F::Choice, QStringLiteral("status")},
             {tr("Priority"), QStringLiteral("priority"), F::Choice, QStringLiteral("priority")},
             {tr("Referrals"), QStringLiteral("referralCount"), F::Number,
              QStringLiteral("referralCount")},
             {tr("Joined"), QStringLiteral("createdAt"), F::Date, QStringLiteral("createdAt")},
             {tr("Invited"), QStringLiteral("invitedAt"), F::Date, QStringLiteral("invitedAt")}},
            {QStringLiteral("pending"), QStringLiteral("invited"), QStringLiteral("registered"),
             QStringLiteral("cancelled")},
            QStringLiteral("priority"),
            {QStringLiteral("normal"), QStringLiteral("high"), QStringLiteral("vip")},
            QStringLiteral("createdAt")};
}

CrmKind CrmKind::leads()
{
    using F = CrmColumn::Format;
    return {Id::Leads,
            QStringLiteral("/api/v1/admin/investor-leads"),
            QStringLiteral("investor-leads.csv"),
            {{tr("Name"), QStringLiteral("fullName"), F::Text, QStringLiteral("fullName")},
             {tr("Email"), QStringLiteral("email"), F::Text, QStringLiteral("email")},
             {tr("Type"), QStringLiteral("investorType"), F::Choice, {}},
             {tr("Status"), QStringLiteral("status"), F::Choice, QStringLiteral("status")},
             {tr("Score"), QStringLiteral("leadScore"), F::Number, QStringLiteral("leadScore")},
             {tr("Temperature"), QStringLiteral("temperature"), F::Choice, {}},
             {tr("Next follow-up"), QStringLiteral("nextFollowUpAt"), F::Date,
              QStringLiteral("nextFollowUpAt")},
             {tr("Received"), QStringLiteral("createdAt"), F::Date, QStringLiteral("createdAt")}},
            {QStringLiteral("new"), QStringLiteral("contacted"), QStringLiteral("qualified"),
             QStringLiteral("meeting_scheduled"), QStringLiteral("pitched"),
             QStringLiteral("negotiating"), QStringLiteral("closed"), QStringLiteral("lost")},
            QStringLiteral("temperature"),
            {QStringLiteral("hot"), QStringLiteral("warm"), QStringLiteral("cold")},
            QStringLiteral("-createdAt")};
}

QString choiceLabel(const QString& value)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("pending"), QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Pending")},
        {QStringLiteral("invited"), QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Invited")},
        {QStringLiteral("registered"),
         QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Registered")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Cancelled")},
        {QStringLiteral("normal"), QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Normal")},
        {QStringLiteral("high"), QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "High")},
        {QStringLiteral("vip"), QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "VIP")},
        {QStringLiteral("new"), QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "New")},
        {QStringLiteral("contacted"), QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Contacted")},
        {QStringLiteral("qualified"), QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Qualified")},
        {QStringLiteral("meeting_scheduled"),
         QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Meeting scheduled")},
        {QStringLiteral("pitched"), QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Pitched")},
        {QStringLiteral("negotiating"),
         QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Negotiating")},
        {QStringLiteral("closed"), QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Closed")},
        {QStringLiteral("lost"), QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Lost")},
        {QStringLiteral("hot"), QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Hot")},
        {QStringLiteral("warm"), QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Warm")},
        {QStringLiteral("cold"), QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Cold")},
        {QStringLiteral("angel"), QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Angel")},
        {QStringLiteral("vc"), QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "VC")},
        {QStringLiteral("pg_operator"),
         QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "PG operator")},
        {QStringLiteral("corporate"), QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Corporate")},
        {QStringLiteral("note_added"), QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Note")},
        {QStringLiteral("call_made"), QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Call")},
        {QStringLiteral("email_sent"),
         QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Email sent")},
        {QStringLiteral("meeting_held"),
         QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Meeting held")},
        {QStringLiteral("status_changed"),
         QT_TRANSLATE_NOOP("rentflow::ui::crm::CrmKind", "Status changed")},
    };
    const auto found = labels.constFind(value);
    return found == labels.constEnd() ? value : tr(found.value());
}

QString shortDate(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy")) : iso;
}

QString dateTime(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy hh:mm")) : iso;
}

} // namespace rentflow::ui::crm
