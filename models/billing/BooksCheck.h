#pragma once

#include <QStringList>

namespace rentflow::store {
class Store;
class Workspace;
} // namespace rentflow::store

namespace rentflow {

// The books' invariants (CLI.md `check`): no payment allocated beyond its
// amount; no invoice allocated or credited beyond its total; no deposit used
// (set against dues, kept, refunded) beyond what was paid for it; no month of a
// stay's accommodation both exempt and taxed; no meter interval's units billed
// twice; the numbers of every document series are exactly 1…N in each financial
// year, no gap, no repeat, and their dates never go back as the numbers go up.
// A check whose query fails is reported as a problem, never passed over.
class BooksCheck
{
public:
    static QStringList problems(store::Store& store);
    // Everything `check` and "Verify data" look at: the file (cipher, SQLite,
    // foreign keys) and, when the file is sound, the books.
    static QStringList workspaceProblems(store::Workspace& workspace);
    // The same through `store`, any connection to the workspace (a worker's, off the UI
    // thread).
    static QStringList workspaceProblems(store::Store& store);
};

} // namespace rentflow
