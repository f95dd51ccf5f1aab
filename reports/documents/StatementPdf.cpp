// pdf statement: a resident's ledger for a period.
#include "DocumentRequest.h"
#include "Issuer.h"
#include "StatementDocument.h"

#include <render/DocumentFonts.h>

#include <payments/ResidentStatement.h>

namespace rentflow::reports {

store::StoreResult<WrittenDocument> writeStatementPdf(const StatementRequest& request)
{
    auto statement =
        ResidentStatement::of(request.store, {request.residentId, request.from, request.to});
    if (!statement)
        return statement.error();
    auto issuer = loadIssuer(request.store);
    if (!issuer)
        return issuer.error();
    auto fonts = DocumentFonts::load();
    if (!fonts)
        return fonts.error();
    const Lang lang = request.lang
                          ? *request.lang
                          : parseLang(statement.value().residentLanguage).value_or(Lang::English);
    const QDate today = QDate::currentDate();
    return writePdf(
        request.out, QStringLiteral("out"), request.setup,
        StatementDocument::title(Lang::English) + QLatin1Char(' ') + statement.value().residentName,
        [&](PdfOutput& output) {
            return StatementDocument::layout(output.device(), fonts.value(), request.setup,
                                             issuer.value(), statement.value(), today, lang);
        });
}

} // namespace rentflow::reports
