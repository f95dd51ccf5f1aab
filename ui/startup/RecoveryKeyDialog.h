#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPrinter;

namespace rentflow::ui {

// Shows a keychain workspace's recovery key for the operator to write down
// (SPEC §1.5): at setup, where "Done" waits until they say it is written down,
// and again from File ▸ Show recovery key; Print… puts it on paper. The key is wiped when the
// dialog goes.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Occasion
    {
        Setup,
        ShownAgain
    };
    RecoveryKeyDialog(const QString& key, Occasion occasion, QWidget* parent = nullptr);
    ~RecoveryKeyDialog() override;

    // The key on a page, with what it is for, to keep apart from the backups (Print…).
    void printTo(QPrinter& printer) const;

private:
    QLabel* m_keyLabel;
    QCheckBox* m_writtenCheckBox = nullptr;
};

} // namespace rentflow::ui
