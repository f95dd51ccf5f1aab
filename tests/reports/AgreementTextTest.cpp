#include <agreement/AgreementText.h>
#include <agreement/AgreementValues.h>
#include <store/RecordWriter.h>
#include <store/Store.h>
#include <support/SampleAgreement.h>
#include <templates/DocumentTemplates.h>

#include <gtest/gtest.h>

using namespace rentflow;
using namespace rentflow::reports;

namespace {

// The agreement in `lang`, or the test fails.
store::StoreResult<FilledAgreement> filled(test::SampleAgreement& sample, Lang lang)
{
    auto facts = AgreementFacts::load(sample.pg.store(), QStringLiteral("id"), sample.agreementId);
    if (!facts)
        return facts.error();
    return fillAgreement(sample.pg.store(), facts.take(), lang);
}

// Every block's text, one a line, for "contains" checks.
QString allText(const QList<TemplateBlock>& blocks)
{
    QStringList lines;
    for (const TemplateBlock& block : blocks)
        lines << block.text;
    return lines.join(QLatin1Char('\n'));
}

int count(const QList<TemplateBlock>& blocks, TemplateBlock::Kind kind)
{
    return int(std::count_if(blocks.begin(), blocks.end(),
                             [kind](const TemplateBlock& b) { return b.kind == kind; }));
}

} // namespace

TEST(AgreementText, TheEnglishTemplateFillsCompletelyForASampleStay)
{
    test::SampleAgreement sample;
    auto filled = ::filled(sample, Lang::English);
    ASSERT_TRUE(filled.ok()) << filled.error().message.toStdString();
    const QString text = allText(filled.value().blocks);
    EXPECT_FALSE(text.contains(QStringLiteral("{{")));
    EXPECT_FALSE(text.contains(QStringLiteral("}}")));
    EXPECT_EQ(filled.value().blocks.first().text, QStringLiteral("Leave and Licence Agreement"));
    EXPECT_EQ(count(filled.value().blocks, TemplateBlock::Kind::Signatures), 1);
    // The values, worked out from SampleAgreement by hand:
    for (const QString& expected : {
             QStringLiteral("made at Bengaluru on 17-11-2026"),
             QStringLiteral("Sunrise Hospitality Pvt Ltd, of 2nd Floor, 80 Feet Road, Bengaluru "
                            "560034 (PAN AAKCS1234F)"),
             QStringLiteral("Ananya Sharma, son/daughter of Rajesh Sharma, whose permanent address "
                            "is House 7, Civil Lines, Jaipur, phone +91 98290 12345, identified by "
                            "Aadhaar XXXX XXXX 2346"),
             QStringLiteral("\"Koramangala\" at 14, 5th Cross, Koramangala, PIN 560034, "
                            "Bengaluru, Karnataka"),
             QStringLiteral("bed A in room 101"),
             // 17-11-2026 + 11 months = 17-10-2027; the term ends the day before.
             QStringLiteral("for 11 months, from 17-11-2026 to 16-10-2027"),
             QStringLiteral("₹12,000.00 (Rupees Twelve Thousand Only), in advance, on or before "
                            "the 7th day"),
             QStringLiteral("Besides the licence fee, the Licensee pays these monthly charges: "
                            "Food ₹3,500.00, Wi-Fi ₹500.00."),
             QStringLiteral("If the licence fee is not paid within 3 days after the due date, a "
                            "late fee of 2% of the amount then overdue is charged, once for that "
                            "month."),
             QStringLiteral("₹24,000.00 (Rupees Twenty Four Thousand Only)"),
             QStringLiteral("charged at ₹9.00 per unit. The room's charge"),
             QStringLiteral("each of the room's 3 beds"),
             QStringLiteral("There is no lock-in period"),
             QStringLiteral("giving the other 45 days' notice"),
             QStringLiteral("The courts at Bengaluru alone"),
         })
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    // No house rules on file: the nine default rules, one item each.
    EXPECT_EQ(count(filled.value().blocks, TemplateBlock::Kind::Bullet), 9);
}

TEST(AgreementText, TheHindiTemplateFillsCompletelyWithValuesInHindi)
{
    test::SampleAgreement sample;
    auto filled = ::filled(sample, Lang::Hindi);
    ASSERT_TRUE(filled.ok()) << filled.error().message.toStdString();
    const QString text = allText(filled.value().blocks);
    EXPECT_FALSE(text.contains(QStringLiteral("{{")));
    EXPECT_FALSE(text.contains(QStringLiteral("}}")));
    EXPECT_EQ(filled.value().blocks.first().text, QStringLiteral("लीव एंड लाइसेंस अनुबंध"));
    for (const QString& expected : {
             QStringLiteral("आज दिनांक 17-11-2026 को Bengaluru में"),
             QStringLiteral("Ananya Sharma, पुत्र/पुत्री Rajesh Sharma, स्थायी पता House 7, Civil "
                            "Lines, Jaipur, फ़ोन +91 98290 12345, पहचान आधार XXXX XXXX 2346"),
             QStringLiteral("14, 5th Cross, Koramangala, पिन 560034, Bengaluru, कर्नाटक"),
             QStringLiteral("कमरा नंबर 101 में बेड A"),
             QStringLiteral("यह लाइसेंस 11 महीने के लिए है, दिनांक 17-11-2026 से 16-10-2027 तक"),
             // 12,000 and 24,000 in Hindi words (text::inWords).
             QStringLiteral("₹12,000.00 (बारह हज़ार रुपये मात्र) का मासिक लाइसेंस शुल्क"),
             QStringLiteral("महीने की 7 तारीख तक"),
             QStringLiteral("लाइसेंस शुल्क के अलावा लाइसेंसधारी ये मासिक शुल्क भी देगा: भोजन "
                            "₹3,500.00, वाई-फ़ाई ₹500.00।"),
             QStringLiteral("यदि लाइसेंस शुल्क देय तिथि के बाद 3 दिन के भीतर नहीं चुकाया जाता, तो "
                            "उस महीने के लिए एक बार उस समय बकाया राशि का 2% विलंब शुल्क लिया "
                            "जाएगा।"),
             QStringLiteral("₹24,000.00 (चौबीस हज़ार रुपये मात्र)"),
             QStringLiteral("₹9.00 प्रति यूनिट की दर से ली जाएगी।"),
             QStringLiteral("कमरे के 3 बेड में से हर बेड"),
             QStringLiteral("कोई लॉक-इन अवधि नहीं है"),
             QStringLiteral("दूसरे पक्ष को 45 दिन का लिखित नोटिस"),
         })
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    EXPECT_EQ(count(filled.value().blocks, TemplateBlock::Kind::Bullet), 9);
}

TEST(AgreementText, AnImportedTemplateIsUsedAndAValueNotOnFileIsNamed)
{
    test::SampleAgreement sample;
    store::Store& store = sample.pg.store();
    {
        store::Transaction tx(store);
        ASSERT_TRUE(store::RecordWriter(store)
                        .update(QStringLiteral("property"), sample.pg.propertyId,
                                {{QStringLiteral("house_rules"),
                                  QStringLiteral("- Gate closes at 22:30\n\n* No pets\n")}})
                        .ok());
        // No father's name on file for her.
        ASSERT_TRUE(store::RecordWriter(store)
                        .update(QStringLiteral("resident"), sample.residentId,
                                {{QStringLiteral("father_name"), QVariant()}})
                        .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    ASSERT_TRUE(DocumentTemplates(store)
                    .import(QStringLiteral("agreement"), QStringLiteral("en"),
                            QByteArrayLiteral("# Our agreement\n\nFor {{licensee_name}}, "
                                              "from {{start_date}}.\n\n{{house_rules}}\n"))
                    .ok());
    auto filled = ::filled(sample, Lang::English);
    ASSERT_TRUE(filled.ok()) << filled.error().message.toStdString();
    const QList<TemplateBlock> expected = {
        {TemplateBlock::Kind::Title, QStringLiteral("Our agreement"), 1},
        {TemplateBlock::Kind::Paragraph, QStringLiteral("For Ananya Sharma, from 17-11-2026."), 3},
        {TemplateBlock::Kind::Bullet, QStringLiteral("Gate closes at 22:30"), 5},
        {TemplateBlock::Kind::Bullet, QStringLiteral("No pets"), 5},
    };
    EXPECT_EQ(filled.value().blocks, expected);

    // A template asking for the father's name is refused by name.
    ASSERT_TRUE(DocumentTemplates(store)
                    .import(QStringLiteral("agreement"), QStringLiteral("en"),
                            QByteArrayLiteral("{{licensee_name}}, child of "
                                              "{{licensee_father_name}}\n"))
                    .ok());
    auto refused = ::filled(sample, Lang::English);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, store::StoreError::Code::InvalidInput);
    EXPECT_EQ(refused.error().message,
              QStringLiteral("agreement: the template needs licensee_father_name, which is not on "
                             "file for this resident: set it with `resident set --father-name`"));
}

TEST(AgreementText, LateFeeLockInAndElectricityAreSaidAsTheAgreementHasThem)
{
    AgreementFacts f;
    f.lateFeeKind = QStringLiteral("fixed");
    f.lateFeeValue = 50000; // ₹500.00
    f.lateFeeGraceDays = 0;
    f.lockInMonths = 1;
    f.splitPerHead = true;
    f.roomNumber = QStringLiteral("204");
    f.meter = AgreementFacts::Meter{};
    f.meter->tariff.slabs = {{10000, Money::fromPaise(650)}, // 100 units at ₹6.50
                             {20000, Money::fromRupees(7)},  // up to 200 units at ₹7.00
                             {std::nullopt, Money::fromRupees(8)}};
    f.meter->tariff.fixedCharge = Money::fromRupees(50);
    const TemplateValues en = agreementValues(f, Lang::English);
    EXPECT_EQ(en.text.value(QStringLiteral("late_fee")),
              QStringLiteral("If the licence fee is not paid by the due date, a late fee of "
                             "₹500.00 (Rupees Five Hundred Only) is charged, once for that "
                             "month."));
    EXPECT_EQ(en.text.value(QStringLiteral("lock_in")),
              QStringLiteral("The first month of the term is a lock-in period: the Licensee "
                             "shall not end this licence before it is over, except with the "
                             "Licensor's written consent."));
    EXPECT_EQ(en.text.value(QStringLiteral("utilities")),
              QStringLiteral("Electricity used in the room is measured by the room's own meter "
                             "and charged at slab rates (₹6.50 per unit for the first 100 units, "
                             "₹7.00 per unit up to 200 units, then ₹8.00 per unit), plus a fixed "
                             "charge of ₹50.00 for each period between readings. The room's "
                             "charge for each period between two readings is shared equally "
                             "among the residents who stayed in the room during that period, "
                             "whatever their number of days."));
    // Missing on file: each named with what to set.
    EXPECT_TRUE(en.missing.contains(QStringLiteral("licensee_name")));
    EXPECT_TRUE(en.missing.contains(QStringLiteral("licensor_pan")));

    // A meter without a tariff cannot be described; no meter: electricity is included.
    f.meter->tariff = {};
    EXPECT_EQ(agreementValues(f, Lang::English).missing.value(QStringLiteral("utilities")),
              QStringLiteral("which cannot be written yet: the electricity meter of room 204 has "
                             "no tariff; set it with `meter tariff`"));
    f.meter.reset();
    EXPECT_EQ(agreementValues(f, Lang::English).text.value(QStringLiteral("utilities")),
              QStringLiteral("Electricity is included in the licence fee; no separate charge is "
                             "made for it."));
}
