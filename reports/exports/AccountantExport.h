#pragma once

#include <exports/ExportPeriod.h>
#include <store/StoreError.h>

#include <QByteArray>
#include <QStringList>

namespace rentflow::store {
class Store;
}

namespace rentflow::reports {

// The accountant's files (`rentflowctl export …`, the desktop's Documents screen):
// what each one is made of, in one place for both.
enum class ExportKind
{
    Invoices,  // CSV of invoices and their credit notes
    Payments,  // CSV of payments received
    Residents, // CSV of residents who stayed, with today's balance
    Readings,  // CSV of meter readings
    Gstr1,     // GSTR-1 for a month: .json (the offline tool's) or .csv
    Tally,     // TallyPrime vouchers, .xml
};

// The file endings each export is written as ("csv"; GSTR-1 "json" or "csv").
QStringList exportSuffixes(ExportKind kind);
// GSTR-1 is a month's return: a range of days is refused.
inline bool exportNeedsMonth(ExportKind kind)
{
    return kind == ExportKind::Gstr1;
}

struct MadeExport
{
    QByteArray bytes;
    qint64 count = 0; // rows (CSV) or vouchers (Tally); 0 for GSTR-1
};

// Makes the export's bytes in one snapshot of the books (every read sees the same
// data, even while another program writes; nothing is written). `suffix` chooses
// GSTR-1's format. Refusals (GSTR-1 without a GSTIN) name the field "month".
store::StoreResult<MadeExport> makeExport(store::Store& store, ExportKind kind,
                                          const ExportPeriod& period, const QString& suffix);

} // namespace rentflow::reports
