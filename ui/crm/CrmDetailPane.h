#pragma once

#include "CrmKind.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace rentflow::ui {
class FormErrors;
}

namespace rentflow::ui::crm {

class CrmClient;
class CrmTableModel;
struct CrmReply;

// One waitlist entry or investor lead: what the server has on it, its status, priority or
// follow-up and notes to edit (Ctrl+S saves), invite (waitlist), delete (asks first), and
// its activities, with a note or activity to add (leads). Refused edits are shown next to
// their field and the typing stays.
class CrmDetailPane : public QWidget
{
    Q_OBJECT
public:
    CrmDetailPane(CrmClient& client, CrmKind kind, QWidget* parent = nullptr);

    // Shows a record as the server sent it ({…, activities:[…]}).
    void showRecord(const QJsonObject& record);
    void showNothing(const QString& why = {});
    QString recordId() const { return m_record.value(QStringLiteral("id")).toString(); }
    const QJsonObject& record() const { return m_record; }
    CrmTableModel& activities() { return *m_activities; }
    FormErrors& errors() { return *m_errors; }
    QString message() const;
    void focusEditor();
    // Whether the editors hold something other than the record as last read or saved.
    bool hasUnsavedChanges() const;

    void save();
    void invite();
    void removeRecord();
    void addActivity();

    // Asked before deleting (a yes/no box); tests answer it themselves.
    std::function<bool(const QString& question)> confirm;

signals:
    // The record as the server has it after a change made here.
    void recordChanged(const QJsonObject& record);
    void recordDeleted(const QString& id);
    // A record that is no longer on the server (404): the list should read again.
    void recordMissing();

private:
    void answered(const CrmReply& reply, bool refillEditors);
    void showProblem(const CrmReply& reply);
    void setBusy(bool busy);
    QString path() const;
    void fillEditors();

    CrmClient& m_client;
    CrmKind m_kind;
    QJsonObject m_record;
    QLabel* m_title;
    QLabel* m_facts;
    QComboBox* m_status;
    QComboBox* m_priority = nullptr;
    QLineEdit* m_followUp = nullptr;
    QPlainTextEdit* m_notes;
    QPushButton* m_save;
    QPushButton* m_invite = nullptr;
    QPushButton* m_delete;
    QTableView* m_activityView;
    CrmTableModel* m_activities;
    QComboBox* m_activityType = nullptr;
    QLineEdit* m_activityText = nullptr;
    QPushButton* m_addActivity = nullptr;
    QLabel* m_message;
    FormErrors* m_errors;
    QWidget* m_body;
    QLabel* m_empty;
};

} // namespace rentflow::ui::crm
