#pragma once

#include "InputCheck.h"
#include "Money.h"

#include <QString>

#include <optional>

namespace rentflow {

// "LABEL=AMOUNT" as typed on a command line ("food=3500", "Broken chair=1500"):
// a label (everything before the last '=', without bidi controls) and an everyday
// amount above zero.
struct LabelledAmount
{
    QString label;
    Money amount;

    static std::optional<LabelledAmount> parse(const QString& text)
    {
        const QString label = text.section(QLatin1Char('='), 0, -2).trimmed();
        const auto amount = Money::parse(text.section(QLatin1Char('='), -1));
        if (!text.contains(QLatin1Char('=')) || label.isEmpty() || hasBidiControl(label) ||
            !amount || amount->paise() <= 0 || amount->paise() > Money::kMaxEverydayPaise)
            return std::nullopt;
        return LabelledAmount{label, *amount};
    }
};

} // namespace rentflow
