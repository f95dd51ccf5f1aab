#include "ResidentPicker.h"

#include <payments/ResidentList.h>
#include <residents/ResidentRepository.h>

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace rentflow::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString describe(const ResidentList::Row& row)
{
    QString text = row.name;
    if (!row.bed.isEmpty())
        text += QStringLiteral(" · ") + row.bed;
    if (!row.phone.isEmpty())
        text += QStringLiteral(" · ") + row.phone;
    return text;
}

} // namespace

ResidentPicker::ResidentPicker(store::Store& store, QWidget* parent)
    : QLineEdit(parent), m_store(store), m_completer(new QCompleter(this)),
      m_matches(new QStandardItemModel(this)), m_pause(new QTimer(this))
{
    setPlaceholderText(tr("Name, phone, room or bed"));
    setClearButtonEnabled(true);
    m_completer->setModel(m_matches);
    // The list is already the search's answer: show it as it is.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(150);
    connect(m_pause, &QTimer::timeout, this, &ResidentPicker::searchNow);
    connect(this, &QLineEdit::textEdited, this, [this] {
        if (m_settingText)
            return;
        if (!m_residentId.isEmpty()) {
            m_residentId.clear();
            emit residentChosen(QString());
        }
        m_pause->start();
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &ResidentPicker::choose);
}

void ResidentPicker::searchNow()
{
    m_pause->stop();
    ResidentList::Filter filter;
    filter.search = text().trimmed();
    filter.activeOnly = m_activeOnly;
    filter.limit = kMaxMatches;
    m_matches->clear();
    if (filter.search.isEmpty())
        return;
    const auto rows = ResidentList(m_store).list(filter);
    if (!rows) {
        auto* item = new QStandardItem(tr("Could not search: %1").arg(rows.error().message));
        item->setEnabled(false);
        m_matches->appendRow(item);
    } else if (rows.value().isEmpty()) {
        auto* item = new QStandardItem(tr("No resident matches “%1”").arg(filter.search));
        item->setEnabled(false);
        m_matches->appendRow(item);
    } else {
        for (const ResidentList::Row& row : rows.value()) {
            auto* item = new QStandardItem(describe(row));
            item->setData(row.id, kIdRole);
            m_matches->appendRow(item);
        }
    }
    m_completer->complete();
}

void ResidentPicker::choose(const QModelIndex& index)
{
    const QString id = index.data(kIdRole).toString();
    if (id.isEmpty())
        return;
    m_residentId = id;
    m_settingText = true;
    setText(index.data(Qt::DisplayRole).toString());
    m_settingText = false;
    emit residentChosen(id);
}

void ResidentPicker::setResident(const QString& residentId)
{
    const auto found = ResidentRepository(m_store).find(residentId);
    m_residentId.clear();
    if (found && found.value()) {
        const Resident& resident = *found.value();
        m_residentId = resident.id;
        m_settingText = true;
        setText(resident.phone.isEmpty()
                    ? resident.fullName()
                    : resident.fullName() + QStringLiteral(" · ") + resident.phone);
        m_settingText = false;
    }
    emit residentChosen(m_residentId);
}

} // namespace rentflow::ui
