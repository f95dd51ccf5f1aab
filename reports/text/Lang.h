#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace rentflow::reports {

// The language a document is printed in: the resident's (resident.language), or
// the one asked for with --lang.
enum class Lang
{
    English,
    Hindi,
};

inline std::optional<Lang> parseLang(QStringView code)
{
    if (code == u"en")
        return Lang::English;
    if (code == u"hi")
        return Lang::Hindi;
    return std::nullopt;
}

inline QString langCode(Lang lang)
{
    return lang == Lang::Hindi ? QStringLiteral("hi") : QStringLiteral("en");
}

// A printed label in both languages; documents keep their labels beside their
// layout, so each document's wording is in one place.
struct Label
{
    const char* en;
    const char* hi;

    QString in(Lang lang) const { return QString::fromUtf8(lang == Lang::Hindi ? hi : en); }
};

} // namespace rentflow::reports
