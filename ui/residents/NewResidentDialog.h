#pragma once

#include <QDialog>

namespace rentflow::ui {

struct AppContext;
class ResidentForm;

// Adds a resident (ResidentRepository::add, as `rentflowctl resident add`): Enter saves,
// Esc cancels; a refused field shows under it and the dialog stays open with the text.
class NewResidentDialog : public QDialog
{
    Q_OBJECT
public:
    NewResidentDialog(AppContext& context, QWidget* parent = nullptr);
    void accept() override;
    // The new resident's id once accepted.
    QString residentId() const { return m_residentId; }
    ResidentForm* form() const { return m_form; }

private:
    AppContext& m_context;
    ResidentForm* m_form;
    QString m_residentId;
};

} // namespace rentflow::ui
