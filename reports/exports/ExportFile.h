#pragma once

#include <QByteArray>
#include <QString>

namespace rentflow::reports {

// Where an export goes, checked before any work is done: the reason it cannot be
// written there (no such folder, a folder by that name, not writable), or empty.
QString exportPathProblem(const QString& path);

// Writes the whole file at once (QSaveFile): it appears complete under its name or
// not at all, so a failure or Ctrl+C never leaves half a file. The reason it could
// not, or empty.
QString writeExportFile(const QString& path, const QByteArray& bytes);

} // namespace rentflow::reports
