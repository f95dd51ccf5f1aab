// KYC scans and the photo, kept inside the encrypted store (never as loose files), driven
// from the resident's profile.
#include "ResidentsTestFixture.h"

TEST_F(ResidentsScreenTest, KycScansAreAttachedViewedAndRemovedInsideTheStoreOnly)
{
    QTemporaryDir outside;
    const QString scanPath = outside.filePath(QStringLiteral("aadhaar-front.png"));
    QImage scan(200, 120, QImage::Format_RGB32);
    scan.fill(Qt::darkCyan);
    ASSERT_TRUE(scan.save(scanPath, "PNG"));
    QFile file(scanPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    ui::ResidentsScreen screen(ui.context);
    screen.show();
    screen.openRecord({ui::RecordRef::Kind::Resident, pg.residentIds[0]});
    ui::KycPanel& kyc = *screen.profile()->kycPanel();
    const QStringList filesBefore = workspaceFiles();

    auto* kind = child<QComboBox>(kyc, "kycKindCombo");
    kind->setCurrentIndex(kind->findData(QStringLiteral("aadhaar")));
    ASSERT_TRUE(kyc.attachScanFile(scanPath));
    auto* table = child<QTableWidget>(kyc, "kycScansTable");
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Aadhaar"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("aadhaar-front.png"));
    const auto stored = KycDocumentRepository(store()).list(pg.residentIds[0]).value();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(KycDocumentRepository(store()).content(stored[0].id).value(), bytes);

    QTest::mouseClick(child<QPushButton>(kyc, "viewScanButton"), Qt::LeftButton);
    auto* viewer = kyc.findChild<ui::KycScanDialog*>();
    ASSERT_NE(viewer, nullptr);
    EXPECT_EQ(viewer->shownPages(), 1);
    viewer->close();

    answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(kyc, "removeScanButton"), Qt::LeftButton);
    EXPECT_EQ(table->rowCount(), 0);
    EXPECT_TRUE(KycDocumentRepository(store()).list(pg.residentIds[0]).value().isEmpty());
    // The scan was never a file of the workspace (only the database's own files).
    EXPECT_EQ(workspaceFiles(), filesBefore);

    // Not a picture or PDF: refused next to the attach button, nothing written.
    const QString textPath = outside.filePath(QStringLiteral("notes.txt"));
    QFile text(textPath);
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("not a scan");
    text.close();
    const qint64 before = changeCount();
    EXPECT_FALSE(kyc.attachScanFile(textPath));
    EXPECT_FALSE(kyc.errors().messageFor(QStringLiteral("file")).isEmpty());
    EXPECT_EQ(changeCount(), before);
}

TEST_F(ResidentsScreenTest, ThePhotoIsCheckedAndKeptInTheStore)
{
    QTemporaryDir outside;
    const QString photoPath = outside.filePath(QStringLiteral("photo.jpg"));
    QImage photo(150, 190, QImage::Format_RGB32);
    photo.fill(Qt::gray);
    ASSERT_TRUE(photo.save(photoPath, "JPEG"));
    ui::ResidentsScreen screen(ui.context);
    screen.show();
    screen.openRecord({ui::RecordRef::Kind::Resident, pg.residentIds[0]});
    ui::KycPanel& kyc = *screen.profile()->kycPanel();

    const QString textPath = outside.filePath(QStringLiteral("photo.txt"));
    QFile text(textPath);
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("not a photo");
    text.close();
    const qint64 before = changeCount();
    EXPECT_FALSE(kyc.attachPhotoFile(textPath));
    EXPECT_FALSE(kyc.errors().messageFor(QStringLiteral("photo")).isEmpty());
    EXPECT_EQ(changeCount(), before);

    // A PNG header declaring 7000 × 4000 pixels (28 megapixels, over the 24 a print
    // decodes): refused before any pixel is decoded, nothing written.
    const QString hugePath = outside.filePath(QStringLiteral("huge.png"));
    QFile huge(hugePath);
    ASSERT_TRUE(huge.open(QIODevice::WriteOnly));
    // PNG chunks: length, type, data, CRC-32 over type and data.
    const auto pngChunk = [](const QByteArray& typeAndData) {
        quint32 crc = 0xffffffffu;
        for (const char byte : typeAndData) {
            crc ^= quint8(byte);
            for (int bit = 0; bit < 8; ++bit)
                crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
        crc ^= 0xffffffffu;
        QByteArray chunk;
        const quint32 length = quint32(typeAndData.size() - 4);
        for (int shift = 24; shift >= 0; shift -= 8)
            chunk.append(char((length >> shift) & 0xff));
        chunk.append(typeAndData);
        for (int shift = 24; shift >= 0; shift -= 8)
            chunk.append(char((crc >> shift) & 0xff));
        return chunk;
    };
    QByteArray ihdr = QByteArrayLiteral("IHDR");
    for (const quint32 side : {7000u, 4000u})
        for (int shift = 24; shift >= 0; shift -= 8)
            ihdr.append(char((side >> shift) & 0xff));
    ihdr.append(QByteArrayLiteral("\x08\x02\0\0\0")); // 8-bit RGB
    huge.write(QByteArrayLiteral("\x89PNG\r\n\x1a\n") + pngChunk(ihdr) +
               pngChunk(QByteArrayLiteral("IDAT")) + pngChunk(QByteArrayLiteral("IEND")));
    huge.close();
    EXPECT_FALSE(kyc.attachPhotoFile(hugePath));
    EXPECT_TRUE(kyc.errors()
                    .messageFor(QStringLiteral("photo"))
                    .contains(QStringLiteral("7000 × 4000 pixels")))
        << kyc.errors().messageFor(QStringLiteral("photo")).toStdString();
    EXPECT_EQ(changeCount(), before);

    ASSERT_TRUE(kyc.attachPhotoFile(photoPath));
    QFile file(photoPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(ResidentRepository(store()).photo(pg.residentIds[0]).value(), file.readAll());
    EXPECT_FALSE(child<QLabel>(kyc, "photoLabel")->pixmap().isNull());
}
