#include "InvoiceComposer.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <tuple>

namespace rentflow {

namespace {

QString monthName(BillingPeriod period)
{
    return QLocale(QLocale::English, QLocale::India)
        .toString(period.firstDay(), QStringLiteral("MMMM yyyy"));
}

// Days of the month the stay holds a bed, ending at check-out.
int daysStayed(const StayFacts& stay, BillingPeriod period, QDate chargeFrom = {},
               QDate chargeTo = {})
{
    int days = 0;
    for (const StayFacts::Segment& segment : stay.segments) {
        QDate from = std::max(segment.from, chargeFrom.isValid() ? chargeFrom : segment.from);
        QDate to = segment.to;
        for (QDate limit : {stay.moveOut, chargeTo})
            if (limit.isValid() && (!to.isValid() || limit < to))
                to = limit;
        days += period.daysOverlapping(from, to);
    }
    return days;
}

// The first and last day of the month the stay holds a bed within [chargeFrom, chargeTo]:
// the days a recurring charge bills (invalid when there are none).
std::pair<QDate, QDate> stayedSpan(const StayFacts& stay, BillingPeriod period, QDate chargeFrom,
                                   QDate chargeTo)
{
    QDate first, last;
    for (const StayFacts::Segment& segment : stay.segments) {
        QDate from = std::max({segment.from, period.firstDay(), chargeFrom});
        QDate to = segment.to.isValid() ? std::min(segment.to, period.lastDay()) : period.lastDay();
        for (QDate limit : {stay.moveOut, chargeTo})
            if (limit.isValid())
                to = std::min(to, limit);
        if (from > to)
            continue;
        first = first.isValid() ? std::min(first, from) : from;
        last = last.isValid() ? std::max(last, to) : to;
    }
    return {first, last};
}

// A stretch of the month at one bed and one rent.
struct RentPiece
{
    QString bed;
    QDate from, to;
    Money rent;
    int days = 0;
};

Money rentOn(const StayFacts& stay, QDate day)
{
    Money rent = stay.rent;
    for (const StayFacts::RentChange& change : stay.rentChanges)
        if (change.from <= day)
            rent = change.rent;
    return rent;
}

// The month's days of the stay, cut at each bed move and each rent change.
QList<RentPiece> rentPieces(const StayFacts& stay, BillingPeriod period)
{
    QList<RentPiece> pieces;
    for (const StayFacts::Segment& segment : stay.segments) {
        QDate from = std::max(segment.from, period.firstDay());
        QDate to = segment.to.isValid() ? std::min(segment.to, period.lastDay()) : period.lastDay();
        if (stay.moveOut.isValid())
            to = std::min(to, stay.moveOut);
        while (from <= to) {
            QDate end = to;
            for (const StayFacts::RentChange& change : stay.rentChanges)
                if (change.from > from && change.from <= end)
                    end = change.from.addDays(-1);
            pieces.append({segment.bed, from, end, rentOn(stay, from), int(from.daysTo(end)) + 1});
            from = end.addDays(1);
        }
    }
    return pieces;
}

QString proration(int days, BillingPeriod period, Money monthly)
{
    return days == period.days() ? QStringLiteral("₹%1 per month").arg(monthly.toIndianString())
                                 : QStringLiteral("%1 of %2 days × ₹%3 per month")
                                       .arg(days)
                                       .arg(period.days())
                                       .arg(monthly.toIndianString());
}

} // namespace

Parsed<InvoiceDraft> InvoiceComposer::compose(const StayFacts& stay, const SupplierFacts& supplier,
                                              const QList<TaxRule>& rules, BillingPeriod period,
                                              QDate issueDate)
{
    InvoiceDraft draft;
    draft.agreementId = stay.agreementId;
    draft.residentId = stay.residentId;
    draft.propertyId = stay.propertyId;
    draft.recipientName = stay.recipientName;
    draft.recipientAddress = stay.recipientAddress;
    draft.recipientGstin = stay.recipientGstin;
    draft.supplierGstin = supplier.gstin;
    draft.placeOfSupply = supplier.propertyState;
    draft.period = period;
    draft.issueDate = issueDate;
    draft.dueDate = std::max(issueDate, period.firstDay().addDays(stay.rentDueDay - 1));
    draft.daysBilled = daysStayed(stay, period);

    // Amenities bundled with the stay count towards the exemption limit (SPEC §4.5).
    const QList<RentPiece> pieces = rentPieces(stay, period);
    Money monthlyValue = stay.rent;
    for (const RentPiece& piece : pieces) // the highest rent in the month decides
        monthlyValue = std::max(monthlyValue, piece.rent);
    for (const StayFacts::Recurring& charge : stay.recurring)
        monthlyValue += charge.monthly;
    for (const UtilityShare& share : stay.utilities) // part of the same composite supply
        monthlyValue += share.amount;
    const QDate stayEnd = stay.moveOut.isValid() ? stay.moveOut : stay.plannedEnd;
    const int stayLength =
        stayEnd.isValid() ? int(stay.start.daysTo(stayEnd)) + 1 : kOpenEndedStayDays;
    const SupplyFacts facts{std::max(period.firstDay(), stay.start), monthlyValue, stayLength};

    auto taxed = [&](const QString& category, Money amount) -> Parsed<std::pair<TaxRule, GstLine>> {
        if (!supplier.registered()) // no GSTIN: nothing is taxed, the document is a bill of supply
            return Parsed<std::pair<TaxRule, GstLine>>::ok(
                {TaxRule{category, QString(), QString(), Rate(), true, QString(), QDate(), QDate()},
                 GstLine::compute(amount, Rate(), true, false)});
        const auto rule = findTaxRule(rules, category, facts);
        if (!rule)
            return Parsed<std::pair<TaxRule, GstLine>>::fail(
                QCoreApplication::translate("InvoiceComposer",
                                            "no GST rule covers %1 on %2; add one in the tax rules")
                    .arg(category, facts.date.toString(QStringLiteral("dd-MM-yyyy"))));
        return Parsed<std::pair<TaxRule, GstLine>>::ok(
            {*rule, GstLine::compute(amount, rule->rate, rule->exempt, supplier.interState())});
    };
    auto addLine = [&](const QString& kind, const QString& category, const QString& description,
                       Money amount, const QString& basis, const QString& sourceId) -> QString {
        const auto tax = taxed(category, amount);
        if (!tax)
            return tax.error();
        draft.lines.append({kind, description, tax->first.sac, basis, sourceId, tax->second});
        return QString();
    };

    for (const RentPiece& piece : pieces) {
        // One line for a month at one bed and rent; a line per stretch when the stay moved.
        const QString description = pieces.size() == 1
                                        ? QStringLiteral("Rent for %1").arg(monthName(period))
                                        : QStringLiteral("Rent for %1, %2, %3 to %4")
                                              .arg(monthName(period), piece.bed,
                                                   piece.from.toString(QStringLiteral("dd-MM")),
                                                   piece.to.toString(QStringLiteral("dd-MM")));
        const QString error = addLine(QStringLiteral("rent"), QStringLiteral("accommodation"),
                                      description, piece.rent.prorated(piece.days, period.days()),
                                      proration(piece.days, period, piece.rent), stay.agreementId);
        if (!error.isEmpty())
            return Parsed<InvoiceDraft>::fail(error);
        draft.lines.last().periodFrom = piece.from;
        draft.lines.last().periodTo = piece.to;
    }
    for (const StayFacts::Recurring& charge : stay.recurring) {
        const int days = daysStayed(stay, period, charge.from, charge.to);
        if (days == 0)
            continue;
        // Part of one composite supply with the stay: taxed as accommodation.
        const QString error =
            addLine(QStringLiteral("recurring"), QStringLiteral("accommodation"),
                    QStringLiteral("%1 for %2").arg(charge.description, monthName(period)),
                    charge.monthly.prorated(days, period.days()),
                    proration(days, period, charge.monthly), charge.id);
        if (!error.isEmpty())
            return Parsed<InvoiceDraft>::fail(error);
        std::tie(draft.lines.last().periodFrom, draft.lines.last().periodTo) =
            stayedSpan(stay, period, charge.from, charge.to);
    }
    for (const UtilityShare& share : stay.utilities) {
        // Recovered with the stay, so taxed as it is (SPEC §4.4, §4.5).
        const QString error =
            addLine(QStringLiteral("utility"), QStringLiteral("accommodation"), share.description,
                    share.amount, share.basis, share.readingId);
        if (!error.isEmpty())
            return Parsed<InvoiceDraft>::fail(error);
        draft.lines.last().quantityHundredths = share.unitsHundredths;
        draft.lines.last().periodFrom = share.periodFrom;
        draft.lines.last().periodTo = share.periodTo;
    }
    for (const StayFacts::OneOff& charge : stay.oneOffs) {
        // A late fee is taxed as the stay it is late for; other charges as services.
        const bool lateFee = charge.kind == QLatin1String("late_fee");
        const QString kind = lateFee || charge.kind == QLatin1String("damage")
                                 ? charge.kind
                                 : QStringLiteral("one_off");
        const QString error =
            addLine(kind, lateFee ? QStringLiteral("accommodation") : QStringLiteral("service"),
                    charge.description, charge.amount, QString(), charge.id);
        if (!error.isEmpty())
            return Parsed<InvoiceDraft>::fail(error);
    }

    QList<GstLine> gstLines;
    bool anyTaxable = false, anyExempt = false;
    for (const DraftLine& line : draft.lines) {
        gstLines.append(line.gst);
        (line.gst.exempt ? anyExempt : anyTaxable) = true;
    }
    draft.totals = GstTotals::of(gstLines);
    draft.documentType = chooseDocumentType(supplier.registered(), anyTaxable, anyExempt,
                                            !stay.recipientGstin.isEmpty());
    return Parsed<InvoiceDraft>::ok(draft);
}

} // namespace rentflow
