#include "DocumentWriter.h"

#include <render/DocumentFile.h>

namespace rentflow::reports {

store::StoreResult<WrittenDocument> writePdf(const QString& path, const QString& field,
                                             const PageSetup& setup, const QString& title,
                                             const LayoutStep& layout)
{
    auto file = DocumentFile::open(path, field);
    if (!file)
        return file.error();
    PdfOutput output(setup, title);
    auto document = layout(output);
    if (!document)
        return document.error();
    output.paint(document.value());
    const int pages = output.pageCount();
    if (auto saved = file.value()->commit(output.finish()); !saved)
        return saved.error();
    return WrittenDocument{file.value()->path(), pages};
}

} // namespace rentflow::reports
