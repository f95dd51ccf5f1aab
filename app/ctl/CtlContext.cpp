#include "CtlContext.h"

#include <store/keys/KeyMaterial.h>
#include <store/sqlcipher/SqlCipherDriver.h>

#include <QJsonDocument>
#include <QTextStream>

namespace rentflow::app {

using store::StoreError;

CtlContext::CtlContext(QString workspaceDir, QString passphraseEnv, bool json, CtlStreams streams)
    : m_workspaceDir(std::move(workspaceDir)), m_passphraseEnv(std::move(passphraseEnv)),
      m_json(json), m_streams(streams)
{
    store::SqlCipherDriver::setBusyNotice([](const QString& message) {
        QTextStream(stderr) << "rentflowctl: " << message << Qt::endl;
    });
}

CtlContext::~CtlContext()
{
    if (m_passphrase)
        store::wipeKeyMaterial(*m_passphrase);
}

store::Actor CtlContext::actor()
{
    return store::Actor{actorLabel(), QString()};
}

store::StoreResult<store::KeySource> CtlContext::keys()
{
    store::KeySource keys;
    keys.keychain = &m_keychain;
    if (m_passphraseEnv.isEmpty())
        return keys;
    if (!m_passphrase) {
        // The passphrase itself never appears on a command line (CLI.md).
        auto passphrase = secretFromEnv(QStringLiteral("passphrase-env"), m_passphraseEnv);
        if (!passphrase)
            return passphrase.error();
        m_passphrase = passphrase.take();
    }
    keys.passphrase = m_passphrase;
    return keys;
}

store::StoreResult<QString> CtlContext::secretFromEnv(const QString& field, const QString& variable)
{
    QString secret = store::takeEnvironmentSecret(variable);
    if (secret.isEmpty())
        return StoreError::invalid(
            {{field,
              QStringLiteral("the environment variable %1 is not set or empty").arg(variable)}});
    return secret;
}

store::StoreResult<std::unique_ptr<store::Workspace>> CtlContext::openWorkspace()
{
    auto source = keys();
    if (!source)
        return source.error();
    return store::Workspace::open(m_workspaceDir, source.value(), actor());
}

int CtlContext::done(const QJsonObject& result, const QString& text)
{
    QTextStream& out = m_streams.out;
    if (m_json)
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    else
        out << text << '\n';
    out.flush();
    return kExitDone;
}

int CtlContext::fail(const StoreError& error)
{
    int code = kExitFailed;
    if (error.code == StoreError::Code::InvalidInput ||
        error.code == StoreError::Code::AlreadyExists)
        code = kExitBadInput;
    else if (error.preventsOpening())
        code = kExitCannotOpen;
    QTextStream& err = m_streams.err;
    if (error.fields.isEmpty())
        err << "rentflowctl: " << error.message << '\n';
    auto option = [this](const QString& field) {
        return m_fieldOptions.value(field, field);
    };
    for (const FieldError& field : error.fields)
        err << "rentflowctl: --" << option(field.field) << ": " << field.message << '\n';
    if (m_json) {
        QJsonObject fields;
        for (const FieldError& field : error.fields)
            fields.insert(option(field.field), field.message);
        QJsonObject body{{QStringLiteral("code"), QString::fromLatin1(error.codeName())},
                         {QStringLiteral("message"), error.message}};
        if (!fields.isEmpty())
            body.insert(QStringLiteral("fields"), fields);
        m_streams.out << QJsonDocument(QJsonObject{{QStringLiteral("error"), body}})
                             .toJson(QJsonDocument::Compact)
                      << '\n';
    }
    m_streams.out.flush();
    m_streams.err.flush();
    return code;
}

int CtlContext::badInput(const QString& field, const QString& message)
{
    return fail(StoreError::invalid({{field, message}}));
}

} // namespace rentflow::app
