#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace rentflow::test {

// Answers the modal dialogs a user action opens (they run their own event loop): every few
// milliseconds, the active modal widget, if any, is handed to `answer`, as a user would
// deal with it. Stops when destroyed.
class ModalResponder
{
public:
    explicit ModalResponder(std::function<void(QWidget*)> answer) : m_answer(std::move(answer))
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (QWidget* modal = QApplication::activeModalWidget(); modal && !m_busy) {
                m_busy = true; // an answer that opens another modal must not re-enter
                m_answer(modal);
                m_busy = false;
            }
        });
        m_timer.start(20);
    }

private:
    std::function<void(QWidget*)> m_answer;
    QTimer m_timer;
    bool m_busy = false;
};

} // namespace rentflow::test
