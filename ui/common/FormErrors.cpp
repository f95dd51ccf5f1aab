#include "FormErrors.h"

#include <store/StoreError.h>

#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QWidget>

namespace rentflow::ui {

namespace {

QLabel* newMessageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setVisible(false);
    return label;
}

void markInvalid(QWidget* input, bool invalid)
{
    if (!input)
        return;
    input->setProperty("invalid", invalid);
    input->setStyleSheet(invalid ? QStringLiteral("border: 1px solid #b3261e;") : QString());
}

} // namespace

FormErrors::FormErrors(QWidget* form, QLabel* general)
    : QObject(form), m_form(form), m_general(general)
{
    if (m_general) {
        m_general->setWordWrap(true);
        m_general->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_general->setVisible(false);
    }
}

void FormErrors::bind(const QString& field, QWidget* input, QFormLayout* layout)
{
    QLabel* message = newMessageLabel(m_form);
    message->setObjectName(field + QStringLiteral("ErrorLabel"));
    int row = -1;
    QFormLayout::ItemRole role;
    layout->getWidgetPosition(input, &row, &role);
    if (row < 0) {
        // The input sits inside a row's own layout: find the row that holds it.
        for (int r = 0; r < layout->rowCount() && row < 0; ++r) {
            QLayoutItem* item = layout->itemAt(r, QFormLayout::FieldRole);
            if (item && item->widget() && item->widget()->isAncestorOf(input))
                row = r;
        }
    }
    if (row >= 0)
        layout->insertRow(row + 1, QString(), message);
    else
        layout->addRow(QString(), message);
    bind(field, input, message);
}

void FormErrors::bind(const QString& field, QWidget* input, QLabel* message)
{
    if (!m_bindings.contains(field))
        m_order.append(field);
    m_bindings.insert(field, {input, message});
}

void FormErrors::clear()
{
    for (const Binding& b : std::as_const(m_bindings)) {
        if (b.message) {
            b.message->clear();
            b.message->setVisible(false);
        }
        markInvalid(b.input, false);
    }
    if (m_general) {
        m_general->clear();
        m_general->setVisible(false);
    }
    m_shown = 0;
    m_firstInput = nullptr;
    m_firstIndex = -1;
}

void FormErrors::add(const QString& field, const QString& message)
{
    ++m_shown;
    const auto found = m_bindings.constFind(field);
    if (found != m_bindings.constEnd() && found->message) {
        const QString before = found->message->text();
        found->message->setText(before.isEmpty() ? message : before + QLatin1Char('\n') + message);
        found->message->setVisible(true);
        markInvalid(found->input, true);
        // The first in the form's order gets the focus.
        const int index = int(m_order.indexOf(field));
        if (!m_firstInput || index < m_firstIndex) {
            m_firstInput = found->input;
            m_firstIndex = index;
        }
        return;
    }
    const QString line = field.isEmpty() ? message : field + QStringLiteral(": ") + message;
    if (m_general) {
        const QString before = m_general->text();
        m_general->setText(before.isEmpty() ? line : before + QLatin1Char('\n') + line);
        m_general->setVisible(true);
    } else {
        QMessageBox::warning(m_form, tr("Not saved"), line);
    }
}

void FormErrors::show(const FieldErrors& errors)
{
    clear();
    for (const FieldError& e : errors)
        add(e.field, e.message);
    focusFirst();
}

void FormErrors::show(const store::StoreError& error)
{
    clear();
    if (!error.fields.isEmpty()) {
        for (const FieldError& e : error.fields)
            add(e.field, e.message);
    } else {
        add(QString(), error.message);
    }
    focusFirst();
}

QString FormErrors::messageFor(const QString& field) const
{
    const auto found = m_bindings.constFind(field);
    return found != m_bindings.constEnd() && found->message ? found->message->text() : QString();
}

void FormErrors::focusFirst()
{
    if (m_firstInput)
        m_firstInput->setFocus(Qt::OtherFocusReason);
}

} // namespace rentflow::ui
