#pragma once

#include <QString>

#include <optional>

namespace rentflow::server {

// Single-field rules of the public forms (seed §5.2), each a pure function.

// An Indian mobile number: 10 digits starting 6–9, optionally preceded by +91, 91 or 0;
// spaces, hyphens, dots and brackets between digits are ignored ("+91-98765 43210").
// Gives "+91" and the 10 digits, or nothing.
std::optional<QString> normaliseIndianMobile(const QString& typed);

// Seed §2.8's investor types, matched case-insensitively, with '-' or ' ' read as '_':
// "VC" -> "vc", "Angel" -> "angel", "pg operator" -> "pg_operator", "Corporate" -> "corporate".
std::optional<QString> normaliseInvestorType(const QString& typed);

// Seed §2.8's ranges: "<10L", "10-50L", "50L-1Cr", "1Cr+" (case-insensitive, spaces ignored;
// "under10l" is "<10L"); gives the canonical spelling.
std::optional<QString> normaliseInvestmentRange(const QString& typed);

// A LinkedIn profile or company page: http(s)://[www.|xx.]linkedin.com/(in|company|pub)/<slug>…,
// at most 300 characters, no spaces, no user-info or port. Gives it with https:// and the
// host lower-cased, or nothing.
std::optional<QString> normaliseLinkedinUrl(const QString& typed);

// A referral code: 4–20 letters or digits, case-insensitive; gives it upper-case.
std::optional<QString> normaliseReferralCode(const QString& typed);

// Length in Unicode code points (what "at most N characters" counts).
qsizetype codePointLength(const QString& text);

// True when the text holds a control character (below U+0020 or U+007F–U+009F); tabs and
// line breaks are allowed when multiline.
bool hasControlCharacters(const QString& text, bool multiline);

} // namespace rentflow::server
