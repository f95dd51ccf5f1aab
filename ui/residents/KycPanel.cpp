#include "KycPanel.h"

#include "KycScanDialog.h"
#include "ResidentText.h"

#include <common/AppContext.h>
#include <common/DisplayText.h>
#include <common/FormErrors.h>
#include <organisation/ImageFile.h>
#include <render/PrintPicture.h>
#include <residents/ResidentRepository.h>

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rentflow::ui {

namespace {

QString kindName(const QString& kind)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("aadhaar"), QT_TRANSLATE_NOOP("rentflow::ui::KycPanel", "Aadhaar")},
        {QStringLiteral("pan"), QT_TRANSLATE_NOOP("rentflow::ui::KycPanel", "PAN card")},
        {QStringLiteral("passport"), QT_TRANSLATE_NOOP("rentflow::ui::KycPanel", "Passport")},
        {QStringLiteral("driving_licence"),
         QT_TRANSLATE_NOOP("rentflow::ui::KycPanel", "Driving licence")},
        {QStringLiteral("voter_id"), QT_TRANSLATE_NOOP("rentflow::ui::KycPanel", "Voter ID")},
        {QStringLiteral("employer_id"),
         QT_TRANSLATE_NOOP("rentflow::ui::KycPanel", "Employer / college ID")},
        {QStringLiteral("photo"), QT_TRANSLATE_NOOP("rentflow::ui::KycPanel", "Photograph")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("rentflow::ui::KycPanel", "Other")}};
    const char* name = names.value(kind);
    return name ? QCoreApplication::translate("rentflow::ui::KycPanel", name) : kind;
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

KycPanel::KycPanel(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* general = new QLabel(this);
    general->setObjectName(QStringLiteral("kycErrorLabel"));
    m_errors = new FormErrors(this, general);

    auto* photoBox = new QGroupBox(tr("Photo"), this);
    m_photo = new QLabel(photoBox);
    m_photo->setObjectName(QStringLiteral("photoLabel"));
    m_photo->setFixedSize(150, 190);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setFrameShape(QFrame::StyledPanel);
    auto* choosePhoto = new QPushButton(tr("C&hoose photo…"), photoBox);
    choosePhoto->setObjectName(QStringLiteral("choosePhotoButton"));
    m_removePhoto = new QPushButton(tr("Remove p&hoto"), photoBox);
    m_removePhoto->setObjectName(QStringLiteral("removePhotoButton"));
    context.guard.guard(choosePhoto, Permission::ManageResidents);
    context.guard.guard(m_removePhoto, Permission::ManageResidents);
    auto* photoMessage = new QLabel(photoBox);
    auto* photoLayout = new QVBoxLayout(photoBox);
    photoLayout->addWidget(m_photo, 0, Qt::AlignHCenter);
    photoLayout->addWidget(photoMessage);
    photoLayout->addWidget(choosePhoto);
    photoLayout->addWidget(m_removePhoto);
    photoLayout->addWidget(
        new QLabel(tr("PNG or JPEG, at most %1 MB.").arg(ImageFile::kMaxPhotoBytes >> 20)));
    photoLayout->addStretch();
    m_errors->bind(QStringLiteral("photo"), m_photo, photoMessage);
    connect(choosePhoto, &QPushButton::clicked, this, &KycPanel::choosePhoto);
    connect(m_removePhoto, &QPushButton::clicked, this, &KycPanel::removePhoto);

    auto* scansBox =
        new QGroupBox(tr("Identity documents (kept encrypted in the workspace)"), this);
    m_kind = new QComboBox(scansBox);
    m_kind->setObjectName(QStringLiteral("kycKindCombo"));
    for (const QString& kind : KycDocumentRepository::kinds())
        m_kind->addItem(kindName(kind), kind);
    auto* attach = new QPushButton(tr("&Attach scan…"), scansBox);
    attach->setObjectName(QStringLiteral("attachScanButton"));
    context.guard.guard(attach, Permission::ManageResidents);
    auto* kindLabel = new QLabel(tr("&Document:"), scansBox);
    kindLabel->setBuddy(m_kind);
    auto* fileMessage = new QLabel(scansBox);
    auto* top = new QHBoxLayout;
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addWidget(attach);
    top->addStretch();
    top->addWidget(new QLabel(
        tr("PNG, JPEG or PDF, at most %1 MB.").arg(KycDocumentRepository::kMaxBytes >> 20)));
    m_errors->bind(QStringLiteral("kind"), m_kind, fileMessage);
    m_errors->bind(QStringLiteral("file"), attach, fileMessage);
    m_errors->bind(QStringLiteral("file-name"), attach, fileMessage);

    m_table = new QTableWidget(0, 4, scansBox);
    m_table->setObjectName(QStringLiteral("kycScansTable"));
    m_table->setHorizontalHeaderLabels({tr("Document"), tr("File"), tr("Size"), tr("Added on")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setColumnWidth(0, 180);
    m_table->setColumnWidth(2, 90);
    m_table->setColumnWidth(3, 110);
    m_view = new QPushButton(tr("&View"), scansBox);
    m_view->setObjectName(QStringLiteral("viewScanButton"));
    m_remove = new QPushButton(tr("Re&move"), scansBox);
    m_remove->setObjectName(QStringLiteral("removeScanButton"));
    context.guard.guard(m_remove, Permission::ManageResidents);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_view);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* scansLayout = new QVBoxLayout(scansBox);
    scansLayout->addLayout(top);
    scansLayout->addWidget(fileMessage);
    scansLayout->addWidget(m_table);
    scansLayout->addLayout(buttons);
    connect(attach, &QPushButton::clicked, this, &KycPanel::chooseScan);
    connect(m_view, &QPushButton::clicked, this, [this] { viewSelectedScan(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelectedScan(); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { viewSelectedScan(); });

    auto* columns = new QHBoxLayout;
    columns->addWidget(photoBox);
    columns->addWidget(scansBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addLayout(columns);
}

bool KycPanel::showResident(const QString& residentId)
{
    m_residentId = residentId;
    m_errors->clear();
    m_table->setRowCount(0);
    m_scans.clear();
    const auto photo = ResidentRepository(m_context.store()).photo(residentId);
    const auto scans = KycDocumentRepository(m_context.store()).list(residentId);
    if (!photo || !scans) {
        m_errors->show(!photo ? photo.error() : scans.error());
        return false;
    }
    showPhoto(photo.value());
    m_scans = scans.value();
    const QLocale locale;
    for (const KycDocument& scan : std::as_const(m_scans)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, cell(kindName(scan.kind)));
        m_table->setItem(row, 1, cell(scan.fileName));
        m_table->setItem(row, 2, cell(locale.formattedDataSize(scan.bytes)));
        m_table->setItem(row, 3, cell(ui::shownDate(scan.addedAt.toLocalTime().date())));
    }
    if (!m_scans.isEmpty())
        m_table->selectRow(0);
    m_view->setEnabled(!m_scans.isEmpty());
    m_remove->setEnabled(!m_scans.isEmpty() && m_context.guard.allows(Permission::ManageResidents));
    return true;
}

void KycPanel::showPhoto(const QByteArray& bytes)
{
    QPixmap picture;
    if (!bytes.isEmpty() && picture.loadFromData(bytes)) {
        m_photo->setPixmap(
            picture.scaled(m_photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_photo->setPixmap({});
        m_photo->setText(bytes.isEmpty() ? tr("No photo") : tr("Photo cannot be drawn"));
    }
    m_removePhoto->setEnabled(!bytes.isEmpty() &&
                              m_context.guard.allows(Permission::ManageResidents));
}

void KycPanel::choosePhoto()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the resident's photo"), {},
                                                      tr("Pictures (*.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        attachPhotoFile(path);
}

bool KycPanel::attachPhotoFile(const QString& path)
{
    m_errors->clear();
    const auto bytes = ImageFile::readFile(path, ImageFile::kMaxPhotoBytes);
    if (!bytes || bytes.value().isEmpty()) {
        m_errors->show(FieldErrors{
            {QStringLiteral("photo"), bytes ? tr("the file is empty") : bytes.error()}});
        return false;
    }
    // As `resident set --photo`: a PNG or JPEG that decodes within the print limits.
    if (ImageFile::parse(bytes.value(), ImageFile::kMaxPhotoBytes))
        if (const auto decodes = reports::printpicture::check(
                bytes.value(), QStringLiteral("photo"), tr("the picture"));
            !decodes) {
            m_errors->show(decodes.error());
            return false;
        }
    return savePhoto(bytes.value());
}

bool KycPanel::savePhoto(const QByteArray& photo)
{
    ResidentChanges changes;
    changes.photo = photo; // empty: no photo
    const auto saved = ResidentRepository(m_context.store()).update(m_residentId, changes);
    if (!saved) {
        m_errors->show(saved.error());
        return false;
    }
    showResident(m_residentId);
    emit changed();
    return true;
}

bool KycPanel::removePhoto()
{
    if (QMessageBox::question(this, tr("Remove photo"), tr("Remove the resident's photo?")) !=
        QMessageBox::Yes)
        return false;
    return savePhoto(QByteArray());
}

void KycPanel::chooseScan()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the scan to attach"), {},
                                     tr("Scans (*.png *.jpg *.jpeg *.pdf);;All files (*)"));
    if (!path.isEmpty())
        attachScanFile(path);
}

bool KycPanel::attachScanFile(const QString& path)
{
    m_errors->clear();
    const auto bytes = ImageFile::readFile(path, KycDocumentRepository::kMaxBytes);
    if (!bytes) {
        m_errors->show(FieldErrors{{QStringLiteral("file"), bytes.error()}});
        return false;
    }
    const auto added = KycDocumentRepository(m_context.store())
                           .attach(m_residentId, m_kind->currentData().toString(),
                                   QFileInfo(path).fileName(), bytes.value());
    if (!added) {
        m_errors->show(added.error());
        return false;
    }
    showResident(m_residentId);
    for (int row = 0; row < m_scans.size(); ++row)
        if (m_scans.at(row).id == added.value())
            m_table->selectRow(row);
    emit changed();
    return true;
}

int KycPanel::scanCount() const
{
    return int(m_scans.size());
}

KycScanDialog* KycPanel::viewSelectedScan()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_scans.size())
        return nullptr;
    const KycDocument& scan = m_scans.at(row);
    const auto bytes = KycDocumentRepository(m_context.store()).content(scan.id);
    if (!bytes) {
        m_errors->show(bytes.error());
        return nullptr;
    }
    auto* dialog = new KycScanDialog(kindName(scan.kind) + QStringLiteral(" — ") + scan.fileName,
                                     bytes.value(), scan.mimeType, this);
    dialog->show();
    return dialog;
}

bool KycPanel::removeSelectedScan()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_scans.size())
        return false;
    const KycDocument scan = m_scans.at(row);
    if (QMessageBox::question(this, tr("Remove scan"),
                              tr("Remove %1 (%2) from the resident's documents?")
                                  .arg(kindName(scan.kind), scan.fileName)) != QMessageBox::Yes)
        return false;
    const auto removed = KycDocumentRepository(m_context.store()).remove(scan.id);
    if (!removed) {
        m_errors->show(removed.error());
        return false;
    }
    showResident(m_residentId);
    emit changed();
    return true;
}

} // namespace rentflow::ui
