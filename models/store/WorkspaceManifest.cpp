#include "WorkspaceManifest.h"

#include "OpenSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace rentflow::store {

bool WorkspaceManifest::existsIn(const QString& directory)
{
    return QFileInfo::exists(QDir(directory).filePath(QString::fromLatin1(kFileName)));
}

StoreResult<WorkspaceManifest> WorkspaceManifest::load(const QString& directory)
{
    const QString path = QDir(directory).filePath(QString::fromLatin1(kFileName));
    QFile file(path);
    auto damaged = [&](const QString& why) {
        return StoreError{StoreError::Code::Damaged,
                          QCoreApplication::translate(
                              "Workspace", "The workspace description %1 is unreadable (%2).")
                              .arg(QDir::toNativeSeparators(path), why)};
    };
    if (!file.open(QIODevice::ReadOnly))
        return damaged(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return damaged(parseError.errorString());
    const QJsonObject object = doc.object();
    if (object.value(QStringLiteral("format")).toInt() > kFormat)
        return StoreError{
            StoreError::Code::NewerSchema,
            QCoreApplication::translate(
                "Workspace",
                "This workspace was made by a newer RentFlow; update RentFlow to open it.")};
    WorkspaceManifest manifest;
    manifest.workspaceId = object.value(QStringLiteral("workspaceId")).toString();
    manifest.createdAt = object.value(QStringLiteral("createdAt")).toString();
    const QString mode = object.value(QStringLiteral("keyMode")).toString();
    if (manifest.workspaceId.isEmpty() ||
        (mode != QLatin1String("keychain") && mode != QLatin1String("passphrase")))
        return damaged(QCoreApplication::translate("Workspace", "missing workspaceId or keyMode"));
    manifest.keyMode = mode == QLatin1String("keychain") ? KeyMode::Keychain : KeyMode::Passphrase;
    manifest.keyCheck = KeyCheck::fromJson(object.value(QStringLiteral("keyCheck")).toObject());
    return manifest;
}

StoreStatus WorkspaceManifest::save(const QString& directory) const
{
    QJsonObject object;
    object.insert(QStringLiteral("format"), kFormat);
    object.insert(QStringLiteral("workspaceId"), workspaceId);
    object.insert(QStringLiteral("keyMode"), keyMode == KeyMode::Keychain
                                                 ? QStringLiteral("keychain")
                                                 : QStringLiteral("passphrase"));
    object.insert(QStringLiteral("createdAt"), createdAt);
    if (keyCheck)
        object.insert(QStringLiteral("keyCheck"), keyCheck->toJson());
    const QString path = QDir(directory).filePath(QString::fromLatin1(kFileName));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(QJsonDocument(object).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return StoreError{StoreError::Code::Io, file.errorString()};
    makeOwnerOnlyFile(path);
    return Done{};
}

} // namespace rentflow::store
