#include "CrmDetailPane.h"

#include "CrmClient.h"
#include "CrmTableModel.h"

#include <common/FormErrors.h>

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace rentflow::ui::crm {

namespace {
constexpr const char* kDateFormat = "dd-MM-yyyy";

QComboBox* choices(const QStringList& values, const QString& objectName, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(objectName);
    for (const QString& value : values)
        box->addItem(choiceLabel(value), value);
    return box;
}
} // namespace

CrmDetailPane::CrmDetailPane(CrmClient& client, CrmKind kind, QWidget* parent)
    : QWidget(parent), m_client(client), m_kind(std::move(kind))
{
    confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Delete"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("crmDetailEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    outer->addWidget(m_empty);

    m_body = new QWidget(this);
    auto* column = new QVBoxLayout(m_body);
    column->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(m_body);
    m_title->setObjectName(QStringLiteral("crmDetailTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_facts = new QLabel(m_body);
    m_facts->setObjectName(QStringLiteral("crmDetailFacts"));
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel(m_body);
    m_message->setObjectName(QStringLiteral("crmDetailMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto* form = new QFormLayout;
    m_status = choices(m_kind.statuses, QStringLiteral("crmStatus"), m_body);
    form->addRow(tr("S&tatus:"), m_status);
    if (m_kind.isWaitlist()) {
        m_priority = choices(m_kind.secondChoices, QStringLiteral("crmPriority"), m_body);
        form->addRow(tr("P&riority:"), m_priority);
    } else {
        m_followUp = new QLineEdit(m_body);
        m_followUp->setObjectName(QStringLiteral("crmFollowUp"));
        m_followUp->setPlaceholderText(tr("dd-mm-yyyy, empty for none"));
        form->addRow(tr("&Follow up on:"), m_followUp);
    }
    m_notes = new QPlainTextEdit(m_body);
    m_notes->setObjectName(QStringLiteral("crmNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(110);
    form->addRow(m_kind.isWaitlist() ? tr("&Notes:") : tr("Internal &notes:"), m_notes);

    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save"), m_body);
    m_save->setObjectName(QStringLiteral("crmSave"));
    m_save->setToolTip(tr("Save the changes (Ctrl+S)"));
    buttons->addWidget(m_save);
    if (m_kind.isWaitlist()) {
        m_invite = new QPushButton(tr("&Invite"), m_body);
        m_invite->setObjectName(QStringLiteral("crmInvite"));
        m_invite->setToolTip(tr("Send the invitation email and mark the entry invited"));
        buttons->addWidget(m_invite);
        connect(m_invite, &QPushButton::clicked, this, &CrmDetailPane::invite);
    }
    buttons->addStretch(1);
    m_delete = new QPushButton(tr("&Delete…"), m_body);
    m_delete->setObjectName(QStringLiteral("crmDelete"));
    m_delete->setToolTip(tr("Delete this record (Del)"));
    buttons->addWidget(m_delete);

    auto* activityTitle = new QLabel(tr("Activity"), m_body);
    activityTitle->setFont(bold);
    m_activities = new CrmTableModel(
        {{tr("When"), QStringLiteral("createdAt"), CrmColumn::Format::Text, {}},
         {tr("What"), QStringLiteral("type"), CrmColumn::Format::Choice, {}},
         {tr("Details"), QStringLiteral("description"), CrmColumn::Format::Text, {}}},
        this);
    m_activityView = new QTableView(m_body);
    m_activityView->setObjectName(QStringLiteral("crmActivities"));
    m_activityView->setModel(m_activities);
    m_activityView->setAlternatingRowColors(true);
    m_activityView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_activityView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_activityView->verticalHeader()->hide();
    m_activityView->horizontalHeader()->setStretchLastSection(true);
    m_activityView->setWordWrap(true);

    column->addWidget(m_title);
    column->addWidget(m_facts);
    column->addWidget(m_message);
    column->addLayout(form);
    column->addLayout(buttons);
    column->addWidget(activityTitle);
    column->addWidget(m_activityView, 1);

    m_errors = new FormErrors(m_body, m_message);
    m_errors->bind(QStringLiteral("status"), m_status, form);
    if (m_priority)
        m_errors->bind(QStringLiteral("priority"), m_priority, form);
    if (m_followUp)
        m_errors->bind(QStringLiteral("nextFollowUpAt"), m_followUp, form);
    m_errors->bind(m_kind.isWaitlist() ? QStringLiteral("notes") : QStringLiteral("internalNotes"),
                   m_notes, form);

    if (!m_kind.isWaitlist()) {
        auto* addForm = new QFormLayout;
        m_activityType = choices({QStringLiteral("note_added"), QStringLiteral("call_made"),
                                  QStringLiteral("email_sent"), QStringLiteral("meeting_scheduled"),
                                  QStringLiteral("meeting_held")},
                                 QStringLiteral("crmActivityType"), m_body);
        m_activityText = new QLineEdit(m_body);
        m_activityText->setObjectName(QStringLiteral("crmActivityText"));
        m_activityText->setPlaceholderText(tr("What was said or agreed"));
        m_addActivity = new QPushButton(tr("&Add"), m_body);
        m_addActivity->setObjectName(QStringLiteral("crmAddActivity"));
        auto* row = new QHBoxLayout;
        row->addWidget(m_activityText, 1);
        row->addWidget(m_addActivity);
        addForm->addRow(tr("Add a&ctivity:"), m_activityType);
        auto* detailsLabel = new QLabel(tr("Detai&ls:"), m_body);
        detailsLabel->setBuddy(m_activityText);
        addForm->addRow(detailsLabel, row);
        column->addLayout(addForm);
        m_errors->bind(QStringLiteral("type"), m_activityType, addForm);
        m_errors->bind(QStringLiteral("text"), m_activityText, addForm);
        m_errors->bind(QStringLiteral("description"), m_activityText, addForm);
        connect(m_addActivity, &QPushButton::clicked, this, &CrmDetailPane::addActivity);
        connect(m_activityText, &QLineEdit::returnPressed, this, &CrmDetailPane::addActivity);
    }
    outer->addWidget(m_body, 1);

    connect(m_save, &QPushButton::clicked, this, &CrmDetailPane::save);
    connect(m_delete, &QPushButton::clicked, this, &CrmDetailPane::removeRecord);
    showNothing();
}

QString CrmDetailPane::path() const
{
    return m_kind.path + QLatin1Char('/') +
           QString::fromLatin1(QUrl::toPercentEncoding(recordId()));
}

QString CrmDetailPane::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void CrmDetailPane::focusEditor()
{
    if (m_body->isVisible())
        m_status->setFocus();
}

void CrmDetailPane::showNothing(const QString& why)
{
    m_record = {};
    m_activities->clear();
    m_errors->clear();
    m_body->hide();
    m_empty->setText(why.isEmpty() ? (m_kind.isWaitlist()
                                          ? tr("Choose an entry in the list to see and edit it.")
                                          : tr("Choose a lead in the list to see and edit it."))
                                   : why);
    m_empty->show();
}

void CrmDetailPane::showRecord(const QJsonObject& record)
{
    const bool sameRecord =
        record.value(QStringLiteral("id")) == m_record.value(QStringLiteral("id"));
    const bool hadChanges = sameRecord && hasUnsavedChanges();
    m_record = record;
    m_empty->hide();
    m_body->show();
    if (!sameRecord)
        m_errors->clear();
    const auto text = [&](const char* field) {
        return record.value(QLatin1String(field)).toString();
    };
    const QString name = text("fullName");
    m_title->setText(name.isEmpty() ? text("email") : name + QStringLiteral(" · ") + text("email"));

    QStringList facts;
    const auto fact = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            facts.append(label.arg(value));
    };
    fact(tr("Phone: %1"), text("phone"));
    if (m_kind.isWaitlist()) {
        fact(tr("Company: %1"), text("companyName"));
        fact(tr("Source: %1"), text("source"));
        fact(tr("Joined: %1"), dateTime(text("createdAt")));
        fact(tr("Invited: %1"), dateTime(text("invitedAt")));
        fact(tr("Registered: %1"), dateTime(text("registeredAt")));
    } else {
        fact(tr("Investor: %1"), choiceLabel(text("investorType")));
        fact(tr("Range: %1"), text("investmentRange"));
        facts.append(tr("Score: %1 (%2)")
                         .arg(record.value(QStringLiteral("leadScore")).toInt())
                         .arg(choiceLabel(text("temperature"))));
        fact(tr("LinkedIn: %1"), text("linkedinUrl"));
        fact(tr("Last contact: %1"), dateTime(text("lastContactedAt")));
        fact(tr("Received: %1"), dateTime(text("createdAt")));
        fact(tr("Their message: %1"), text("message"));
    }
    m_facts->setText(facts.join(QLatin1Char('\n')));

    // A re-read of the record being edited keeps what the user typed.
    if (!(sameRecord && hadChanges))
        fillEditors();
    if (m_invite)
        m_invite->setEnabled(text("status") == QLatin1String("pending"));

    QJsonArray rows;
    for (const QJsonValue& value : record.value(QStringLiteral("activities")).toArray()) {
        QJsonObject activity = value.toObject();
        activity.insert(QStringLiteral("createdAt"),
                        dateTime(activity.value(QStringLiteral("createdAt")).toString()));
        rows.append(activity);
    }
    m_activities->setRows(rows);
    m_activityView->resizeColumnToContents(0);
    m_activityView->resizeColumnToContents(1);
}

void CrmDetailPane::fillEditors()
{
    const auto text = [&](const char* field) {
        return m_record.value(QLatin1String(field)).toString();
    };
    m_status->setCurrentIndex(qMax(0, m_status->findData(text("status"))));
    if (m_priority)
        m_priority->setCurrentIndex(qMax(0, m_priority->findData(text("priority"))));
    if (m_followUp) {
        const QString next = text("nextFollowUpAt");
        m_followUp->setText(next.isEmpty() ? QString() : shortDate(next));
    }
    m_notes->setPlainText(m_kind.isWaitlist() ? text("notes") : text("internalNotes"));
}

bool CrmDetailPane::hasUnsavedChanges() const
{
    if (m_record.isEmpty())
        return false;
    const auto text = [&](const char* field) {
        return m_record.value(QLatin1String(field)).toString();
    };
    if (m_status->currentData().toString() != text("status"))
        return true;
    if (m_priority && m_priority->currentData().toString() != text("priority"))
        return true;
    if (m_followUp) {
        const QString next = text("nextFollowUpAt");
        if (m_followUp->text().trimmed() != (next.isEmpty() ? QString() : shortDate(next)))
            return true;
    }
    return m_notes->toPlainText() != (m_kind.isWaitlist() ? text("notes") : text("internalNotes"));
}

void CrmDetailPane::setBusy(bool busy)
{
    for (QPushButton* button : {m_save, m_invite, m_delete, m_addActivity})
        if (button)
            button->setEnabled(!busy);
    if (!busy && m_invite)
        m_invite->setEnabled(m_record.value(QStringLiteral("status")).toString() ==
                             QLatin1String("pending"));
}

void CrmDetailPane::showProblem(const CrmReply& reply)
{
    if (!reply.fields.isEmpty()) {
        rentflow::FieldErrors errors;
        for (auto it = reply.fields.begin(); it != reply.fields.end(); ++it)
            errors.append(FieldError{it.key(), it.value()});
        m_errors->show(errors);
        return;
    }
    m_errors->clear();
    m_message->setText(reply.message);
    m_message->show();
    if (reply.status == 404)
        emit recordMissing();
}

void CrmDetailPane::answered(const CrmReply& reply, bool refillEditors)
{
    setBusy(false);
    if (!reply.ok()) {
        showProblem(reply);
        return;
    }
    m_errors->clear();
    if (refillEditors)
        m_record = {}; // what was saved is what the editors now show
    showRecord(reply.json);
    emit recordChanged(reply.json);
}

void CrmDetailPane::save()
{
    if (recordId().isEmpty() || !m_save->isEnabled())
        return;
    m_errors->clear();
    QJsonObject body{{QStringLiteral("status"), m_status->currentData().toString()}};
    if (m_kind.isWaitlist()) {
        body.insert(QStringLiteral("priority"), m_priority->currentData().toString());
        body.insert(QStringLiteral("notes"), m_notes->toPlainText());
    } else {
        body.insert(QStringLiteral("internalNotes"), m_notes->toPlainText());
        const QString typed = m_followUp->text().trimmed();
        if (typed.isEmpty()) {
            body.insert(QStringLiteral("nextFollowUpAt"), QJsonValue::Null);
        } else {
            const QDate day = QDate::fromString(typed, QString::fromLatin1(kDateFormat));
            if (!day.isValid()) {
                m_errors->add(QStringLiteral("nextFollowUpAt"),
                              tr("Type a date as dd-mm-yyyy, like 05-03-2026"));
                return;
            }
            body.insert(QStringLiteral("nextFollowUpAt"), day.toString(Qt::ISODate));
        }
    }
    setBusy(true);
    m_client.put(path(), body, this, [this](const CrmReply& reply) { answered(reply, true); });
}

void CrmDetailPane::invite()
{
    if (recordId().isEmpty() || !m_invite || !m_invite->isEnabled())
        return;
    m_errors->clear();
    setBusy(true);
    m_client.post(path() + QStringLiteral("/invite"), {}, this,
                  [this](const CrmReply& reply) { answered(reply, true); });
}

void CrmDetailPane::removeRecord()
{
    if (recordId().isEmpty() || !m_delete->isEnabled())
        return;
    const QString who = m_record.value(QStringLiteral("email")).toString();
    const QString question =
        m_kind.isWaitlist()
            ? tr("Delete the waitlist entry of %1, with its notes and activity? This cannot be "
                 "undone.")
                  .arg(who)
            : tr("Delete the investor lead %1, with its notes and activity? This cannot be "
                 "undone.")
                  .arg(who);
    if (!confirm(question))
        return;
    const QString id = recordId();
    setBusy(true);
    m_client.del(path(), this, [this, id](const CrmReply& reply) {
        setBusy(false);
        if (!reply.ok()) {
            showProblem(reply);
            return;
        }
        showNothing(tr("Deleted."));
        emit recordDeleted(id);
    });
}

void CrmDetailPane::addActivity()
{
    if (recordId().isEmpty() || !m_addActivity || !m_addActivity->isEnabled())
        return;
    m_errors->clear();
    const QString type = m_activityType->currentData().toString();
    const QString text = m_activityText->text().trimmed();
    if (type == QLatin1String("note_added") && text.isEmpty()) {
        m_errors->add(QStringLiteral("text"), tr("Write the note first"));
        return;
    }
    setBusy(true);
    const auto done = [this](const CrmReply& reply) {
        if (reply.ok())
            m_activityText->clear();
        answered(reply, false);
    };
    if (type == QLatin1String("note_added"))
        m_client.post(path() + QStringLiteral("/note"), {{QStringLiteral("text"), text}}, this,
                      done);
    else
        m_client.post(path() + QStringLiteral("/activities"),
                      {{QStringLiteral("type"), type}, {QStringLiteral("description"), text}}, this,
                      done);
}

} // namespace rentflow::ui::crm
