#include "ReadingsGridModel.h"

#include <utilities/RecordReading.h>

#include <QBrush>
#include <QColor>
#include <QHash>

namespace rentflow::ui {

namespace {

QString dayText(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QStringLiteral("—");
}

// The engine's refusal in the user's words: "The reading is below the previous…".
QString readableRefusal(const store::StoreError& error)
{
    if (error.fields.isEmpty())
        return error.message;
    QStringList lines;
    for (const FieldError& field : error.fields) {
        QString subject;
        if (field.field == QLatin1String("value"))
            subject = ReadingsGridModel::tr("The reading");
        else if (field.field == QLatin1String("date"))
            subject = ReadingsGridModel::tr("The date");
        else if (field.field == QLatin1String("kind"))
            subject = ReadingsGridModel::tr("The kind");
        else
            subject = ReadingsGridModel::tr("The meter");
        const bool predicate = field.message.startsWith(QLatin1String("is ")) ||
                               field.message.startsWith(QLatin1String("uses ")) ||
                               field.message.startsWith(QLatin1String("falls "));
        lines.append(predicate ? subject + QLatin1Char(' ') + field.message
                               : subject + QLatin1String(": ") + field.message);
    }
    return lines.join(QLatin1Char('\n'));
}

QString meterKindName(const QString& kind)
{
    if (kind == QLatin1String("electricity"))
        return ReadingsGridModel::tr("Electricity");
    if (kind == QLatin1String("water"))
        return ReadingsGridModel::tr("Water");
    if (kind == QLatin1String("gas"))
        return ReadingsGridModel::tr("Gas");
    return kind;
}

} // namespace

QString readingKindName(const QString& kind)
{
    if (kind == QLatin1String("rollover"))
        return ReadingsGridModel::tr("Rollover");
    if (kind == QLatin1String("replacement"))
        return ReadingsGridModel::tr("Replacement");
    return ReadingsGridModel::tr("Regular");
}

ReadingsGridModel::ReadingsGridModel(store::Store& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store), m_date(QDate::currentDate())
{}

store::StoreStatus ReadingsGridModel::load(const QString& propertyId)
{
    auto meters = InventoryList(m_store).meters(propertyId);
    if (!meters)
        return meters.error();
    QHash<QString, Row> unsaved;
    for (const Row& row : std::as_const(m_rows))
        if (row.state != State::Empty && row.state != State::Saved)
            unsaved.insert(row.meter.id, row);
    beginResetModel();
    m_rows.clear();
    for (const InventoryList::MeterRow& meter : meters.value()) {
        if (!meter.active)
            continue;
        Row row;
        row.meter = meter;
        if (const auto kept = unsaved.constFind(meter.id); kept != unsaved.constEnd()) {
            row.typed = kept->typed;
            row.readingKind = kept->readingKind;
            row.state = State::Pending;
        }
        m_rows.append(row);
    }
    endResetModel();
    return store::Done{};
}

void ReadingsGridModel::setDate(QDate date)
{
    m_date = date;
}

bool ReadingsGridModel::save(int row, bool confirmed)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].typed.isEmpty())
        return false;
    Row& r = m_rows[row];
    RecordReading recorder(m_store);
    const auto recorded =
        recorder.run({r.meter.id, m_date.toString(Qt::ISODate), r.typed, r.readingKind, confirmed},
                     QDate::currentDate());
    if (recorded) {
        r.state = State::Saved;
        r.consumption = recorded.value().consumption;
        r.message = r.meter.lastReadingDate.isValid()
                        ? tr("Saved: %1 units used since %2")
                              .arg(r.consumption.toString(), dayText(r.meter.lastReadingDate))
                        : tr("Saved: the meter's first reading, counted from here");
    } else {
        r.state = recorder.needsConfirmation() ? State::NeedsConfirm : State::Refused;
        r.message = readableRefusal(recorded.error());
        if (r.state == State::NeedsConfirm)
            r.message += QLatin1Char('\n') + tr("Press Enter again to save it as it is.");
    }
    rowChanged(row);
    emit rowSaved(row, recorded.ok());
    return recorded.ok();
}

void ReadingsGridModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ReadingsGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReadingsGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReadingsGridModel::display(const Row& row, int column) const
{
    switch (column) {
    case Place:
        return row.meter.roomId.isEmpty() ? tr("Common area")
                                          : tr("Room %1").arg(row.meter.roomNumber);
    case Kind:
        return meterKindName(row.meter.kind);
    case Serial:
        return row.meter.serial.isEmpty() ? QStringLiteral("—") : row.meter.serial;
    case Previous:
        return row.meter.lastReadingDate.isValid()
                   ? Quantity::fromHundredths(row.meter.lastReadingHundredths).toString()
                   : QStringLiteral("—");
    case PreviousDate:
        return dayText(row.meter.lastReadingDate);
    case ReadingKind:
        return readingKindName(row.readingKind);
    case Current:
        return row.typed;
    case Consumption:
        return row.state == State::Saved ? row.consumption.toString() : QString();
    case Status:
        switch (row.state) {
        case State::Empty:
            return QString();
        case State::Pending:
            return tr("Not saved: press Enter");
        case State::Saved:
            return tr("Saved");
        case State::Refused:
            return tr("Refused: %1").arg(row.message.section(QLatin1Char('\n'), 0, 0));
        case State::NeedsConfirm:
            return tr("Unusual: Enter again to confirm");
        }
    }
    return {};
}

QVariant ReadingsGridModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::EditRole:
        if (index.column() == ReadingKind)
            return row.readingKind;
        return display(row, index.column());
    case Qt::ToolTipRole:
    case MessageRole:
        return row.message.isEmpty() ? QVariant() : QVariant(row.message);
    case Qt::TextAlignmentRole:
        if (index.column() == Previous || index.column() == Current ||
            index.column() == Consumption)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        switch (row.state) {
        case State::Saved:
            return QBrush(QColor(0xd9, 0xf2, 0xdf));
        case State::Refused:
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        case State::NeedsConfirm:
            return QBrush(QColor(0xff, 0xf0, 0xc2));
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (row.state == State::Refused)
            return QBrush(QColor(0x8a, 0x10, 0x1c));
        if (row.state == State::NeedsConfirm)
            return QBrush(QColor(0x7a, 0x4b, 0x00));
        return {};
    default:
        return {};
    }
}

QVariant ReadingsGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Place:
        return tr("Room / area");
    case Kind:
        return tr("Meter");
    case Serial:
        return tr("Serial");
    case Previous:
        return tr("Previous");
    case PreviousDate:
        return tr("Read on");
    case ReadingKind:
        return tr("Kind");
    case Current:
        return tr("Current");
    case Consumption:
        return tr("Units used");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags ReadingsGridModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Current || index.column() == ReadingKind)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ReadingsGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row& row = m_rows[index.row()];
    if (index.column() == ReadingKind) {
        const QString kind = value.toString();
        if (kind != QLatin1String("regular") && kind != QLatin1String("rollover") &&
            kind != QLatin1String("replacement"))
            return false;
        row.readingKind = kind;
        if (row.state == State::Refused || row.state == State::NeedsConfirm) {
            row.state = State::Pending;
            row.message.clear();
        }
        rowChanged(index.row());
        return true;
    }
    if (index.column() != Current)
        return false;
    const QString typed = value.toString().trimmed();
    if (typed.isEmpty()) {
        row.typed.clear();
        row.state = State::Empty;
        row.message.clear();
        rowChanged(index.row());
        return true;
    }
    // The same unusual value typed again is the user's confirmation.
    const bool confirmed = row.state == State::NeedsConfirm && typed == row.typed;
    if (row.state == State::Saved && typed == row.typed)
        return true; // already recorded
    row.typed = typed;
    save(index.row(), confirmed);
    return true;
}

} // namespace rentflow::ui
