#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QTableView;

namespace rentflow::ui {

struct AppContext;
class FoundDocumentsModel;

// "Find a document": type a number (or part of it), Enter lists every issued
// document that has it; Enter or a double-click on one opens its preview.
class DocumentSearchPanel : public QGroupBox
{
    Q_OBJECT
public:
    DocumentSearchPanel(AppContext& context, QWidget* parent = nullptr);

    // Lists the documents whose number contains `text`; false when the read failed
    // or the text was refused (the message shows under the field).
    bool search(const QString& text);
    // Opens the found document of `row` in the preview.
    void openRow(int row);
    FoundDocumentsModel* model() const { return m_model; }
    QLineEdit* numberField() const { return m_number; }

private:
    AppContext& m_context;
    FoundDocumentsModel* m_model;
    QLineEdit* m_number;
    QLabel* m_message;
    QTableView* m_results;
};

} // namespace rentflow::ui
