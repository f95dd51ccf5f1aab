#include "server/mail/MailArea.h"

#include "server/http/RequestLog.h"
#include "server/http/Services.h"
#include "server/mail/MailTemplateRoutes.h"
#include "server/mail/MailWorker.h"

#include <QProcessEnvironment>

namespace rentflow::server {

ServerArea mailArea()
{
    return ServerArea{
        "mail",
        [](Services& services) -> store::StoreStatus {
            const ServerConfig& config = services.config();
            if (config.smtpUrl.isEmpty()) {
                logEvent(QStringLiteral("info"), QStringLiteral("mail.disabled"),
                         {{QStringLiteral("reason"), QStringLiteral("no --smtp-url")}});
                return store::Done{};
            }
            auto options =
                MailWorkerOptions::fromConfig(config, QProcessEnvironment::systemEnvironment());
            if (auto* why = std::get_if<QString>(&options))
                return StoreError{StoreError::Code::InvalidInput, *why};
            auto worker = std::make_shared<MailWorker>(std::get<MailWorkerOptions>(options));
            worker->start(services.database());
            services.provide(worker);
            return store::Done{};
        },
        [](Routes& routes) { addMailTemplateRoutes(routes); },
    };
}

} // namespace rentflow::server
