#pragma once

#include <domain/Money.h>

#include <QLineEdit>

#include <optional>

namespace rentflow::ui {

// A rupee amount typed as the office writes it: 8000, 8,000.50 or 1,00,000 (Money::parse).
// Right-aligned, with a ₹ prefix shown beside it. amount() is empty while the text is
// empty or not an amount; problem() says why in the user's words.
class AmountField : public QLineEdit
{
    Q_OBJECT
public:
    explicit AmountField(QWidget* parent = nullptr);

    std::optional<Money> amount() const;
    // Why the text is not an amount; empty when it is one (or when empty and optional).
    QString problem() const;
    void setAmount(Money amount);
    void setRequired(bool required) { m_required = required; }
    bool isRequired() const { return m_required; }

private:
    bool m_required = true;
};

} // namespace rentflow::ui
