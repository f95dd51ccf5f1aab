#pragma once

#include <QString>

class QWidget;

namespace rentflow::ui {
struct AppContext;
}

// The stay's lifecycle from the window (SPEC §3.2–§3.5), started from the bed board, a
// resident's profile or quick actions. Each opens its wizard or dialog modal on `parent`
// and calls the same operation as `rentflowctl` (CheckIn, Transfer, GiveNotice,
// CheckOut); each returns true when something was written, so the caller re-reads.
namespace rentflow::ui::stays {

// A vacant bed and/or a resident may be chosen already; the wizard asks for the rest.
bool checkIn(AppContext& context, QWidget* parent, const QString& bedId = {},
             const QString& residentId = {});
bool transfer(AppContext& context, QWidget* parent, const QString& residentId);
bool giveNotice(AppContext& context, QWidget* parent, const QString& residentId);
bool checkOut(AppContext& context, QWidget* parent, const QString& residentId);
bool markAgreementSigned(AppContext& context, QWidget* parent, const QString& residentId);

} // namespace rentflow::ui::stays
