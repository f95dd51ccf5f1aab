// rentflow-server: the sync and public-website server (CLI.md). This build
// answers --version and --help; the HTTP service arrives with the sync work.
#include "../common/ProgramInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    rentflow::app::setProgramIdentity("rentflow-server");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The RentFlow sync server and public website endpoints.\n"
        "This version answers --version and --help only: serving is not part of it yet."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app); // --help and --version print and exit 0
    QTextStream(stderr) << "rentflow-server: serving is not part of this version yet; "
                           "see 'rentflow-server --help'.\n";
    return rentflow::app::kExitFailed;
}
