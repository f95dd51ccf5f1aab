#pragma once

#include "GstLine.h"
#include "domain/BillingPeriod.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rentflow {

// One line of an invoice about to be issued.
struct DraftLine
{
    QString kind; // rent | recurring | one_off | …  (invoice_line.kind)
    QString description;
    QString sac;
    QString basis;    // how the amount was reached, printed under the line
    QString sourceId; // the agreement, recurring charge or one-off charge it bills
    GstLine gst;
    qint64 quantityHundredths = 100; // a utility share: its units of the meter's interval
    // The days the line bills (invoice_line.period_from/to): a rent stretch, a recurring
    // charge's days, a utility share's meter interval; invalid for one-offs.
    QDate periodFrom{}, periodTo{};
};

// A month's invoice for one stay, computed but not yet numbered or written.
struct InvoiceDraft
{
    QString agreementId;
    QString residentId;
    QString propertyId;
    QString recipientName;
    QString recipientAddress;
    QString recipientGstin;
    QString supplierGstin;
    QString placeOfSupply; // the property's state code
    BillingPeriod period = BillingPeriod::containing(QDate(2000, 1, 1));
    QDate issueDate;
    QDate dueDate;
    int daysBilled = 0;
    GstDocumentType documentType = GstDocumentType::BillOfSupply;
    QList<DraftLine> lines;
    GstTotals totals;
};

} // namespace rentflow
