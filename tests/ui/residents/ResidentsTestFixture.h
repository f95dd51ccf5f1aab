#pragma once

// The residents screen tests' workspace and helpers (ResidentsScreenTest.cpp,
// ResidentKycTest.cpp).
#include "../UiTestContext.h"

#include <documents/DocumentPreviewDialog.h>
#include <payments/RecordPayment.h>
#include <residents/KycDocumentRepository.h>
#include <residents/KycPanel.h>
#include <residents/KycScanDialog.h>
#include <residents/NewResidentDialog.h>
#include <residents/ResidentForm.h>
#include <residents/ResidentListModel.h>
#include <residents/ResidentProfile.h>
#include <residents/ResidentRepository.h>
#include <residents/ResidentsScreen.h>
#include <residents/StatementPeriodDialog.h>
#include <support/SamplePg.h>

#include <common/FormErrors.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace rentflow;

// One fixture class for the suite across its files (GoogleTest refuses two of one name).
namespace residents_tests {

// "Aaa", "Aab", … : a last name for the n-th generated resident, in name order.
inline QString lastNameOf(int n)
{
    QString name(3, QLatin1Char('a'));
    for (int i = 2; i >= 0; --i, n /= 26)
        name[i] = QLatin1Char(char('a' + n % 26));
    name[0] = name[0].toUpper();
    return name;
}

class ResidentsScreenTest : public ::testing::Test
{
protected:
    store::Store& store() { return pg.store(); }
    qint64 count(const QString& sql)
    {
        QSqlQuery q(store().database());
        EXPECT_TRUE(q.exec(sql));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    qint64 changeCount() { return count(QStringLiteral("SELECT count(*) FROM change_log")); }
    // `n` more residents "Guest Aaa", "Guest Aab", … with phones 9000000000 + i.
    void addGuests(int n)
    {
        store::Transaction tx(store());
        ResidentRepository repo(store());
        for (int i = 0; i < n; ++i)
            ASSERT_TRUE(repo.add({QStringLiteral("Guest ") + lastNameOf(i),
                                  QString::number(9000000000LL + i),
                                  {},
                                  {},
                                  {}})
                            .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    template <typename T> T* child(QWidget& parent, const char* name)
    {
        T* found = parent.findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
    // Answers the next message box (a confirmation) with `button`.
    static void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, [button] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible())
                    box->button(button)->click();
        });
    }
    QStringList workspaceFiles()
    {
        QStringList files;
        QDirIterator it(pg.files.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(pg.files.path()).relativeFilePath(it.next());
        files.sort();
        return files;
    }

    test::SamplePg pg;
    test::UiTestContext ui{*pg.workspace};
};

inline const QDate kToday = QDate::currentDate();

} // namespace residents_tests

using namespace residents_tests;
