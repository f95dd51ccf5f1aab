// rentflow_ui_screenshots: every screen of the window on a demo workspace, drawn at
// 1366x768 and 1920x1080 and saved as PNG for people to look at (run under Xvfb:
// tests/ui/screenshots/take-screenshots.sh). It fails when a screen cannot be made or
// draws nothing but one colour.
//
//   rentflow_ui_screenshots OUT_DIR
#include <demo/DemoData.h>
#include <organisation/OrganisationRepository.h>
#include <shell/MainWindow.h>
#include <shell/ScreenCatalog.h>
#include <store/Workspace.h>
#include <support/TestWorkspace.h>

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QTest>
#include <QTextStream>

#include <cstdio>

using namespace rentflow;

namespace {

bool oneColour(const QImage& image)
{
    const QImage small = image.scaled(64, 36);
    const QRgb first = small.pixel(0, 0);
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x)
            if (small.pixel(x, y) != first)
                return false;
    return true;
}

} // namespace

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

    int failures = 0;
    ui::MainWindow window(std::move(workspace));
    window.show();
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        window.resize(size);
        for (const ui::ScreenEntry& entry : ui::screenCatalog()) {
            if (!window.showScreen(entry.id)) {
                err << entry.id << ": the screen could not be shown\n";
                ++failures;
                continue;
            }
            QTest::qWait(200); // lazy lists and worker results arrive
            if (window.width() > size.width()) {
                err << entry.id << ": the window cannot be made " << size.width()
                    << " pixels wide (it needs " << window.minimumSizeHint().width()
                    << "; the screen alone " << window.screen(entry.id)->minimumSizeHint().width()
                    << ")\n";
                ++failures;
            }
            const QImage shot = window.grab().toImage();
            const QString file = QDir(out).filePath(
                QStringLiteral("%1-%2x%3.png").arg(entry.id).arg(size.width()).arg(size.height()));
            if (shot.isNull() || oneColour(shot) || !shot.save(file)) {
                err << file << ": nothing drawn, or it could not be saved\n";
                ++failures;
                continue;
            }
            QTextStream(stdout) << file << "\n";
        }
    }
    window.close();
    return failures == 0 ? 0 : 1;
}
