#include <store/Store.h>
#include <store/sqlcipher/SqlCipherDriver.h>
#include <support/Probe.h>
#include <support/TestWorkspace.h>
#include <templates/DocumentTemplates.h>
#include <templates/TemplatePlaceholders.h>
#include <templates/TemplateText.h>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

const QString kAgreement = QStringLiteral("agreement");
const QString kEn = QStringLiteral("en");
const QString kHi = QStringLiteral("hi");

qint64 liveRows(store::Store& store)
{
    return test::number(store,
                        QStringLiteral("SELECT count(*) FROM document_template WHERE deleted = 0"));
}

qint64 templateChanges(store::Store& store)
{
    return test::number(store, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = "
                                              "'document_template'"));
}

} // namespace

TEST(DocumentTemplates, TheShippedTemplatesUseOnlyKnownPlaceholdersAndFillEveryClause)
{
    for (const QString& language : {kEn, kHi}) {
        const QString body = DocumentTemplates::shipped(kAgreement, language);
        EXPECT_TRUE(checkTemplate(QStringLiteral("file"), body, &isAgreementPlaceholder).isEmpty())
            << language.toStdString();
        const auto blocks = parseTemplate(body);
        int titles = 0, headings = 0, signatures = 0;
        for (const TemplateBlock& block : blocks) {
            titles += block.kind == TemplateBlock::Kind::Title;
            headings += block.kind == TemplateBlock::Kind::Heading;
            signatures += block.kind == TemplateBlock::Kind::Signatures;
        }
        // One title; "Between", "And" (the parties) and clauses 1–14; one signature place.
        EXPECT_EQ(titles, 1) << language.toStdString();
        EXPECT_EQ(headings, 2 + 14) << language.toStdString();
        EXPECT_EQ(signatures, 1) << language.toStdString();
        // Both languages ask for the same facts.
        const QStringList used = placeholdersUsed(blocks);
        EXPECT_EQ(QSet<QString>(used.begin(), used.end()),
                  (QSet<QString>{QStringLiteral("agreement_place"),
                                 QStringLiteral("agreement_date"),
                                 QStringLiteral("licensor_name"),
                                 QStringLiteral("licensor_address"),
                                 QStringLiteral("licensor_pan"),
                                 QStringLiteral("licensee_name"),
                                 QStringLiteral("licensee_father_name"),
                                 QStringLiteral("licensee_address"),
                                 QStringLiteral("licensee_phone"),
                                 QStringLiteral("licensee_id"),
                                 QStringLiteral("property_name"),
                                 QStringLiteral("property_address"),
                                 QStringLiteral("property_city"),
                                 QStringLiteral("property_state"),
                                 QStringLiteral("bed_label"),
                                 QStringLiteral("room_number"),
                                 QStringLiteral("term_months"),
                                 QStringLiteral("start_date"),
                                 QStringLiteral("end_date"),
                                 QStringLiteral("licence_fee"),
                                 QStringLiteral("licence_fee_words"),
                                 QStringLiteral("due_day"),
                                 QStringLiteral("late_fee"),
                                 QStringLiteral("other_charges"),
                                 QStringLiteral("deposit"),
                                 QStringLiteral("deposit_words"),
                                 QStringLiteral("utilities"),
                                 QStringLiteral("lock_in"),
                                 QStringLiteral("notice_days"),
                                 QStringLiteral("house_rules")}))
            << language.toStdString();
    }
}

TEST(DocumentTemplates, AnImportedTemplateIsUsedUntilResetAndEveryChangeIsAudited)
{
    test::TestWorkspace files;
    auto workspace = files.create();
    store::Store& store = workspace->store();
    DocumentTemplates templates(store);

    auto before = templates.inUse(kAgreement, kHi);
    ASSERT_TRUE(before.ok());
    EXPECT_FALSE(before.value().fromWorkspace);
    EXPECT_EQ(before.value().body, DocumentTemplates::shipped(kAgreement, kHi));

    // A byte-order mark (as some Windows editors save) is not part of the text.
    const QString mine = QStringLiteral("# मेरा अनुबंध\n\n{{licensee_name}} ने {{start_date}} को\n");
    ASSERT_TRUE(templates.import(kAgreement, kHi, "\xEF\xBB\xBF" + mine.toUtf8()).ok());
    auto after = templates.inUse(kAgreement, kHi);
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(after.value().fromWorkspace);
    EXPECT_EQ(after.value().body, mine);
    // The English template is untouched.
    EXPECT_FALSE(templates.inUse(kAgreement, kEn).value().fromWorkspace);

    // Importing again replaces it: still one live row; insert + update = 2 changes.
    const QString edited = mine + QStringLiteral("\n{{signatures}}\n");
    ASSERT_TRUE(templates.import(kAgreement, kHi, edited.toUtf8()).ok());
    EXPECT_EQ(templates.inUse(kAgreement, kHi).value().body, edited);
    EXPECT_EQ(liveRows(store), 1);
    EXPECT_EQ(templateChanges(store), 2);

    auto reset = templates.reset(kAgreement, kHi);
    ASSERT_TRUE(reset.ok());
    EXPECT_TRUE(reset.value());
    EXPECT_FALSE(templates.inUse(kAgreement, kHi).value().fromWorkspace);
    EXPECT_EQ(liveRows(store), 0);
    EXPECT_EQ(templateChanges(store), 3); // and the tombstone
    auto again = templates.reset(kAgreement, kHi);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again.value());
    EXPECT_EQ(templateChanges(store), 3);
}

TEST(DocumentTemplates, ARefusedImportStoresNothing)
{
    test::TestWorkspace files;
    auto workspace = files.create();
    store::Store& store = workspace->store();
    DocumentTemplates templates(store);
    ASSERT_TRUE(templates.import(kAgreement, kEn, QByteArrayLiteral("# Mine\n\nHello\n")).ok());
    const qint64 changes = templateChanges(store);

    auto unknown = templates.import(kAgreement, kEn, QByteArrayLiteral("# T\n\nx\n{{foo}}\n"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, store::StoreError::Code::InvalidInput);
    EXPECT_EQ(test::refusedField(unknown.error()), QStringLiteral("file"));
    EXPECT_TRUE(unknown.error().message.startsWith(QStringLiteral("file: line 4: {{foo}} ")))
        << unknown.error().message.toStdString();

    auto notUtf8 = templates.import(kAgreement, kEn, QByteArrayLiteral("# T\n\xE9t\xE9\n"));
    ASSERT_FALSE(notUtf8.ok());
    EXPECT_TRUE(notUtf8.error().message.contains(QStringLiteral("is not UTF-8 text")));

    auto bidi = templates.import(kAgreement, kEn, QStringLiteral("# T\n\u202Eevil\n").toUtf8());
    ASSERT_FALSE(bidi.ok());
    EXPECT_EQ(test::refusedField(bidi.error()), QStringLiteral("file"));

    auto kind = templates.import(QStringLiteral("invoice"), QStringLiteral("fr"), "# T\n");
    ASSERT_FALSE(kind.ok());
    ASSERT_EQ(kind.error().fields.size(), 2);
    EXPECT_EQ(kind.error().fields.at(0).field, QStringLiteral("kind"));
    EXPECT_EQ(kind.error().fields.at(1).field, QStringLiteral("lang"));

    EXPECT_EQ(templateChanges(store), changes);
    EXPECT_EQ(templates.inUse(kAgreement, kEn).value().body, QStringLiteral("# Mine\n\nHello\n"));
}

TEST(DocumentTemplates, AFailedStatementAnywhereInImportOrResetKeepsTheTemplateAsItWas)
{
    test::TestWorkspace files;
    auto workspace = files.create();
    store::Store& store = workspace->store();
    DocumentTemplates templates(store);
    using store::SqlCipherDriver;
    // Each of import (a first copy, then a replacement) and reset, with statement 1, 2, 3 …
    // failing until it runs to the end: every failure is an error, not a refusal of the
    // input, and the template in use and the change log are as before.
    const QList<std::pair<const char*, std::function<store::StoreStatus()>>> steps = {
        {"first import",
         [&] {
             return templates.import(kAgreement, kEn, QByteArrayLiteral("# One\n\nx\n"));
         }},
        {"second import",
         [&] {
             return templates.import(kAgreement, kEn, QByteArrayLiteral("# Two\n\ny\n"));
         }},
        {"reset",
         [&]() -> store::StoreStatus {
             auto reset = templates.reset(kAgreement, kEn);
             if (!reset)
                 return reset.error();
             return store::Done{};
         }},
    };
    for (const auto& [name, step] : steps) {
        int n = 1;
        for (;; ++n) {
            const QString bodyBefore = test::text(
                store, QStringLiteral("SELECT group_concat(body) FROM document_template WHERE "
                                      "deleted = 0"));
            const qint64 changesBefore = templateChanges(store);
            SqlCipherDriver::failNthStatement(n);
            const store::StoreStatus outcome = step();
            const bool failed = !SqlCipherDriver::failurePending();
            SqlCipherDriver::failNthStatement(0);
            if (!failed) {
                EXPECT_TRUE(outcome.ok()) << name << ": " << outcome.error().message.toStdString();
                break;
            }
            ASSERT_FALSE(outcome.ok()) << name << ", statement " << n;
            EXPECT_NE(outcome.error().code, store::StoreError::Code::InvalidInput) << name;
            EXPECT_FALSE(store.inTransaction()) << name << ", statement " << n;
            EXPECT_EQ(test::text(store, QStringLiteral("SELECT group_concat(body) FROM "
                                                       "document_template WHERE deleted = 0")),
                      bodyBefore)
                << name << ", statement " << n;
            EXPECT_EQ(templateChanges(store), changesBefore) << name << ", statement " << n;
        }
        EXPECT_GT(n, 2) << name; // it took several statements, each tried failing
    }
    EXPECT_FALSE(templates.inUse(kAgreement, kEn).value().fromWorkspace);
}
