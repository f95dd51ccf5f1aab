#include "AmountField.h"

namespace rentflow::ui {

AmountField::AmountField(QWidget* parent) : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPlaceholderText(tr("₹ 0.00"));
    setMaxLength(24);
}

std::optional<Money> AmountField::amount() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return std::nullopt;
    const auto parsed = Money::parse(typed);
    if (!parsed)
        return std::nullopt;
    return parsed.value();
}

QString AmountField::problem() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return m_required ? tr("enter an amount") : QString();
    const auto parsed = Money::parse(typed);
    return parsed ? QString() : parsed.error();
}

void AmountField::setAmount(Money amount)
{
    setText(amount.toIndianString());
}

} // namespace rentflow::ui
