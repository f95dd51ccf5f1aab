#pragma once

#include <store/Store.h>

#include <QApplication>
#include <QDialog>
#include <QSqlQuery>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

namespace rentflow::test {

// Runs `act` on the next modal dialog once it is open (a dialog the screen exec()s);
// act must close it. Fails the test when none opens within two seconds.
inline void whenModal(std::function<void(QDialog*)> act, int triesLeft = 200)
{
    QTimer::singleShot(10, [act, triesLeft] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (dialog && dialog->isVisible()) {
            act(dialog);
            return;
        }
        if (triesLeft <= 0) {
            ADD_FAILURE() << "no dialog opened";
            return;
        }
        whenModal(act, triesLeft - 1);
    });
}

inline qint64 countRows(store::Store& store, const QString& sql)
{
    QSqlQuery q(store.database());
    EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString();
    return q.value(0).toLongLong();
}

// Every audited write leaves a change-log row: the same count means nothing was written.
inline qint64 changes(store::Store& store)
{
    return countRows(store, QStringLiteral("SELECT count(*) FROM change_log"));
}

} // namespace rentflow::test
