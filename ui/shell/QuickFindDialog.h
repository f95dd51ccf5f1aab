#pragma once

#include "ScreenCatalog.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTreeView;

namespace rentflow::ui {

struct AppContext;
class QuickFindModel;

// Ctrl+K: type any part of a resident's name, phone, bed or room, a bed, a room, an invoice
// number or a screen's name; results show as you type (models/search/QuickFind), grouped
// by kind; arrows move, Enter opens through the navigator (a resident on their profile, a
// bed on the bed board…), Esc closes. Only records some screen of `screens` opens are offered.
class QuickFindDialog : public QDialog
{
    Q_OBJECT
public:
    QuickFindDialog(AppContext& context, QList<ScreenEntry> screens, QWidget* parent = nullptr);

    QuickFindModel* model() const { return m_model; }
    void accept() override; // opens the current result

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search(const QString& text);
    bool open(int row);

    AppContext& m_context;
    QList<ScreenEntry> m_screens;
    QLineEdit* m_findLineEdit;
    QTreeView* m_resultsView;
    QuickFindModel* m_model;
    QLabel* m_statusLabel;
};

} // namespace rentflow::ui
