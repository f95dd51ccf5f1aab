#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QString>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// A template the workspace uses: the operator's copy when there is one (table
// document_template, schema v8), else the one shipped in resources/templates/.
struct TemplateInUse
{
    QString body;
    bool fromWorkspace = false;
};

// Document templates by kind ("agreement") and language ("en", "hi").
class DocumentTemplates
{
public:
    explicit DocumentTemplates(store::Store& store) : m_store(store) {}

    // The template shipped with RentFlow; `kind` and `language` must be valid.
    static QString shipped(const QString& kind, const QString& language);

    // Refuses an unknown kind (field "kind") or language (field "lang").
    static store::StoreStatus checkKindAndLanguage(const QString& kind, const QString& language);

    store::StoreResult<TemplateInUse> inUse(const QString& kind, const QString& language);

    // Checks the file (UTF-8, not too long, no direction controls) and every
    // placeholder, each mistake naming its line (field "file"), and only then saves it
    // as the workspace's copy, replacing the one before, audited, in one transaction.
    store::StoreStatus import(const QString& kind, const QString& language, const QByteArray& file);

    // Goes back to the shipped template; false when the workspace had no copy.
    store::StoreResult<bool> reset(const QString& kind, const QString& language);

    static constexpr int kMaxChars = 200000;

private:
    // The live row's id, if any; inside the caller's transaction.
    store::StoreResult<QString> liveId(const QString& kind, const QString& language);

    store::Store& m_store;
};

} // namespace rentflow
