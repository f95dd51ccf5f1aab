#pragma once

#include <QByteArray>
#include <QStringView>

namespace rentflow::server {

// A header's text for the wire. Printable ASCII stays as it is, folded (CRLF SP) at
// spaces so lines stay near 78 characters; anything else, or text that looks like an
// encoded-word itself, becomes RFC 2047 encoded-words ("=?UTF-8?B?...?="), each at most
// 75 characters, split only between whole UTF-8 characters, joined by CRLF SP.
// `usedOnFirstLine` is what precedes the text on its line ("Subject: " = 9).
// The caller has already refused or replaced control characters.
QByteArray encodeHeaderText(QStringView text, int usedOnFirstLine);

// True when the text is printable ASCII (0x20-0x7E) only.
bool isPrintableAscii(QStringView text);

} // namespace rentflow::server
