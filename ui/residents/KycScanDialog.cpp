#include "KycScanDialog.h"

#include <poppler-qt6.h>

#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rentflow::ui {

namespace {

QList<QImage> picturesOf(const QByteArray& content, const QString& mimeType)
{
    if (mimeType != QLatin1String("application/pdf")) {
        QImage image;
        if (image.loadFromData(content))
            return {image};
        return {};
    }
    QList<QImage> pages;
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(content);
    if (!pdf || pdf->isLocked())
        return {};
    pdf->setRenderHint(Poppler::Document::Antialiasing);
    pdf->setRenderHint(Poppler::Document::TextAntialiasing);
    for (int i = 0; i < pdf->numPages(); ++i)
        if (const std::unique_ptr<Poppler::Page> page = pdf->page(i))
            pages.append(page->renderToImage(96, 96));
    return pages;
}

} // namespace

KycScanDialog::KycScanDialog(const QString& title, const QByteArray& content,
                             const QString& mimeType, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("kycScanDialog"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    auto* pagesWidget = new QWidget;
    auto* pagesLayout = new QVBoxLayout(pagesWidget);
    for (const QImage& image : picturesOf(content, mimeType)) {
        auto* label = new QLabel;
        label->setPixmap(QPixmap::fromImage(
            image.width() > 1600 ? image.scaledToWidth(1600, Qt::SmoothTransformation) : image));
        label->setAlignment(Qt::AlignCenter);
        pagesLayout->addWidget(label);
        ++m_pages;
    }
    if (m_pages == 0) {
        auto* label = new QLabel(tr("This scan cannot be shown: the file is damaged or of a kind "
                                    "this PC cannot draw. Remove it and attach it again."));
        label->setObjectName(QStringLiteral("kycScanErrorLabel"));
        label->setWordWrap(true);
        pagesLayout->addWidget(label);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(pagesWidget);
    scroll->setWidgetResizable(true);
    scroll->setAlignment(Qt::AlignCenter);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    resize(820, 700);
}

} // namespace rentflow::ui
