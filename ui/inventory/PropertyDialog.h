#pragma once

#include "InventoryDialog.h"

#include <inventory/PropertyRepository.h>

#include <optional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace rentflow::ui::inventory {

// Add a property (PropertyRepository::add, as `rentflowctl property add`) or edit one
// (PropertyRepository::update, as `property set`: also its house rules and how a shared
// meter's bill is split).
class PropertyDialog : public InventoryDialog
{
    Q_OBJECT
public:
    // `existing` empty: a new property.
    PropertyDialog(store::Store& store, const std::optional<Property>& existing,
                   QWidget* parent = nullptr);
    // The property's id once saved.
    QString propertyId() const { return m_id; }

protected:
    bool save() override;

private:
    QString m_id;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_address;
    QLineEdit* m_city;
    QLineEdit* m_pincode;
    QLineEdit* m_stateCode;
    QPlainTextEdit* m_houseRules = nullptr;
    QComboBox* m_utilitySplit = nullptr;
};

} // namespace rentflow::ui::inventory
