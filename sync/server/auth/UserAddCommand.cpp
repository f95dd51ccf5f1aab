#include "server/auth/UserAddCommand.h"

#include "server/auth/AuthRecords.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/PasswordPolicy.h"
#include "server/http/ServerConfig.h"
#include "server/storage/AuditLog.h"
#include "server/storage/DatabaseTarget.h"
#include "server/storage/ServerMigrations.h"

#include <store/Uuid7.h>

#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QTextStream>

#include <variant>

namespace rentflow::server {

namespace {

constexpr int kDone = 0;
constexpr int kFailed = 1;
constexpr int kBadInput = 2;
constexpr int kCannotOpen = 3;

UserAddOutcome bad(const QString& flag, const QString& why)
{
    return {kBadInput, QStringLiteral("--%1: %2").arg(flag, why), {}};
}

// The organisation named `name` (matched without regard to case), made if missing.
StoreResult<QString> organisationNamed(const ServerDb& db, const QString& name)
{
    const QString key = name.toLower();
    auto found =
        db.scalar(QStringLiteral("SELECT id FROM organisations WHERE name_key = ?"), {key});
    if (!found)
        return found.error();
    if (!found.value().toString().isEmpty())
        return found.value().toString();
    const QString id = store::Uuid7::generate();
    auto made = db.exec(QStringLiteral("INSERT INTO organisations(id, name, name_key, created_at) "
                                       "VALUES (?, ?, ?, ?)"),
                        {id, name, key, ServerDb::now()});
    if (!made)
        return made.error();
    return id;
}

} // namespace

void addUserAddOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("email"), QStringLiteral("user add: the user's email."),
                      QStringLiteral("E")});
    parser.addOption({QStringLiteral("password-env"),
                      QStringLiteral("user add: the environment variable holding the password."),
                      QStringLiteral("VAR")});
    parser.addOption({QStringLiteral("role"),
                      QStringLiteral("user add: super_admin, owner, admin, manager or viewer."),
                      QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("org"),
                      QStringLiteral("user add: the organisation's name (made if new)."),
                      QStringLiteral("NAME")});
}

UserAddArgs userAddArgsFrom(const QCommandLineParser& parser)
{
    return {parser.value(QStringLiteral("email")), parser.value(QStringLiteral("password-env")),
            parser.value(QStringLiteral("role")), parser.value(QStringLiteral("org"))};
}

namespace {

// The command's input once checked.
struct CheckedUser
{
    QString email;
    QString password;
    Role role = Role::Viewer;
    QString org;
};

// Everything is checked before the database is touched: exit 2 writes nothing.
std::variant<CheckedUser, UserAddOutcome> checkArgs(const UserAddArgs& args,
                                                    const QProcessEnvironment& environment)
{
    CheckedUser user;
    user.email = auth::normaliseEmail(args.email);
    if (const QString why = auth::emailError(user.email); !why.isEmpty())
        return bad(QStringLiteral("email"), why);
    if (args.passwordEnv.isEmpty())
        return bad(QStringLiteral("password-env"), QStringLiteral("is required"));
    if (!environment.contains(args.passwordEnv))
        return bad(QStringLiteral("password-env"),
                   QStringLiteral("the variable %1 is not set").arg(args.passwordEnv));
    user.password = environment.value(args.passwordEnv);
    if (const QString why = passwordPolicyError(user.password); !why.isEmpty())
        return bad(QStringLiteral("password-env"), QStringLiteral("the password %1").arg(why));
    const auto role = roleFromName(args.role);
    if (!role)
        return bad(QStringLiteral("role"),
                   args.role.isEmpty()
                       ? QStringLiteral("is required")
                       : QStringLiteral("must be super_admin, owner, admin, manager or viewer"));
    user.role = *role;
    user.org = args.org.trimmed();
    if (user.role == Role::SuperAdmin && !user.org.isEmpty())
        return bad(QStringLiteral("org"),
                   QStringLiteral("super_admin belongs to the platform, not to an organisation"));
    if (user.role != Role::SuperAdmin && user.org.isEmpty())
        return bad(QStringLiteral("org"),
                   QStringLiteral("is required for the role %1").arg(args.role));
    if (user.org.size() > 200)
        return bad(QStringLiteral("org"), QStringLiteral("is too long (200 characters at most)"));
    return user;
}

} // namespace

UserAddOutcome runUserAdd(const UserAddArgs& args, const ServerConfig& config,
                          const QProcessEnvironment& environment, store::KeyStore& keys)
{
    auto checked = checkArgs(args, environment);
    if (auto* refused = std::get_if<UserAddOutcome>(&checked))
        return *refused;
    const CheckedUser& input = std::get<CheckedUser>(checked);
    const QString& email = input.email;
    const QString& password = input.password;
    const QString& org = input.org;

    const auto hash = PasswordHasher().hash(password);
    if (!hash)
        return {kFailed, QStringLiteral("could not hash the password (out of memory)"), {}};

    auto target = resolveDatabaseTarget(config, environment, keys);
    if (!target)
        return {kCannotOpen, target.error().message, {}};
    auto opened = openServerDb(target.value(), QStringLiteral("user-add"), true);
    if (!opened)
        return {opened.error().preventsOpening() ||
                        opened.error().code == StoreError::Code::Database
                    ? kCannotOpen
                    : kFailed,
                opened.error().message,
                {}};
    ServerDb& db = *opened.value();
    if (auto migrated = migrateServerDb(db); !migrated)
        return {kCannotOpen, migrated.error().message, {}};

    bool duplicate = false;
    auto added = db.transaction([&]() -> StoreResult<QString> {
        auto existing = db.scalar(QStringLiteral("SELECT id FROM users WHERE email = ?"), {email});
        if (!existing)
            return existing.error();
        if (!existing.value().toString().isEmpty()) {
            duplicate = true;
            return StoreError{StoreError::Code::AlreadyExists, QString()};
        }
        QString orgId;
        if (!org.isEmpty()) {
            auto found = organisationNamed(db, org);
            if (!found)
                return found.error();
            orgId = found.value();
        }
        const QString id = store::Uuid7::generate();
        const QString now = ServerDb::now();
        auto inserted = db.exec(
            QStringLiteral("INSERT INTO users(id, organisation_id, email, password_hash, role, "
                           "status, password_changed_at, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, 'active', ?, ?, ?)"),
            {id, orgId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(orgId), email,
             QString::fromLatin1(*hash), roleName(input.role), now, now, now});
        if (!inserted)
            return inserted.error();
        if (auto audited = auditWrite(db, {QString(),
                                           QStringLiteral("user.create"),
                                           QStringLiteral("user"),
                                           id,
                                           QString(),
                                           {{QStringLiteral("role"), roleName(input.role)},
                                            {QStringLiteral("via"), QStringLiteral("cli")}}});
            !audited)
            return audited.error();
        return id;
    });
    if (duplicate)
        return bad(QStringLiteral("email"), QStringLiteral("already has an account"));
    if (!added)
        return {kFailed, added.error().message, {}};
    return {kDone, QStringLiteral("user added: %1 (%2)").arg(added.value(), roleName(input.role)),
            added.value()};
}

int runUserAddCommand(const QCommandLineParser& parser, const ServerConfig& config,
                      const QProcessEnvironment& environment, store::KeyStore& keys,
                      QTextStream& out, QTextStream& err)
{
    const UserAddOutcome outcome = runUserAdd(userAddArgsFrom(parser), config, environment, keys);
    if (outcome.exitCode == kDone)
        out << outcome.message << Qt::endl;
    else
        err << "rentflow-server: " << outcome.message << Qt::endl;
    return outcome.exitCode;
}

} // namespace rentflow::server
