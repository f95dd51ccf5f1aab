#pragma once

#include <domain/Money.h>
#include <stays/CheckIn.h>

#include <QDate>
#include <QWizard>

namespace rentflow::ui {
struct AppContext;
}

namespace rentflow::ui::stays {

class BedPage;
class ResidentPage;
class TermsPage;
class SummaryPage;

// Check-in (SPEC §3.2, as `rentflowctl checkin`): bed and first day → resident, existing or
// new → terms → summary. Finish calls CheckIn (with a new resident, both in one unit), then
// opens the agreement in preview and the deposit demand. A refusal at Finish goes back to
// the page of the refused field with the message under it; nothing is written on bad input
// and Back keeps everything typed.
class CheckInWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        BedPageId,
        ResidentPageId,
        TermsPageId,
        SummaryPageId
    };

    CheckInWizard(AppContext& context, const QString& bedId, const QString& residentId,
                  QWidget* parent = nullptr, QDate today = QDate::currentDate());

    BedPage* bedPage() const { return m_bed; }
    ResidentPage* residentPage() const { return m_resident; }
    TermsPage* termsPage() const { return m_terms; }

    // What Finish will write (the resident's id is empty for a new resident).
    CheckInInput input() const;
    QString summaryHtml() const;
    // Writes the stay (SummaryPage's Finish); false when refused, with the wizard on the
    // page of the first refused field.
    bool commit();

    QString agreementId() const { return m_agreementId; }
    QString residentId() const { return m_residentId; }

private:
    void afterCheckIn();

    AppContext& m_context;
    QDate m_today;
    BedPage* m_bed;
    ResidentPage* m_resident;
    TermsPage* m_terms;
    SummaryPage* m_summary;
    QString m_agreementId;
    QString m_residentId;
};

} // namespace rentflow::ui::stays
