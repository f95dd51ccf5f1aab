#pragma once

#include <render/LaidOutDocument.h>
#include <render/PageSetup.h>
#include <render/PdfOutput.h>

#include <store/StoreError.h>

#include <QString>

#include <functional>

namespace rentflow::reports {

struct WrittenDocument
{
    QString file; // absolute path
    int pages = 0;
};

using LayoutStep = std::function<store::StoreResult<LaidOutDocument>(PdfOutput&)>;

// Writes one document to `path`: the path is checked first (an unwritable one is
// bad input naming `field`, before any work), the PDF is built in memory, and the
// file appears whole or not at all.
store::StoreResult<WrittenDocument> writePdf(const QString& path, const QString& field,
                                             const PageSetup& setup, const QString& title,
                                             const LayoutStep& layout);

} // namespace rentflow::reports
