// Issue 10 target: the resident list opens in ≤ 200 ms on a `demo --beds 10000`
// workspace without reading every row. Times, each the median of 7 runs on the UI
// thread's connection: the Residents screen made and activated (count + first page of
// 200), one more page (what scrolling asks), a search keystroke, and the "with dues"
// filter (which sums every match's balance).
//
//   rentflow_bench_resident_list [DIR]   DIR: a workspace folder to keep between runs
//   (made with `demo --beds 10000` when it has none); default: a temporary folder.
#include <common/AppContext.h>
#include <demo/DemoData.h>
#include <organisation/OrganisationRepository.h>
#include <payments/ResidentList.h>
#include <residents/ResidentListModel.h>
#include <residents/ResidentsScreen.h>
#include <store/Workspace.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace rentflow;

namespace {

const QString kPassphrase =
    QStringLiteral("bench passphrase 10000"); // as ShellBench: one workspace serves both

class NoNavigation : public ui::Navigator
{
public:
    bool showScreen(const QString&) override { return true; }
    bool openRecord(const ui::RecordRef&) override { return true; }
};

double medianMs(const std::function<void()>& run)
{
    QList<double> times;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

std::unique_ptr<store::Workspace> demoWorkspace(const QString& folder)
{
    store::KeySource keys;
    keys.passphrase = kPassphrase;
    if (QFileInfo::exists(folder + QStringLiteral("/rentflow.db"))) {
        auto opened = store::Workspace::open(folder, keys, {QStringLiteral("bench"), {}});
        return opened ? std::move(opened.value()) : nullptr;
    }
    auto created = store::Workspace::create(folder, keys, {QStringLiteral("bench"), {}});
    if (!created)
        return nullptr;
    OrganisationInput org;
    org.name = QStringLiteral("Benchmark PG");
    org.stateCode = QStringLiteral("29");
    if (!OrganisationRepository(created.value()->store()).create(org).ok())
        return nullptr;
    std::fprintf(stderr, "Building the demo workspace (10,000 beds, 3 months)…\n");
    DemoData::Options options;
    options.beds = 10000;
    options.months = 3;
    if (!DemoData(created.value()->store()).generate(options).ok())
        return nullptr;
    return std::move(created.value());
}

} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir temporary;
    const QString folder =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : temporary.filePath(QStringLiteral("demo"));
    const auto workspace = demoWorkspace(folder);
    if (!workspace) {
        std::fprintf(stderr, "cannot make or open the demo workspace in %s\n", qPrintable(folder));
        return 2;
    }
    NoNavigation navigator;
    ui::AppContext context{*workspace, navigator, {}};
    const auto all = ResidentList(workspace->store()).count({});
    if (!all) {
        std::fprintf(stderr, "%s\n", qPrintable(all.error().message));
        return 2;
    }

    int shownRows = 0;
    const double open = medianMs([&] {
        ui::ResidentsScreen screen(context);
        screen.activate();
        shownRows = screen.listModel()->rowCount();
    });
    ui::ResidentListModel model(workspace->store());
    const double nextPage = medianMs([&] {
                                model.setFilter({});
                                model.fetchMore({});
                            }) -
                            medianMs([&] { model.setFilter({}); });
    ResidentList::Filter search;
    search.search = QStringLiteral("ram");
    const double keystroke = medianMs([&] { model.setFilter(search); });
    const int searchRows = model.total();
    ResidentList::Filter dues;
    dues.withDuesOnly = true;
    const double withDues = medianMs([&] { model.setFilter(dues); });

    // RENTFLOW_SCREENSHOTS=DIR: the list and a profile of the demo at 1366×768 and
    // 1920×1080, to look at.
    if (const QString folder = qEnvironmentVariable("RENTFLOW_SCREENSHOTS"); !folder.isEmpty()) {
        ui::ResidentsScreen screen(context);
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            screen.resize(size);
            screen.show();
            screen.activate();
            QCoreApplication::processEvents();
            const QString suffix =
                QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height());
            screen.grab().save(folder + QStringLiteral("/demo-list") + suffix);
            screen.openRecord({ui::RecordRef::Kind::Resident, screen.listModel()->residentId(3)});
            QCoreApplication::processEvents();
            screen.grab().save(folder + QStringLiteral("/demo-profile") + suffix);
            screen.showList();
        }
    }
    std::printf("residents: %d (rows shown on open: %d)\n", all.value(), shownRows);
    std::printf("open the Residents screen (count + first page): %.1f ms (target <= 200 ms: %s)\n",
                open, open <= 200 ? "met" : "NOT met");
    std::printf("one more page of %d: %.1f ms\n", ui::ResidentListModel::kPageSize, nextPage);
    std::printf("search \"ram\" (%d matches, first page): %.1f ms\n", searchRows, keystroke);
    std::printf("with dues (first page of %d, not counted): %.1f ms\n", int(model.rowCount()),
                withDues);
    return open <= 200 ? 0 : 1;
}
