#pragma once

#include <QString>

namespace rentflow::server {

// Investor lead scoring (seed §2.8, SPEC §8.3): 0–100 from three parts.
//   investor type (max 40):  vc 40, angel 30, corporate 25, pg_operator 20, none 0
//   investment range (max 40): 1Cr+ 40, 50L-1Cr 30, 10-50L 20, <10L 10, none 0
//   message (max 20), on the trimmed text:
//     length in characters: 0 -> 0, 1..29 -> 5, 30..149 -> 10, 150+ -> 15
//     +5 when it names a diligence topic (case-insensitive): invest, metric, traction,
//       revenue, fund, round, valuation, term sheet, deck, diligence, growth, ticket
// Temperature (the seed's generated column): >= 80 hot, >= 50 warm, else cold.
// Inputs are the canonical values of FieldRules (normaliseInvestorType/…Range).
struct LeadScore
{
    int score = 0;
    QString temperature;
};

LeadScore scoreLead(const QString& investorType, const QString& investmentRange,
                    const QString& message);

QString leadTemperature(int score);

} // namespace rentflow::server
