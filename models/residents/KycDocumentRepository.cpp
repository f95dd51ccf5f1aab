#include "KycDocumentRepository.h"

#include "ResidentRepository.h"

#include "domain/InputCheck.h"
#include "organisation/ImageFile.h"
#include "store/CheckedRead.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rentflow {

using store::StoreError;
using store::StoreResult;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("KycDocument", text);
}

} // namespace

QStringList KycDocumentRepository::kinds()
{
    return {QStringLiteral("aadhaar"),  QStringLiteral("pan"),
            QStringLiteral("passport"), QStringLiteral("driving_licence"),
            QStringLiteral("voter_id"), QStringLiteral("employer_id"),
            QStringLiteral("photo"),    QStringLiteral("other")};
}

QString KycDocumentRepository::mimeTypeOf(const QByteArray& content)
{
    if (content.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (const auto image = ImageFile::parse(content, kMaxBytes); image)
        return QString::fromLatin1(image->mimeType());
    return {};
}

StoreResult<QString> KycDocumentRepository::attach(const QString& residentId, const QString& kind,
                                                   const QString& fileName,
                                                   const QByteArray& content)
{
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    InputCheck check;
    const auto resident = ResidentRepository(m_store).required(residentId, check);
    if (!resident)
        return resident.error();
    const QString word = kind.trimmed().toLower();
    check.require(kinds().contains(word), QStringLiteral("kind"),
                  tr("is one of: %1").arg(kinds().join(QStringLiteral(", "))));
    const QString name =
        check.text(QStringLiteral("file-name"), fileName, kMaxFileNameLength, true);
    QString mimeType;
    if (content.isEmpty())
        check.fail(QStringLiteral("file"), tr("is empty"));
    else if (content.size() > kMaxBytes)
        check.fail(QStringLiteral("file"), tr("is larger than %1 MB; scan it at a lower "
                                              "resolution")
                                               .arg(kMaxBytes / (1024 * 1024)));
    else if (mimeType = mimeTypeOf(content); mimeType.isEmpty())
        check.fail(QStringLiteral("file"), tr("is not a PNG or JPEG picture or a PDF"));
    if (!check.ok())
        return StoreError::invalid(check.errors());
    auto id = store::RecordWriter(m_store).insert(
        QStringLiteral("kyc_document"), {{QStringLiteral("resident_id"), resident.value()->id},
                                         {QStringLiteral("kind"), word},
                                         {QStringLiteral("file_name"), name},
                                         {QStringLiteral("mime_type"), mimeType},
                                         {QStringLiteral("content"), content}});
    if (!id)
        return id.error();
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    return id.value();
}

StoreResult<QList<KycDocument>> KycDocumentRepository::list(const QString& residentId) const
{
    const QString what = QStringLiteral("Listing the resident's KYC documents");
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, resident_id, kind, file_name, mime_type, length(content), "
                             "created_at FROM kyc_document WHERE resident_id = ? AND deleted = 0 "
                             "ORDER BY created_at, id"));
    q.addBindValue(residentId);
    if (auto read = store::checkedExec(m_store, q, what); !read)
        return read.error();
    QList<KycDocument> documents;
    while (q.next()) {
        KycDocument d;
        d.id = q.value(0).toString();
        d.residentId = q.value(1).toString();
        d.kind = q.value(2).toString();
        d.fileName = q.value(3).toString();
        d.mimeType = q.value(4).toString();
        d.bytes = q.value(5).toLongLong();
        d.addedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        d.addedAt.setTimeSpec(Qt::UTC);
        documents.append(d);
    }
    if (auto read = store::checkedEnd(m_store, q, what); !read)
        return read.error();
    return documents;
}

StoreResult<QByteArray> KycDocumentRepository::content(const QString& id) const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT content FROM kyc_document WHERE id = ? AND deleted = 0"));
    q.addBindValue(id);
    const auto found = store::checkedFirstRow(m_store, q, QStringLiteral("Reading a KYC document"));
    if (!found)
        return found.error();
    if (!found.value())
        return StoreError::invalid(
            {{QStringLiteral("id"), tr("no KYC document with id '%1'").arg(id)}});
    return q.value(0).toByteArray();
}

store::StoreStatus KycDocumentRepository::remove(const QString& id)
{
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    // The scan's bytes go with it (an Aadhaar or passport copy must not stay in the file and
    // its backups once removed); the change log keeps only their size and hash.
    store::RecordWriter writer(m_store);
    if (auto emptied = writer.update(QStringLiteral("kyc_document"), id,
                                     {{QStringLiteral("content"), QByteArray("", 0)}});
        !emptied)
        return emptied.error();
    if (auto removed = writer.remove(QStringLiteral("kyc_document"), id); !removed)
        return removed.error();
    return tx.commit();
}

} // namespace rentflow
