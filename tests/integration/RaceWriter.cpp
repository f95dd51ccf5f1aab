// Test helper: a second RentFlow program writing the same workspace (issue 8 §3).
// The passphrase is in $RENTFLOW_TEST_PASSPHRASE. Usage:
//   rentflow_race_writer WORKSPACE checkins LIST GO
//       LIST has one "RESIDENT_ID BED_ID YYYY-MM-DD" per line. Prints READY once open, waits
//       until the file GO exists, checks each resident in, then prints
//       "LET n REFUSED m SCHEMA s FAILED f" (refused by the check, by the schema, other errors).
//   rentflow_race_writer WORKSPACE hold SECONDS
//       Adds a resident inside one transaction that it keeps open SECONDS, printing HOLDING
//       once the write lock is held and COMMITTED after the commit.
#include <residents/ResidentRepository.h>
#include <stays/CheckIn.h>
#include <store/Workspace.h>

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QThread>

using namespace rentflow;

namespace {

int checkIns(store::Store& store, const QString& listFile, const QString& goFile)
{
    QFile list(listFile);
    if (!list.open(QIODevice::ReadOnly | QIODevice::Text))
        return 2;
    const QStringList lines =
        QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QTextStream out(stdout);
    out << "READY" << Qt::endl;
    while (!QFile::exists(goFile))
        QThread::msleep(5);
    int let = 0, refused = 0, schema = 0, failed = 0;
    for (const QString& line : lines) {
        const QStringList f = line.split(QLatin1Char(' '));
        const QDate day = QDate::fromString(f.at(2), Qt::ISODate);
        auto stay = CheckIn(store).run(
            {f.at(0), f.at(1), f.at(2), QStringLiteral("9000"), QStringLiteral("0")}, day);
        if (stay)
            ++let;
        else if (stay.error().code == store::StoreError::Code::InvalidInput)
            ++refused;
        else if (stay.error().message.contains(QStringLiteral("already let")))
            ++schema;
        else {
            ++failed;
            QTextStream(stderr) << stay.error().message << Qt::endl;
        }
        QThread::msleep(5); // a breath between check-ins, so that the other program gets in
    }
    out << "LET " << let << " REFUSED " << refused << " SCHEMA " << schema << " FAILED " << failed
        << Qt::endl;
    return failed == 0 ? 0 : 1;
}

int hold(store::Store& store, int seconds)
{
    QTextStream out(stdout);
    store::Transaction tx(store);
    if (!tx.started())
        return 1;
    if (!ResidentRepository(store).add(
            {QStringLiteral("Long Writer"), QStringLiteral("9845099999"), {}, {}, {}}))
        return 1;
    out << "HOLDING" << Qt::endl;
    QThread::sleep(seconds);
    if (!tx.commit())
        return 1;
    out << "COMMITTED" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 2;
    store::KeySource keys;
    keys.passphrase = qEnvironmentVariable("RENTFLOW_TEST_PASSPHRASE");
    auto opened = store::Workspace::open(args.at(1), keys, {QStringLiteral("race:writer"), {}});
    if (!opened) {
        QTextStream(stderr) << opened.error().message << Qt::endl;
        return 3;
    }
    store::Store& store = opened.value()->store();
    if (args.at(2) == QLatin1String("checkins") && args.size() == 5)
        return checkIns(store, args.at(3), args.at(4));
    if (args.at(2) == QLatin1String("hold"))
        return hold(store, args.at(3).toInt());
    return 2;
}
