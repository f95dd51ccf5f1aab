#pragma once

#include "domain/Parsed.h"

#include <QByteArray>

namespace rentflow {

// A picture the workspace keeps inside its encrypted file (the organisation's logo, a
// resident's photo): PNG or JPEG, told by its first bytes (models/ has no image
// decoder), and no larger than its limit.
class ImageFile
{
public:
    static constexpr qsizetype kMaxLogoBytes = 1024 * 1024;      // 1 MB
    static constexpr qsizetype kMaxPhotoBytes = 2 * 1024 * 1024; // 2 MB

    // The bytes, or why they are refused.
    static Parsed<ImageFile> parse(const QByteArray& bytes, qsizetype maxBytes);
    // The first maxBytes + 1 bytes of `path` (enough for parse() to refuse a larger
    // file without reading it whole), or why it cannot be read.
    static Parsed<QByteArray> readFile(const QString& path, qsizetype maxBytes);

    const QByteArray& bytes() const { return m_bytes; }
    // "image/png" or "image/jpeg".
    const char* mimeType() const;

private:
    explicit ImageFile(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    QByteArray m_bytes;
};

} // namespace rentflow
