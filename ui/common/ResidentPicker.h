#pragma once

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace rentflow::store {
class Store;
}

namespace rentflow::ui {

// Choose a resident by typing any part of their name, phone, room or bed
// ("asha", "98450", "101-A"); the popup lists at most 20 matches with bed and
// dues, Enter or a click picks one. residentId() is the pick, empty until then
// (typing again clears it). Reads ResidentList, as `rentflowctl resident list --search`.
class ResidentPicker : public QLineEdit
{
    Q_OBJECT
public:
    static constexpr int kMaxMatches = 20;

    explicit ResidentPicker(store::Store& store, QWidget* parent = nullptr);

    QString residentId() const { return m_residentId; }
    // Picks this resident (the text shows their name and bed).
    void setResident(const QString& residentId);
    // Only residents with a current stay (payments, notice, check-out).
    void setActiveOnly(bool activeOnly) { m_activeOnly = activeOnly; }
    // Runs the search now (tests; the field itself waits for a pause in typing).
    void searchNow();

signals:
    void residentChosen(const QString& residentId);

private:
    void choose(const QModelIndex& index);

    store::Store& m_store;
    QCompleter* m_completer;
    QStandardItemModel* m_matches;
    QTimer* m_pause;
    QString m_residentId;
    bool m_activeOnly = false;
    bool m_settingText = false;
};

} // namespace rentflow::ui
