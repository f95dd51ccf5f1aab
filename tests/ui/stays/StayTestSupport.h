#pragma once

#include "../UiTestContext.h"

#include <documents/DocumentPreviewDialog.h>
#include <support/Probe.h>
#include <support/SamplePg.h>

#include <inventory/MeterRepository.h>
#include <residents/ResidentRepository.h>
#include <store/RecordWriter.h>
#include <store/Store.h>

#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QSqlQuery>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

namespace rentflow::test {

// Every top-level window of type T now open (previews and dialogs the stay actions open
// without a parent in these tests).
template <typename T> QList<T*> openWindows()
{
    QList<T*> found;
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (auto* typed = qobject_cast<T*>(widget); typed && typed->isVisible())
            found.append(typed);
    return found;
}

inline ui::DocumentPreviewDialog* openPreview(ui::DocumentRef::Kind kind)
{
    for (auto* preview : openWindows<ui::DocumentPreviewDialog>())
        if (preview->document().kind == kind)
            return preview;
    return nullptr;
}

// Deletes every window the actions opened for themselves (previews, the deposit dialogs:
// deleted on close): they refer to the test's workspace, which goes with the test.
inline void closeOpenedWindows()
{
    // A window may own another (a preview opened over a dialog): deleting the first
    // deletes the second, so each is looked at again before it is deleted.
    QList<QPointer<QWidget>> windows;
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (widget->testAttribute(Qt::WA_DeleteOnClose))
            windows.append(widget);
    for (const QPointer<QWidget>& widget : std::as_const(windows))
        delete widget.data();
}

// The page's own copy of a widget, by objectName; the test fails when there is none.
template <typename T> T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1String(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

// Types text into a field as a user does: focus, select what is there, type.
inline void retype(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Backspace);
    else
        QTest::keyClicks(field, text);
}

// What an agreement's template needs that SamplePg leaves out (as SampleAgreement fills it):
// the organisation's legal name, address, PAN and signatory, the property's address, and the
// two residents' permanent addresses, fathers' names and PANs, and the meter's tariff. Test setup:
// no command sets all yet.
inline void fillForDocuments(SamplePg& pg, bool withTariff = true)
{
    store::Store& store = pg.store();
    store::Transaction tx(store);
    store::RecordWriter writer(store);
    QSqlQuery q(store.database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM organisation")) && q.next());
    ASSERT_TRUE(
        writer
            .update(QStringLiteral("organisation"), q.value(0).toString(),
                    {{QStringLiteral("legal_name"), QStringLiteral("Sunrise Hospitality Pvt Ltd")},
                     {QStringLiteral("address"),
                      QStringLiteral("2nd Floor, 80 Feet Road, Bengaluru 560034")},
                     {QStringLiteral("pan"), QStringLiteral("AAKCS1234F")},
                     {QStringLiteral("signatory_name"), QStringLiteral("Meera Rao")}})
            .ok());
    ASSERT_TRUE(
        writer
            .update(QStringLiteral("property"), pg.propertyId,
                    {{QStringLiteral("address"), QStringLiteral("14, 5th Cross, Koramangala")},
                     {QStringLiteral("pincode"), QStringLiteral("560034")}})
            .ok());
    for (const QString& resident : pg.residentIds)
        ASSERT_TRUE(writer
                        .update(QStringLiteral("resident"), resident,
                                {{QStringLiteral("permanent_address"),
                                  QStringLiteral("House 7, Civil Lines, Jaipur")},
                                 {QStringLiteral("father_name"), QStringLiteral("Rajesh Kumar")}})
                        .ok());
    ASSERT_TRUE(tx.commit().ok());
    // The licensee's id on the agreement, and the meter's tariff for its utilities clause.
    const QString pans[] = {QStringLiteral("ABCPN1234F"), QStringLiteral("ABCPM1234F")};
    for (int i = 0; i < 2; ++i) {
        ResidentChanges changes;
        changes.pan = pans[i];
        ASSERT_TRUE(ResidentRepository(store).update(pg.residentIds[i], changes).ok());
    }
    if (withTariff) {
        ASSERT_TRUE(
            MeterRepository(store).setTariff({pg.meterId, QStringLiteral("9"), {}, {}}).ok());
    }
}

// Shows the window and makes it the active one, so the keyboard focus is in it.
inline void showActive(QWidget& window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
}

inline qint64 agreements(SamplePg& pg)
{
    return number(pg.store(), QStringLiteral("SELECT count(*) FROM agreement"));
}

inline qint64 changes(SamplePg& pg)
{
    return number(pg.store(), QStringLiteral("SELECT count(*) FROM change_log"));
}

} // namespace rentflow::test
