#pragma once

#include <QString>

class QCommandLineParser;
class QProcessEnvironment;
class QTextStream;

namespace rentflow::store {
class KeyStore;
}

namespace rentflow::server {

struct ServerConfig;

// `rentflow-server user add --email E --password-env VAR --role ROLE [--org NAME]`
// (CLI.md). The password comes from the environment variable named VAR, never from the
// command line. super_admin is the platform's and takes no --org; every other role
// belongs to an organisation, made on first mention (names match without regard to case).
struct UserAddArgs
{
    QString email;
    QString passwordEnv;
    QString role;
    QString org;
};

// CLI.md exit codes: 0 added; 1 failed while working; 2 bad input (the message names the
// flag and what is wrong; nothing written); 3 the database cannot be opened.
struct UserAddOutcome
{
    int exitCode = 1;
    QString message; // for stdout on 0, stderr otherwise
    QString userId;
};

// The command's options, added to the server's parser.
void addUserAddOptions(QCommandLineParser& parser);
UserAddArgs userAddArgsFrom(const QCommandLineParser& parser);

UserAddOutcome runUserAdd(const UserAddArgs& args, const ServerConfig& config,
                          const QProcessEnvironment& environment, store::KeyStore& keys);

// The whole command for app/server/main.cpp: reads the options from `parser`, runs it,
// prints the message ("rentflow-server: " + why on `err`, or the result on `out`), and
// returns the exit code.
int runUserAddCommand(const QCommandLineParser& parser, const ServerConfig& config,
                      const QProcessEnvironment& environment, store::KeyStore& keys,
                      QTextStream& out, QTextStream& err);

} // namespace rentflow::server
