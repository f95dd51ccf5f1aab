#pragma once

#include <domain/Money.h>

#include <QString>

#include <optional>

class QWidget;

namespace rentflow::ui {
struct AppContext;
}

// Recording money received, from anywhere in the window (a resident's profile, an
// invoice, the dues list): resident, amount, method, reference in a few keystrokes
// (RecordPayment, as `rentflowctl payment add`), then the receipt in preview.
namespace rentflow::ui::payments {

// The resident and amount may be filled in already. True when a payment was recorded.
bool recordPayment(AppContext& context, QWidget* parent, const QString& residentId = {},
                   std::optional<Money> amount = {});

} // namespace rentflow::ui::payments
