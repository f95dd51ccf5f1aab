#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rentflow::ui::crm {

// One column of a CRM list: its title, the JSON field it shows, how, and the API's sort key
// (empty: the column does not sort).
struct CrmColumn
{
    enum class Format
    {
        Text,
        Date,   // an ISO time shown as dd-MM-yyyy in local time
        Choice, // a status/priority/temperature shown in words
        Number,
    };
    QString title;
    QString field;
    Format format = Format::Text;
    QString sortKey;
};

// The two lists of the CRM screen: what each one reads, shows, filters and edits.
struct CrmKind
{
    enum class Id
    {
        Waitlist,
        Leads,
    };
    Id id;
    QString path;       // "/api/v1/admin/waitlist"
    QString exportName; // "waitlist.csv"
    QList<CrmColumn> columns;
    QStringList statuses;
    QString secondFilter; // "priority" or "temperature"
    QStringList secondChoices;
    QString defaultSort; // the API's sort when no column is chosen

    static CrmKind waitlist();
    static CrmKind leads();
    bool isWaitlist() const { return id == Id::Waitlist; }
};

// A status, priority, temperature or activity type in the user's words ("Meeting
// scheduled" for meeting_scheduled); unknown values as they are.
QString choiceLabel(const QString& value);
// An ISO 8601 time from the server as dd-MM-yyyy (local date); empty stays empty.
QString shortDate(const QString& iso);
// The same with the time: dd-MM-yyyy hh:mm.
QString dateTime(const QString& iso);

} // namespace rentflow::ui::crm
