// PropertyRepository::validate: add()'s checks before any workspace exists (first run).
#include <inventory/PropertyRepository.h>

#include <gtest/gtest.h>

using namespace rentflow;

TEST(PropertyValidate, NamesEachRefusedFieldAndPassesAGoodProperty)
{
    PropertyInput input;
    input.name = QStringLiteral("Koramangala");
    input.city = QString();                 // required
    input.stateCode = QStringLiteral("29"); // Karnataka
    input.pincode = QStringLiteral("5600"); // six digits
    const auto refused = PropertyRepository::validate(input);
    ASSERT_FALSE(refused.ok());
    QStringList fields;
    for (const FieldError& error : refused.error().fields)
        fields.append(error.field);
    EXPECT_EQ(fields, (QStringList{QStringLiteral("city"), QStringLiteral("pincode")}));

    input.city = QStringLiteral("Bengaluru");
    input.pincode = QStringLiteral("560034");
    EXPECT_TRUE(PropertyRepository::validate(input).ok());
    input.kind = QStringLiteral("hotel");
    ASSERT_FALSE(PropertyRepository::validate(input).ok());
    EXPECT_EQ(PropertyRepository::validate(input).error().fields.first().field,
              QStringLiteral("type"));
}
