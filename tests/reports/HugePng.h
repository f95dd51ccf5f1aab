#pragma once

#include <QByteArray>

namespace rentflow::test {

// A 65-byte PNG whose header (IHDR) declares width × height RGBA pixels, with no pixel
// data: what a hostile file looks like to a decoder that trusts the header.
QByteArray pngDeclaring(quint32 width, quint32 height);

} // namespace rentflow::test
