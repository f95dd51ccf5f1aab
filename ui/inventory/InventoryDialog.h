#pragma once

#include <common/FormErrors.h>

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace rentflow::store {
class Store;
}

namespace rentflow::ui::inventory {

// What the inventory's forms share: a form layout, a line for errors not about one field,
// Save (Enter) and Cancel (Esc). Save calls save(); on a refusal the form shows each
// message under its field (FormErrors, bound with the models' field names) and stays
// open with everything typed; on success it closes.
class InventoryDialog : public QDialog
{
    Q_OBJECT
public:
    InventoryDialog(store::Store& store, const QString& title, QWidget* parent);

    FormErrors& errors() { return *m_errors; }

protected:
    // Writes through the models; false (with the errors shown) when refused.
    virtual bool save() = 0;
    // Adds a labelled row, names the input and binds its field for errors.
    void addRow(const QString& label, QWidget* input, const QString& objectName,
                const QString& field);
    QFormLayout* form() const { return m_form; }
    store::Store& m_store;

private:
    void trySave();

    QFormLayout* m_form;
    QLabel* m_general;
    FormErrors* m_errors;
    QDialogButtonBox* m_buttons;
};

} // namespace rentflow::ui::inventory
