#pragma once

#include <QString>

namespace rentflow::ui {
class MainWindow;
}

namespace rentflow::test {

class Shooter;

// The records the dialog pictures show, picked from the demo workspace.
struct DemoRecords
{
    QString stayingResidentId; // has a current stay, a bed with a meter, and dues
    QString vacantBedId;
    QString invoiceId; // partly paid
    QString paymentId; // a dues payment (its receipt)
};

DemoRecords pickDemoRecords(ui::MainWindow& window, Shooter& shooter);

// A resident's profile (openRecord), inside the window at its current size.
void shootResidentProfile(ui::MainWindow& window, const DemoRecords& records, Shooter& shooter,
                          const QString& suffix);

// The Documents screen after a search by number (documents-found-<suffix>).
void shootFoundDocuments(ui::MainWindow& window, Shooter& shooter, const QString& suffix);

// The main dialogs at their own size, over the window: check-in wizard pages, record payment,
// check-out and its settlement preview, an invoice's detail, a receipt's preview, quick-find
// with results, the F1 shortcuts list, the first-run choice.
void shootDialogs(ui::MainWindow& window, const DemoRecords& records, Shooter& shooter);

} // namespace rentflow::test
