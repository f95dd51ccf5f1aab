#pragma once

#include "DocumentFonts.h"
#include "PageSetup.h"

#include <text/Lang.h>

#include <QByteArray>
#include <QImage>
#include <QPaintDevice>
#include <QPainter>
#include <QStringList>

#include <functional>

namespace rentflow::reports {

// Who issues the document: printed at the head of every page.
struct Letterhead
{
    QString name;
    QString legalName; // when it differs from the trade name
    QString address;
    QString gstin;
    QString pan;
    QString phone;
    QString email;
    QByteArray logo; // PNG or JPEG as stored in the workspace; empty: none
};

// What the frame says about this document: its title (TAX INVOICE), the lines
// beside it (number, date), and a note in the footer.
struct FrameText
{
    QString title;
    QStringList details;
    QString footerNote;
};

// The header (logo, the issuer's name, address, GSTIN and PAN; the title and the
// document's number and date) and footer ("Page x of y") of every page.
class PageFrame
{
public:
    PageFrame(QPaintDevice& device, const PageSetup& setup, const DocumentFonts& fonts,
              const Letterhead& letterhead, const FrameText& text, Lang lang);

    qreal headerHeight() const { return m_headerHeight; }
    qreal footerHeight() const { return m_footerHeight; }
    // Every text the frame prints, for the fonts check.
    QStringList texts() const;
    std::function<void(QPainter&, int page, int pageCount)> painter() const;

    // A logo the documents can draw: decoded once, scaled down to print size.
    static QImage logoImage(const QByteArray& bytes);

private:
    QStringList issuerLines() const;

    PageSetup m_setup;
    const DocumentFonts& m_fonts;
    Letterhead m_letterhead;
    FrameText m_text;
    Lang m_lang;
    QImage m_logo;
    qreal m_headerHeight = 0;
    qreal m_footerHeight = 0;
    qreal m_issuerHeight = 0;
};

} // namespace rentflow::reports
