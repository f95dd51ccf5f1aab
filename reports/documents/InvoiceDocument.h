#pragma once

#include "Issuer.h"

#include <render/DocumentFonts.h>
#include <render/LaidOutDocument.h>
#include <render/PageSetup.h>
#include <text/Lang.h>

#include <billing/IssuedInvoice.h>

#include <QPaintDevice>

namespace rentflow::reports {

// A tax invoice, bill of supply or invoice-cum-bill of supply (CGST Rules 46, 46A,
// 49): the issuer with GSTIN, number and date, the recipient (and GSTIN), state
// and code, place of supply, reverse charge, every line with SAC, taxable value,
// rate and each tax head, round-off, the total in figures and words, what was paid
// and is due, the UPI QR for the balance, bank details, terms and the signature.
class InvoiceDocument
{
public:
    static QString title(const IssuedInvoice& invoice, Lang lang);
    // Why the invoice cannot be printed ("invoice KORA/2627/0001 cannot be printed: the
    // resident's name: the character 'ம' …"), or empty: text typed by a person that the
    // fonts lack. layout() refuses such an invoice; a batch asks first.
    static QString unprintable(const DocumentFonts& fonts, const IssuedInvoice& invoice);
    static store::StoreResult<LaidOutDocument> layout(QPaintDevice& device,
                                                      const DocumentFonts& fonts,
                                                      const PageSetup& setup, const Issuer& issuer,
                                                      const IssuedInvoice& invoice, Lang lang);
};

} // namespace rentflow::reports
