#include "UpiQr.h"

#include <QPainterPath>
#include <QUrl>

#include <qrencode.h>

namespace rentflow::reports {

namespace {

QString encoded(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, QByteArrayLiteral("@")));
}

constexpr int kQuietZone = 4;

} // namespace

QString upiUri(const UpiRequest& request)
{
    return QStringLiteral("upi://pay?pa=%1&pn=%2&am=%3&cu=INR&tn=%4")
        .arg(encoded(request.payeeVpa), encoded(request.payeeName),
             request.amount.toDecimalString(), encoded(request.note));
}

store::StoreResult<QrCode> QrCode::encode(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    QRcode* code = QRcode_encodeData(int(bytes.size()),
                                     reinterpret_cast<const unsigned char*>(bytes.constData()), 0,
                                     QR_ECLEVEL_M);
    if (code == nullptr)
        return store::StoreError{
            store::StoreError::Code::InvalidInput,
            QStringLiteral("the UPI QR code could not be made for: %1").arg(text)};
    QrCode qr;
    qr.m_width = code->width;
    qr.m_dark.resize(code->width * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        qr.m_dark[i] = (code->data[i] & 1) != 0;
    QRcode_free(code);
    return qr;
}

void QrCode::paint(QPainter& painter, const QRectF& rect) const
{
    const int span = m_width + 2 * kQuietZone;
    const qreal module = rect.width() / span;
    painter.fillRect(rect, Qt::white);
    // One path of all dark modules: one fill, crisp edges, a small PDF.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_width; ++y) {
        int x = 0;
        while (x < m_width) {
            if (!m_dark[y * m_width + x]) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_width && m_dark[y * m_width + x])
                ++x;
            path.addRect(QRectF(rect.left() + (kQuietZone + start) * module,
                                rect.top() + (kQuietZone + y) * module, (x - start) * module,
                                module));
        }
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawPath(path);
}

} // namespace rentflow::reports
