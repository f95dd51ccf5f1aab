#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace rentflow::ui {

// What a user may do (SPEC §7: roles come with users in part 2 of the desktop app).
// Every action that changes data asks here, in one place, so the role check slots in.
enum class Permission
{
    ManageInventory, // properties, rooms, beds, meters
    ManageResidents, // profiles, KYC
    ManageStays,     // check-in, transfer, notice, check-out
    RunBilling,      // the monthly run, one-off charges
    CorrectInvoices, // credit notes, cancellations, waivers
    RecordPayments,  // payments and their reversal
    EnterReadings,   // meter readings
    PrintDocuments,  // preview, print, save PDFs, exports
    ManageWorkspace  // back up, restore, organisation
};

class ActionGuard
{
public:
    // Today there is one user, the operator at this PC, who may do everything.
    bool allows(Permission) const { return true; }
    // Enables the action (or widget) only when allowed; returns it.
    QAction* guard(QAction* action, Permission permission) const;
    QWidget* guard(QWidget* widget, Permission permission) const;
};

} // namespace rentflow::ui
