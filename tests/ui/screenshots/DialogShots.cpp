#include "DialogShots.h"

#include "Shooter.h"

#include <billing/InvoiceDetailDialog.h>
#include <documents/DocumentPreviewDialog.h>
#include <payments/RecordPaymentDialog.h>
#include <shell/MainWindow.h>
#include <shell/QuickFindDialog.h>
#include <shell/ScreenCatalog.h>
#include <shell/ShortcutsDialog.h>
#include <startup/FirstRunChoiceDialog.h>
#include <stays/CheckInWizard.h>
#include <stays/CheckOutDialog.h>
#include <stays/StayView.h>
#include <store/Store.h>

#include <QLineEdit>
#include <QMenuBar>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTest>

namespace rentflow::test {

namespace {

// Test tooling only: the ids of records to show are picked straight from the file.
QString firstId(ui::MainWindow& window, const QString& sql, Shooter& shooter)
{
    QSqlQuery query(window.context().store().database());
    if (!query.exec(sql) || !query.next()) {
        shooter.fail(QStringLiteral("no demo record for: ") + sql);
        return {};
    }
    return query.value(0).toString();
}

template <typename T> T* child(QWidget& parent, const char* name)
{
    return parent.findChild<T*>(QLatin1String(name));
}

void shootCheckIn(ui::MainWindow& window, const DemoRecords& records, Shooter& shooter)
{
    ui::stays::CheckInWizard wizard(window.context(), records.vacantBedId, {}, &window);
    shooter.shoot(wizard, QStringLiteral("dialog-checkin-1-bed"));
    wizard.next();
    if (auto* fresh = child<QRadioButton>(wizard, "newResidentRadio"))
        QTest::mouseClick(fresh, Qt::LeftButton);
    shooter.shoot(wizard, QStringLiteral("dialog-checkin-2-resident"));
    if (auto* name = child<QLineEdit>(wizard, "nameLineEdit"))
        QTest::keyClicks(name, QStringLiteral("Meera Krishnan"));
    if (auto* phone = child<QLineEdit>(wizard, "phoneLineEdit"))
        QTest::keyClicks(phone, QStringLiteral("9845012399"));
    wizard.next();
    if (wizard.currentId() != ui::stays::CheckInWizard::TermsPageId)
        shooter.fail(QStringLiteral("check-in: the terms page could not be reached"));
    shooter.shoot(wizard, QStringLiteral("dialog-checkin-3-terms"));
    wizard.next();
    shooter.shoot(wizard, QStringLiteral("dialog-checkin-4-summary"));
    wizard.reject(); // nothing is written
}

void shootCheckOut(ui::MainWindow& window, const DemoRecords& records, Shooter& shooter)
{
    auto view = ui::stays::StayView::read(window.context().store(), records.stayingResidentId);
    if (!view) {
        shooter.fail(QStringLiteral("check-out: ") + view.error().message);
        return;
    }
    ui::stays::CheckOutDialog dialog(window.context(), view.value(), &window);
    dialog.startOn(QDate::currentDate());
    const QString lastReading =
        firstId(window,
                QStringLiteral("SELECT (max(value_hundredths) + 4000) / 100 FROM meter_reading "
                               "WHERE meter_id = '%1'")
                    .arg(view.value().meterId),
                shooter);
    if (auto* reading = child<QLineEdit>(dialog, "finalReadingLineEdit"))
        QTest::keyClicks(reading, lastReading);
    shooter.shoot(dialog, QStringLiteral("dialog-checkout-1-details"));
    if (!dialog.previewSettlement())
        shooter.fail(QStringLiteral("check-out: the settlement preview was refused"));
    shooter.shoot(dialog, QStringLiteral("dialog-checkout-2-settlement"));
    dialog.reject(); // nothing is written
}

void shootQuickFind(ui::MainWindow& window, Shooter& shooter)
{
    ui::QuickFindDialog dialog(window.context(), ui::screenCatalog(), &window);
    dialog.show();
    if (auto* find = child<QLineEdit>(dialog, "quickFindLineEdit"))
        QTest::keyClicks(find, QStringLiteral("arjun"));
    shooter.shoot(dialog, QStringLiteral("dialog-quickfind"));
}

void shootShortcuts(ui::MainWindow& window, Shooter& shooter)
{
    QList<ui::ShortcutsDialog::Group> groups = ui::ShortcutsDialog::menuGroups(window.menuBar());
    for (const ui::ScreenEntry& entry : ui::screenCatalog())
        groups.append(ui::ShortcutsDialog::widgetGroup(entry.title, window.screen(entry.id)));
    ui::ShortcutsDialog dialog(groups, &window);
    shooter.shoot(dialog, QStringLiteral("dialog-shortcuts"));
}

} // namespace

DemoRecords pickDemoRecords(ui::MainWindow& window, Shooter& shooter)
{
    DemoRecords records;
    records.stayingResidentId = firstId(
        window,
        QStringLiteral("SELECT a.resident_id FROM agreement a JOIN occupancy o "
                       "ON o.agreement_id = a.id AND o.to_date IS NULL AND o.deleted = 0 "
                       "JOIN bed b ON b.id = o.bed_id JOIN meter m ON m.room_id = b.room_id "
                       "JOIN invoice i ON i.resident_id = a.resident_id AND NOT EXISTS "
                       "(SELECT 1 FROM payment_allocation p WHERE p.invoice_id = i.id) "
                       "WHERE a.move_out_date IS NULL ORDER BY a.start_date LIMIT 1"),
        shooter);
    records.vacantBedId =
        firstId(window,
                QStringLiteral("SELECT b.id FROM bed b WHERE b.deleted = 0 AND NOT EXISTS "
                               "(SELECT 1 FROM occupancy o WHERE o.bed_id = b.id "
                               "AND o.to_date IS NULL AND o.deleted = 0) LIMIT 1"),
                shooter);
    records.invoiceId = firstId(
        window,
        QStringLiteral("SELECT i.id FROM invoice i JOIN payment_allocation p "
                       "ON p.invoice_id = i.id GROUP BY i.id "
                       "HAVING sum(p.amount_paise) < i.total_paise ORDER BY i.number LIMIT 1"),
        shooter);
    records.paymentId =
        firstId(window, QStringLiteral("SELECT id FROM payment ORDER BY id LIMIT 1"), shooter);
    return records;
}

void shootResidentProfile(ui::MainWindow& window, const DemoRecords& records, Shooter& shooter,
                          const QString& suffix)
{
    if (!window.openRecord({ui::RecordRef::Kind::Resident, records.stayingResidentId})) {
        shooter.fail(QStringLiteral("the resident's profile could not be opened"));
        return;
    }
    shooter.shoot(window, QStringLiteral("resident-profile-") + suffix);
    shooter.shootOtherTabs(window, *window.screen(QStringLiteral("residents")),
                           QStringLiteral("resident-profile"), suffix);
}

void shootFoundDocuments(ui::MainWindow& window, Shooter& shooter, const QString& suffix)
{
    window.showScreen(QStringLiteral("documents"));
    auto* number = window.findChild<QLineEdit*>(QStringLiteral("documentNumberLineEdit"));
    if (!number) {
        shooter.fail(QStringLiteral("documents: no number field"));
        return;
    }
    number->clear();
    QTest::keyClicks(number, QStringLiteral("2627/001"));
    QTest::keyClick(number, Qt::Key_Return);
    shooter.shoot(window, QStringLiteral("documents-found-") + suffix);
}

void shootDialogs(ui::MainWindow& window, const DemoRecords& records, Shooter& shooter)
{
    shootCheckIn(window, records, shooter);
    {
        ui::payments::RecordPaymentDialog dialog(window.context(), &window,
                                                 records.stayingResidentId);
        shooter.shoot(dialog, QStringLiteral("dialog-record-payment"));
    }
    shootCheckOut(window, records, shooter);
    {
        ui::billing::InvoiceDetailDialog dialog(window.context(), records.invoiceId, &window);
        shooter.shoot(dialog, QStringLiteral("dialog-invoice-detail"));
    }
    for (const auto& [kind, id, name] :
         {std::tuple(ui::DocumentRef::Kind::Receipt, records.paymentId, "receipt"),
          std::tuple(ui::DocumentRef::Kind::Invoice, records.invoiceId, "invoice")}) {
        ui::DocumentPreviewDialog dialog(window.context(), {kind, id, {}, {}}, &window);
        if (!dialog.load())
            shooter.fail(QStringLiteral("preview: ") + dialog.errorText());
        shooter.shoot(dialog, QStringLiteral("dialog-preview-") + QLatin1String(name));
    }
    shootQuickFind(window, shooter);
    shootShortcuts(window, shooter);
    ui::FirstRunChoiceDialog choice;
    shooter.shoot(choice, QStringLiteral("dialog-first-run-choice"));
}

} // namespace rentflow::test
