#include "AgreementDocument.h"

#include <render/DocumentLayout.h>
#include <render/PageFrame.h>
#include <text/DocumentText.h>

#include <render/PrintPicture.h>

#include <QImage>
#include <QRegularExpression>

namespace rentflow::reports {

namespace {

constexpr Label kTitle{"Leave and Licence Agreement", "लीव एंड लाइसेंस अनुबंध"};
constexpr Label kDate{"Date", "दिनांक"};
constexpr Label kRoomBed{"Room %1, bed %2", "कमरा %1, बेड %2"};
constexpr Label kInitials{"Initials: Licensor ____________   Licensee ____________",
                          "आद्याक्षर: लाइसेंसदाता ____________   लाइसेंसधारी ____________"};
constexpr Label kLicensor{"Licensor", "लाइसेंसदाता"};
constexpr Label kLicensee{"Licensee", "लाइसेंसधारी"};
constexpr Label kFor{"For %1", "%1 की ओर से"};
constexpr Label kSignatory{"Authorised signatory", "अधिकृत हस्ताक्षरकर्ता"};
constexpr Label kWitness{"Witness %1", "गवाह %1"};
constexpr Label kName{"Name: ", "नाम: "};
constexpr Label kAddress{"Address: ", "पता: "};
constexpr Label kPhoto{"Photo", "फ़ोटो"};

const qreal kSignSpace = mm(14); // room to sign above the line
const qreal kPhotoWidth = mm(25);
const qreal kPhotoHeight = mm(32);

// One signature: a heading, room to sign, the line, and who signs under it.
struct Signer
{
    QString heading;
    QStringList below;
    bool photo = false;
};

class Writer
{
public:
    Writer(DocumentLayout& layout, const DocumentFonts& fonts, const FilledAgreement& agreement)
        : m_layout(layout), m_fonts(fonts), m_agreement(agreement), m_lang(agreement.lang)
    {}

    void block(const TemplateBlock& block, bool firstTitle)
    {
        using Kind = TemplateBlock::Kind;
        switch (block.kind) {
        case Kind::Title:
            if (!firstTitle)
                m_layout.paragraph(block.text, {1.35, true, Qt::AlignHCenter});
            m_layout.gap(mm(2));
            return;
        case Kind::Heading: {
            // A heading keeps at least two lines of its clause on its page.
            const qreal width = m_layout.contentWidth();
            const qreal needed =
                mm(2) + m_layout.textHeight(block.text, m_layout.font(1.05, true), width) + mm(1) +
                2 * m_layout.textHeight(QStringLiteral("Ag"), m_layout.font(), width);
            if (m_layout.remaining() < needed)
                m_layout.pageBreak();
            m_layout.gap(mm(2));
            m_layout.paragraph(block.text, {1.05, true});
            m_layout.gap(mm(1));
            return;
        }
        case Kind::Paragraph:
            m_layout.paragraph(block.text);
            m_layout.gap(mm(1.5));
            return;
        case Kind::Bullet:
            item(QStringLiteral("•"), block.text);
            return;
        case Kind::Numbered: {
            const qsizetype space = block.text.indexOf(QLatin1Char(' '));
            item(block.text.left(space), block.text.mid(space + 1).trimmed());
            return;
        }
        case Kind::Signatures:
            signatures();
            return;
        }
    }

    // The first text neither font can print, or empty.
    const QString& problem() const { return m_problem; }

    // Before the paragraph that leads into the signatures ("In witness whereof…"): it
    // moves to the next page with them rather than stay behind alone.
    void keepWithSignatures(const QString& lead)
    {
        const qreal needed = m_layout.textHeight(lead, m_layout.font(), m_layout.contentWidth()) +
                             mm(1.5) + mm(4) + signatureRows().height;
        if (m_layout.remaining() < needed)
            m_layout.pageBreak();
    }

private:
    void check(const QString& text)
    {
        if (m_problem.isEmpty())
            m_problem = m_fonts.unprintable(u"agreement", text);
    }

    // An item with its marker hanging in the margin: the text wraps under itself.
    void item(const QString& marker, const QString& text)
    {
        check(marker + text);
        const QFont font = m_layout.font();
        const qreal indent = mm(7);
        const qreal width = m_layout.contentWidth() - indent;
        const qreal height = m_layout.textHeight(text, font, width) + mm(1);
        m_layout.block(height, [=](QPainter& p, const QRectF& rect) {
            DocumentLayout::drawText(p, QRectF(rect.left() + mm(2), rect.top(), indent, height),
                                     font, marker);
            DocumentLayout::drawText(p, QRectF(rect.left() + indent, rect.top(), width, height),
                                     font, text);
        });
    }

    void signatures()
    {
        const Row rows = signatureRows();
        // All four signatures on one page.
        m_layout.gap(mm(4));
        m_layout.block(rows.height,
                       [=](QPainter& p, const QRectF& rect) { rows.paint(p, rect.topLeft()); });
    }

    struct Row
    {
        qreal height;
        std::function<void(QPainter&, QPointF topLeft)> paint;
    };

    // The parties' signatures over the two witnesses'.
    Row signatureRows()
    {
        const AgreementFacts& f = m_agreement.facts;
        QStringList licensor{kFor.in(m_lang).arg(f.licensorName)};
        if (!f.licensorSignatory.isEmpty())
            licensor << f.licensorSignatory;
        licensor << kSignatory.in(m_lang);
        const Signer licensorSigner{kLicensor.in(m_lang), licensor, false};
        const Signer licenseeSigner{kLicensee.in(m_lang), {f.licenseeName}, true};
        const QStringList witnessLines{kName.in(m_lang) + QStringLiteral("______________________"),
                                       kAddress.in(m_lang) +
                                           QStringLiteral("____________________")};
        const Row parties = row(licensorSigner, licenseeSigner);
        const Row witnesses = row({kWitness.in(m_lang).arg(1), witnessLines, false},
                                  {kWitness.in(m_lang).arg(2), witnessLines, false});
        const qreal gap = mm(5);
        return {parties.height + gap + witnesses.height, [=](QPainter& p, QPointF at) {
                    parties.paint(p, at);
                    witnesses.paint(p, at + QPointF(0, parties.height + gap));
                }};
    }

    // Two signatures side by side.
    Row row(const Signer& left, const Signer& right)
    {
        const QFont bold = m_layout.font(1.0, true);
        const QFont body = m_layout.font();
        const qreal gutter = mm(8);
        const qreal cell = (m_layout.contentWidth() - gutter) / 2;
        const auto height = [&](const Signer& s) {
            check(s.heading + s.below.join(QLatin1Char(' ')));
            const qreal text = m_layout.textHeight(s.heading, bold, cell) + kSignSpace +
                               m_layout.textHeight(s.below.join(QLatin1Char('\n')), body, cell);
            return s.photo ? qMax(text, kPhotoHeight + mm(1)) : text;
        };
        const qreal total = qMax(height(left), height(right)) + mm(2);
        // About 300 dots per inch at print size is sharper than the printer, and small.
        // writeAgreementPdf() has refused a photo that does not decode.
        const QImage photo = printpicture::decodeChecked(m_agreement.facts.photo, 400);
        const QString photoLabel = kPhoto.in(m_lang);
        check(photoLabel);
        const QFont photoFont = m_layout.font(0.85);
        const qreal leftHeading = m_layout.textHeight(left.heading, bold, cell);
        const qreal rightHeading = m_layout.textHeight(right.heading, bold, cell);
        // Drawn after layout, when only the values captured here are left.
        const auto paint = [=](QPainter& p, const QRectF& r, const Signer& s, qreal headingHeight) {
            DocumentLayout::drawText(p, r, bold, s.heading);
            const qreal lineWidth = s.photo ? r.width() - kPhotoWidth - mm(4) : r.width() * 0.8;
            const qreal lineY = r.top() + headingHeight + kSignSpace;
            p.setPen(QPen(Qt::black, pt(0.6)));
            p.drawLine(QPointF(r.left(), lineY), QPointF(r.left() + lineWidth, lineY));
            DocumentLayout::drawText(p, QRectF(r.left(), lineY + mm(0.8), lineWidth, r.height()),
                                     body, s.below.join(QLatin1Char('\n')));
            if (!s.photo)
                return;
            const QRectF box(r.right() - kPhotoWidth, r.top(), kPhotoWidth, kPhotoHeight);
            p.setPen(QPen(Qt::black, pt(0.5)));
            p.drawRect(box);
            if (!photo.isNull()) {
                const QSizeF fit = QSizeF(photo.size()).scaled(box.size(), Qt::KeepAspectRatio);
                const QRectF target(box.center().x() - fit.width() / 2,
                                    box.center().y() - fit.height() / 2, fit.width(), fit.height());
                p.drawImage(target, photo);
            } else {
                DocumentLayout::drawText(p, box, photoFont, photoLabel, Qt::AlignCenter, Qt::gray);
            }
        };
        return {total, [=](QPainter& p, QPointF at) {
                    paint(p, QRectF(at.x(), at.y(), cell, total), left, leftHeading);
                    paint(p, QRectF(at.x() + cell + gutter, at.y(), cell, total), right,
                          rightHeading);
                }};
    }

    DocumentLayout& m_layout;
    const DocumentFonts& m_fonts;
    const FilledAgreement& m_agreement;
    Lang m_lang;
    QString m_problem;
};

} // namespace

store::StoreResult<LaidOutDocument> AgreementDocument::layout(QPaintDevice& device,
                                                              const DocumentFonts& allFonts,
                                                              const PageSetup& setup,
                                                              const Issuer& issuer,
                                                              const FilledAgreement& agreement)
{
    const Lang lang = agreement.lang;
    const DocumentFonts fonts = allFonts.forLang(lang);
    const AgreementFacts& f = agreement.facts;
    // The template's first title heads every page; without one, the usual title.
    QString title = kTitle.in(lang);
    for (const TemplateBlock& block : agreement.blocks)
        if (block.kind == TemplateBlock::Kind::Title) {
            title = block.text;
            break;
        }
    FrameText frameText;
    frameText.title = title;
    frameText.details << QStringLiteral("%1: %2").arg(kDate.in(lang),
                                                      text::date(f.agreementDate()));
    if (!f.roomNumber.isEmpty())
        frameText.details << kRoomBed.in(lang).arg(f.roomNumber, f.bedLabel);
    frameText.footerNote = kInitials.in(lang);
    Letterhead letterhead = issuer.letterhead;
    if (letterhead.logo.isEmpty())
        letterhead.logo = f.logo;
    const PageFrame frame(device, setup, fonts, letterhead, frameText, lang);
    for (const QString& t : frame.texts())
        if (const QString problem = fonts.unprintable(u"organisation", t); !problem.isEmpty())
            return store::StoreError::invalid({{QStringLiteral("organisation"), problem}});
    DocumentLayout layout(device, setup, fonts, frame.headerHeight(), frame.footerHeight());
    Writer writer(layout, fonts, agreement);
    bool titled = false;
    for (qsizetype i = 0; i < agreement.blocks.size(); ++i) {
        const TemplateBlock& block = agreement.blocks[i];
        const bool first = block.kind == TemplateBlock::Kind::Title && !titled;
        if (block.kind == TemplateBlock::Kind::Paragraph && i + 1 < agreement.blocks.size() &&
            agreement.blocks[i + 1].kind == TemplateBlock::Kind::Signatures)
            writer.keepWithSignatures(block.text);
        writer.block(block, first);
        titled = titled || first;
    }
    for (const QString& problem : {writer.problem(), layout.problem()})
        if (!problem.isEmpty())
            return store::StoreError::invalid({{QStringLiteral("agreement"), problem}});
    return layout.finish(frame.painter());
}

} // namespace rentflow::reports
