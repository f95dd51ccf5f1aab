#include "Shooter.h"

#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>
#include <QWidget>

namespace rentflow::test {

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

bool Shooter::shoot(QWidget& widget, const QString& name)
{
    if (!widget.isVisible())
        widget.show();
    QTest::qWait(200); // lazy lists and worker results arrive
    return save(widget.grab().toImage(), name);
}

void Shooter::shootOtherTabs(QWidget& window, QWidget& part, const QString& name,
                             const QString& suffix)
{
    for (QTabWidget* tabs : part.findChildren<QTabWidget*>()) {
        if (!tabs->isVisible())
            continue;
        for (int tab = 1; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            shoot(window, QStringLiteral("%1-tab%2-%3").arg(name).arg(tab).arg(suffix));
        }
        tabs->setCurrentIndex(0);
    }
}

bool Shooter::save(const QImage& image, const QString& name)
{
    const QString file = QDir(m_outDir).filePath(name + QStringLiteral(".png"));
    if (image.isNull() || oneColour(image) || !image.save(file)) {
        fail(file + QStringLiteral(": nothing drawn, or it could not be saved"));
        return false;
    }
    QTextStream(stdout) << file << "\n";
    return true;
}

void Shooter::fail(const QString& why)
{
    QTextStream(stderr) << why << "\n";
    ++m_failures;
}

} // namespace rentflow::test
