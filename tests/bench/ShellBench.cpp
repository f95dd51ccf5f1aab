// The shell's figures (issue 10): on a `demo --beds 10000` workspace with a passphrase,
// topped up with past residents to 20,000,
//   - cold start of `rentflow` to the main window shown (target <= 1.5 s),
//   - quick-find results after each keystroke (target <= 50 ms),
//   - the app's peak memory after showing every screen (target <= 250 MB).
//
//   rentflow_bench_shell [WORKSPACE_DIR]
//
// Without WORKSPACE_DIR the workspace is made in a temporary folder (the demo takes some
// minutes) and removed; with it, it is made there once and reused by later runs. The app
// is started as users start it (--workspace, --passphrase-env), with its benchmark probe
// (RENTFLOW_BENCH_STARTUP, app/rentflow/StartupProbe.h). Run it headless:
// QT_QPA_PLATFORM=offscreen, or under xvfb-run.
#include <common/AppContext.h>
#include <demo/DemoData.h>
#include <organisation/OrganisationRepository.h>
#include <residents/ResidentRepository.h>
#include <search/QuickFind.h>
#include <search/WorkspaceSummary.h>
#include <shell/QuickFindDialog.h>
#include <shell/QuickFindModel.h>
#include <shell/ScreenCatalog.h>
#include <store/Store.h>
#include <store/Workspace.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace rentflow;

namespace {

const QString kPassphrase = QStringLiteral("bench passphrase 10000");
constexpr int kBeds = 10000;
constexpr int kResidents = 20000;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

store::KeySource keys()
{
    store::KeySource source;
    source.passphrase = kPassphrase;
    return source;
}

const store::Actor kActor{QStringLiteral("bench:shell"), QString()};

// The demo, then past residents (no stay) until there are kResidents.
bool prepare(const QString& directory)
{
    if (store::WorkspaceManifest::existsIn(directory))
        return true;
    out() << "making the workspace: demo --beds " << kBeds << " (some minutes)…\n" << Qt::flush;
    auto created = store::Workspace::create(directory, keys(), kActor);
    if (!created) {
        out() << created.error().message << '\n';
        return false;
    }
    store::Store& store = created.value()->store();
    OrganisationInput org;
    org.name = QStringLiteral("Sunrise PG");
    org.stateCode = QStringLiteral("29");
    if (!OrganisationRepository(store).create(org))
        return false;
    DemoData::Options options;
    options.beds = kBeds;
    auto counts = DemoData(store).generate(options);
    if (!counts) {
        out() << counts.error().message << '\n';
        return false;
    }
    out() << "demo: " << counts.value().residents << " residents, " << counts.value().invoices
          << " invoices\n";
    const int missing = kResidents - counts.value().residents;
    store::Transaction tx(store);
    ResidentRepository residents(store);
    static const QStringList first = {QStringLiteral("Aarav"),  QStringLiteral("Vivaan"),
                                      QStringLiteral("Ishaan"), QStringLiteral("Priya"),
                                      QStringLiteral("Ananya"), QStringLiteral("Rohan"),
                                      QStringLiteral("Kavya"),  QStringLiteral("Meera"),
                                      QStringLiteral("Arjun"),  QStringLiteral("Sneha")};
    static const QStringList last = {
        QStringLiteral("Sharma"), QStringLiteral("Iyer"),  QStringLiteral("Reddy"),
        QStringLiteral("Nair"),   QStringLiteral("Gupta"), QStringLiteral("Menon"),
        QStringLiteral("Rao"),    QStringLiteral("Das"),   QStringLiteral("Patel")};
    for (int i = 0; i < missing; ++i) {
        const QString name = first.at(i % first.size()) + QLatin1Char(' ') +
                             last.at((i / first.size()) % last.size());
        const QString phone = QStringLiteral("97%1").arg(i, 8, 10, QLatin1Char('0'));
        if (!residents.add({name, phone, {}, {}, {}})) {
            out() << "could not add past resident " << i << '\n';
            return false;
        }
    }
    return tx.commit().ok();
}

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.isEmpty())
        return {};
    return {ms.at(ms.size() / 2), ms.at(qMin(ms.size() - 1, qsizetype(ms.size() * 0.95))),
            ms.last()};
}

class NoNavigator : public ui::Navigator
{
public:
    bool showScreen(const QString&) override { return true; }
    bool openRecord(const ui::RecordRef&) override { return true; }
};

// Each keystroke of each word, as typed into the real quick-find dialog: the time from the
// text changing to the results being in the model.
void quickFind(store::Workspace& workspace)
{
    NoNavigator navigator;
    ui::AppContext context{workspace, navigator, {}};
    // Every kind openable, as when all screens are in the catalog.
    QList<ui::ScreenEntry> screens = {{QStringLiteral("all"),
                                       QStringLiteral("Everything"),
                                       {},
                                       {ui::RecordRef::Kind::Resident, ui::RecordRef::Kind::Bed,
                                        ui::RecordRef::Kind::Room, ui::RecordRef::Kind::Invoice},
                                       {}}};
    ui::QuickFindDialog dialog(context, screens);
    dialog.show();
    auto* line = dialog.findChild<QLineEdit*>(QStringLiteral("quickFindLineEdit"));
    const QStringList words = {QStringLiteral("priya"), QStringLiteral("sharma"),
                               QStringLiteral("98450"), QStringLiteral("97000123"),
                               QStringLiteral("101-a"), QStringLiteral("2042"),
                               QStringLiteral("/0001"), QStringLiteral("zzzz")};
    QList<double> all;
    for (int round = 0; round < 3; ++round)
        for (const QString& word : words) {
            line->clear();
            for (int typed = 1; typed <= word.size(); ++typed) {
                QElapsedTimer clock;
                clock.start();
                line->setText(word.left(typed)); // textChanged → the search → the model
                QCoreApplication::processEvents();
                const double ms = clock.nsecsElapsed() / 1e6;
                all.append(ms);
                if (round == 2)
                    out() << QStringLiteral("  quick-find %1: %2 results in %3 ms\n")
                                 .arg(word.left(typed), -10)
                                 .arg(dialog.model()->rowCount(), 3)
                                 .arg(ms, 0, 'f', 1);
            }
        }
    const Stats s = stats(all);
    out() << QStringLiteral("quick-find per keystroke (%1 keystrokes): median %2 ms, p95 %3 ms, "
                            "max %4 ms (target <= 50 ms)\n")
                 .arg(all.size())
                 .arg(s.median, 0, 'f', 1)
                 .arg(s.p95, 0, 'f', 1)
                 .arg(s.max, 0, 'f', 1);
}

// Starts the app as a user would and reads its probe's line.
bool startApp(const QString& app, const QString& directory, const QString& mode, qint64& wallMs,
              qint64& shownMs, qint64& peakKb)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RENTFLOW_BENCH_PASS"), kPassphrase);
    env.insert(QStringLiteral("RENTFLOW_BENCH_STARTUP"), mode);
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")) &&
        !env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(app, {QStringLiteral("--workspace"), directory,
                        QStringLiteral("--passphrase-env"), QStringLiteral("RENTFLOW_BENCH_PASS")});
    if (!process.waitForFinished(120000))
        return false;
    wallMs = clock.elapsed();
    const QString err = QString::fromUtf8(process.readAllStandardError());
    const auto match =
        QRegularExpression(QStringLiteral("shown-ms=(\\d+) vmhwm-kb=(-?\\d+)")).match(err);
    if (!match.hasMatch()) {
        out() << "the app said: " << err << '\n';
        return false;
    }
    shownMs = match.captured(1).toLongLong();
    peakKb = match.captured(2).toLongLong();
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QTemporaryDir temporary;
    const QStringList args = QCoreApplication::arguments();
    const QString directory = args.size() > 1 ? QDir(args.at(1)).absolutePath()
                                              : temporary.filePath(QStringLiteral("ws"));
    if (!prepare(directory))
        return 1;
    {
        auto workspace = store::Workspace::open(directory, keys(), kActor);
        if (!workspace) {
            out() << workspace.error().message << '\n';
            return 1;
        }
        const auto counts = WorkspaceSummary(workspace.value()->store()).counts().value();
        out() << "workspace: " << counts.beds << " beds, " << counts.residents << " residents ("
              << counts.staying << " staying)\n";
        quickFind(*workspace.value());
    }

    const QString app = QDir(QCoreApplication::applicationDirPath())
                            .filePath(QStringLiteral("../../app/rentflow/rentflow"));
    QList<double> wall;
    QList<double> shown;
    for (int run = 0; run < 5; ++run) {
        qint64 wallMs = 0, shownMs = 0, peakKb = 0;
        if (!startApp(app, directory, QStringLiteral("shown"), wallMs, shownMs, peakKb)) {
            out() << "the app did not start: " << app << '\n';
            return 1;
        }
        wall.append(wallMs);
        shown.append(shownMs);
        out() << QStringLiteral("  start %1: window shown at %2 ms, process ran %3 ms\n")
                     .arg(run + 1)
                     .arg(shownMs)
                     .arg(wallMs);
    }
    out() << QStringLiteral("cold start to the main window shown: median %1 ms (process wall "
                            "median %2 ms; target <= 1500 ms)\n")
                 .arg(stats(shown).median, 0, 'f', 0)
                 .arg(stats(wall).median, 0, 'f', 0);
    qint64 wallMs = 0, shownMs = 0, peakKb = 0;
    if (!startApp(app, directory, QStringLiteral("screens"), wallMs, shownMs, peakKb))
        return 1;
    out() << QStringLiteral("peak memory after showing every screen: %1 MB (VmHWM; target <= "
                            "250 MB)\n")
                 .arg(peakKb / 1024.0, 0, 'f', 1);
    return 0;
}
