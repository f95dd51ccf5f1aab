#pragma once

#include "Issuer.h"

#include <render/DocumentLayout.h>
#include <text/Lang.h>

namespace rentflow::reports {

// What the signature block at the end of a document adds besides the issuer's
// "For ORGANISATION / Authorised signatory".
struct SignatureOptions
{
    // A box for the revenue stamp, beside the issuer's signature, which is signed
    // across it (receipts for more than ₹5,000 in cash).
    bool revenueStampBox = false;
    // The other party's signature at the left ("Received by", the resident's name);
    // empty: none.
    QString counterpartHeading;
    QString counterpartName;
    // A sentence the signatures confirm ("I have read this settlement and agree with
    // it"), printed above them and kept on their page; empty: none.
    QString confirms = {};
};

// The signature block, kept whole on one page: the issuer's at the right.
void signatureBlock(DocumentLayout& layout, const Issuer& issuer, Lang lang,
                    const SignatureOptions& options = {});

} // namespace rentflow::reports
