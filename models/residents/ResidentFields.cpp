#include "ResidentFields.h"

#include "ResidentRepository.h"

#include "domain/Aadhaar.h"
#include "domain/Email.h"
#include "domain/Gstin.h"
#include "domain/IndianMobile.h"
#include "domain/InputCheck.h"
#include "domain/Pan.h"
#include "organisation/ImageFile.h"

#include <QCoreApplication>

namespace rentflow {

namespace {

const QVariant kNullText{QMetaType::fromType<QString>()};

QString tr(const char* text)
{
    return QCoreApplication::translate("Resident", text);
}

// Whole years from `born` to `today`.
int ageOn(QDate born, QDate today)
{
    int age = today.year() - born.year();
    if (today.month() < born.month() || (today.month() == born.month() && today.day() < born.day()))
        --age;
    return age;
}

class Columns
{
public:
    Columns(InputCheck& check) : m_check(check) {}

    // Plain text; `isName`: a person's name.
    void text(const std::optional<QString>& value, const char* field, const char* column,
              int maxLength, bool isName = false)
    {
        if (!value)
            return;
        const QString kept = m_check.text(QString::fromLatin1(field),
                                          isName ? value->simplified() : *value, maxLength, false);
        if (isName && !kept.isEmpty() && !hasBidiControl(kept))
            m_check.require(isNameText(kept), QString::fromLatin1(field),
                            tr("has only letters, spaces and . ' -"));
        set(column, kept.isEmpty() ? kNullText : QVariant(kept));
    }
    // A domain value; empty clears it unless `isRequired`.
    template <typename T, typename Parser, typename Text>
    void parsed(const std::optional<QString>& value, const char* field, const char* column,
                Parser parse, Text textOf, bool isRequired = false)
    {
        if (!value)
            return;
        const QString name = QString::fromLatin1(field);
        const auto result = isRequired ? m_check.required<T>(name, *value, parse)
                                       : m_check.optional<T>(name, *value, parse);
        if (result)
            set(column, textOf(*result));
        else if (value->trimmed().isEmpty())
            set(column, kNullText);
    }
    // One of a few words, lower-cased.
    void choice(const std::optional<QString>& value, const char* field, const char* column,
                const QStringList& allowed, const QString& whenEmpty = QString())
    {
        if (!value)
            return;
        const QString word = value->trimmed().toLower();
        if (word.isEmpty())
            set(column, whenEmpty.isEmpty() ? kNullText : QVariant(whenEmpty));
        else if (allowed.contains(word))
            set(column, word);
        else
            m_check.fail(QString::fromLatin1(field),
                         tr("is one of: %1").arg(allowed.join(QStringLiteral(", "))));
    }
    void set(const char* column, const QVariant& value)
    {
        m_row.insert(QString::fromLatin1(column), value);
    }
    QVariantMap row() const { return m_row; }

private:
    InputCheck& m_check;
    QVariantMap m_row;
};

} // namespace

bool isNameText(const QString& name)
{
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return c.isLetter() || c.isMark() || c == QLatin1Char(' ') || c == QLatin1Char('.') ||
               c == QLatin1Char('\'') || c == QLatin1Char('-');
    });
}

QVariantMap residentColumns(const ResidentChanges& changes, InputCheck& check, bool keepFullAadhaar,
                            QDate today)
{
    Columns columns(check);
    if (changes.fullName) {
        const QString name = changes.fullName->simplified();
        check.text(QStringLiteral("name"), name, ResidentRepository::kMaxNameLength, true);
        if (!name.isEmpty() && !hasBidiControl(name))
            check.require(isNameText(name), QStringLiteral("name"),
                          tr("has only letters, spaces and . ' -"));
        const qsizetype lastSpace = name.lastIndexOf(QLatin1Char(' '));
        columns.set("first_name", lastSpace < 0 ? name : name.left(lastSpace));
        columns.set("last_name", lastSpace < 0 ? QString() : name.mid(lastSpace + 1));
    }
    columns.parsed<IndianMobile>(
        changes.phone, "phone", "phone", &IndianMobile::parse,
        [](const IndianMobile& m) { return m.e164(); }, true);
    columns.parsed<Email>(changes.email, "email", "email", &Email::parse,
                          [](const Email& e) { return e.address(); });
    columns.parsed<Pan>(changes.pan, "pan", "pan", &Pan::parse,
                        [](const Pan& p) { return p.value(); });
    if (changes.aadhaar) {
        const auto aadhaar =
            check.optional<Aadhaar>(QStringLiteral("aadhaar"), *changes.aadhaar, &Aadhaar::parse);
        // SPEC §1.6: stored masked unless the operator chose to keep full numbers.
        if (aadhaar) {
            columns.set("aadhaar_masked", aadhaar->masked());
            columns.set("aadhaar_full", keepFullAadhaar ? QVariant(aadhaar->digits()) : kNullText);
        } else if (changes.aadhaar->trimmed().isEmpty()) {
            columns.set("aadhaar_masked", kNullText);
            columns.set("aadhaar_full", kNullText);
        }
    }
    columns.choice(changes.language, "lang", "language",
                   {QStringLiteral("en"), QStringLiteral("hi")}, QStringLiteral("en"));
    columns.parsed<Gstin>(changes.gstin, "gstin", "gstin", &Gstin::parse,
                          [](const Gstin& g) { return g.value(); });
    columns.text(changes.permanentAddress, "address", "permanent_address",
                 ResidentRepository::kMaxAddressLength);
    if (changes.dateOfBirth) {
        const auto born =
            check.optional<QDate>(QStringLiteral("dob"), *changes.dateOfBirth, &parseIsoDate);
        if (born) {
            if (*born > today)
                check.fail(QStringLiteral("dob"), tr("is in the future"));
            else if (const int age = ageOn(*born, today);
                     age < ResidentRepository::kMinAge || age > ResidentRepository::kMaxAge)
                check.fail(QStringLiteral("dob"),
                           tr("makes the resident %1 years old; a resident is %2 to %3")
                               .arg(age)
                               .arg(ResidentRepository::kMinAge)
                               .arg(ResidentRepository::kMaxAge));
            else
                columns.set("date_of_birth", born->toString(Qt::ISODate));
        } else if (changes.dateOfBirth->trimmed().isEmpty()) {
            columns.set("date_of_birth", kNullText);
        }
    }
    columns.choice(changes.gender, "gender", "gender",
                   {QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("other")});
    columns.text(changes.fatherName, "father-name", "father_name",
                 ResidentRepository::kMaxNameLength, true);
    columns.text(changes.occupation, "occupation", "occupation", 100);
    columns.text(changes.employer, "employer", "employer", 200);
    columns.text(changes.emergencyName, "emergency-name", "emergency_contact_name",
                 ResidentRepository::kMaxNameLength, true);
    columns.parsed<IndianMobile>(changes.emergencyPhone, "emergency-phone",
                                 "emergency_contact_phone", &IndianMobile::parse,
                                 [](const IndianMobile& m) { return m.e164(); });
    if (changes.photo) {
        if (changes.photo->isEmpty())
            columns.set("photo", QVariant(QMetaType::fromType<QByteArray>()));
        else if (const auto image = ImageFile::parse(*changes.photo, ImageFile::kMaxPhotoBytes);
                 image)
            columns.set("photo", image->bytes());
        else
            check.fail(QStringLiteral("photo"), image.error());
    }
    columns.text(changes.notes, "notes", "notes", ResidentRepository::kMaxNotesLength);
    columns.choice(changes.kycStatus, "kyc-status", "kyc_status",
                   {QStringLiteral("pending"), QStringLiteral("submitted"),
                    QStringLiteral("verified"), QStringLiteral("rejected")},
                   QStringLiteral("pending"));
    columns.choice(changes.policeStatus, "police-status", "police_verification_status",
                   {QStringLiteral("pending"), QStringLiteral("submitted"),
                    QStringLiteral("verified"), QStringLiteral("not_required")},
                   QStringLiteral("pending"));
    if (changes.policeVerifiedOn) {
        const auto on = check.optional<QDate>(QStringLiteral("police-verified-on"),
                                              *changes.policeVerifiedOn, &parseIsoDate);
        if (on && *on > today)
            check.fail(QStringLiteral("police-verified-on"), tr("is in the future"));
        else if (on)
            columns.set("police_verified_on", on->toString(Qt::ISODate));
        else if (changes.policeVerifiedOn->trimmed().isEmpty())
            columns.set("police_verified_on", kNullText);
    }
    return columns.row();
}

} // namespace rentflow
