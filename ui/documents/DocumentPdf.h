#pragma once

#include "DocumentRef.h"

#include <render/PageSetup.h>
#include <text/Lang.h>

#include <store/StoreError.h>

#include <optional>

namespace rentflow::store {
class Store;
}

namespace rentflow::ui {

// Writes the document to `file` exactly as `rentflowctl pdf` would (reports/), in the
// resident's language unless `lang` says otherwise.
store::StoreStatus writeDocumentPdf(store::Store& store, const DocumentRef& document,
                                    const QString& file, std::optional<reports::Lang> lang = {},
                                    reports::PageSetup setup = {});
// "Invoice", "Receipt"… for titles.
QString documentKindName(DocumentRef::Kind kind);

} // namespace rentflow::ui
