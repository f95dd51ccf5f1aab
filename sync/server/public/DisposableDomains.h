#pragma once

#include <QByteArray>
#include <QString>

namespace rentflow::server {

// Disposable (throw-away) mailbox domains, from the npm package `disposable-email-domains`
// (its index.json: exact domains; wildcard.json: domains whose every subdomain is
// disposable too), embedded at build time as the Qt resources
// :/server/public/disposable-domains.json and :/server/public/disposable-wildcards.json
// (sync/server/public/CMakeLists.txt; installer/install-deps.sh runs `npm ci` to fetch it).
// Loaded once, on first use, thread-safe; read-only afterwards.
//
// True when `domain` (lower-case ASCII) or any parent domain of it is in either list.
bool isDisposableDomain(const QString& domain);

// How many exact domains the embedded list holds (0 would mean the resource is missing:
// the server refuses to start then, see disposableListLoaded()).
qsizetype disposableDomainCount();
bool disposableListLoaded();

} // namespace rentflow::server
