#include "CheckOutDialog.h"

#include "DeductionsModel.h"
#include "StayDialog.h"

#include <common/AmountField.h>
#include <common/AppContext.h>
#include <common/DateField.h>
#include <common/DisplayText.h>
#include <documents/DocumentPreviewDialog.h>

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace rentflow::ui::stays {

namespace {

// The amount column is typed in an AmountField, like every amount of the window.
class AmountDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex&) const override
    {
        auto* field = new AmountField(parent);
        field->setObjectName(QStringLiteral("deductionAmountField"));
        return field;
    }
};

} // namespace

CheckOutDialog::CheckOutDialog(AppContext& context, const StayView& view, QWidget* parent)
    : QDialog(parent), m_context(context), m_view(view)
{
    setWindowTitle(tr("Check out"));
    auto* layout = new QVBoxLayout(this);
    auto* headline = new QLabel(view.headline(), this);
    headline->setObjectName(QStringLiteral("stayHeadline"));
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    layout->addWidget(headline);
    m_steps = new QStackedWidget(this);
    layout->addWidget(m_steps, 1);

    // Step 1: what the office types.
    auto* entry = new QWidget(m_steps);
    auto* form = new QFormLayout(entry);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_lastDay = new DateField(entry);
    m_lastDay->setObjectName(QStringLiteral("lastDayField"));
    m_reading = new QLineEdit(entry);
    m_reading->setObjectName(QStringLiteral("finalReadingLineEdit"));
    if (view.meterId.isEmpty()) {
        m_reading->setEnabled(false);
        m_reading->setPlaceholderText(tr("The room has no meter"));
    } else {
        m_reading->setPlaceholderText(tr("The room meter on the last day (optional)"));
    }
    m_deductions = new DeductionsModel(this);
    m_table = new QTableView(entry);
    m_table->setObjectName(QStringLiteral("deductionsTable"));
    m_table->setModel(m_deductions);
    m_table->setItemDelegateForColumn(DeductionsModel::AmountColumn, new AmountDelegate(m_table));
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(DeductionsModel::ReasonColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(DeductionsModel::AmountColumn, 140);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setMinimumHeight(120);
    auto* add = new QPushButton(tr("&Add deduction"), entry);
    add->setObjectName(QStringLiteral("addDeductionButton"));
    add->setAutoDefault(false);
    auto* remove = new QPushButton(tr("Re&move"), entry);
    remove->setObjectName(QStringLiteral("removeDeductionButton"));
    remove->setAutoDefault(false);
    auto* rowButtons = new QHBoxLayout();
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    auto* table = new QWidget(entry);
    auto* tableLayout = new QVBoxLayout(table);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table);
    tableLayout->addLayout(rowButtons);
    form->addRow(tr("&Last day of the stay:"), m_lastDay);
    form->addRow(tr("Final meter &reading:"), m_reading);
    form->addRow(tr("&Deductions:"), table);
    m_general = new QLabel(entry);
    m_general->setObjectName(QStringLiteral("generalErrorLabel"));
    form->addRow(m_general);
    m_errors = new FormErrors(this, m_general);
    m_errors->bind(QStringLiteral("date"), m_lastDay, form);
    m_errors->bind(QStringLiteral("reading"), m_reading, form);
    m_errors->bind(QStringLiteral("deduction"), m_table, form);
    m_steps->addWidget(entry);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_deductions->rowCount();
        m_deductions->insertRows(row, 1);
        m_table->setFocus();
        m_table->setCurrentIndex(m_deductions->index(row, DeductionsModel::ReasonColumn));
        m_table->edit(m_table->currentIndex());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentIndex().isValid())
            m_deductions->removeRows(m_table->currentIndex().row(), 1);
    });

    // Step 2: the engine's settlement, before anything is written.
    auto* settlement = new QWidget(m_steps);
    auto* settlementLayout = new QVBoxLayout(settlement);
    auto* intro = new QLabel(tr("This is the settlement the check-out will make. Nothing is "
                                "saved until you press Check out."),
                             settlement);
    intro->setWordWrap(true);
    m_figures = new QLabel(settlement);
    m_figures->setObjectName(QStringLiteral("settlementFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    settlementLayout->addWidget(intro);
    settlementLayout->addWidget(m_figures);
    settlementLayout->addStretch();
    m_steps->addWidget(settlement);

    auto* buttons = new QHBoxLayout();
    m_back = new QPushButton(tr("&Back"), this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_preview = new QPushButton(tr("&Preview settlement"), this);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_commit = new QPushButton(tr("&Check out"), this);
    m_commit->setObjectName(QStringLiteral("commitButton"));
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_preview);
    buttons->addWidget(m_commit);
    buttons->addWidget(cancel);
    layout->addLayout(buttons);
    connect(m_preview, &QPushButton::clicked, this, &CheckOutDialog::previewSettlement);
    connect(m_commit, &QPushButton::clicked, this, &CheckOutDialog::commit);
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_steps->setCurrentIndex(0);
        m_back->setVisible(false);
        m_commit->setVisible(false);
        m_preview->setVisible(true);
        m_preview->setDefault(true);
        m_lastDay->setFocus();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_back->setVisible(false);
    m_commit->setVisible(false);
    m_preview->setDefault(true);
    resize(640, 480);
    startOn(QDate::currentDate());
}

void CheckOutDialog::startOn(QDate today)
{
    m_today = today;
    // Under notice: the intended last day; else today.
    m_lastDay->setDate(m_view.stay.intendedMoveOut.isValid() ? m_view.stay.intendedMoveOut : today);
}

bool CheckOutDialog::isShowingSettlement() const
{
    return m_steps->currentIndex() == 1;
}

CheckOut::Input CheckOutDialog::input() const
{
    return {m_view.residentId, isoDay(m_lastDay->date()), m_reading->text().trimmed(),
            m_deductions->deductions()};
}

bool CheckOutDialog::previewSettlement()
{
    m_errors->clear();
    if (const QString problem = m_deductions->problem(); !problem.isEmpty()) {
        m_errors->add(QStringLiteral("deduction"), problem);
        return false;
    }
    auto preview = CheckOut(m_context.store()).preview(input(), m_today);
    if (!preview) {
        m_errors->show(preview.error());
        return false;
    }
    showFigures(preview.value());
    m_steps->setCurrentIndex(1);
    m_preview->setVisible(false);
    m_back->setVisible(true);
    m_commit->setVisible(true);
    m_commit->setDefault(true);
    m_commit->setFocus();
    return true;
}

void CheckOutDialog::showFigures(const CheckOut::Result& preview)
{
    const DepositSettlement& f = preview.figures;
    QString rows;
    auto row = [&rows](const QString& what, const QString& amount, bool strong = false) {
        const QString pattern =
            strong ? QStringLiteral("<tr><td><b>%1</b></td><td align=right><b>%2</b></td></tr>")
                   : QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>");
        rows += pattern.arg(what.toHtmlEscaped(), amount.toHtmlEscaped());
    };
    row(tr("Deposit held"), rupees(f.held));
    if (!f.advanceCredit.isZero())
        row(tr("+ Advance paid and not used"), rupees(f.advanceCredit));
    if (!f.creditNoteCredit.isZero())
        row(tr("+ Credit notes %1").arg(preview.creditNotesReturned.join(QStringLiteral(", "))),
            rupees(f.creditNoteCredit));
    row(tr("− Unpaid dues (with the final invoice)"), rupees(f.unpaidDues));
    row(tr("− Deductions"), rupees(f.deductions));
    row(tr("− Notice shortfall"), rupees(f.noticeShortfall));
    if (!f.taxDue.isZero())
        row(tr("− Tax due on earlier months (debit notes)"), rupees(f.taxDue));
    if (f.owed().isZero())
        row(tr("Refund to the resident"), rupees(f.refund()), true);
    else
        row(tr("Still owed by the resident"), rupees(f.owed()), true);
    QString notes;
    if (!preview.finalInvoiceNumber.isEmpty())
        notes += tr("A final invoice %1 is issued.").arg(preview.finalInvoiceNumber) +
                 QStringLiteral("<br>");
    if (!preview.creditNoteNumbers.isEmpty())
        notes += tr("Credit notes %1 are issued for days paid for after the last day.")
                     .arg(preview.creditNoteNumbers.join(QStringLiteral(", "))) +
                 QStringLiteral("<br>");
    notes += tr("Last day %1; the bed is free from %2.")
                 .arg(shownDate(m_lastDay->date()), shownDate(m_lastDay->date().addDays(1)));
    m_figures->setText(QStringLiteral("<table cellpadding=4>%1</table><p>%2</p>").arg(rows, notes));
}

bool CheckOutDialog::commit()
{
    auto done = CheckOut(m_context.store()).run(input(), m_today);
    if (!done) {
        // Back to what was typed, with the refusal next to its field.
        m_back->click();
        m_errors->show(done.error());
        return false;
    }
    m_result = done.value();
    openDocuments();
    accept();
    return true;
}

void CheckOutDialog::openDocuments()
{
    QWidget* owner = parentWidget();
    DocumentPreviewDialog::open(
        m_context, {DocumentRef::Kind::Settlement, m_result.settlementId, {}, {}}, owner);
    if (m_result.figures.refund().paise() > 0)
        DocumentPreviewDialog::open(
            m_context, {DocumentRef::Kind::DepositRefund, m_result.settlementId, {}, {}}, owner);
}

} // namespace rentflow::ui::stays
