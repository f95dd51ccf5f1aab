#include "PropertyDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace rentflow::ui::inventory {

PropertyDialog::PropertyDialog(store::Store& store, const std::optional<Property>& existing,
                               QWidget* parent)
    : InventoryDialog(store, existing ? tr("Edit property") : tr("Add property"), parent),
      m_id(existing ? existing->id : QString()), m_name(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_address(new QLineEdit(this)), m_city(new QLineEdit(this)),
      m_pincode(new QLineEdit(this)), m_stateCode(new QLineEdit(this))
{
    m_name->setPlaceholderText(tr("e.g. Sunrise PG Koramangala"));
    m_kind->addItem(tr("PG (paying guest)"), QStringLiteral("pg"));
    m_kind->addItem(tr("Hostel"), QStringLiteral("hostel"));
    m_kind->addItem(tr("Co-living"), QStringLiteral("coliving"));
    m_kind->addItem(tr("Apartment"), QStringLiteral("apartment"));
    m_stateCode->setPlaceholderText(tr("GST state code, e.g. 29 for Karnataka"));
    m_stateCode->setMaxLength(2);
    m_pincode->setMaxLength(6);
    addRow(tr("&Name:"), m_name, QStringLiteral("propertyNameField"), QStringLiteral("name"));
    addRow(tr("&Type:"), m_kind, QStringLiteral("propertyKindField"), QStringLiteral("type"));
    addRow(tr("&Address:"), m_address, QStringLiteral("propertyAddressField"),
           QStringLiteral("address"));
    addRow(tr("&City:"), m_city, QStringLiteral("propertyCityField"), QStringLiteral("city"));
    addRow(tr("&PIN code:"), m_pincode, QStringLiteral("propertyPincodeField"),
           QStringLiteral("pincode"));
    addRow(tr("&State code:"), m_stateCode, QStringLiteral("propertyStateField"),
           QStringLiteral("state-code"));
    if (existing) {
        m_kind->setEnabled(false); // the type is chosen once, when the property is added
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(existing->kind)));
        m_name->setText(existing->name);
        m_address->setText(existing->address);
        m_city->setText(existing->city);
        m_pincode->setText(existing->pincode);
        m_stateCode->setText(existing->stateCode);
        m_utilitySplit = new QComboBox(this);
        m_utilitySplit->addItem(tr("By days each resident stayed"), QStringLiteral("days"));
        m_utilitySplit->addItem(tr("Equally among the month's residents"), QStringLiteral("head"));
        m_utilitySplit->setCurrentIndex(qMax(0, m_utilitySplit->findData(existing->utilitySplit)));
        addRow(tr("Shared &meter split:"), m_utilitySplit, QStringLiteral("propertySplitField"),
               QStringLiteral("utility-split"));
        m_houseRules = new QPlainTextEdit(this);
        m_houseRules->setTabChangesFocus(true);
        m_houseRules->setPlaceholderText(tr("One rule a line; printed in agreements"));
        m_houseRules->setPlainText(existing->houseRules);
        m_houseRules->setMinimumHeight(90);
        addRow(tr("House &rules:"), m_houseRules, QStringLiteral("propertyRulesField"),
               QStringLiteral("house-rules"));
    }
}

bool PropertyDialog::save()
{
    if (m_id.isEmpty()) {
        PropertyInput input{m_name->text(),    m_city->text(),    m_stateCode->text(),
                            m_address->text(), m_pincode->text(), m_kind->currentData().toString()};
        const auto added = PropertyRepository(m_store).add(input);
        if (!added) {
            errors().show(added.error());
            return false;
        }
        m_id = added.value();
        return true;
    }
    PropertyChanges changes;
    changes.name = m_name->text();
    changes.address = m_address->text();
    changes.city = m_city->text();
    changes.pincode = m_pincode->text();
    changes.stateCode = m_stateCode->text();
    changes.houseRules = m_houseRules->toPlainText();
    changes.utilitySplit = m_utilitySplit->currentData().toString();
    const auto saved = PropertyRepository(m_store).update(m_id, changes);
    if (!saved) {
        errors().show(saved.error());
        return false;
    }
    return true;
}

} // namespace rentflow::ui::inventory
