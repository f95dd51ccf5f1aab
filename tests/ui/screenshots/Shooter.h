#pragma once

#include <QString>

#include <utility>

class QImage;
class QWidget;

namespace rentflow::test {

// Saves what a widget draws as OUT_DIR/<name>.png and counts the failures: a widget that
// draws nothing but one colour, or a file that cannot be written.
class Shooter
{
public:
    explicit Shooter(QString outDir) : m_outDir(std::move(outDir)) {}

    // Shows the widget (at its own size unless it is already shown), lets it settle, saves it.
    bool shoot(QWidget& widget, const QString& name);
    // Every tab after the first of each tab widget visible in `part`, drawn as `window`
    // shows it: <name>-tab<N>-<suffix>. The first tab is current again afterwards.
    void shootOtherTabs(QWidget& window, QWidget& part, const QString& name, const QString& suffix);
    bool save(const QImage& image, const QString& name);
    void fail(const QString& why);
    int failures() const { return m_failures; }

private:
    QString m_outDir;
    int m_failures = 0;
};

} // namespace rentflow::test
