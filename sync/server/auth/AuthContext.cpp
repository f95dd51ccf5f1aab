#include "server/auth/AuthContext.h"

#include "server/auth/SecretBox.h"
#include "server/auth/SigningKeys.h"
#include "server/http/ServerConfig.h"

#include <QDir>

#include <cmath>

namespace rentflow::server {

std::variant<std::shared_ptr<AuthContext>, QString> AuthContext::create(const ServerConfig& config)
{
    const QString keysDir = QDir(config.dataDir).filePath(QStringLiteral("keys"));
    auto keys = SigningKeys::loadOrCreate(keysDir);
    if (auto* error = std::get_if<QString>(&keys))
        return *error;
    auto box = SecretBox::loadOrCreate(keysDir);
    if (auto* error = std::get_if<QString>(&box))
        return *error;
    return std::make_shared<AuthContext>(std::get<std::shared_ptr<const SigningKeys>>(keys),
                                         std::get<std::shared_ptr<const SecretBox>>(box),
                                         PasswordHasher::interactiveLimits(),
                                         config.rateLimitMultiplier, config.publicBaseUrl);
}

AuthContext::AuthContext(std::shared_ptr<const SigningKeys> keys,
                         std::shared_ptr<const SecretBox> box, PasswordHasher::Limits limits,
                         double rateLimitMultiplier, QString publicBaseUrl)
    : m_keys(std::move(keys)), m_box(std::move(box)), m_tokens(m_keys), m_hasher(limits),
      m_rateLimitMultiplier(rateLimitMultiplier), m_publicBaseUrl(std::move(publicBaseUrl))
{}

int AuthContext::scaledLimit(int base) const
{
    if (m_rateLimitMultiplier <= 0)
        return 0;
    return qMax(1, static_cast<int>(std::lround(base * m_rateLimitMultiplier)));
}

QString AuthContext::iso(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QDateTime AuthContext::parseIso(const QString& text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.toUTC();
}

} // namespace rentflow::server
