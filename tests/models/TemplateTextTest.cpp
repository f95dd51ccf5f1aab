#include <templates/TemplatePlaceholders.h>
#include <templates/TemplateText.h>

#include <gtest/gtest.h>

using namespace rentflow;
using Kind = TemplateBlock::Kind;

namespace {

QStringList messages(const FieldErrors& errors)
{
    QStringList list;
    for (const FieldError& e : errors)
        list << e.field + QStringLiteral(": ") + e.message;
    return list;
}

} // namespace

TEST(TemplateText, LinesBecomeTitleHeadingsParagraphsItemsAndSignatures)
{
    const QString body = QStringLiteral("// a note\n# Title {{licensee_name}}\n\n## 1. Head\nline "
                                        "one\r\nline two\n\n- item a\n  continued\n1. first\n"
                                        "{{ signatures }}\nafter\n");
    // Lines: 1 note, 2 title, 4 heading, 5–6 a paragraph (one ending in CR LF), 8–9 an
    // item and its continued line, 10 a numbered item, 11 the signatures, 12 text.
    const QList<TemplateBlock> expected = {
        {Kind::Title, QStringLiteral("Title {{licensee_name}}"), 2},
        {Kind::Heading, QStringLiteral("1. Head"), 4},
        {Kind::Paragraph, QStringLiteral("line one line two"), 5},
        {Kind::Bullet, QStringLiteral("item a continued"), 8},
        {Kind::Numbered, QStringLiteral("1. first"), 10},
        {Kind::Signatures, QString(), 11},
        {Kind::Paragraph, QStringLiteral("after"), 12},
    };
    EXPECT_TRUE(checkTemplate(QStringLiteral("file"), body, &isAgreementPlaceholder).isEmpty());
    EXPECT_EQ(parseTemplate(body), expected);
    EXPECT_EQ(placeholdersUsed(parseTemplate(body)), QStringList{QStringLiteral("licensee_name")});
}

TEST(TemplateText, EveryPlaceholderMistakeIsNamedWithItsLine)
{
    const QString body = QStringLiteral("# T\n"                                // 1
                                        "Dear {{licensee_name}} and {{foo}}\n" // 2: unknown
                                        "Fee {{licence_fee\n"                  // 3: not closed
                                        "x }} y\n"                             // 4: stray close
                                        "{{Licensee Name}}\n"                  // 5: not a name
                                        "{{{deposit}}}\n"                      // 6: braces inside
                                        "Sign here {{signatures}}\n"           // 7: not alone
                                        "// {{ignored in a note\n");           // 8: a note
    const QStringList expected = {
        QStringLiteral("file: line 2: {{foo}} is not one of this template's placeholders "
                       "(`rentflowctl template placeholders` lists them)"),
        QStringLiteral("file: line 3: '{{' is not closed by '}}' on the same line"),
        QStringLiteral("file: line 4: '}}' without '{{' before it"),
        QStringLiteral("file: line 5: '{{Licensee Name}}' is not a placeholder name (small "
                       "letters, digits and _, e.g. {{licensee_name}})"),
        QStringLiteral("file: line 6: '{{{deposit}}' is not a placeholder: a name goes between "
                       "one '{{' and one '}}'"),
        QStringLiteral("file: line 7: {{signatures}} must stand alone on its line"),
    };
    EXPECT_EQ(messages(checkTemplate(QStringLiteral("file"), body, &isAgreementPlaceholder)),
              expected);
}

TEST(TemplateText, ATemplateOfNotesOnlyIsRefused)
{
    const FieldErrors errors = checkTemplate(QStringLiteral("file"), QStringLiteral("// x\n\n  \n"),
                                             &isAgreementPlaceholder);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().message,
              QStringLiteral("the template has no text (only notes or blank lines)"));
}

TEST(TemplateText, MissingValuesAreAllNamedBeforeAnythingIsFilled)
{
    const auto blocks = parseTemplate(QStringLiteral(
        "{{licensee_name}}, son/daughter of {{licensee_father_name}}, PAN {{licensor_pan}}"));
    TemplateValues values;
    values.text[QStringLiteral("licensee_name")] = QStringLiteral("Lakshmi Narayanan");
    values.missing[QStringLiteral("licensee_father_name")] =
        QStringLiteral("which is not on file for this resident: set it with `resident set "
                       "--father-name`");
    auto filled = fillTemplate(blocks, values, QStringLiteral("agreement"));
    ASSERT_FALSE(filled.ok());
    EXPECT_EQ(filled.error().code, store::StoreError::Code::InvalidInput);
    EXPECT_TRUE(filled.error().fields.isEmpty());
    EXPECT_EQ(filled.error().message,
              QStringLiteral("agreement: the template needs licensee_father_name, which is not on "
                             "file for this resident: set it with `resident set --father-name`\n"
                             "agreement: the template needs licensor_pan, which has no value "
                             "here"));
}

TEST(TemplateText, ValuesFillInPlaceAndAListStandingAloneBecomesItems)
{
    const auto blocks =
        parseTemplate(QStringLiteral("# For {{licensee_name}}\n\n{{house_rules}}\n"
                                     "\nRules: {{house_rules}}.\n\n{{signatures}}"));
    TemplateValues values;
    // A value that looks like a placeholder is printed as it is, never filled again.
    values.text[QStringLiteral("licensee_name")] = QStringLiteral("{{deposit}} Rao");
    values.lists[QStringLiteral("house_rules")] = {QStringLiteral("No smoking"),
                                                   QStringLiteral("Gate closes at 22:30")};
    auto filled = fillTemplate(blocks, values, QStringLiteral("agreement"));
    ASSERT_TRUE(filled.ok()) << filled.error().message.toStdString();
    const QList<TemplateBlock> expected = {
        {Kind::Title, QStringLiteral("For {{deposit}} Rao"), 1},
        {Kind::Bullet, QStringLiteral("No smoking"), 3},
        {Kind::Bullet, QStringLiteral("Gate closes at 22:30"), 3},
        {Kind::Paragraph, QStringLiteral("Rules: No smoking; Gate closes at 22:30."), 5},
        {Kind::Signatures, QString(), 7},
    };
    EXPECT_EQ(filled.value(), expected);
}
