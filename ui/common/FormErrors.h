#pragma once

#include <domain/FieldError.h>

#include <QHash>
#include <QObject>
#include <QPointer>

class QFormLayout;
class QLabel;
class QWidget;

namespace rentflow::store {
struct StoreError;
}

namespace rentflow::ui {

// Errors shown next to the field they are about (SPEC: "errors say what happened and
// what to do, next to the field"). A form binds each model field name ("phone",
// "rent") to its input; show() puts each message in a red line under that input,
// marks the input, and moves the focus to the first one. Messages for fields the
// form does not show, and errors that are not about a field, go to the general line.
class FormErrors : public QObject
{
    Q_OBJECT
public:
    // `general` shows what is not about one field (may be null: then a message box).
    explicit FormErrors(QWidget* form, QLabel* general = nullptr);

    // The input for `field`; its message line goes right under it in `layout`'s row.
    void bind(const QString& field, QWidget* input, QFormLayout* layout);
    // The input for `field` with a message label the form placed itself.
    void bind(const QString& field, QWidget* input, QLabel* message);

    void clear();
    void show(const FieldErrors& errors);
    // A refused operation: its field errors next to the fields, anything else in the
    // general line.
    void show(const store::StoreError& error);
    // One problem for one field, as checked on the form itself.
    void add(const QString& field, const QString& message);
    bool isEmpty() const { return m_shown == 0; }
    // The message shown for `field`, empty when none (for tests and screen readers).
    QString messageFor(const QString& field) const;

private:
    struct Binding
    {
        QPointer<QWidget> input;
        QPointer<QLabel> message;
    };
    void focusFirst();

    QWidget* m_form;
    QPointer<QLabel> m_general;
    QHash<QString, Binding> m_bindings;
    QStringList m_order;
    int m_shown = 0;
    QPointer<QWidget> m_firstInput;
    int m_firstIndex = -1;
};

} // namespace rentflow::ui
