#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;

namespace rentflow::ui {

// Shows a keychain workspace's recovery key for the operator to write down
// (SPEC §1.5): at setup, where "Done" waits until they say it is written down,
// and again from File ▸ Show recovery key. The key is wiped when the dialog goes.
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

private:
    QLabel* m_keyLabel;
    QCheckBox* m_writtenCheckBox = nullptr;
};

} // namespace rentflow::ui
