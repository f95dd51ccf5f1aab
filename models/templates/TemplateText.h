#pragma once

#include "domain/FieldError.h"
#include "store/StoreError.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace rentflow {

// A document template's text (resources/templates/agreement_en.txt says how it is
// written): lines read as a title, clause headings, paragraphs, items, and the
// signature blocks, with {{name}} placeholders in them.
struct TemplateBlock
{
    enum class Kind
    {
        Title,      // # Title
        Heading,    // ## Heading
        Paragraph,  // text lines next to each other
        Bullet,     // - item
        Numbered,   // 1. item (the number stays in the text)
        Signatures, // {{signatures}} alone on a line
    };
    Kind kind;
    QString text;
    int line = 0; // where it starts in the template, from 1

    friend bool operator==(const TemplateBlock&, const TemplateBlock&) = default;
};

// What fills a template: one line of text per name, or a list (house rules), which
// makes items where the placeholder stands alone, and is joined with "; " in a line.
struct TemplateValues
{
    QHash<QString, QString> text;
    QHash<QString, QStringList> lists;
    // The names without a value, and why (which record lacks what, and how to set it).
    QHash<QString, QString> missing;
};

// Every mistake in the template's placeholders, each naming its line: a '{{' with no
// '}}' on its line, a '}}' with no '{{', a name that is not one (`isKnown` false), and
// {{signatures}} anywhere but alone on its line. Empty: the template is good.
// `field` names the input in the errors (the CLI's "file").
FieldErrors checkTemplate(const QString& field, const QString& body,
                          const std::function<bool(QStringView)>& isKnown);

// The template's blocks, placeholders still in them. Call after checkTemplate().
QList<TemplateBlock> parseTemplate(const QString& body);

// The placeholder names the blocks use, each once, in order of first use.
QStringList placeholdersUsed(const QList<TemplateBlock>& blocks);

// The blocks with every placeholder replaced by its value. A name the blocks use
// without a value is an InvalidInput error naming it and why, before anything is
// filled: its message has one line per name, "agreement: the template needs
// licensee_father_name, which is not on file …" (`field` first), and no field errors.
store::StoreResult<QList<TemplateBlock>> fillTemplate(const QList<TemplateBlock>& blocks,
                                                      const TemplateValues& values,
                                                      const QString& field);

} // namespace rentflow
