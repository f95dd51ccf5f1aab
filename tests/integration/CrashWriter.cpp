// Test helper: commits some residents, then writes more inside one long
// transaction until it is killed. Usage: rentflow_crash_writer WORKSPACE
// (passphrase in $RENTFLOW_TEST_PASSPHRASE).
#include <organisation/OrganisationRepository.h>
#include <residents/ResidentRepository.h>
#include <store/Workspace.h>

#include <QCoreApplication>
#include <QTextStream>

using namespace rentflow;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    store::KeySource keys;
    keys.passphrase = qEnvironmentVariable("RENTFLOW_TEST_PASSPHRASE");
    auto created = store::Workspace::create(QString::fromLocal8Bit(argv[1]), keys,
                                            {QStringLiteral("crash:writer"), {}});
    if (!created)
        return 3;
    store::Store& store = created.value()->store();
    OrganisationRepository(store).create({QStringLiteral("Crash PG"), {}, {}, {}, {}, {}});
    ResidentRepository residents(store);
    QTextStream out(stdout);
    for (int i = 0; i < 50; ++i)
        if (!residents.add({QStringLiteral("Committed Resident"),
                            QStringLiteral("98450%1").arg(10000 + i),
                            {},
                            {},
                            {}}))
            return 1;
    out << "COMMITTED 50" << Qt::endl;

    store::Transaction tx(store); // never committed: the test kills us in here
    for (qint64 i = 0;; ++i) {
        residents.add({QStringLiteral("Uncommitted Resident"),
                       QStringLiteral("97000%1").arg(10000 + i % 89999),
                       {},
                       {},
                       {}});
        if (i % 500 == 0)
            out << "WRITING " << i << Qt::endl;
    }
}
