#pragma once

#include <QStringList>

namespace rentflow::store {
class Store;
class Workspace;
} // namespace rentflow::store

namespace rentflow {

// The books' invariants (CLI.md `check`): no payment allocated beyond its
// amount; no invoice allocated or credited beyond its total; the numbers of
// every document series are exactly 1…N in each financial year, no gap, no repeat.
class BooksCheck
{
public:
    static QStringList problems(store::Store& store);
    // Everything `check` and "Verify data" look at: the file (cipher, SQLite,
    // foreign keys) and, when the file is sound, the books.
    static QStringList workspaceProblems(store::Workspace& workspace);
};

} // namespace rentflow
