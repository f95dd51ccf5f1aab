// Issue 8 §2: no silent defaults. The driver fails the Nth statement of an operation, for
// every N up to the operation's statement count; each attempt must end in an error (never a
// success, never "nothing found" or an input refusal made of a failed read) and leave every
// table exactly as it was. The same workspace then runs the operation without a failure,
// so the next operation starts from real data: a PG is set up, let, billed, paid, corrected
// and left, one operation at a time.
#include <billing/BooksCheck.h>
#include <billing/Charges.h>
#include <billing/InvoiceCorrections.h>
#include <billing/MonthlyRun.h>
#include <inventory/MeterRepository.h>
#include <inventory/PropertyRepository.h>
#include <inventory/RoomSetup.h>
#include <organisation/OrganisationRepository.h>
#include <payments/DuesReport.h>
#include <payments/RecordPayment.h>
#include <payments/ReversePayment.h>
#include <residents/ResidentRepository.h>
#include <stays/CheckIn.h>
#include <stays/CheckOut.h>
#include <stays/GiveNotice.h>
#include <stays/Transfer.h>
#include <store/Store.h>
#include <store/Workspace.h>
#include <store/WorkspaceBackup.h>
#include <store/sqlcipher/SqlCipherDriver.h>
#include <support/FakeKeyStore.h>
#include <support/Probe.h>
#include <support/TestWorkspace.h>
#include <utilities/RecordReading.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

#include <functional>
#include <optional>

using namespace rentflow;
using store::SqlCipherDriver;
using store::StoreError;

namespace {

using Outcome = std::optional<StoreError>; // none: the operation succeeded

template <typename Result> Outcome outcomeOf(const Result& result)
{
    if (result)
        return std::nullopt;
    return result.error();
}

// Every table's rows, hashed per table, read with no failure armed.
QMap<QString, QByteArray> fingerprint(store::Store& store)
{
    QMap<QString, QByteArray> tables;
    QSqlQuery names(store.database());
    EXPECT_TRUE(names.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")));
    QStringList list;
    while (names.next())
        list << names.value(0).toString();
    for (const QString& table : std::as_const(list)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlQuery rows(store.database());
        EXPECT_TRUE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table)))
            << table.toStdString();
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant v = rows.value(i);
                hash.addData(v.isNull() ? QByteArrayLiteral("\x01NULL") : v.toByteArray());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
        tables.insert(table, hash.result());
    }
    return tables;
}

QStringList changedTables(const QMap<QString, QByteArray>& before,
                          const QMap<QString, QByteArray>& after)
{
    QStringList changed;
    for (auto it = after.begin(); it != after.end(); ++it)
        if (before.value(it.key()) != it.value())
            changed << it.key();
    return changed;
}

// Runs `operation` with statement 1, 2, 3 … failing until it needs fewer statements than
// the failure waits for; then it has run for real. Returns how many statements it took.
SqlCipherDriver::Counting g_counting = SqlCipherDriver::Counting::Statements;

int failEachStatement(store::Store& store, const char* name,
                      const std::function<Outcome()>& operation)
{
    for (int n = 1; n < 10000; ++n) {
        const auto before = fingerprint(store);
        SqlCipherDriver::failNthStatement(n, g_counting);
        const Outcome outcome = operation();
        const bool failed = !SqlCipherDriver::failurePending();
        SqlCipherDriver::failNthStatement(0);
        if (!failed) { // it ran to the end before statement n: the real run
            EXPECT_FALSE(outcome.has_value())
                << name << " without a failure: " << outcome->message.toStdString();
            return n - 1;
        }
        EXPECT_TRUE(outcome.has_value())
            << name << ": statement " << n << " failed, yet it reported success";
        if (!outcome)
            return n;
        // The failure is reported as what it is, not as a refusal of the user's input.
        EXPECT_NE(outcome->code, StoreError::Code::InvalidInput)
            << name << ", statement " << n << ": " << outcome->message.toStdString();
        EXPECT_FALSE(outcome->message.isEmpty()) << name << ", statement " << n;
        EXPECT_FALSE(store.inTransaction()) << name << ", statement " << n;
        const QStringList changed = changedTables(before, fingerprint(store));
        EXPECT_TRUE(changed.isEmpty()) << name << ", statement " << n << " failed, yet it wrote "
                                       << changed.join(QStringLiteral(", ")).toStdString();
        if (!changed.isEmpty())
            return n;
    }
    ADD_FAILURE() << name << " never ran to the end";
    return -1;
}

QString first(store::Store& store, const QString& sql)
{
    return test::text(store, sql);
}

void setUpLetBillPayCorrectAndLeave()
{
    test::TestWorkspace files;
    test::FakeKeyStore keychain;
    store::KeySource keys;
    keys.keychain = &keychain; // a raw key: no key derivation per attempt

    // init: the workspace itself. A failed create leaves no database behind.
    std::unique_ptr<store::Workspace> workspace;
    int attempts = 0;
    for (int n = 1; !workspace && n < 10000; ++n, ++attempts) {
        SqlCipherDriver::failNthStatement(n, g_counting);
        auto created = store::Workspace::create(files.path(), keys, test::TestWorkspace::actor());
        const bool failed = !SqlCipherDriver::failurePending();
        SqlCipherDriver::failNthStatement(0);
        if (failed) {
            ASSERT_FALSE(created.ok()) << "statement " << n << " failed, yet init succeeded";
            EXPECT_FALSE(QFileInfo::exists(files.dbPath())) << "init left a database, n=" << n;
        } else {
            ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
            workspace = created.take();
        }
    }
    ASSERT_TRUE(workspace);
    EXPECT_GT(attempts, 10); // the schema alone is dozens of statements
    store::Store& db = workspace->store();
    const QDate june1(2026, 6, 1), june30(2026, 6, 30), july1(2026, 7, 1), july20(2026, 7, 20);

    failEachStatement(db, "organisation create", [&] {
        OrganisationInput org;
        org.name = QStringLiteral("Sunrise PG");
        org.stateCode = QStringLiteral("29");
        return outcomeOf(OrganisationRepository(db).create(org));
    });
    QString propertyId;
    failEachStatement(db, "property add", [&] {
        auto added = PropertyRepository(db).add({QStringLiteral("Koramangala"),
                                                 QStringLiteral("Bengaluru"),
                                                 QStringLiteral("29"),
                                                 {},
                                                 {}});
        if (added)
            propertyId = added.value();
        return outcomeOf(added);
    });
    RoomSetupResult room;
    failEachStatement(db, "room add", [&] {
        auto added = RoomSetup(db).add({propertyId, QStringLiteral("1"), QStringLiteral("101"),
                                        QStringLiteral("3"), QStringLiteral("12000"), true});
        if (added)
            room = added.value();
        return outcomeOf(added);
    });
    ASSERT_EQ(room.bedIds.size(), 3);
    QStringList residents;
    for (const auto& [name, phone] :
         {std::pair{"Lakshmi Narayanan", "9845012345"}, std::pair{"Arjun Mehta", "9845012346"}})
        failEachStatement(db, "resident add", [&] {
            auto added = ResidentRepository(db).add(
                {QString::fromUtf8(name), QString::fromLatin1(phone), {}, {}, {}});
            if (added)
                residents << added.value();
            return outcomeOf(added);
        });
    ASSERT_EQ(residents.size(), 2);
    failEachStatement(db, "meter tariff", [&] {
        return outcomeOf(MeterRepository(db).setTariff(
            {room.meterId, QStringLiteral("10"), QStringLiteral("50"), {}}));
    });
    failEachStatement(db, "reading add", [&] {
        return outcomeOf(RecordReading(db).run(
            {room.meterId, QStringLiteral("2026-06-01"), QStringLiteral("1000")}, june1));
    });
    for (int i = 0; i < 2; ++i)
        failEachStatement(db, "checkin", [&] {
            return outcomeOf(
                CheckIn(db).run({residents[i], room.bedIds[i], QStringLiteral("2026-06-01"),
                                 QStringLiteral("12000"), QStringLiteral("24000")},
                                june1));
        });
    failEachStatement(db, "payment add (deposit)", [&] {
        return outcomeOf(RecordPayment(db).run(
            {residents[1], QStringLiteral("24000"), QStringLiteral("bank"), QStringLiteral("UTR1"),
             QStringLiteral("2026-06-01"), QStringLiteral("deposit")},
            june1));
    });
    failEachStatement(db, "charge add", [&] {
        return outcomeOf(
            Charges(db).add({residents[0], QStringLiteral("500"), QStringLiteral("Key replacement"),
                             QStringLiteral("damage"), QStringLiteral("2026-06-10")},
                            june30));
    });
    const int runStatements = failEachStatement(db, "billing run", [&] {
        const BillingPeriod june = BillingPeriod::containing(june1);
        return outcomeOf(MonthlyRun(db).run({june, june1, false, {}}));
    });
    EXPECT_GT(runStatements, 20);
    QString paymentId;
    failEachStatement(db, "payment add", [&] {
        auto paid =
            RecordPayment(db).run({residents[0], QStringLiteral("5000"), QStringLiteral("upi"),
                                   QStringLiteral("UTR2"), QStringLiteral("2026-06-05")},
                                  june30);
        if (paid)
            paymentId = paid.value().paymentId;
        return outcomeOf(paid);
    });
    const QString chargeId = first(db, QStringLiteral("SELECT id FROM charge"));
    failEachStatement(db, "charge waive", [&] {
        return outcomeOf(Charges(db).waive(chargeId, QStringLiteral("Found the key"), june30));
    });
    const QString juneInvoice = first(
        db, QStringLiteral("SELECT id FROM invoice WHERE resident_id = '%1' AND status = 'issued'")
                .arg(residents[0]));
    failEachStatement(db, "credit note", [&] {
        return outcomeOf(InvoiceCorrections(db).creditNote(juneInvoice, QStringLiteral("100"),
                                                           QStringLiteral("Goodwill"), june30));
    });
    failEachStatement(db, "payment reverse", [&] {
        return outcomeOf(ReversePayment(db).run(paymentId, QStringLiteral("Bounced"),
                                                QStringLiteral("2026-06-30"), june30));
    });
    failEachStatement(db, "reading add (month end)", [&] {
        return outcomeOf(RecordReading(db).run(
            {room.meterId, QStringLiteral("2026-06-30"), QStringLiteral("1100")}, june30));
    });
    failEachStatement(db, "notice", [&] {
        return outcomeOf(GiveNotice(db).run(
            {residents[1], QStringLiteral("2026-06-20"), QStringLiteral("2026-07-20"), {}},
            june30));
    });
    failEachStatement(db, "transfer", [&] {
        return outcomeOf(Transfer(db).run(
            {residents[0], room.bedIds[2], QStringLiteral("2026-07-01"), {}}, july1));
    });
    failEachStatement(db, "billing run preview", [&] {
        const BillingPeriod july = BillingPeriod::containing(july1);
        return outcomeOf(MonthlyRun(db).run({july, july1, true, {}}));
    });
    failEachStatement(db, "billing run (July)", [&] {
        const BillingPeriod july = BillingPeriod::containing(july1);
        return outcomeOf(MonthlyRun(db).run({july, july1, false, {}}));
    });
    const QString julyInvoice = first(
        db, QStringLiteral("SELECT id FROM invoice WHERE resident_id = '%1' AND billing_month = "
                           "'2026-07' AND status = 'issued'")
                .arg(residents[0]));
    failEachStatement(db, "invoice cancel", [&] {
        return outcomeOf(
            InvoiceCorrections(db).cancel(julyInvoice, QStringLiteral("Wrong rent"), july1));
    });
    failEachStatement(db, "dues", [&] {
        DuesReport dues(db);
        if (auto ledger = dues.ledger(residents[0]); !ledger)
            return outcomeOf(ledger);
        if (auto ageing = dues.ageing(july1); !ageing)
            return outcomeOf(ageing);
        return outcomeOf(dues.toCollect(july1));
    });
    failEachStatement(db, "books check", [&]() -> Outcome {
        const QStringList problems = BooksCheck::problems(db);
        if (problems.isEmpty())
            return std::nullopt;
        return StoreError{StoreError::Code::Database, problems.join(QLatin1Char('\n'))};
    });
    failEachStatement(db, "checkout", [&] {
        return outcomeOf(CheckOut(db).run({residents[1],
                                           QStringLiteral("2026-07-20"),
                                           QStringLiteral("1180"),
                                           {QStringLiteral("Broken chair=1500")}},
                                          july20));
    });
    EXPECT_EQ(test::number(db, QStringLiteral("SELECT count(*) FROM deposit_settlement")), 1);
    const QString backup = files.scratch(QStringLiteral("backup.rfb"));
    failEachStatement(db, "backup", [&] {
        auto made = store::WorkspaceBackup::create(*workspace, backup);
        if (!made) { // a failed backup leaves nothing where the backup was to be
            EXPECT_FALSE(QFileInfo::exists(backup));
        }
        return outcomeOf(made);
    });
    EXPECT_TRUE(QFileInfo::exists(backup));
    EXPECT_EQ(BooksCheck::problems(db), QStringList());
}

} // namespace

TEST(FaultInjection, EveryOperationFailsCleanlyAtEveryStatement)
{
    g_counting = SqlCipherDriver::Counting::Statements;
    setUpLetBillPayCorrectAndLeave();
}

// The same, with a row that cannot be read after a statement's first: a list cut short
// must not pass for the whole list.
TEST(FaultInjection, EveryOperationFailsCleanlyAtEveryStatementAndRow)
{
    g_counting = SqlCipherDriver::Counting::StatementsAndRows;
    setUpLetBillPayCorrectAndLeave();
    g_counting = SqlCipherDriver::Counting::Statements;
}
