#pragma once

#include <domain/Money.h>
#include <store/StoreError.h>

#include <QPainter>
#include <QRectF>
#include <QString>
#include <QVector>

namespace rentflow::reports {

// A UPI payment request (NPCI's deep-link form) for the balance due.
struct UpiRequest
{
    QString payeeVpa;  // pa: "sunrisepg@okaxis"
    QString payeeName; // pn
    Money amount;      // am: two decimals
    QString note;      // tn: "Invoice KORA/2627/0001"
};

// "upi://pay?pa=…&pn=…&am=1234.50&cu=INR&tn=…". Every value is percent-encoded
// (a space is %20, never +); only RFC 3986's unreserved characters and the VPA's
// '@' stay as they are.
QString upiUri(const UpiRequest& request);

// A QR code (libqrencode, error correction M) drawn as vector squares.
class QrCode
{
public:
    static store::StoreResult<QrCode> encode(const QString& text);
    int modules() const { return m_width; }
    // Fills `rect` (square) with the code and its quiet zone of four modules.
    void paint(QPainter& painter, const QRectF& rect) const;

private:
    int m_width = 0;
    QVector<bool> m_dark;
};

} // namespace rentflow::reports
