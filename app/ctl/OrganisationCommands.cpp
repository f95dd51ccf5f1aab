// rentflowctl org show, org set: the organisation's details that documents print.
#include "CtlCommand.h"
#include "CtlContext.h"

#include <organisation/ImageFile.h>
#include <organisation/OrganisationRepository.h>
#include <render/PrintPicture.h>

#include <QJsonObject>

namespace rentflow::app {

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Every field as JSON; the logo as its size, never its bytes.
QJsonObject toJson(const Organisation& org)
{
    return {{QStringLiteral("id"), org.id},
            {QStringLiteral("name"), org.name},
            {QStringLiteral("legalName"), textOrNull(org.legalName)},
            {QStringLiteral("address"), textOrNull(org.address)},
            {QStringLiteral("stateCode"), textOrNull(org.stateCode)},
            {QStringLiteral("phone"), textOrNull(org.phone)},
            {QStringLiteral("email"), textOrNull(org.email)},
            {QStringLiteral("gstin"), textOrNull(org.gstin)},
            {QStringLiteral("pan"), textOrNull(org.pan)},
            {QStringLiteral("upi"), textOrNull(org.upiVpa)},
            {QStringLiteral("bankName"), textOrNull(org.bankName)},
            {QStringLiteral("bankAccount"), textOrNull(org.bankAccount)},
            {QStringLiteral("ifsc"), textOrNull(org.bankIfsc)},
            {QStringLiteral("terms"), textOrNull(org.invoiceTerms)},
            {QStringLiteral("signatory"), textOrNull(org.signatoryName)},
            {QStringLiteral("logoBytes"), qint64(org.logoBytes)},
            {QStringLiteral("showFullAadhaar"), org.showFullAadhaar}};
}

QString toText(const Organisation& org)
{
    const auto line = [](const char* label, const QString& value) {
        return QStringLiteral("%1 %2\n").arg(QString::fromLatin1(label).leftJustified(14),
                                             value.isEmpty() ? QStringLiteral("-") : value);
    };
    QString terms = org.invoiceTerms;
    terms.replace(QLatin1Char('\n'), QStringLiteral("\n               "));
    return line("Id:", org.id) + line("Name:", org.name) + line("Legal name:", org.legalName) +
           line("Address:", org.address) + line("State code:", org.stateCode) +
           line("Phone:", org.phone) + line("E-mail:", org.email) + line("GSTIN:", org.gstin) +
           line("PAN:", org.pan) + line("UPI ID:", org.upiVpa) + line("Bank:", org.bankName) +
           line("Account:", org.bankAccount) + line("IFSC:", org.bankIfsc) + line("Terms:", terms) +
           line("Signatory:", org.signatoryName) +
           line("Logo:", org.logoBytes ? QStringLiteral("%1 bytes").arg(org.logoBytes) : QString())
               .chopped(1);
}

int showOrganisation(CtlContext& ctx, const QCommandLineParser&)
{
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto org = OrganisationRepository(workspace.value()->store()).current();
    if (!org)
        return ctx.fail(org.error());
    if (!org.value())
        return ctx.fail({store::StoreError::Code::InvalidInput,
                         QStringLiteral("This workspace has no organisation yet (init)")});
    return ctx.done({{QStringLiteral("organisation"), toJson(*org.value())}}, toText(*org.value()));
}

int setOrganisation(CtlContext& ctx, const QCommandLineParser& args)
{
    const auto given = [&args](const char* option) -> std::optional<QString> {
        const QString name = QString::fromLatin1(option);
        return args.isSet(name) ? std::optional(args.value(name)) : std::nullopt;
    };
    OrganisationChanges changes;
    changes.name = given("name");
    changes.legalName = given("legal-name");
    changes.address = given("address");
    changes.stateCode = given("state-code");
    changes.phone = given("phone");
    changes.email = given("email");
    changes.gstin = given("gstin");
    changes.pan = given("pan");
    changes.upiVpa = given("upi");
    changes.bankName = given("bank-name");
    changes.bankAccount = given("bank-account");
    changes.bankIfsc = given("ifsc");
    changes.invoiceTerms = given("terms");
    changes.signatoryName = given("signatory");
    // The file is read before the workspace opens: an unreadable one changes nothing.
    if (args.isSet(QStringLiteral("logo")) && args.isSet(QStringLiteral("no-logo")))
        return ctx.badInput(QStringLiteral("logo"),
                            QStringLiteral("give either --logo FILE or --no-logo, not both"));
    if (args.isSet(QStringLiteral("logo"))) {
        // Only the reading is checked here; what the bytes are, with every other field.
        const auto logo =
            ImageFile::readFile(args.value(QStringLiteral("logo")), ImageFile::kMaxLogoBytes);
        if (!logo)
            return ctx.badInput(QStringLiteral("logo"), logo.error());
        // The first bytes and the size are the workspace's checks (models/ has no
        // decoder); whether the picture decodes, and within a sane size, is checked
        // here, so a bad logo is refused now, not at the next PDF.
        if (ImageFile::parse(logo.value(), ImageFile::kMaxLogoBytes))
            if (auto decodes = reports::printpicture::check(logo.value(), QStringLiteral("logo"),
                                                            QStringLiteral("the picture"));
                !decodes)
                return ctx.fail(decodes.error());
        changes.logo = logo.value();
    } else if (args.isSet(QStringLiteral("no-logo"))) {
        changes.logo = QByteArray();
    }
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto org = OrganisationRepository(workspace.value()->store()).update(changes);
    if (!org)
        return ctx.fail(org.error());
    return ctx.done({{QStringLiteral("organisation"), toJson(org.value())}},
                    QStringLiteral("Saved the organisation's details.\n") + toText(org.value()));
}

} // namespace

QList<CtlCommand> organisationCommands()
{
    return {
        {{QStringLiteral("org"), QStringLiteral("show")},
         QStringLiteral("Show the organisation's details (the logo as its size)."),
         {},
         showOrganisation},
        {{QStringLiteral("org"), QStringLiteral("set")},
         QStringLiteral("Change the organisation's details; only the options given change, "
                        "\"\" clears one."),
         {valueOption("name", "Trade name, printed at the top of documents.", "NAME"),
          valueOption("legal-name", "Registered (legal) name, when it differs.", "NAME"),
          valueOption("address", "Address printed on documents.", "TEXT"),
          valueOption("state-code", "GST state code (e.g. 29); must match the GSTIN's.", "CODE"),
          valueOption("phone", "Indian mobile number.", "PHONE"),
          valueOption("email", "E-mail.", "EMAIL"),
          valueOption("gstin",
                      "GSTIN; its PAN and state code follow unless given. Issued invoices keep "
                      "their GSTIN; the next invoices carry this one.",
                      "GSTIN"),
          valueOption("pan", "PAN; must be the one inside the GSTIN.", "PAN"),
          valueOption("upi", "UPI ID for the payment QR on invoices (name@bank).", "VPA"),
          valueOption("bank-name", "Bank name for the invoice's bank details.", "TEXT"),
          valueOption("bank-account", "Bank account number (9 to 18 digits).", "DIGITS"),
          valueOption("ifsc", "The bank branch's IFSC.", "IFSC"),
          valueOption("terms", "Terms printed on invoices (at most 2000 characters).", "TEXT"),
          valueOption("signatory", "Name under \"Authorised signatory\".", "NAME"),
          valueOption("logo", "Logo on every document: a PNG or JPEG file, at most 1 MB.", "FILE"),
          QCommandLineOption(QStringLiteral("no-logo"), QStringLiteral("Remove the logo."))},
         setOrganisation},
    };
}

} // namespace rentflow::app
