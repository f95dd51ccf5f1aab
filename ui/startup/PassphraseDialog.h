#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace rentflow::ui {

// Asks for the workspace passphrase, or (Mode::Choose) for a new one, typed twice.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Enter,
        Choose
    };
    PassphraseDialog(Mode mode, const QString& message, QWidget* parent = nullptr);
    ~PassphraseDialog() override; // clears the fields that held the passphrase

    QString passphrase() const;

    void accept() override;

private:
    Mode m_mode;
    QLineEdit* m_passphraseLineEdit;
    QLineEdit* m_repeatLineEdit = nullptr;
    QLabel* m_problemLabel;
};

} // namespace rentflow::ui
