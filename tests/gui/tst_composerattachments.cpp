// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's attachments as a user meets them: pasting image data, files and image URLs,
// dropping files on the editor, removing with the × button or Backspace, refusals that say why,
// and sending a message that is only an attachment.
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QImageReader>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/media/Wav.h"
#include "gui/ComposerWidget.h"
#include "gui/composer/AttachmentStrip.h"

using Kind = ComposerAttachment::Kind;

namespace {
QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QImage filled(QSize size, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

QSize sizeOf(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return QImageReader(&buffer).size();
}
} // namespace

class TestComposerAttachments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pastedImageDataIsScaled();
    void pastedFilesAttach();
    void pastedImageUrlAttachesUnlessPlain();
    void droppedFilesAttach();
    void refusalsSayWhy();
    void removeWithButtonAndBackspace();
    void attachmentAloneCanBeSent();
    void limitsAreHonoured();

private:
    QString write(const QString &name, const QByteArray &bytes);
    void paste(QMimeData *data);

    QTemporaryDir m_dir;
    ComposerWidget *m_composer = nullptr;
    QPlainTextEdit *m_edit = nullptr;
};

void TestComposerAttachments::init()
{
    m_composer = new ComposerWidget;
    m_composer->resize(700, 240);
    m_composer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_composer));
    m_edit = m_composer->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    QVERIFY(m_edit);
    m_edit->setFocus();
}

void TestComposerAttachments::cleanup()
{
    delete m_composer;
    m_composer = nullptr;
}

QString TestComposerAttachments::write(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

void TestComposerAttachments::paste(QMimeData *data)
{
    QApplication::clipboard()->setMimeData(data);
    QTest::keyClick(m_edit, Qt::Key_V, Qt::ControlModifier);
}

void TestComposerAttachments::pastedImageDataIsScaled()
{
    // A screenshot on the clipboard: 4000 × 3000 is scaled to a long side of 2048.
    auto *data = new QMimeData;
    data->setImageData(filled({ 4000, 3000 }, Qt::darkCyan));
    paste(data);
    const ComposerAttachments attachments = m_composer->attachments();
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(attachments[0].kind, Kind::Image);
    QCOMPARE(sizeOf(attachments[0].bytes), QSize(2048, 1536));
    QVERIFY(!attachments[0].thumbnail.isNull());
    QVERIFY(m_edit->toPlainText().isEmpty()); // nothing pasted as text
    QVERIFY(m_composer->attachmentStrip()->isVisible());
}

void TestComposerAttachments::pastedFilesAttach()
{
    // Copy in a file manager: file URLs. The format comes from the bytes: the photo is a PNG
    // named .jpg, the recording a WAV named .bin.
    const QString photo =
        write(QStringLiteral("photo.jpg"), encoded(filled({ 64, 48 }, Qt::red), "PNG"));
    const QByteArray wav = Wav::fromPcm(QByteArray(24000 * 2, '\0'));
    const QString voice = write(QStringLiteral("voice.bin"), wav);
    auto *data = new QMimeData;
    data->setUrls({ QUrl::fromLocalFile(photo), QUrl::fromLocalFile(voice) });
    paste(data);
    const ComposerAttachments attachments = m_composer->attachments();
    QCOMPARE(attachments.size(), 2);
    QCOMPARE(attachments[0].mimeType, QStringLiteral("image/png"));
    QCOMPARE(attachments[0].name, QStringLiteral("photo.jpg"));
    QCOMPARE(attachments[1].kind, Kind::Audio);
    QCOMPARE(attachments[1].mimeType, QStringLiteral("audio/wav"));
    QCOMPARE(attachments[1].bytes, wav); // sent as it is
    QCOMPARE(attachments[1].durationMs, 1000);
}

void TestComposerAttachments::pastedImageUrlAttachesUnlessPlain()
{
    auto *data = new QMimeData;
    data->setText(QStringLiteral("https://example.com/pictures/cat.PNG"));
    paste(data);
    QCOMPARE(m_composer->attachments().size(), 1);
    QCOMPARE(m_composer->attachments()[0].kind, Kind::ImageUrl);
    QCOMPARE(
        m_composer->attachments()[0].url, QStringLiteral("https://example.com/pictures/cat.PNG"));
    QVERIFY(m_edit->toPlainText().isEmpty());

    // Ctrl+Shift+V keeps it as text; an ordinary link is text anyway.
    QTest::keyClick(m_edit, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("https://example.com/pictures/cat.PNG"));
    m_edit->clear();
    auto *link = new QMimeData;
    link->setText(QStringLiteral("https://example.com/about"));
    paste(link);
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("https://example.com/about"));
    QCOMPARE(m_composer->attachments().size(), 1);
}

void TestComposerAttachments::droppedFilesAttach()
{
    const QString photo =
        write(QStringLiteral("drop.png"), encoded(filled({ 30, 30 }, Qt::blue), "PNG"));
    auto *data = new QMimeData;
    data->setUrls({ QUrl::fromLocalFile(photo) });
    QWidget *target = m_edit->viewport();
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    QDropEvent drop(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    QCOMPARE(m_composer->attachments().size(), 1);
    QCOMPARE(m_composer->attachments()[0].name, QStringLiteral("drop.png"));
    QVERIFY(m_edit->toPlainText().isEmpty()); // not the file's path as text
    delete data;
}

void TestComposerAttachments::refusalsSayWhy()
{
    QSignalSpy refused(m_composer, &ComposerWidget::attachmentRefused);
    const QString notes = write(QStringLiteral("notes.png"), "just some text, not a picture\n");
    const QString broken = write(
        QStringLiteral("broken.png"), encoded(filled({ 200, 200 }, Qt::green), "PNG").left(60));
    m_composer->attachFiles({ notes, broken, m_dir.filePath(QStringLiteral("missing.wav")) });
    QCOMPARE(refused.size(), 3);
    QVERIFY2(refused[0][0].toString().contains(QStringLiteral("notes.png")),
        qPrintable(refused[0][0].toString()));
    QVERIFY2(refused[0][0].toString().contains(QStringLiteral("text")),
        qPrintable(refused[0][0].toString()));
    QVERIFY2(refused[1][0].toString().contains(QStringLiteral("broken.png")),
        qPrintable(refused[1][0].toString()));
    QVERIFY2(refused[2][0].toString().contains(QStringLiteral("does not exist")),
        qPrintable(refused[2][0].toString()));
    QVERIFY(m_composer->attachments().isEmpty());
}

void TestComposerAttachments::removeWithButtonAndBackspace()
{
    const QByteArray png = encoded(filled({ 20, 20 }, Qt::yellow), "PNG");
    m_composer->attachFiles({ write(QStringLiteral("a.png"), png),
        write(QStringLiteral("b.png"), png), write(QStringLiteral("c.png"), png) });
    AttachmentStrip *strip = m_composer->attachmentStrip();
    QCOMPARE(strip->count(), 3);
    QTRY_VERIFY(strip->isVisible());

    // The × on the first one.
    const QRect remove = strip->removeButtonRect(0);
    QVERIFY(remove.isValid());
    QTest::mouseClick(strip->viewport(), Qt::LeftButton, {}, remove.center());
    QCOMPARE(strip->count(), 2);
    QCOMPARE(m_composer->attachments()[0].name, QStringLiteral("b.png"));

    // Backspace at the start of the editor takes the last one; typed text is left alone.
    m_edit->setFocus();
    QTest::keyClicks(m_edit, QStringLiteral("x"));
    QTest::keyClick(m_edit, Qt::Key_Backspace);
    QCOMPARE(strip->count(), 2);
    QTest::keyClick(m_edit, Qt::Key_Backspace);
    QCOMPARE(strip->count(), 1);
    QCOMPARE(m_composer->attachments()[0].name, QStringLiteral("b.png"));

    // Backspace on the selected item in the strip.
    strip->setFocus();
    strip->setCurrentRow(0);
    QTest::keyClick(strip, Qt::Key_Backspace);
    QCOMPARE(strip->count(), 0);
    QVERIFY(!strip->isVisible());
}

void TestComposerAttachments::attachmentAloneCanBeSent()
{
    QSignalSpy sent(m_composer, &ComposerWidget::sendRequested);
    QTest::keyClick(m_edit, Qt::Key_Return);
    QCOMPARE(sent.size(), 0); // nothing to send
    m_composer->attachImageUrl(QStringLiteral("https://example.com/a.webp"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0][0].toString(), QString());
    // The receiver takes them; until then they stay (a failed send loses nothing).
    QCOMPARE(m_composer->takeAttachments().size(), 1);
    QVERIFY(m_composer->attachments().isEmpty());
}

void TestComposerAttachments::limitsAreHonoured()
{
    AttachmentIntake::Limits limits;
    limits.maxLongSide = 512;
    limits.maxBytes = 1 << 20;
    m_composer->setAttachmentLimits(limits);
    QSignalSpy refused(m_composer, &ComposerWidget::attachmentRefused);
    m_composer->attachFiles(
        { write(QStringLiteral("wide.png"), encoded(filled({ 1600, 400 }, Qt::magenta), "PNG")),
            write(QStringLiteral("big.wav"), Wav::fromPcm(QByteArray(2 << 20, '\0'))) });
    QCOMPARE(m_composer->attachments().size(), 1);
    QCOMPARE(sizeOf(m_composer->attachments()[0].bytes), QSize(512, 128));
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused[0][0].toString().contains(QStringLiteral("big.wav")),
        qPrintable(refused[0][0].toString()));
}

QTEST_MAIN(TestComposerAttachments)
#include "tst_composerattachments.moc"
