#include "QuickFindDialog.h"

#include "QuickFindModel.h"

#include <common/AppContext.h>
#include <search/QuickFind.h>

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

namespace rentflow::ui {

namespace {

RecordRef::Kind recordKind(QuickFind::Kind kind)
{
    switch (kind) {
    case QuickFind::Kind::Resident:
        return RecordRef::Kind::Resident;
    case QuickFind::Kind::Bed:
        return RecordRef::Kind::Bed;
    case QuickFind::Kind::Room:
        return RecordRef::Kind::Room;
    case QuickFind::Kind::Invoice:
        return RecordRef::Kind::Invoice;
    }
    return RecordRef::Kind::Resident;
}

QString kindName(QuickFind::Kind kind)
{
    switch (kind) {
    case QuickFind::Kind::Resident:
        return QuickFindDialog::tr("Resident");
    case QuickFind::Kind::Bed:
        return QuickFindDialog::tr("Bed");
    case QuickFind::Kind::Room:
        return QuickFindDialog::tr("Room");
    case QuickFind::Kind::Invoice:
        return QuickFindDialog::tr("Invoice");
    }
    return {};
}

// A bed's status word as the office says it; a room's floor named as such.
QString shownDetail(QuickFind::Kind kind, const QString& detail)
{
    if (kind == QuickFind::Kind::Room) { // "Koramangala · 1": the property, then the floor
        QStringList parts = detail.split(QStringLiteral(" · "));
        if (parts.size() == 2)
            parts.last() = QuickFindDialog::tr("floor %1").arg(parts.last());
        return parts.join(QStringLiteral(" · "));
    }
    if (kind != QuickFind::Kind::Bed)
        return detail;
    static const QHash<QString, const char*> words = {
        {QStringLiteral("vacant"), QT_TRANSLATE_NOOP("rentflow::ui::QuickFindDialog", "vacant")},
        {QStringLiteral("occupied"),
         QT_TRANSLATE_NOOP("rentflow::ui::QuickFindDialog", "occupied")},
        {QStringLiteral("reserved"),
         QT_TRANSLATE_NOOP("rentflow::ui::QuickFindDialog", "reserved")},
        {QStringLiteral("maintenance"),
         QT_TRANSLATE_NOOP("rentflow::ui::QuickFindDialog", "under maintenance")}};
    QStringList parts = detail.split(QStringLiteral(" · "));
    if (!parts.isEmpty() && words.contains(parts.last()))
        parts.last() = QuickFindDialog::tr(words.value(parts.last()));
    return parts.join(QStringLiteral(" · "));
}

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

} // namespace

QuickFindDialog::QuickFindDialog(AppContext& context, QList<ScreenEntry> screens, QWidget* parent)
    : QDialog(parent), m_context(context), m_screens(std::move(screens))
{
    setObjectName(QStringLiteral("quickFindDialog"));
    setWindowTitle(tr("Quick find"));

    m_findLineEdit = new QLineEdit(this);
    m_findLineEdit->setObjectName(QStringLiteral("quickFindLineEdit"));
    m_findLineEdit->setPlaceholderText(
        tr("Name, phone, bed (101-A), room, invoice number or screen"));
    m_findLineEdit->setClearButtonEnabled(true);
    m_findLineEdit->installEventFilter(this);
    QFont larger = m_findLineEdit->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.25);
    m_findLineEdit->setFont(larger);

    m_model = new QuickFindModel(this);
    m_resultsView = new QTreeView(this);
    m_resultsView->setObjectName(QStringLiteral("quickFindResultsView"));
    m_resultsView->setModel(m_model);
    m_resultsView->setRootIsDecorated(false);
    m_resultsView->setUniformRowHeights(true);
    m_resultsView->setAlternatingRowColors(true);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->setFocusPolicy(Qt::NoFocus); // typing stays in the line; arrows move here
    m_resultsView->header()->setStretchLastSection(true);
    m_resultsView->header()->resizeSection(QuickFindModel::KindColumn, 90);
    m_resultsView->header()->resizeSection(QuickFindModel::TitleColumn, 220);
    connect(m_resultsView, &QTreeView::activated, this,
            [this](const QModelIndex& index) { open(index.row()); });

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("quickFindStatusLabel"));
    m_statusLabel->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Open)->setObjectName(QStringLiteral("quickFindOpenButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QuickFindDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_findLineEdit);
    layout->addWidget(m_resultsView, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);
    resize(720, 420);

    connect(m_findLineEdit, &QLineEdit::textChanged, this, &QuickFindDialog::search);
    search({});
}

void QuickFindDialog::search(const QString& text)
{
    const QString typed = text.simplified();
    QList<QuickFindEntry> entries;
    QSet<RecordRef::Kind> openable;
    for (const ScreenEntry& screen : std::as_const(m_screens)) {
        for (RecordRef::Kind kind : screen.opens)
            openable.insert(kind);
        if (!typed.isEmpty() && withoutMnemonic(screen.title).contains(typed, Qt::CaseInsensitive))
            entries.append({tr("Screen"), withoutMnemonic(screen.title),
                            screen.shortcut.toString(QKeySequence::NativeText), std::nullopt,
                            screen.id});
    }
    QString problem;
    const bool tooShort = typed.size() < QuickFind::kMinimumLength;
    if (!tooShort && !openable.isEmpty()) {
        const auto hits = QuickFind(m_context.store()).find(typed);
        if (!hits)
            problem = tr("Could not search: %1").arg(hits.error().message);
        else
            for (const QuickFind::Hit& hit : hits.value())
                if (openable.contains(recordKind(hit.kind)))
                    entries.append({kindName(hit.kind), hit.title,
                                    shownDetail(hit.kind, hit.detail),
                                    RecordRef{recordKind(hit.kind), hit.id}, QString()});
    }
    m_model->setEntries(entries);
    if (!entries.isEmpty())
        m_resultsView->setCurrentIndex(m_model->index(0, 0));

    m_statusLabel->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
    if (!problem.isEmpty())
        m_statusLabel->setText(problem);
    else if (typed.isEmpty())
        m_statusLabel->setText(tr("Type to find. ↑ ↓ move, Enter opens, Esc closes."));
    else if (tooShort && entries.isEmpty())
        m_statusLabel->setText(tr("Type one more character to find residents, beds, rooms and "
                                  "invoices."));
    else if (entries.isEmpty())
        m_statusLabel->setText(tr("Nothing matches “%1”.").arg(typed));
    else
        m_statusLabel->setText(tr("↑ ↓ move, Enter opens, Esc closes."));
}

bool QuickFindDialog::open(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const QuickFindEntry entry = m_model->entry(row);
    const bool opened = entry.record ? m_context.navigator.openRecord(*entry.record)
                                     : m_context.navigator.showScreen(entry.screenId);
    if (!opened) {
        m_statusLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_statusLabel->setText(tr("%1 “%2” could not be opened.").arg(entry.kind, entry.title));
        return false;
    }
    QDialog::accept();
    return true;
}

void QuickFindDialog::accept()
{
    const QModelIndex current = m_resultsView->currentIndex();
    open(current.isValid() ? current.row() : -1);
}

bool QuickFindDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_findLineEdit && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            // The arrows move through the results while the cursor stays in the line.
            QCoreApplication::sendEvent(m_resultsView, event);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace rentflow::ui
