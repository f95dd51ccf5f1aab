// libFuzzer target over the admin CRM's untrusted inputs (sync/server/admin): any bytes as
// a JSON body for every body check, as a list query string, and as text for the LIKE
// escaping, the time parser and the CSV cell. Built and run by tests/fuzz/run-admin.sh
// (clang, -fsanitize=fuzzer,address,undefined).
#include "server/admin/AdminInput.h"
#include "server/admin/AdminList.h"
#include "server/admin/Csv.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace rentflow::server;

namespace {

void check(bool ok, const char* what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz: broken promise: %s\n", what);
        std::abort();
    }
}

// Reads one CSV field back (RFC 4180): the text it stands for.
QString unquote(const QString& cell)
{
    if (!cell.startsWith(QLatin1Char('"')))
        return cell;
    check(cell.size() >= 2 && cell.endsWith(QLatin1Char('"')), "a quoted cell ends in a quote");
    QString inner = cell.mid(1, cell.size() - 2);
    check(!inner.replace(QLatin1String("\"\""), QString()).contains(QLatin1Char('"')),
          "quotes inside a cell are doubled");
    return cell.mid(1, cell.size() - 2).replace(QLatin1String("\"\""), QLatin1String("\""));
}

void bodies(const QJsonObject& body)
{
    const auto waitlist = waitlist_admin::readChanges(body);
    if (const auto* c = std::get_if<waitlist_admin::Changes>(&waitlist)) {
        check(c->status || c->priority || c->notes, "an accepted waitlist edit changes something");
        if (c->status)
            check(waitlist_admin::statuses().contains(*c->status), "a known waitlist status");
        if (c->priority)
            check(waitlist_admin::priorities().contains(*c->priority), "a known priority");
        if (c->notes)
            check(c->notes->size() <= waitlist_admin::kMaxNotes, "notes within the limit");
    } else {
        check(std::get<rentflow::store::StoreError>(waitlist).code ==
                  rentflow::store::StoreError::Code::InvalidInput,
              "a refused waitlist edit is invalid input");
    }

    const auto lead = lead_admin::readChanges(body);
    if (const auto* c = std::get_if<lead_admin::Changes>(&lead)) {
        if (c->status)
            check(lead_admin::statuses().contains(*c->status), "a known lead status");
        if (c->nextFollowUpAt && !c->nextFollowUpAt->isNull()) {
            const QString at = c->nextFollowUpAt->toString();
            check(at.endsWith(QLatin1Char('Z')) &&
                      QDateTime::fromString(at, Qt::ISODateWithMs).isValid(),
                  "a follow-up is stored as a valid UTC time");
        }
        if (c->internalNotes)
            check(c->internalNotes->size() <= lead_admin::kMaxNotes, "lead notes within the limit");
    }

    for (const auto& activity : {lead_admin::readNote(body), lead_admin::readActivity(body)})
        if (const auto* a = std::get_if<lead_admin::Activity>(&activity)) {
            check(lead_admin::activityTypes().contains(a->type), "a known activity type");
            check(a->description.size() <= lead_admin::kMaxDescription,
                  "a description within the limit");
        }
}

void query(const QString& text)
{
    const QList<SortKey> sorts{{QStringLiteral("createdAt"), QStringLiteral("w.created_at")},
                               {QStringLiteral("email"), QStringLiteral("w.email")}};
    QJsonObject errors;
    const ListParams p = parseListParams(QUrlQuery(text), sorts, QStringLiteral("createdAt"),
                                         QStringLiteral("w.id"), errors);
    if (!errors.contains(QStringLiteral("page")))
        check(p.page >= 1 && p.page <= 1'000'000, "a page from 1 to 1,000,000");
    check(p.pageSize >= 1 && p.pageSize <= ListParams::kMaxPageSize, "a page size from 1 to 100");
    check(qint64(p.page - 1) * p.pageSize <= qint64(1'000'000) * ListParams::kMaxPageSize,
          "an offset that cannot overflow");
    if (!errors.contains(QStringLiteral("sort")))
        check(p.orderBy.startsWith(QLatin1String("w.created_at ")) ||
                  p.orderBy.startsWith(QLatin1String("w.email ")),
              "the order comes from the whitelist only");
    else
        check(p.orderBy.isEmpty(), "a refused sort orders nothing");
    parseChoice(QUrlQuery(text), QStringLiteral("status"), waitlist_admin::statuses(), errors);
}

void text(const QString& value)
{
    // LIKE escaping: every %, _ and \ escaped, and nothing else changed.
    const QString escaped = escapeLike(value);
    QString back;
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        if (escaped.at(i) == QLatin1Char('\\')) {
            check(i + 1 < escaped.size(), "an escape is followed by what it escapes");
            ++i;
        } else {
            check(escaped.at(i) != QLatin1Char('%') && escaped.at(i) != QLatin1Char('_'),
                  "no bare wildcard");
        }
        back.append(escaped.at(i));
    }
    check(back == value, "escaping keeps the text");

    // A CSV cell reads back as the text, after the apostrophe a formula start gets.
    const QString cell = csvCell(value);
    const QString read = unquote(cell);
    const bool formula = !value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front());
    check(read == (formula ? QLatin1Char('\'') + value : value), "a CSV cell reads back");
    check(!cell.startsWith(QLatin1Char('=')) && !cell.startsWith(QLatin1Char('+')) &&
              !cell.startsWith(QLatin1Char('-')) && !cell.startsWith(QLatin1Char('@')),
          "no cell starts a formula");

    if (const auto at = lead_admin::storedTime(value))
        check(at->endsWith(QLatin1Char('Z')) && at->size() == 24 &&
                  QDateTime::fromString(*at, Qt::ISODateWithMs).isValid(),
              "a stored time is ISO 8601 UTC with milliseconds");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject())
        bodies(document.object());
    const QString asText = QString::fromUtf8(bytes);
    query(asText);
    text(asText);
    return 0;
}
