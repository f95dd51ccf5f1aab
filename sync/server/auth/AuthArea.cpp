#include "server/auth/AuthArea.h"

#include "server/auth/AuthContext.h"
#include "server/auth/AuthFlows.h"
#include "server/http/Routes.h"
#include "server/http/Services.h"

namespace rentflow::server {

namespace {

auth::Env envOf(Call& call, const AuthContext& ctx)
{
    return auth::Env{
        call.db(), ctx,
        auth::Client{
            call.clientIp().toString(),
            QString::fromUtf8(call.request.value(QByteArrayLiteral("User-Agent")).left(200)),
            call.requestId()}};
}

// A handler that needs a body: parsed first, refused as the foundation says.
template <typename Flow> Routes::Handler withBody(const AuthContext& ctx, Flow flow)
{
    return [&ctx, flow](Call& call) {
        auto body = call.jsonBody();
        if (!body)
            return call.refusal();
        auth::Env env = envOf(call, ctx);
        return flow(env, *body);
    };
}

// A handler for a signed-in user of at least `role`, with a body.
template <typename Flow>
Routes::Handler signedInWithBody(const AuthContext& ctx, Role role, Flow flow)
{
    return [&ctx, role, flow](Call& call) {
        const Principal* who = call.requireRole(role);
        if (!who)
            return call.refusal();
        auto body = call.jsonBody();
        if (!body)
            return call.refusal();
        auth::Env env = envOf(call, ctx);
        return flow(env, *who, *body);
    };
}

template <typename Flow> Routes::Handler signedIn(const AuthContext& ctx, Role role, Flow flow)
{
    return [&ctx, role, flow](Call& call) {
        const Principal* who = call.requireRole(role);
        if (!who)
            return call.refusal();
        auth::Env env = envOf(call, ctx);
        return flow(env, *who);
    };
}

void addAuthRoutes(Routes& routes)
{
    const AuthContext* found = routes.services().find<AuthContext>();
    if (!found)
        return;
    const AuthContext& ctx = *found;
    const QString base = QStringLiteral("/api/v1/auth");
    routes.post(base + QStringLiteral("/login"), withBody(ctx, auth::login));
    routes.post(base + QStringLiteral("/refresh"), withBody(ctx, auth::refresh));
    routes.post(base + QStringLiteral("/forgot-password"), withBody(ctx, auth::forgotPassword));
    routes.post(base + QStringLiteral("/reset-password"), withBody(ctx, auth::resetPassword));
    routes.post(base + QStringLiteral("/logout"), signedIn(ctx, Role::Viewer, auth::logout));
    routes.get(base + QStringLiteral("/me"), signedIn(ctx, Role::Viewer, auth::me));
    routes.post(base + QStringLiteral("/change-password"),
                signedInWithBody(ctx, Role::Viewer, auth::changePassword));
    routes.get(base + QStringLiteral("/sessions"), signedIn(ctx, Role::Viewer, auth::listSessions));
    routes.del(base + QStringLiteral("/sessions/<arg>"),
               Routes::IdHandler([&ctx](Call& call, const QString& id) {
                   const Principal* who = call.requireRole(Role::Viewer);
                   if (!who)
                       return call.refusal();
                   auth::Env env = envOf(call, ctx);
                   return auth::revokeSession(env, *who, id);
               }));
    routes.post(base + QStringLiteral("/mfa/enable"), signedIn(ctx, Role::Viewer, auth::mfaEnable));
    routes.post(base + QStringLiteral("/mfa/verify"),
                signedInWithBody(ctx, Role::Viewer, auth::mfaVerify));
    routes.post(base + QStringLiteral("/mfa/disable"),
                signedInWithBody(ctx, Role::Viewer, auth::mfaDisable));
    // The organisation's people: admins and above, and only their own organisation.
    routes.get(base + QStringLiteral("/organisation/users"),
               signedIn(ctx, Role::Admin, auth::listOrganisationUsers));
}

store::StoreStatus prepareAuth(Services& services)
{
    auto made = AuthContext::create(services.config());
    if (auto* error = std::get_if<QString>(&made))
        return StoreError{StoreError::Code::Io, *error};
    std::shared_ptr<AuthContext> ctx = std::get<std::shared_ptr<AuthContext>>(made);
    const AuthContext* raw = ctx.get();
    services.provide<AuthContext>(ctx);
    services.authenticate = [raw](Call& call) {
        return auth::authenticateBearer(call.db(), *raw,
                                        call.request.value(QByteArrayLiteral("Authorization")));
    };
    return store::Done{};
}

} // namespace

ServerArea authArea()
{
    return ServerArea{"auth", prepareAuth, addAuthRoutes};
}

} // namespace rentflow::server
