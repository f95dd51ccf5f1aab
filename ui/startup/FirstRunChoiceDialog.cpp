#include "FirstRunChoiceDialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace rentflow::ui {

FirstRunChoiceDialog::FirstRunChoiceDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("firstRunChoiceDialog"));
    setWindowTitle(tr("Welcome to RentFlow"));
    auto* heading = new QLabel(tr("Welcome to RentFlow"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* intro = new QLabel(tr("Your data stays on this PC, encrypted. How would you like to "
                                "start?"),
                             this);
    intro->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(8);
    const struct
    {
        const char* name;
        QString title;
        QString description;
        LaunchPrompts::FirstRun choice;
    } choices[] = {
        {"setUpButton", tr("&Set up my business"),
         tr("Your business and its first property, then rooms, beds and residents."),
         LaunchPrompts::FirstRun::SetUpBusiness},
        {"demoButton", tr("&Explore a demo PG"),
         tr("A made-up PG with residents, invoices and payments to try everything on, kept "
            "apart from your own data."),
         LaunchPrompts::FirstRun::ExploreDemo},
        {"restoreButton", tr("&Restore from a backup"),
         tr("Moving to a new PC: open a RentFlow backup (.rfb) with its recovery key."),
         LaunchPrompts::FirstRun::RestoreBackup},
    };
    for (const auto& entry : choices) {
        auto* button = new QCommandLinkButton(entry.title, entry.description, this);
        button->setObjectName(QString::fromLatin1(entry.name));
        connect(button, &QCommandLinkButton::clicked, this, [this, choice = entry.choice] {
            m_choice = choice;
            accept();
        });
        layout->addWidget(button);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace rentflow::ui
