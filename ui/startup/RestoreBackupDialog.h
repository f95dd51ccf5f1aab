#pragma once

#include "BackupRestore.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace rentflow::ui {

class FormErrors;

// Which backup to restore and the key that opens it: on a new PC at first run (the key is
// needed: the recovery key written down at setup, or the backup's passphrase), or from
// File ▸ Restore over the open workspace (this PC's keychain may be enough).
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Occasion
    {
        NewPc,
        ReplaceOpen
    };
    RestoreBackupDialog(Occasion occasion, QWidget* parent = nullptr);
    ~RestoreBackupDialog() override; // clears the key field

    RestoreRequest request() const;
    // A refused restore, shown next to the field it is about (the dialog is asked again).
    void showError(const store::StoreError& error);
    void setRequest(const RestoreRequest& request);
    QString messageFor(const QString& field) const; // the error shown next to a field

    void accept() override;

private:
    Occasion m_occasion;
    QLineEdit* m_fileLineEdit;
    QLineEdit* m_keyLineEdit;
    QCheckBox* m_forceCheckBox = nullptr;
    QLabel* m_generalLabel;
    FormErrors* m_errors;
};

} // namespace rentflow::ui
