#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>

#include <functional>

namespace rentflow::app {

class CtlContext;

// One rentflowctl command: its words ("room add"), its options, and what it does.
struct CtlCommand
{
    QStringList words;
    QString summary;
    QList<QCommandLineOption> options;
    std::function<int(CtlContext&, const QCommandLineParser&)> run;
};

// An option that takes a value: --name VALUE.
inline QCommandLineOption valueOption(const char* name, const char* description,
                                      const char* valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description),
                              QString::fromLatin1(valueName));
}

QList<CtlCommand> workspaceCommands();  // init, backup, restore, check
QList<CtlCommand> inventoryCommands();  // property add, room add
QList<CtlCommand> residentCommands();   // resident add
QList<CtlCommand> stayCommands();       // checkin, notice, transfer, checkout
QList<CtlCommand> billingCommands();    // billing run, invoice list
QList<CtlCommand> paymentCommands();    // payment add, dues
QList<CtlCommand> utilityCommands();    // reading add, meter tariff
QList<CtlCommand> listCommands();       // property, room, bed, meter, resident, payment list
QList<CtlCommand> correctionCommands(); // charge add/waive, credit-note add, invoice cancel,
                                        // payment reverse
QList<CtlCommand> templateCommands();   // template export, import, reset
QList<CtlCommand> pdfCommands();        // pdf invoice|… --id, pdf invoices --month
// Whether the command (its words) draws documents and so needs a QGuiApplication.
bool commandNeedsFonts(const QStringList& words);
QList<CtlCommand> exportCommands(); // export invoices|payments|residents|readings|gstr1|tally
// org show, org set
QList<CtlCommand> organisationCommands();

} // namespace rentflow::app
