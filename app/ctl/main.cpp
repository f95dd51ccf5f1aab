// rentflowctl: the command line over RentFlow's libraries (CLI.md).
#include "../common/ProgramInfo.h"
#include "CtlDispatcher.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    rentflow::app::setProgramIdentity("rentflowctl");
    return rentflow::app::CtlDispatcher().run(app.arguments());
}
