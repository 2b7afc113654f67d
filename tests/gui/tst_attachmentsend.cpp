// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Attachments from the window to the wire (issue 5): an image pasted, a photo file scaled down, an
// image URL, a WAV dropped on the conversation, sent with the text over loopback; each request
// validated against the OpenAPI spec. A failed send gives the attachments back to the composer.
#include <cmath>

#include <QApplication>
#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QImageReader>
#include <QMimeData>
#include <QSignalSpy>
#include <QtEndian>

#include "MainWindowFixture.h"
#include "core/media/Wav.h"
#include "gui/composer/AttachmentStrip.h"
#include "gui/media/AudioPlayerWidget.h"
#include "gui/media/ImageViewer.h"
#include "gui/panel/ParameterPanel.h"
#include "support/SpecCheck.h"

using namespace WindowTest;

namespace {
QByteArray png(QSize size, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

//! The image a data URL carries, decoded.
QImage fromDataUrl(const QString &url)
{
    const qsizetype comma = url.indexOf(QLatin1Char(','));
    return QImage::fromData(QByteArray::fromBase64(url.mid(comma + 1).toLatin1()));
}

QJsonArray lastUserContent(const RecordedRequest &request)
{
    const QJsonArray messages = request.json().value(QStringLiteral("messages")).toArray();
    return messages.last().toObject().value(QStringLiteral("content")).toArray();
}
} // namespace

class TestAttachmentSend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pastedFileUrlAndDroppedMediaSent();
    void failedSendKeepsAttachments();
    void editPutsMediaBack();
    void thumbnailOpensViewerAndAudioPlays();
    void spokenAnswerIsPlayableAudio();
};

void TestAttachmentSend::pastedFileUrlAndDroppedMediaSent()
{
    Fixture f;
    QVERIFY(f.opened);
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.server.enqueue("/chat/completions", answer({ QStringLiteral("見えました。") }));

    // Pasted: a 3000 × 2000 screenshot.
    f.editor()->setFocus();
    auto *clip = new QMimeData;
    QImage shot(3000, 2000, QImage::Format_RGB32);
    shot.fill(QColor(200, 30, 30));
    clip->setImageData(shot);
    QApplication::clipboard()->setMimeData(clip);
    QTest::keyClick(f.editor(), Qt::Key_V, Qt::ControlModifier);
    // From the file dialog: a small PNG, sent as it is.
    const QByteArray small = png({ 40, 30 }, Qt::blue);
    QFile file(f.path("small.png"));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(small) == small.size());
    file.close();
    f.composer()->attachFiles({ file.fileName() });
    // Typed as a URL.
    f.composer()->attachImageUrl(QStringLiteral("https://example.com/tokyo.jpg"));
    // Dropped on the conversation (not on the composer): a WAV.
    const QByteArray wav = Wav::fromPcm(QByteArray(24000, '\x10'));
    QFile wavFile(f.path("question.wav"));
    QVERIFY(wavFile.open(QIODevice::WriteOnly) && wavFile.write(wav) == wav.size());
    wavFile.close();
    QMimeData drop;
    drop.setUrls({ QUrl::fromLocalFile(wavFile.fileName()) });
    QWidget *viewport = f.page()->view()->viewport();
    const QPoint at = viewport->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &drop, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(at, Qt::CopyAction, &drop, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &dropped);
    QCOMPARE(f.composer()->attachments().size(), 4);
    // Dropped on the sidebar: the window takes it too.
    QMimeData onSidebar;
    onSidebar.setUrls({ QUrl::fromLocalFile(file.fileName()) });
    QWidget *sidebar = f.window->findChild<QWidget *>(QStringLiteral("conversationSidebar"));
    QVERIFY(sidebar);
    QDragEnterEvent enterSidebar(
        sidebar->rect().center(), Qt::CopyAction, &onSidebar, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(sidebar, &enterSidebar);
    QVERIFY(enterSidebar.isAccepted());
    QDropEvent dropSidebar(
        sidebar->rect().center(), Qt::CopyAction, &onSidebar, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(sidebar, &dropSidebar);
    QCOMPARE(f.composer()->attachments().size(), 5);
    f.composer()->attachmentStrip()->removeAttachment(4);

    f.typeAndSend(QStringLiteral("何が見えますか？"));
    QTRY_COMPARE_WITH_TIMEOUT(chatRequests(f.server), 1, 5000);
    QTRY_COMPARE(f.model()->rowCount(), 2);
    QTRY_COMPARE(f.state(1), Conversation::State::Complete);
    QVERIFY(f.composer()->attachments().isEmpty());

    const QJsonArray content = lastUserContent(lastChat(f.server));
    QCOMPARE(content.size(), 5);
    QCOMPARE(content[0].toObject().value(QStringLiteral("text")).toString(),
        QStringLiteral("何が見えますか？"));
    const QString pasted = content[1]
                               .toObject()
                               .value(QStringLiteral("image_url"))
                               .toObject()
                               .value(QStringLiteral("url"))
                               .toString();
    QVERIFY(pasted.startsWith(QStringLiteral("data:image/png;base64,")));
    const QImage scaled = fromDataUrl(pasted);
    QCOMPARE(scaled.size(), QSize(2048, 1365));
    QCOMPARE(scaled.pixelColor(1000, 700), QColor(200, 30, 30));
    const QString fromFile = content[2]
                                 .toObject()
                                 .value(QStringLiteral("image_url"))
                                 .toObject()
                                 .value(QStringLiteral("url"))
                                 .toString();
    QCOMPARE(
        fromFile, QStringLiteral("data:image/png;base64,") + QString::fromLatin1(small.toBase64()));
    QCOMPARE(content[3]
                 .toObject()
                 .value(QStringLiteral("image_url"))
                 .toObject()
                 .value(QStringLiteral("url")),
        QStringLiteral("https://example.com/tokyo.jpg"));
    const QJsonObject audio = content[4].toObject().value(QStringLiteral("input_audio")).toObject();
    QCOMPARE(audio.value(QStringLiteral("format")), QStringLiteral("wav"));
    QCOMPARE(
        QByteArray::fromBase64(audio.value(QStringLiteral("data")).toString().toLatin1()), wav);

    // The question shows its media after a restart: the parts were stored.
    const auto messages = f.context->store().messages(f.page()->conversationId());
    QVERIFY(messages);
    QCOMPARE(messages->first().parts.size(), 5);

    QJsonObject broken = lastChat(f.server).json();
    broken.insert(QStringLiteral("messages"),
        QJsonArray{ QJsonObject{ { QStringLiteral("role"), QStringLiteral("user") },
            { QStringLiteral("content"),
                QJsonArray{ QJsonObject{ { QStringLiteral("type"), QStringLiteral("image_url") },
                    { QStringLiteral("image_url"),
                        QJsonObject{ { QStringLiteral("url"), pasted },
                            { QStringLiteral("detail"), QStringLiteral("huge") } } } } } } } });
    const QString report = SpecCheck::validate(
        { { QStringLiteral("pasted, file, URL, dropped WAV"), lastChat(f.server).json() },
            { QStringLiteral("detail huge"), broken, false } });
    QVERIFY2(report.isEmpty(), qPrintable(report));
}

void TestAttachmentSend::failedSendKeepsAttachments()
{
    // The server fails: the question keeps its image, and Retry sends it again.
    Fixture f;
    QVERIFY(f.opened);
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.server.enqueue("/chat/completions", FakeResponse::error(400, QStringLiteral("boom")));
    f.server.enqueue("/chat/completions", answer({ QStringLiteral("猫です。") }));
    f.composer()->attachImageUrl(QStringLiteral("https://example.com/a.png"));
    f.typeAndSend(QStringLiteral("これは？"));
    QTRY_COMPARE(f.model()->rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(f.state(1), Conversation::State::Failed, 5000);
    QCOMPARE(f.model()->message(0).parts.size(), 2);
    f.click(1, MessageActions::Action::Retry);
    QTRY_COMPARE_WITH_TIMEOUT(chatRequests(f.server), 2, 5000);
    const QJsonArray content = lastUserContent(lastChat(f.server));
    QCOMPARE(content.size(), 2);
    QCOMPARE(content[1]
                 .toObject()
                 .value(QStringLiteral("image_url"))
                 .toObject()
                 .value(QStringLiteral("url")),
        QStringLiteral("https://example.com/a.png"));
}

void TestAttachmentSend::editPutsMediaBack()
{
    Fixture f;
    QVERIFY(f.opened);
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.server.enqueue("/chat/completions", answer({ QStringLiteral("一") }));
    f.composer()->attachImageUrl(QStringLiteral("https://example.com/a.png"));
    f.typeAndSend(QStringLiteral("見て"));
    QTRY_COMPARE(f.model()->rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(f.state(1), Conversation::State::Complete, 5000);
    f.page()->editMessage(f.model()->message(0).id);
    QCOMPARE(f.editor()->toPlainText(), QStringLiteral("見て"));
    QCOMPARE(f.composer()->attachments().size(), 1);
    QCOMPARE(f.composer()->attachments()[0].url, QStringLiteral("https://example.com/a.png"));
    f.page()->cancelEdit();
    QVERIFY(f.composer()->attachments().isEmpty());
}

void TestAttachmentSend::thumbnailOpensViewerAndAudioPlays()
{
    Fixture f;
    QVERIFY(f.opened);
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.server.enqueue("/chat/completions", answer({ QStringLiteral("はい") }));
    const QByteArray image = png({ 300, 200 }, QColor(20, 160, 60));
    QFile file(f.path("green.png"));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(image) == image.size());
    file.close();
    const QByteArray wav = Wav::fromPcm(QByteArray(48000, '\0'));
    QFile wavFile(f.path("one-second.wav"));
    QVERIFY(wavFile.open(QIODevice::WriteOnly) && wavFile.write(wav) == wav.size());
    wavFile.close();
    f.composer()->attachFiles({ file.fileName(), wavFile.fileName() });
    f.typeAndSend(QStringLiteral("どう？"));
    QTRY_COMPARE(f.model()->rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(f.state(1), Conversation::State::Complete, 5000);

    // The question shows a thumbnail and an audio chip, where the user clicks them.
    ConversationView *view = f.page()->view();
    const QModelIndex question = view->model()->index(0, 0);
    QList<QRect> rects;
    QTRY_VERIFY((rects = view->mediaRects(question)).size() == 2);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rects[0].center());
    QTRY_VERIFY(f.page()->imageViewer() && f.page()->imageViewer()->isVisible());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rects[1].center());
    QWidget *bar = f.page()->findChild<QWidget *>(QStringLiteral("playerBar"));
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(f.page()->player()->audio(), wav);
}

void TestAttachmentSend::spokenAnswerIsPlayableAudio()
{
    // Spoken answers switched on in the panel; the answer streams 0.75 s of pcm16 in delta.audio
    // fragments. What is stored must be audio a real decoder (Qt Multimedia) plays for 0.75 s.
    Fixture f;
    QVERIFY(f.opened);
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    auto *spoken = f.page()->panel()->findChild<QCheckBox *>(QStringLiteral("spokenAnswers"));
    QVERIFY(spoken);
    spoken->click();
    QByteArray pcm(24000 * 3 / 4 * 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < pcm.size() / 2; ++i)
        qToLittleEndian(qint16(8000 * std::sin(double(i) / 8)), pcm.data() + 2 * i);
    const QByteArray base64 = pcm.toBase64();
    const auto audioChunk = [](const QByteArray &audio, const QByteArray &finish) -> QByteArray {
        return R"({"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt-4o-audio-preview","choices":[{"index":0,"delta":{"audio":)"
            + audio + R"(},"finish_reason":)" + finish + "}]}";
    };
    QList<QByteArray> payloads{ audioChunk(R"({"id":"audio_1","transcript":"はい"})", "null") };
    for (qsizetype at = 0; at < base64.size(); at += 1001) // not a multiple of 4
        payloads << audioChunk(R"({"data":")" + base64.mid(at, 1001) + R"("})", "null");
    payloads << audioChunk(R"({"expires_at":1900000000})", R"("stop")") << "[DONE]";
    f.server.enqueue("/chat/completions", FakeResponse::sse(payloads));
    f.typeAndSend(QStringLiteral("話して"));
    QTRY_COMPARE(f.model()->rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(f.state(1), Conversation::State::Complete, 5000);
    QCOMPARE(lastChat(f.server)
                 .json()
                 .value(QStringLiteral("audio"))
                 .toObject()
                 .value(QStringLiteral("format")),
        QStringLiteral("pcm16"));

    const Conversation::Audio audio = f.model()->message(1).audio;
    QCOMPARE(audio.mimeType, QStringLiteral("audio/wav"));
    const auto bytes = f.context->store().attachment(audio.attachment);
    QVERIFY(bytes);
    QBuffer buffer;
    buffer.setData(*bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QAudioDecoder decoder;
    decoder.setSourceDevice(&buffer);
    qint64 frames = 0;
    int rate = 0;
    connect(&decoder, &QAudioDecoder::bufferReady, &decoder, [&] {
        const QAudioBuffer chunk = decoder.read();
        frames += chunk.frameCount();
        rate = chunk.format().sampleRate();
    });
    bool finished = false;
    connect(&decoder, &QAudioDecoder::finished, &decoder, [&] { finished = true; });
    decoder.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished || decoder.error() != QAudioDecoder::NoError, 10000);
    QCOMPARE(decoder.error(), QAudioDecoder::NoError);
    QVERIFY(rate > 0);
    QCOMPARE(frames * 1000 / rate, 750);
}

QTEST_MAIN(TestAttachmentSend)
#include "tst_attachmentsend.moc"
