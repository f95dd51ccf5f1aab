// rentflow_ui_screenshots: every screen of the window on a demo workspace, drawn at
// 1366x768 and 1920x1080 and saved as PNG for people to look at (run under Xvfb:
// tests/ui/screenshots/take-screenshots.sh). It fails when a screen cannot be made or
// draws nothing but one colour. The main dialogs are drawn too, at their own size
// (DialogShots).
//
//   rentflow_ui_screenshots OUT_DIR
#include "DialogShots.h"
#include "Shooter.h"

#include <demo/DemoData.h>
#include <organisation/OrganisationRepository.h>
#include <shell/MainWindow.h>
#include <shell/ScreenCatalog.h>
#include <store/Workspace.h>
#include <support/TestWorkspace.h>

#include <QApplication>
#include <QDir>
#include <QTest>
#include <QTextStream>

#include <cstdio>

using namespace rentflow;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: rentflow_ui_screenshots OUT_DIR\n";
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    if (!QDir().mkpath(out)) {
        err << "cannot create " << out << "\n";
        return 2;
    }
    QApplication::setOrganizationName(QStringLiteral("RentFlowScreenshots"));

    test::TestWorkspace files;
    auto opened = store::Workspace::create(files.path(), files.passphraseKeys(), files.actor());
    if (!opened) {
        err << opened.error().message << "\n";
        return 1;
    }
    std::unique_ptr<store::Workspace> workspace = std::move(opened.value());
    if (auto org = OrganisationRepository(workspace->store())
                       .create({QStringLiteral("Sunrise Residency"), {}, {}, {}, {}, {}});
        !org) {
        err << org.error().message << "\n";
        return 1;
    }
    DemoData::Options options;
    options.beds = 300;
    options.months = 3;
    if (auto demo = DemoData(workspace->store()).generate(options); !demo) {
        err << demo.error().message << "\n";
        return 1;
    }

    test::Shooter shooter(out);
    ui::MainWindow window(std::move(workspace));
    window.show();
    const test::DemoRecords records = test::pickDemoRecords(window, shooter);
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        window.resize(size);
        for (const ui::ScreenEntry& entry : ui::screenCatalog()) {
            if (!window.showScreen(entry.id)) {
                shooter.fail(entry.id + QStringLiteral(": the screen could not be shown"));
                continue;
            }
            QTest::qWait(200); // lazy lists and worker results arrive
            if (window.width() > size.width())
                shooter.fail(QStringLiteral("%1: the window cannot be made %2 pixels wide (it "
                                            "needs %3; the screen alone %4)")
                                 .arg(entry.id)
                                 .arg(size.width())
                                 .arg(window.minimumSizeHint().width())
                                 .arg(window.screen(entry.id)->minimumSizeHint().width()));
            const QString sizeText = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
            shooter.shoot(window, QStringLiteral("%1-%2").arg(entry.id, sizeText));
            shooter.shootOtherTabs(window, *window.screen(entry.id), entry.id, sizeText);
        }
    }
    // Last: the residents screen keeps showing the profile once it is opened.
    for (const QSize size : {QSize(1920, 1080), QSize(1366, 768)}) {
        window.resize(size);
        const QString sizeText = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        test::shootResidentProfile(window, records, shooter, sizeText);
        test::shootFoundDocuments(window, shooter, sizeText);
    }
    test::shootDialogs(window, records, shooter);
    window.close();
    return shooter.failures() == 0 ? 0 : 1;
}
