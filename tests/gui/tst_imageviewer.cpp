// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QFile>
#include <QGraphicsView>
#include <QLabel>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

#include "gui/media/ImageViewer.h"

namespace {
QByteArray encoded(QSize size, const QColor &color, const char *format)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

//! Red with a blue square in the middle: zooming must keep the middle in view.
QByteArray target(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::red);
    for (int y = size.height() / 2 - 100; y < size.height() / 2 + 100; ++y)
        for (int x = size.width() / 2 - 100; x < size.width() / 2 + 100; ++x)
            image.setPixelColor(x, y, Qt::blue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestImageViewer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fitsAndZooms();
    void smallImagesStayAtActualSize();
    void savesTheOriginalBytes();
    void failedSaveSaysWhy();
    void escapeCloses();
    void dragPans();
    void unreadableImageSaysSo();
};

void TestImageViewer::dragPans()
{
    ImageViewer viewer;
    viewer.setImage(target(QSize(1600, 1200)), QStringLiteral("image/png"), {});
    viewer.resize(500, 420);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    viewer.setActualSize();
    auto *canvas = viewer.findChild<QGraphicsView *>(QStringLiteral("imageViewerCanvas"));
    QWidget *surface = canvas->viewport();
    const int x = canvas->horizontalScrollBar()->value();
    const int y = canvas->verticalScrollBar()->value();
    const QPointF from = surface->rect().center();
    const QPointF to = from + QPointF(80, 50);
    auto send = [&](QEvent::Type type, QPointF at, Qt::MouseButtons buttons) {
        QMouseEvent event(type, at, surface->mapToGlobal(at), Qt::LeftButton, buttons, {});
        QCoreApplication::sendEvent(surface, &event);
    };
    send(QEvent::MouseButtonPress, from, Qt::LeftButton);
    send(QEvent::MouseMove, from + QPointF(40, 25), Qt::LeftButton);
    send(QEvent::MouseMove, to, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, to, Qt::NoButton);
    // Dragging right and down shows more of the left and top.
    QCOMPARE(canvas->horizontalScrollBar()->value(), x - 80);
    QCOMPARE(canvas->verticalScrollBar()->value(), y - 50);
}

void TestImageViewer::unreadableImageSaysSo()
{
    ImageViewer viewer;
    viewer.setImage(QByteArray("not an image"), QStringLiteral("image/png"), QStringLiteral("x"));
    QVERIFY(viewer.image().isNull());
    QVERIFY(viewer.findChild<QLabel *>(QStringLiteral("imageSaveStatus"))
                ->text()
                .startsWith(QStringLiteral("Can't show this image")));
    QVERIFY(!viewer.findChild<QToolButton *>(QStringLiteral("imageZoomIn"))->isEnabled());
    // The bytes can still be saved.
    QVERIFY(viewer.findChild<QToolButton *>(QStringLiteral("imageSaveAs"))->isEnabled());
}

void TestImageViewer::fitsAndZooms()
{
    ImageViewer viewer;
    viewer.setImage(
        target(QSize(1600, 1200)), QStringLiteral("image/png"), QStringLiteral("big.png"));
    viewer.resize(500, 420);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(viewer.isFitting());
    const qreal fit = viewer.scale();
    QVERIFY2(fit < 0.4 && fit > 0.1, qPrintable(QString::number(fit)));
    // The image fills the canvas's middle.
    auto *canvas = viewer.findChild<QGraphicsView *>(QStringLiteral("imageViewerCanvas"));
    QVERIFY(canvas);
    const QImage shot = canvas->viewport()->grab().toImage();
    QCOMPARE(shot.pixelColor(shot.rect().center()), QColor(Qt::blue));
    QCOMPARE(shot.pixelColor(shot.rect().center() + QPoint(60, 0)), QColor(Qt::red));

    viewer.zoomIn();
    QCOMPARE(viewer.scale(), fit * ImageViewer::ZoomStep);
    QVERIFY(!viewer.isFitting());
    QTest::keyClick(&viewer, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(viewer.scale(), fit);
    QTest::keyClick(&viewer, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(viewer.scale(), 1.0);
    // Zoomed around the middle: the blue square fills the middle of the canvas.
    const QImage zoomed = canvas->viewport()->grab().toImage();
    QCOMPARE(zoomed.pixelColor(zoomed.rect().center()), QColor(Qt::blue));
    QCOMPARE(zoomed.pixelColor(zoomed.rect().center() + QPoint(60, 0)), QColor(Qt::blue));
    // Ctrl+wheel zooms; a plain wheel scrolls.
    const QPointF at = canvas->viewport()->rect().center();
    QWheelEvent wheel(at, canvas->viewport()->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton,
        Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(canvas->viewport(), &wheel);
    QCOMPARE(viewer.scale(), ImageViewer::ZoomStep);
    QWheelEvent scroll(at, canvas->viewport()->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(canvas->viewport(), &scroll);
    QCOMPARE(viewer.scale(), ImageViewer::ZoomStep);

    auto *fitButton = viewer.findChild<QToolButton *>(QStringLiteral("imageFit"));
    QVERIFY(fitButton);
    fitButton->click();
    QVERIFY(viewer.isFitting());
    QCOMPARE(viewer.scale(), fit);
    // Fitting follows the window.
    viewer.resize(900, 800);
    QTRY_VERIFY(viewer.scale() > fit);
    QCOMPARE(viewer.findChild<QLabel *>(QStringLiteral("imageZoomLevel"))->text(),
        QStringLiteral("%1%").arg(std::lround(viewer.scale() * 100)));
}

void TestImageViewer::smallImagesStayAtActualSize()
{
    ImageViewer viewer;
    viewer.setImage(encoded(QSize(40, 30), Qt::blue, "PNG"), QStringLiteral("image/png"), {});
    viewer.resize(600, 500);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QCOMPARE(viewer.scale(), 1.0);
    QVERIFY(viewer.isFitting());
    QCOMPARE(viewer.suggestedFileName(), QStringLiteral("image.png"));
}

void TestImageViewer::savesTheOriginalBytes()
{
    QTemporaryDir dir;
    const QByteArray jpeg = encoded(QSize(64, 48), Qt::green, "JPEG");
    ImageViewer viewer;
    viewer.setImage(jpeg, QStringLiteral("image/jpeg"), QStringLiteral("holiday"));
    QCOMPARE(viewer.suggestedFileName(), QStringLiteral("holiday.jpg"));
    QString suggested;
    viewer.setSaveNameProvider([&](const QString &path, const QString &filter) {
        suggested = path;
        Q_UNUSED(filter);
        return dir.filePath(QStringLiteral("saved")); // the user typed no extension
    });
    viewer.findChild<QToolButton *>(QStringLiteral("imageSaveAs"))->click();
    QVERIFY(suggested.endsWith(QStringLiteral("holiday.jpg")));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("saved.jpg"))), jpeg);
    QVERIFY(viewer.lastError().isEmpty());

    // A name that already has the extension is kept; cancelling writes nothing.
    viewer.setImage(jpeg, QStringLiteral("image/jpeg"), QStringLiteral("photo.jpeg"));
    QCOMPARE(viewer.suggestedFileName(), QStringLiteral("photo.jpeg"));
    viewer.setSaveNameProvider([](const QString &, const QString &) { return QString(); });
    viewer.saveAs();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

void TestImageViewer::failedSaveSaysWhy()
{
    QTemporaryDir dir;
    ImageViewer viewer;
    viewer.setImage(encoded(QSize(10, 10), Qt::red, "PNG"), QStringLiteral("image/png"),
        QStringLiteral("x.png"));
    const QString path = dir.filePath(QStringLiteral("missing/folder/x.png"));
    viewer.setSaveNameProvider([&](const QString &, const QString &) { return path; });
    viewer.saveAs();
    QVERIFY(!QFile::exists(path));
    QVERIFY(!viewer.lastError().isEmpty());
    QVERIFY(viewer.lastError().contains(QDir::toNativeSeparators(path)));
    QCOMPARE(
        viewer.findChild<QLabel *>(QStringLiteral("imageSaveStatus"))->text(), viewer.lastError());
}

void TestImageViewer::escapeCloses()
{
    ImageViewer viewer;
    viewer.setImage(encoded(QSize(10, 10), Qt::red, "PNG"), QStringLiteral("image/png"), {});
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(!viewer.isModal());
    QTest::keyClick(&viewer, Qt::Key_Escape);
    QVERIFY(!viewer.isVisible());
}

QTEST_MAIN(TestImageViewer)
#include "tst_imageviewer.moc"
