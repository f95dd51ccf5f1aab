#include "DocumentTemplates.h"

#include "TemplatePlaceholders.h"
#include "TemplateText.h"
#include "domain/InputCheck.h"
#include "store/CheckedRead.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QStringDecoder>

namespace rentflow {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DocumentTemplates", text);
}

const QString kTable = QStringLiteral("document_template");

// The file as text, or why not (field "file").
store::StoreResult<QString> textOf(const QByteArray& file)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(file);
    if (utf8.hasError())
        return store::StoreError::invalid(
            {{QStringLiteral("file"),
              tr("is not UTF-8 text; save it as UTF-8 in the text editor and import it again")}});
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.size() > DocumentTemplates::kMaxChars)
        return store::StoreError::invalid(
            {{QStringLiteral("file"),
              tr("is too long (at most %1 characters)").arg(DocumentTemplates::kMaxChars)}});
    if (hasBidiControl(text))
        return store::StoreError::invalid({{QStringLiteral("file"), bidiControlMessage()}});
    return text;
}

} // namespace

QString DocumentTemplates::shipped(const QString& kind, const QString& language)
{
    QFile file(QStringLiteral(":/rentflow/templates/%1_%2.txt").arg(kind, language));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The shipped template %s_%s is not compiled in", qPrintable(kind),
               qPrintable(language));
    return QString::fromUtf8(file.readAll());
}

store::StoreStatus DocumentTemplates::checkKindAndLanguage(const QString& kind,
                                                           const QString& language)
{
    InputCheck check;
    check.require(kind == QLatin1String("agreement"), QStringLiteral("kind"),
                  tr("'%1' is not a template kind; the kind is: agreement").arg(kind));
    check.require(language == QLatin1String("en") || language == QLatin1String("hi"),
                  QStringLiteral("lang"),
                  tr("'%1' is not a template language; use en or hi").arg(language));
    if (!check.ok())
        return store::StoreError::invalid(check.errors());
    return store::Done{};
}

store::StoreResult<QString> DocumentTemplates::liveId(const QString& kind, const QString& language)
{
    QSqlQuery& q = m_store.prepared(QStringLiteral(
        "SELECT id FROM document_template WHERE kind = ? AND language = ? AND deleted = 0"));
    q.addBindValue(kind);
    q.addBindValue(language);
    const auto found =
        store::checkedFirstRow(m_store, q, QStringLiteral("Reading the document template"));
    if (!found)
        return found.error();
    const QString id = found.value() ? q.value(0).toString() : QString();
    q.finish();
    return id;
}

store::StoreResult<TemplateInUse> DocumentTemplates::inUse(const QString& kind,
                                                           const QString& language)
{
    if (auto valid = checkKindAndLanguage(kind, language); !valid)
        return valid.error();
    QSqlQuery& q = m_store.prepared(QStringLiteral(
        "SELECT body FROM document_template WHERE kind = ? AND language = ? AND deleted = 0"));
    q.addBindValue(kind);
    q.addBindValue(language);
    const auto found =
        store::checkedFirstRow(m_store, q, QStringLiteral("Reading the document template"));
    if (!found)
        return found.error();
    if (!found.value())
        return TemplateInUse{shipped(kind, language), false};
    TemplateInUse own{q.value(0).toString(), true};
    q.finish();
    return own;
}

store::StoreStatus DocumentTemplates::import(const QString& kind, const QString& language,
                                             const QByteArray& file)
{
    if (auto valid = checkKindAndLanguage(kind, language); !valid)
        return valid.error();
    auto text = textOf(file);
    if (!text)
        return text.error();
    const FieldErrors problems =
        checkTemplate(QStringLiteral("file"), text.value(), &isAgreementPlaceholder);
    if (!problems.isEmpty())
        return store::StoreError::invalid(problems);

    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    auto id = liveId(kind, language);
    if (!id)
        return id.error();
    store::RecordWriter writer(m_store);
    if (id.value().isEmpty()) {
        auto inserted = writer.insert(kTable, {{QStringLiteral("kind"), kind},
                                               {QStringLiteral("language"), language},
                                               {QStringLiteral("body"), text.value()}});
        if (!inserted)
            return inserted.error();
    } else if (auto updated =
                   writer.update(kTable, id.value(), {{QStringLiteral("body"), text.value()}});
               !updated) {
        return updated.error();
    }
    return tx.commit();
}

store::StoreResult<bool> DocumentTemplates::reset(const QString& kind, const QString& language)
{
    if (auto valid = checkKindAndLanguage(kind, language); !valid)
        return valid.error();
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    auto id = liveId(kind, language);
    if (!id)
        return id.error();
    if (id.value().isEmpty())
        return false;
    if (auto removed = store::RecordWriter(m_store).remove(kTable, id.value()); !removed)
        return removed.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return true;
}

} // namespace rentflow
