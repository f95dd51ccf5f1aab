#pragma once

#include <QList>
#include <QString>

namespace rentflow {

// One name a document template may use as {{name}}, and what it stands for.
struct Placeholder
{
    const char* name;
    const char* meaning;
};

// The agreement's placeholders (SPEC §5.3): a fixed set, listed by `rentflowctl
// template placeholders`. Adding one means giving it a value in the agreement's values
// (reports/agreement/AgreementValues) in every language.
const QList<Placeholder>& agreementPlaceholders();
bool isAgreementPlaceholder(QStringView name);

// Alone on a line: where the signature blocks go (Licensor, Licensee, two witnesses).
inline constexpr char16_t kSignaturesPlaceholder[] = u"signatures";

} // namespace rentflow
