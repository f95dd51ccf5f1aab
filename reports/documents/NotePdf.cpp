// pdf credit-note, pdf debit-note: one note against an issued invoice.
#include "DocumentRequest.h"
#include "Issuer.h"
#include "NoteDocument.h"

#include <render/DocumentFonts.h>

#include <billing/IssuedNote.h>

namespace rentflow::reports {

namespace {

store::StoreResult<WrittenDocument> writeNote(const DocumentRequest& request,
                                              const store::StoreResult<IssuedNote>& note)
{
    if (!note)
        return note.error();
    auto issuer = loadIssuer(request.store);
    if (!issuer)
        return issuer.error();
    auto fonts = DocumentFonts::load();
    if (!fonts)
        return fonts.error();
    const Lang lang = documentLang(request, note.value().invoice.residentLanguage);
    return writePdf(request.out, QStringLiteral("out"), request.setup,
                    NoteDocument::title(note.value(), Lang::English) + QLatin1Char(' ') +
                        note.value().number,
                    [&](PdfOutput& output) {
                        return NoteDocument::layout(output.device(), fonts.value(), request.setup,
                                                    issuer.value(), note.value(), lang);
                    });
}

} // namespace

store::StoreResult<WrittenDocument> writeCreditNotePdf(const DocumentRequest& request)
{
    return writeNote(request, loadIssuedCreditNote(request.store, request.id));
}

store::StoreResult<WrittenDocument> writeDebitNotePdf(const DocumentRequest& request)
{
    return writeNote(request, loadIssuedDebitNote(request.store, request.id));
}

} // namespace rentflow::reports
