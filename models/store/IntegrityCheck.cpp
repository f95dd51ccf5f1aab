#include "IntegrityCheck.h"

#include "DatabaseOpener.h"
#include "Workspace.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rentflow::store {

QStringList IntegrityCheck::problems(Workspace& workspace)
{
    return problems(workspace.store().database());
}

QStringList IntegrityCheck::problems(QSqlDatabase db)
{
    // integrity_check reads every page, so SQLCipher verifies every page's HMAC.
    QStringList found = DatabaseOpener::integrityProblems(db, true);
    QSqlQuery fk(db);
    fk.setForwardOnly(true);
    if (!fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) // could not check: a problem
        found.append(QStringLiteral("the foreign key check could not run: ") +
                     fk.lastError().text());
    else {
        while (fk.next())
            found.append(
                QStringLiteral("%1 row %2 points at a missing %3 row")
                    .arg(fk.value(0).toString(), fk.value(1).toString(), fk.value(2).toString()));
        if (fk.lastError().isValid()) // a list cut short is never a pass
            found.append(QStringLiteral("the foreign key check stopped: ") + fk.lastError().text());
    }
    return found;
}

} // namespace rentflow::store
