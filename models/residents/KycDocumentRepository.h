#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// A scan of a resident's identity document (SPEC §3.1 KYC): kept inside the encrypted
// workspace file (the kyc_document table), never as a loose file.
struct KycDocument
{
    QString id;
    QString residentId;
    QString kind;     // aadhaar | pan | passport | driving_licence | voter_id | employer_id | photo
                      // | other
    QString fileName; // the name the file had when attached ("aadhaar-front.jpg")
    QString mimeType; // image/png | image/jpeg | application/pdf
    qsizetype bytes = 0;
    QDateTime addedAt; // UTC
};

class KycDocumentRepository
{
public:
    static constexpr qsizetype kMaxBytes = 5 * 1024 * 1024; // 5 MB: a phone photo or scan
    static constexpr int kMaxFileNameLength = 200;

    explicit KycDocumentRepository(store::Store& store) : m_store(store) {}

    // The kinds a scan may be, as the table keeps them.
    static QStringList kinds();
    // The content's type, told by its first bytes: PNG, JPEG or PDF; empty for anything
    // else.
    static QString mimeTypeOf(const QByteArray& content);

    // Stores the scan (PNG, JPEG or PDF, at most kMaxBytes) for the resident, audited.
    // Refusals name `resident`, `kind`, `file` (the content) or `file-name`; nothing is
    // written when any is refused.
    store::StoreResult<QString> attach(const QString& residentId, const QString& kind,
                                       const QString& fileName, const QByteArray& content);
    // The resident's scans, oldest first, without their bytes.
    store::StoreResult<QList<KycDocument>> list(const QString& residentId) const;
    // The scan's bytes; an unknown or removed id is bad input naming `id`.
    store::StoreResult<QByteArray> content(const QString& id) const;
    // Removes the scan (a tombstone, audited and carried by sync).
    store::StoreStatus remove(const QString& id);

private:
    store::Store& m_store;
};

} // namespace rentflow
