#pragma once

#include <QString>

namespace rentflow::store {

// `text` as a pattern for `LIKE ? ESCAPE '\'` that matches any value containing it: its
// own %, _ and \ match themselves. Searches (the resident list, quick-find) share it.
QString containsPattern(const QString& text);
// `text` with LIKE's wildcards (% and _) and the escape character (\) escaped by a
// backslash, for `… LIKE ? ESCAPE '\'`.
QString escapeLike(const QString& text);

} // namespace rentflow::store
