#include "CheckInWizard.h"
#include "StayView.h"

#include "CheckInPages.h"
#include "DepositDialogs.h"

#include <common/AppContext.h>
#include <common/DisplayText.h>
#include <common/FormErrors.h>
#include <documents/DocumentPreviewDialog.h>
#include <residents/ResidentRepository.h>

#include <QAbstractButton>

namespace rentflow::ui::stays {

CheckInWizard::CheckInWizard(AppContext& context, const QString& bedId, const QString& residentId,
                             QWidget* parent, QDate today)
    : QWizard(parent), m_context(context), m_today(today)
{
    setObjectName(QStringLiteral("checkInWizard"));
    setWindowTitle(tr("Check in"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_bed = new BedPage(context, today, this);
    m_resident = new ResidentPage(context, this);
    m_terms = new TermsPage(this);
    m_summary = new SummaryPage(this);
    setPage(BedPageId, m_bed);
    setPage(ResidentPageId, m_resident);
    setPage(TermsPageId, m_terms);
    setPage(SummaryPageId, m_summary);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    m_bed->choose(bedId);
    m_resident->choose(residentId);
    resize(680, 620);
}

CheckInInput CheckInWizard::input() const
{
    CheckInInput input;
    input.residentId = m_resident->residentId();
    const FreeBeds::Bed* bed = m_bed->bed();
    input.bedId = bed ? bed->id : QString();
    input.date = m_bed->firstDay().toString(Qt::ISODate);
    m_terms->fill(input);
    return input;
}

QString CheckInWizard::summaryHtml() const
{
    const CheckInInput in = input();
    const FreeBeds::Bed* bed = m_bed->bed();
    auto money = [](const QString& text) {
        const auto parsed = Money::parse(text);
        return parsed ? rupees(*parsed) : text;
    };
    QString rows;
    auto row = [&rows](const QString& what, const QString& value) {
        rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(what.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Resident"),
        m_resident->residentName() +
            (m_resident->isNew() ? tr(" (new: added to the residents)") : QString()));
    row(tr("Bed"), tr("%1, %2").arg(bed ? bed->name() : QString(), m_bed->propertyName()));
    row(tr("Licence"), tr("%1 to %2")
                           .arg(shownDate(m_bed->firstDay()),
                                shownDate(QDate::fromString(in.endDate, Qt::ISODate))));
    row(tr("Monthly rent"), money(in.rent));
    row(tr("Monthly charges"), m_terms->chargesText());
    row(tr("Rent due"), tr("on day %1 of each month").arg(in.dueDay));
    row(tr("Late fee"), in.lateFee.isEmpty()
                            ? tr("none")
                            : tr("%1 after %2 days' grace").arg(in.lateFee, in.lateFeeGrace));
    row(tr("Notice period"), tr("%1 days").arg(in.noticeDays));
    row(tr("Lock-in"), in.lockInMonths == u"0" ? tr("none") : tr("%1 months").arg(in.lockInMonths));
    const auto deposit = m_terms->deposit();
    const QString demand = deposit && !deposit->isZero()
                               ? tr("A deposit demand of %1 is raised from %2.")
                                     .arg(rupees(*deposit), shownDate(m_bed->firstDay()))
                               : tr("No deposit is asked for.");
    const QString bedState =
        m_bed->firstDay() <= m_today
            ? tr("The bed is marked occupied.")
            : tr("The bed is reserved until %1.").arg(shownDate(m_bed->firstDay()));
    return QStringLiteral("<table cellpadding=3>%1</table><p>%2<br>%3<br>%4</p>")
        .arg(rows, tr("A leave-and-licence agreement is made, ready to print for signing."),
             demand.toHtmlEscaped(), bedState.toHtmlEscaped());
}

bool CheckInWizard::commit()
{
    const CheckInInput in = input();
    store::StoreError refused{store::StoreError::Code::Database, {}};
    bool ok = false;
    if (m_resident->isNew()) {
        auto stay =
            CheckIn(m_context.store()).runWithNewResident(m_resident->newResident(), in, m_today);
        ok = stay.ok();
        if (ok) {
            m_residentId = stay.value().residentId;
            m_agreementId = stay.value().agreementId;
        } else {
            refused = stay.error();
        }
    } else {
        auto agreement = CheckIn(m_context.store()).run(in, m_today);
        ok = agreement.ok();
        if (ok) {
            m_residentId = in.residentId;
            m_agreementId = agreement.value();
        } else {
            refused = agreement.error();
        }
    }
    if (ok) {
        afterCheckIn();
        return true;
    }
    // Back to the page of the first refused field, its message under the field.
    CheckInPage* pages[] = {m_bed, m_resident, m_terms};
    CheckInPage* target = m_summary;
    for (const FieldError& field : refused.fields) {
        for (CheckInPage* page : pages)
            if (page->shows(field.field)) {
                target = page;
                break;
            }
        if (target != m_summary)
            break;
    }
    while (currentPage() != target && currentId() != BedPageId)
        back();
    if (target == m_summary)
        m_summary->errors().show(refused);
    else
        target->errors().show(refused);
    return false;
}

void CheckInWizard::afterCheckIn()
{
    QWidget* owner = parentWidget();
    DocumentPreviewDialog::open(m_context, {DocumentRef::Kind::Agreement, m_agreementId, {}, {}},
                                owner);
    const auto deposit = m_terms->deposit();
    if (deposit && !deposit->isZero()) {
        auto* demand = new DepositDemandDialog(m_context, m_residentId, *deposit, owner);
        demand->setAttribute(Qt::WA_DeleteOnClose);
        demand->show();
    }
}

} // namespace rentflow::ui::stays
