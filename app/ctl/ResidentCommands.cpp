// rentflowctl resident add, resident set, resident show.
#include "CtlCommand.h"
#include "CtlContext.h"

#include <domain/InputCheck.h>
#include <organisation/ImageFile.h>
#include <render/PrintPicture.h>
#include <residents/ResidentRepository.h>

#include <QJsonObject>

namespace rentflow::app {

namespace {

const QString kPhoto = QStringLiteral("photo");

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Every field as JSON; the photo as its size, never its bytes.
QJsonObject toJson(const Resident& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("name"), r.fullName()},
            {QStringLiteral("phone"), r.phone},
            {QStringLiteral("email"), textOrNull(r.email)},
            {QStringLiteral("pan"), textOrNull(r.pan)},
            {QStringLiteral("aadhaar"), textOrNull(r.aadhaarMasked)},
            {QStringLiteral("language"), r.language},
            {QStringLiteral("gstin"), textOrNull(r.gstin)},
            {QStringLiteral("address"), textOrNull(r.permanentAddress)},
            {QStringLiteral("dob"), textOrNull(r.dateOfBirth.toString(Qt::ISODate))},
            {QStringLiteral("gender"), textOrNull(r.gender)},
            {QStringLiteral("fatherName"), textOrNull(r.fatherName)},
            {QStringLiteral("occupation"), textOrNull(r.occupation)},
            {QStringLiteral("employer"), textOrNull(r.employer)},
            {QStringLiteral("emergencyName"), textOrNull(r.emergencyName)},
            {QStringLiteral("emergencyPhone"), textOrNull(r.emergencyPhone)},
            {QStringLiteral("photoBytes"), qint64(r.photoBytes)}};
}

QString toText(const Resident& r)
{
    const auto line = [](const char* label, const QString& value) {
        return QStringLiteral("\n%1 %2").arg(QString::fromLatin1(label).leftJustified(16),
                                             value.isEmpty() ? QStringLiteral("-") : value);
    };
    return QStringLiteral("Id:              %1").arg(r.id) + line("Name:", r.fullName()) +
           line("Phone:", r.phone) + line("E-mail:", r.email) + line("PAN:", r.pan) +
           line("Aadhaar:", r.aadhaarMasked) + line("Language:", r.language) +
           line("GSTIN:", r.gstin) + line("Address:", r.permanentAddress) +
           line("Date of birth:", r.dateOfBirth.toString(Qt::ISODate)) + line("Gender:", r.gender) +
           line("Father's name:", r.fatherName) + line("Occupation:", r.occupation) +
           line("Employer:", r.employer) +
           line("Emergency:", (r.emergencyName + QLatin1Char(' ') + r.emergencyPhone).trimmed()) +
           line("Photo:", r.photoBytes ? QStringLiteral("%1 bytes").arg(r.photoBytes) : QString());
}

// The options that take a resident's details, for add and set.
QList<QCommandLineOption> profileOptions()
{
    return {
        valueOption("name", "Full name, \"FIRST LAST\".", "NAME"),
        valueOption("phone", "Indian mobile number.", "PHONE"),
        valueOption("email", "E-mail.", "EMAIL"),
        valueOption("pan", "PAN.", "PAN"),
        valueOption("aadhaar", "Aadhaar number (stored masked).", "AADHAAR"),
        valueOption("lang", "Language of the resident's documents: en (default) or hi.", "en|hi"),
        valueOption("gstin",
                    "GSTIN of a registered business recipient: its next invoices are B2B "
                    "with this GSTIN (issued ones keep theirs).",
                    "GSTIN"),
        valueOption("address", "Permanent address: the recipient's address on the next invoices.",
                    "TEXT"),
        valueOption("dob", "Date of birth, YYYY-MM-DD.", "DATE"),
        valueOption("gender", "female, male or other.", "GENDER"),
        valueOption("father-name", "Father's or guardian's name (police verification).", "NAME"),
        valueOption("occupation", "Occupation.", "TEXT"),
        valueOption("employer", "Employer or institution.", "TEXT"),
        valueOption("emergency-name", "Emergency contact's name.", "NAME"),
        valueOption("emergency-phone", "Emergency contact's Indian mobile number.", "PHONE"),
        valueOption("photo", "Photo: a PNG or JPEG file, at most 2 MB.", "FILE")};
}

// The photo file's bytes (what they are is checked with the other fields), or the exit
// code of the refusal to read it.
std::optional<int> readPhoto(CtlContext& ctx, const QCommandLineParser& args, QByteArray& into)
{
    if (!args.isSet(kPhoto) || args.value(kPhoto).isEmpty())
        return std::nullopt;
    const auto bytes = ImageFile::readFile(args.value(kPhoto), ImageFile::kMaxPhotoBytes);
    if (!bytes)
        return ctx.badInput(kPhoto, bytes.error());
    // As for the logo (OrganisationCommands): the picture itself is checked here.
    if (ImageFile::parse(bytes.value(), ImageFile::kMaxPhotoBytes))
        if (auto decodes =
                reports::printpicture::check(bytes.value(), kPhoto, QStringLiteral("the picture"));
            !decodes)
            return ctx.fail(decodes.error());
    into = bytes.value();
    return std::nullopt;
}

int addResident(CtlContext& ctx, const QCommandLineParser& args)
{
    const auto value = [&args](const char* option) {
        return args.value(QString::fromLatin1(option));
    };
    ResidentInput input{value("name"), value("phone"), value("email"), value("pan"),
                        value("aadhaar")};
    input.language = value("lang");
    input.gstin = value("gstin");
    input.permanentAddress = value("address");
    input.dateOfBirth = value("dob");
    input.gender = value("gender");
    input.fatherName = value("father-name");
    input.occupation = value("occupation");
    input.employer = value("employer");
    input.emergencyName = value("emergency-name");
    input.emergencyPhone = value("emergency-phone");
    if (auto refused = readPhoto(ctx, args, input.photo))
        return *refused;
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto id = ResidentRepository(workspace.value()->store()).add(input);
    if (!id)
        return ctx.fail(id.error());
    return ctx.done(
        {{QStringLiteral("id"), id.value()}},
        QStringLiteral("Added resident %1 (%2).").arg(input.fullName.simplified(), id.value()));
}

int setResident(CtlContext& ctx, const QCommandLineParser& args)
{
    const QString id = args.value(QStringLiteral("id"));
    if (id.trimmed().isEmpty())
        return ctx.badInput(QStringLiteral("id"), QStringLiteral("is required: the resident"));
    const auto given = [&args](const char* option) -> std::optional<QString> {
        const QString name = QString::fromLatin1(option);
        return args.isSet(name) ? std::optional(args.value(name)) : std::nullopt;
    };
    ResidentChanges changes;
    changes.fullName = given("name");
    changes.phone = given("phone");
    changes.email = given("email");
    changes.pan = given("pan");
    changes.aadhaar = given("aadhaar");
    changes.language = given("lang");
    changes.gstin = given("gstin");
    changes.permanentAddress = given("address");
    changes.dateOfBirth = given("dob");
    changes.gender = given("gender");
    changes.fatherName = given("father-name");
    changes.occupation = given("occupation");
    changes.employer = given("employer");
    changes.emergencyName = given("emergency-name");
    changes.emergencyPhone = given("emergency-phone");
    if (args.isSet(kPhoto)) { // --photo "" removes it
        QByteArray photo;
        if (auto refused = readPhoto(ctx, args, photo))
            return *refused;
        changes.photo = photo;
    }
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto resident = ResidentRepository(workspace.value()->store()).update(id, changes);
    if (!resident)
        return ctx.fail(resident.error());
    return ctx.done({{QStringLiteral("resident"), toJson(resident.value())}},
                    QStringLiteral("Saved resident %1.\n").arg(resident.value().fullName()) +
                        toText(resident.value()));
}

int showResident(CtlContext& ctx, const QCommandLineParser& args)
{
    const QString id = args.value(QStringLiteral("id"));
    if (id.trimmed().isEmpty())
        return ctx.badInput(QStringLiteral("id"), QStringLiteral("is required: the resident"));
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    InputCheck check;
    auto resident = ResidentRepository(workspace.value()->store()).required(id, check);
    if (!resident)
        return ctx.fail(resident.error());
    if (!check.ok())
        return ctx.fail(store::StoreError::invalid(check.errors()));
    return ctx.done({{QStringLiteral("resident"), toJson(*resident.value())}},
                    toText(*resident.value()));
}

} // namespace

QList<CtlCommand> residentCommands()
{
    return {
        {{QStringLiteral("resident"), QStringLiteral("add")},
         QStringLiteral("Add a resident (--name and --phone required)."),
         profileOptions(),
         addResident},
        {{QStringLiteral("resident"), QStringLiteral("set")},
         QStringLiteral("Change a resident's details; only the options given change, \"\" "
                        "clears one."),
         QList<QCommandLineOption>{valueOption("id", "The resident.", "ID")} + profileOptions(),
         setResident},
        {{QStringLiteral("resident"), QStringLiteral("show")},
         QStringLiteral("Show every detail of a resident (the photo as its size)."),
         {valueOption("id", "The resident.", "ID")},
         showResident},
    };
}

} // namespace rentflow::app
