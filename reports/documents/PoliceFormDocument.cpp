#include "PoliceFormDocument.h"

#include "Signature.h"

#include <render/DocumentLayout.h>
#include <render/PageFrame.h>
#include <text/DocumentText.h>

#include <render/PrintPicture.h>

#include <QImage>
#include <QPainter>

namespace rentflow::reports {

namespace {

constexpr Label kTitle{"TENANT VERIFICATION FORM", "किरायेदार सत्यापन प्रपत्र"};
constexpr Label kDate{"Date", "दिनांक"};
constexpr Label kTo{"To the Station House Officer, Police Station: ____________________",
                    "सेवा में, थाना प्रभारी, थाना: ____________________"};
constexpr Label kOwner{"1. Owner / operator", "1. मकान मालिक / संचालक"};
constexpr Label kName{"Name", "नाम"};
constexpr Label kSignatory{"Signing for the owner", "मालिक की ओर से हस्ताक्षरकर्ता"};
constexpr Label kAddress{"Address", "पता"};
constexpr Label kPhone{"Phone", "फ़ोन"};
constexpr Label kPremises{"2. Premises let", "2. किराये पर दिया गया परिसर"};
constexpr Label kProperty{"Property", "संपत्ति"};
constexpr Label kRoomBed{"Room/bed", "कमरा/बिस्तर"};
constexpr Label kOccupied{"Date of occupation", "रहना शुरू करने की तिथि"};
constexpr Label kResident{"3. Tenant / resident", "3. किरायेदार / निवासी"};
constexpr Label kFullName{"Full name", "पूरा नाम"};
constexpr Label kFather{"Father's / guardian's name", "पिता / अभिभावक का नाम"};
constexpr Label kBirth{"Date of birth", "जन्म तिथि"};
constexpr Label kAge{"Age", "आयु"};
constexpr Label kYears{"%1 years", "%1 वर्ष"};
constexpr Label kGender{"Gender", "लिंग"};
constexpr Label kFemale{"Female", "महिला"};
constexpr Label kMale{"Male", "पुरुष"};
constexpr Label kOther{"Other", "अन्य"};
constexpr Label kEmail{"E-mail", "ईमेल"};
constexpr Label kPermanent{"Permanent address", "स्थायी पता"};
constexpr Label kOccupation{"Occupation", "व्यवसाय"};
constexpr Label kEmployer{"Employer / institution", "नियोक्ता / संस्थान"};
constexpr Label kAadhaar{"Aadhaar", "आधार"};
constexpr Label kPan{"PAN", "पैन"};
constexpr Label kEmergency{"Emergency contact", "आपातकालीन संपर्क"};
constexpr Label kPhoto{"Affix photograph", "फ़ोटो चिपकाएँ"};
constexpr Label kDeclaration{"4. Declaration", "4. घोषणा"};
constexpr Label kOwnerDeclares{
    "I, the owner / operator named above, declare that I have let the premises above to the "
    "person named above, and that the particulars given in this form are true to the best of "
    "my knowledge.",
    "मैं, ऊपर नामित मकान मालिक / संचालक, घोषणा करता / करती हूँ कि मैंने उपर्युक्त परिसर ऊपर "
    "नामित व्यक्ति को किराये पर दिया है, और इस प्रपत्र में दी गई जानकारी मेरी जानकारी के अनुसार "
    "सही है।"};
constexpr Label kResidentDeclares{
    "I, the tenant / resident named above, declare that the particulars I have given are true.",
    "मैं, ऊपर नामित किरायेदार / निवासी, घोषणा करता / करती हूँ कि मेरे द्वारा दी गई जानकारी सही है।"};
constexpr Label kResidentSigns{"Signature of the tenant / resident", "किरायेदार / निवासी के हस्ताक्षर"};
constexpr Label kPlace{"Place", "स्थान"};
constexpr Label kPolice{"5. For police use", "5. केवल पुलिस के उपयोग हेतु"};
constexpr Label kVerifiedBy{"Verified by (name, rank)", "सत्यापनकर्ता (नाम, पद)"};
constexpr Label kRemarks{"Remarks", "टिप्पणी"};

// A labelled line of the form; an empty value is a line to fill by hand.
struct FormField
{
    QString label;
    QString value;
    int blankLines = 1;
};

QString genderText(const QString& gender, Lang lang)
{
    if (gender == QLatin1String("female"))
        return kFemale.in(lang);
    if (gender == QLatin1String("male"))
        return kMale.in(lang);
    if (gender == QLatin1String("other"))
        return kOther.in(lang);
    return {};
}

// A section's heading, then its fields: label at the left, the value (or an empty line)
// ruled underneath; `sideWidth` is kept free at the right for `side` (the photo box).
void formSection(DocumentLayout& layout, const QString& heading, const QList<FormField>& fields,
                 qreal sideWidth = 0, qreal sideHeight = 0,
                 std::function<void(QPainter&, const QRectF&)> side = {})
{
    const QFont labelFont = layout.font(0.9, false);
    const QFont valueFont = layout.font(1.0, false);
    const qreal width = layout.contentWidth() - (sideWidth > 0 ? sideWidth + mm(5) : 0);
    const qreal labelWidth = layout.contentWidth() * 0.3; // the same in every section
    const qreal valueWidth = width - labelWidth - mm(2);
    const qreal line = layout.textHeight(QStringLiteral("Ag"), valueFont, valueWidth);
    const qreal pad = mm(1.6);
    QList<qreal> heights;
    qreal total = 0;
    for (const FormField& f : fields) {
        const qreal value = f.value.isEmpty() ? line * f.blankLines
                                              : layout.textHeight(f.value, valueFont, valueWidth);
        heights.append(qMax(layout.textHeight(f.label, labelFont, labelWidth), value) + pad);
        total += heights.back();
    }
    const qreal height = qMax(total, sideHeight);
    // The heading stays with its fields: a section that does not fit starts a new page.
    const qreal headingHeight =
        mm(2) + layout.textHeight(heading, layout.font(1.05, true), layout.contentWidth()) + mm(1);
    if (layout.remaining() < headingHeight + height)
        layout.pageBreak();
    layout.gap(mm(2));
    layout.paragraph(heading, {1.05, true});
    layout.gap(mm(1));
    layout.block(height, [=](QPainter& p, const QRectF& rect) {
        qreal y = rect.top();
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const FormField& f = fields[i];
            const qreal h = heights[i];
            DocumentLayout::drawText(p, QRectF(rect.left(), y + pad / 2, labelWidth, h), labelFont,
                                     f.label, Qt::AlignLeft, QColor(0x44, 0x44, 0x44));
            const qreal x = rect.left() + labelWidth + mm(2);
            if (!f.value.isEmpty())
                DocumentLayout::drawText(p, QRectF(x, y + pad / 2, valueWidth, h), valueFont,
                                         f.value);
            p.setPen(QPen(QColor(0x8a, 0x8a, 0x8a), pt(0.4), Qt::DotLine));
            for (int extra = 1; f.value.isEmpty() && extra < f.blankLines; ++extra)
                p.drawLine(QLineF(x, y + pad / 2 + line * extra, x + valueWidth,
                                  y + pad / 2 + line * extra));
            p.drawLine(QLineF(x, y + h - pt(0.5), x + valueWidth, y + h - pt(0.5)));
            y += h;
        }
        if (side)
            side(p, QRectF(rect.right() - sideWidth, rect.top(), sideWidth, sideHeight));
    });
}

} // namespace

QString PoliceFormDocument::title(Lang lang)
{
    return kTitle.in(lang);
}

store::StoreResult<LaidOutDocument>
PoliceFormDocument::layout(QPaintDevice& device, const DocumentFonts& allFonts,
                           const PageSetup& setup, const Issuer& issuer,
                           const TenantVerification& v, QDate printedOn, Lang lang)
{
    const DocumentFonts fonts = allFonts.forLang(lang);
    FrameText frameText;
    frameText.title = title(lang);
    frameText.details << QStringLiteral("%1: %2").arg(kDate.in(lang), text::date(printedOn));
    frameText.footerNote = v.fullName;
    // The profile's own text, each named: a name in a script the fonts lack is refused.
    for (const auto& [field, value] :
         {std::pair{u"name", v.fullName}, std::pair{u"father's name", v.fatherName},
          std::pair{u"permanent address", v.permanentAddress},
          std::pair{u"occupation", v.occupation}, std::pair{u"employer", v.employer},
          std::pair{u"emergency contact", v.emergencyName}})
        if (const QString problem = fonts.unprintable(field, value); !problem.isEmpty())
            return store::StoreError::invalid({{QStringLiteral("resident"), problem}});
    const PageFrame frame(device, setup, fonts, issuer.letterhead, frameText, lang);
    for (const QString& t : frame.texts())
        if (const QString problem = fonts.unprintable(u"organisation", t); !problem.isEmpty())
            return store::StoreError::invalid({{QStringLiteral("organisation"), problem}});
    DocumentLayout layout(device, setup, fonts, frame.headerHeight(), frame.footerHeight());

    layout.paragraph(kTo.in(lang));
    const Letterhead& owner = issuer.letterhead;
    QList<FormField> ownerFields{{kName.in(lang), owner.name}};
    if (!issuer.signatory.isEmpty())
        ownerFields.append({kSignatory.in(lang), issuer.signatory});
    ownerFields.append({kAddress.in(lang), owner.address, 2});
    ownerFields.append({kPhone.in(lang), owner.phone});
    formSection(layout, kOwner.in(lang), ownerFields);
    formSection(layout, kPremises.in(lang),
                {{kProperty.in(lang), v.propertyName},
                 {kAddress.in(lang), v.propertyAddress, 2},
                 {kRoomBed.in(lang), v.bed},
                 {kOccupied.in(lang), text::date(v.occupiedFrom)}});

    const int age = v.ageOn(printedOn);
    QStringList emergency;
    if (!v.emergencyName.isEmpty())
        emergency << v.emergencyName;
    if (!v.emergencyPhone.isEmpty())
        emergency << text::phone(v.emergencyPhone);
    const QList<FormField> resident{{kFullName.in(lang), v.fullName},
                                    {kFather.in(lang), v.fatherName},
                                    {kBirth.in(lang), text::date(v.dateOfBirth)},
                                    {kAge.in(lang), age < 0 ? QString() : kYears.in(lang).arg(age)},
                                    {kGender.in(lang), genderText(v.gender, lang)},
                                    {kPhone.in(lang), text::phone(v.phone)},
                                    {kEmail.in(lang), v.email},
                                    {kPermanent.in(lang), v.permanentAddress, 2},
                                    {kOccupation.in(lang), v.occupation},
                                    {kEmployer.in(lang), v.employer},
                                    {kAadhaar.in(lang), v.aadhaarMasked},
                                    {kPan.in(lang), v.pan},
                                    {kEmergency.in(lang), emergency.join(QStringLiteral(", "))}};
    // A passport-size photo box, 35 × 45 mm (smaller on A5).
    const qreal scale = setup.paper == Paper::A5 ? 0.75 : 1.0;
    const qreal photoWidth = mm(35) * scale;
    const qreal photoHeight = mm(45) * scale;
    // Printed 45 mm tall: 600 pixels are more than the printer shows, and keep the file small.
    // writePoliceFormPdf() has refused a photo that does not decode.
    const QImage photo = printpicture::decodeChecked(v.photo, 600);
    const QFont photoFont = layout.font(0.85);
    const QString affix = kPhoto.in(lang);
    formSection(
        layout, kResident.in(lang), resident, photoWidth, photoHeight,
        [=](QPainter& p, const QRectF& box) {
            p.setPen(QPen(QColor(0x44, 0x44, 0x44), pt(0.6)));
            p.setBrush(Qt::NoBrush);
            p.drawRect(box);
            if (photo.isNull()) {
                DocumentLayout::drawText(p, box.adjusted(mm(2), mm(2), -mm(2), -mm(2)), photoFont,
                                         affix, Qt::AlignCenter, QColor(0x66, 0x66, 0x66));
                return;
            }
            QSizeF size = photo.size();
            size.scale(box.size() - QSizeF(mm(1), mm(1)), Qt::KeepAspectRatio);
            const QRectF target(box.center().x() - size.width() / 2,
                                box.center().y() - size.height() / 2, size.width(), size.height());
            p.drawImage(target, photo);
        });

    // The declarations stay on the page of the signatures under them.
    const QFont body = layout.font(0.95);
    const qreal line = layout.textHeight(QStringLiteral("Ag"), layout.font(1.0), 1e6);
    const qreal declarations =
        layout.textHeight(kOwnerDeclares.in(lang), body, layout.contentWidth()) +
        layout.textHeight(kResidentDeclares.in(lang), body, layout.contentWidth()) + 5 * line +
        mm(14 + 8);
    if (layout.remaining() < declarations)
        layout.pageBreak();
    layout.gap(mm(2));
    layout.paragraph(kDeclaration.in(lang), {1.05, true});
    layout.gap(mm(1));
    layout.paragraph(kOwnerDeclares.in(lang), {0.95});
    layout.gap(mm(1));
    layout.paragraph(kResidentDeclares.in(lang), {0.95});
    layout.gap(mm(1));
    const QString place = v.city.isEmpty() ? QStringLiteral("__________") : v.city;
    layout.paragraph(QStringLiteral("%1: %2        %3: %4")
                         .arg(kDate.in(lang), text::date(printedOn), kPlace.in(lang), place));
    layout.gap(mm(3));
    // The owner's signature (for the organisation, by its signatory) at the right, the
    // resident's at the left.
    signatureBlock(layout, issuer, lang, {false, kResidentSigns.in(lang), v.fullName});
    formSection(layout, kPolice.in(lang),
                {{kVerifiedBy.in(lang), QString()},
                 {kDate.in(lang), QString()},
                 {kRemarks.in(lang), QString(), 2}});
    if (!layout.problem().isEmpty())
        return store::StoreError::invalid({{QStringLiteral("resident"), layout.problem()}});
    return layout.finish(frame.painter());
}

} // namespace rentflow::reports
