#include "PageFrame.h"

#include "DocumentLayout.h"
#include "PrintPicture.h"
#include "TextBlock.h"

#include <QFontMetricsF>

namespace rentflow::reports {

namespace {

constexpr Label kPage{"Page %1 of %2", "पृष्ठ %1 / %2"};
const qreal kLogoHeight = mm(16);
const qreal kGapBelowHeader = mm(3);

qreal wrappedHeight(QPaintDevice& device, const QFont& font, const QString& text, qreal width)
{
    return textblock::height(font, text, width, &device);
}

} // namespace

QImage PageFrame::logoImage(const QByteArray& bytes)
{
    // Printed about 16 mm tall: 200 pixels is sharper than the printer, and keeps
    // each PDF small. loadIssuer() has refused a logo that does not decode.
    return printpicture::decodeChecked(bytes, 200);
}

PageFrame::PageFrame(QPaintDevice& device, const PageSetup& setup, const DocumentFonts& fonts,
                     const Letterhead& letterhead, const FrameText& text, Lang lang)
    : m_setup(setup), m_fonts(fonts), m_letterhead(letterhead), m_text(text), m_lang(lang),
      m_logo(logoImage(letterhead.logo))
{
    const qreal body = setup.bodyPoints();
    const qreal width = setup.size().width() - 2 * setup.margin();
    const qreal logoWidth =
        m_logo.isNull() ? 0 : kLogoHeight * m_logo.width() / m_logo.height() + mm(3);
    const qreal leftWidth = width * 0.6 - logoWidth;
    qreal left = wrappedHeight(device, fonts.font(body * 1.45, true), letterhead.name, leftWidth);
    left += wrappedHeight(device, fonts.font(body * 0.9), issuerLines().join(QLatin1Char('\n')),
                          leftWidth);
    qreal right = wrappedHeight(device, fonts.font(body * 1.5, true), text.title, width * 0.4);
    right +=
        wrappedHeight(device, fonts.font(body), text.details.join(QLatin1Char('\n')), width * 0.4);
    m_issuerHeight = qMax(left, m_logo.isNull() ? 0 : kLogoHeight);
    m_headerHeight = qMax(m_issuerHeight, right) + kGapBelowHeader;
    m_footerHeight = QFontMetricsF(fonts.font(body * 0.8), &device).height() + mm(3);
}

QStringList PageFrame::issuerLines() const
{
    QStringList lines;
    if (!m_letterhead.legalName.isEmpty() && m_letterhead.legalName != m_letterhead.name)
        lines.append(m_letterhead.legalName);
    if (!m_letterhead.address.isEmpty())
        lines.append(m_letterhead.address);
    QStringList ids;
    if (!m_letterhead.gstin.isEmpty())
        ids.append(QStringLiteral("GSTIN: ") + m_letterhead.gstin);
    if (!m_letterhead.pan.isEmpty())
        ids.append(QStringLiteral("PAN: ") + m_letterhead.pan);
    if (!ids.isEmpty())
        lines.append(ids.join(QStringLiteral("   ")));
    QStringList contact;
    if (!m_letterhead.phone.isEmpty())
        contact.append(m_letterhead.phone);
    if (!m_letterhead.email.isEmpty())
        contact.append(m_letterhead.email);
    if (!contact.isEmpty())
        lines.append(contact.join(QStringLiteral("   ")));
    return lines;
}

QStringList PageFrame::texts() const
{
    QStringList all = issuerLines();
    all << m_letterhead.name << m_text.title << m_text.details << m_text.footerNote;
    return all;
}

std::function<void(QPainter&, int, int)> PageFrame::painter() const
{
    // Everything measured once; each page only draws.
    const qreal body = m_setup.bodyPoints();
    const QSizeF page = m_setup.size();
    const qreal margin = m_setup.margin();
    const qreal width = page.width() - 2 * margin;
    const QFont nameFont = m_fonts.font(body * 1.45, true);
    const QFont smallFont = m_fonts.font(body * 0.9);
    const QFont titleFont = m_fonts.font(body * 1.5, true);
    const QFont detailFont = m_fonts.font(body);
    const QFont footerFont = m_fonts.font(body * 0.8);
    const QImage logo = m_logo;
    const qreal logoWidth = logo.isNull() ? 0 : kLogoHeight * logo.width() / logo.height();
    const qreal textLeft = margin + (logo.isNull() ? 0 : logoWidth + mm(3));
    const qreal leftWidth = width * 0.6 - (textLeft - margin);
    const QString name = m_letterhead.name;
    const QString issuer = issuerLines().join(QLatin1Char('\n'));
    const QString title = m_text.title;
    const QString details = m_text.details.join(QLatin1Char('\n'));
    const QString footerNote = m_text.footerNote;
    const QString pageLabel = kPage.in(m_lang);
    const qreal headerBottom = margin + m_headerHeight - kGapBelowHeader / 2;
    const qreal footerTop = page.height() - margin - m_footerHeight + mm(1.5);
    const qreal footerHeight = m_footerHeight;
    return [=](QPainter& p, int pageNumber, int pageCount) {
        if (!logo.isNull())
            p.drawImage(QRectF(margin, margin, logoWidth, kLogoHeight), logo);
        // Measured where drawn: the name may wrap onto a second line.
        const qreal nameHeight = textblock::height(nameFont, name, leftWidth, p.device());
        DocumentLayout::drawText(p, QRectF(textLeft, margin, leftWidth, nameHeight), nameFont,
                                 name);
        DocumentLayout::drawText(
            p, QRectF(textLeft, margin + nameHeight, leftWidth, headerBottom - margin - nameHeight),
            smallFont, issuer);
        const QRectF right(margin + width * 0.6, margin, width * 0.4, headerBottom - margin);
        const qreal titleHeight = textblock::height(titleFont, title, right.width(), p.device());
        DocumentLayout::drawText(p, QRectF(right.left(), right.top(), right.width(), titleHeight),
                                 titleFont, title, Qt::AlignRight);
        DocumentLayout::drawText(p,
                                 QRectF(right.left(), right.top() + titleHeight, right.width(),
                                        right.height() - titleHeight),
                                 detailFont, details, Qt::AlignRight);
        p.setPen(QPen(QColor(0x44, 0x44, 0x44), pt(1)));
        p.drawLine(QLineF(margin, headerBottom, margin + width, headerBottom));
        p.setPen(QPen(QColor(0x8a, 0x8a, 0x8a), pt(0.4)));
        p.drawLine(QLineF(margin, footerTop - mm(1), margin + width, footerTop - mm(1)));
        const QRectF footer(margin, footerTop, width, footerHeight);
        DocumentLayout::drawText(p, footer, footerFont, footerNote, Qt::AlignLeft,
                                 QColor(0x55, 0x55, 0x55));
        DocumentLayout::drawText(p, footer, footerFont, pageLabel.arg(pageNumber).arg(pageCount),
                                 Qt::AlignRight, QColor(0x33, 0x33, 0x33));
    };
}

} // namespace rentflow::reports
