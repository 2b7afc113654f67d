// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Media in the conversation view: thumbnails of image parts, audio chips, clicks, estimates.
#include <QBuffer>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

#include "core/media/Wav.h"
#include "core/models/MessageModel.h"
#include "core/storage/ConversationStore.h"
#include "gui/ConversationView.h"
#include "gui/delegates/MessageDelegate.h"
#include "gui/delegates/MessageEstimate.h"
#include "gui/delegates/MessageRenderer.h"
#include "gui/delegates/RemoteImageLoader.h"
#include "gui/media/ThumbnailCache.h"
#include "support/FakeOpenAiServer.h"

using Conversation::Part;
using Conversation::Role;

namespace {
QByteArray png(QSize size, const QColor &color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

Conversation::Message message(qint64 id, Role role, const QString &text, QList<Part> media = {})
{
    Conversation::Message m;
    m.id = id;
    m.conversationId = 1;
    m.parentId = id - 1;
    m.role = role;
    Part part;
    part.text = text;
    m.parts = { part };
    m.parts += media;
    return m;
}

Part imagePart(const QByteArray &hash)
{
    Part part;
    part.type = Part::Type::Image;
    part.attachment = hash;
    part.mimeType = QStringLiteral("image/png");
    return part;
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) < 24 && std::abs(a.green() - b.green()) < 24
        && std::abs(a.blue() - b.blue()) < 24;
}

//! A real store holding the attachments, and a view over a model reading them from it.
struct Fixture
{
    QTemporaryDir dir;
    ConversationStore store;
    MessageModel model;
    ConversationView view;
    QByteArray red;
    QByteArray blue;
    QByteArray wav;

    Fixture()
    {
        [[maybe_unused]] const auto opened = store.open(dir.filePath(QStringLiteral("t.sqlite3")));
        red = *store.putAttachment(png(QSize(300, 200), Qt::red), QStringLiteral("image/png"));
        blue = *store.putAttachment(png(QSize(200, 200), Qt::blue), QStringLiteral("image/png"));
        // 12 s of silence at the API's pcm16 rate.
        wav = *store.putAttachment(
            Wav::fromPcm(QByteArray(24000 * 2 * 12, '\0')), QStringLiteral("audio/wav"));
        view.setOpenLinks(false);
        view.resize(700, 600);
        view.setAttachmentSource([this](const QByteArray &hash) -> std::optional<QByteArray> {
            const auto bytes = store.attachment(hash);
            return bytes ? std::optional(*bytes) : std::nullopt;
        });
    }

    void show(QList<Conversation::Message> messages)
    {
        model.setConversation(1, messages, 0);
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.grab(); // paints: starts decoding the thumbnails in view
        view.thumbnailCache()->waitForDecodes();
    }

    QModelIndex row(int r) const { return model.index(r, 0); }
};
} // namespace

class TestMessageMedia final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoImagesAreDrawnAsThumbnails();
    void clickingThumbnailEmitsImageActivated();
    void audioChipShowsDurationAndPlays();
    void estimateMatchesExactHeight();
    void contextMenuOffersMedia();
    void remoteImageIsALink();
    void thumbnailsAreDecodedAtThumbnailSize();
    void markdownDataUrlImageIsDrawn();
    void markdownRemoteImageWithoutLoaderIsALink();
    void markdownImageFitsNarrowText();
    void markdownRemoteImageIsFetched();
};

void TestMessageMedia::twoImagesAreDrawnAsThumbnails()
{
    Fixture f;
    f.show({ message(1, Role::User, QStringLiteral("Two pictures"),
                 { imagePart(f.red), imagePart(f.blue) }),
        message(2, Role::User, QStringLiteral("Two pictures")) });
    const int withImages = f.view.visualRect(f.row(0)).height();
    const int without = f.view.visualRect(f.row(1)).height();
    // One line of thumbnails, 160 px tall, and a gap to the text.
    QCOMPARE(withImages - without, ThumbnailCache::ThumbHeight + MessageLayout::Gap);

    const QList<QRect> rects = f.view.mediaRects(f.row(0));
    QCOMPARE(rects.size(), 2);
    QCOMPARE(rects[0].size(), QSize(240, 160)); // 300×200 keeps its aspect
    QCOMPARE(rects[1].size(), QSize(160, 160));
    QVERIFY(rects[0].right() < rects[1].left());
    const QImage shot = f.view.viewport()->grab().toImage();
    QVERIFY(near(shot.pixelColor(rects[0].center()), Qt::red));
    QVERIFY(near(shot.pixelColor(rects[1].center()), Qt::blue));
    // The text is below the thumbnails in a user's bubble.
    QVERIFY(!near(shot.pixelColor(rects[0].center() + QPoint(0, 100)), Qt::red));
}

void TestMessageMedia::clickingThumbnailEmitsImageActivated()
{
    Fixture f;
    f.show({ message(1, Role::User, QStringLiteral("Look"), { imagePart(f.red) }),
        message(2, Role::Assistant, QStringLiteral("Here is one"), { imagePart(f.blue) }) });
    QSignalSpy images(&f.view, &ConversationView::imageActivated);
    const QList<QRect> answer = f.view.mediaRects(f.row(1));
    QCOMPARE(answer.size(), 1);
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, answer[0].center());
    QCOMPARE(images.count(), 1);
    QCOMPARE(images.at(0).at(0).value<Part>(), imagePart(f.blue));
    // In an answer the image follows the text.
    const QRect bubbleTop = f.view.visualRect(f.row(1));
    QVERIFY(answer[0].top() > bubbleTop.top() + 20);
    QTest::mouseClick(
        f.view.viewport(), Qt::LeftButton, {}, f.view.mediaRects(f.row(0))[0].center());
    QCOMPARE(images.count(), 2);
    QCOMPARE(images.at(1).at(0).value<Part>(), imagePart(f.red));
    // Beside the thumbnail: nothing.
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, answer[0].topRight() + QPoint(30, 5));
    QCOMPARE(images.count(), 2);
}

void TestMessageMedia::audioChipShowsDurationAndPlays()
{
    Fixture f;
    auto answer = message(2, Role::Assistant, QStringLiteral("The transcript of the answer."));
    answer.audio.id = QStringLiteral("audio_1");
    answer.audio.attachment = f.wav;
    answer.audio.mimeType = QStringLiteral("audio/wav");
    answer.audio.transcript = QStringLiteral("The transcript of the answer.");
    Part recorded;
    recorded.type = Part::Type::Audio;
    recorded.attachment = f.wav;
    recorded.mimeType = QStringLiteral("audio/wav");
    f.show({ message(1, Role::User, QString(), { recorded }), answer });

    const QList<MessageMedia::Item> items = MessageMedia::items(f.row(1));
    QCOMPARE(items.size(), 1);
    QVERIFY(items[0].spokenAnswer);
    QCOMPARE(MessageMedia::label(items[0], f.view.thumbnailCache()->audioDuration(f.wav)),
        QStringLiteral("0:12"));

    QSignalSpy audio(&f.view, &ConversationView::audioActivated);
    const QList<QRect> chips = f.view.mediaRects(f.row(1));
    QCOMPARE(chips.size(), 1);
    QCOMPARE(chips[0].height(), MessageMedia::chipHeight(f.view.font()));
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, chips[0].center());
    QCOMPARE(audio.count(), 1);
    QCOMPARE(audio.at(0).at(0).toLongLong(), 2);
    QCOMPARE(audio.at(0).at(1).toByteArray(), f.wav);
    QCOMPARE(audio.at(0).at(2).toString(), QStringLiteral("audio/wav"));
    // A recorded question without text: just the chip.
    const QList<QRect> question = f.view.mediaRects(f.row(0));
    QCOMPARE(question.size(), 1);
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, question[0].center());
    QCOMPARE(audio.count(), 2);
    QCOMPARE(audio.at(1).at(0).toLongLong(), 1);

    // The chip is drawn: its label's colour (the palette's link colour) is inside it.
    const QImage shot = f.view.viewport()->grab().toImage();
    const QColor link = f.view.palette().color(QPalette::Link);
    int linkPixels = 0;
    for (int x = chips[0].left(); x <= chips[0].right(); ++x)
        for (int y = chips[0].top(); y <= chips[0].bottom(); ++y)
            linkPixels += near(shot.pixelColor(x, y), link) ? 1 : 0;
    QVERIFY2(linkPixels > 20, qPrintable(QString::number(linkPixels)));
}

void TestMessageMedia::estimateMatchesExactHeight()
{
    Fixture f;
    QList<Conversation::Message> list;
    for (int i = 1; i <= 40; ++i)
        list.append(message(i, i % 2 ? Role::User : Role::Assistant,
            QStringLiteral("Picture %1").arg(i), { imagePart(i % 4 < 2 ? f.red : f.blue) }));
    f.model.setConversation(1, list, 0);
    f.view.setModel(&f.model);
    MessageDelegate *delegate = f.view.messageDelegate();
    // Rows never shown: estimates (the images' sizes unknown, no store reads).
    QStyleOptionViewItem option = f.view.rowOption(f.row(0));
    const int estimate = delegate->sizeHint(option, f.row(0)).height();
    QVERIFY(!delegate->hasExactLayout(option, f.row(0)));
    delegate->ensureExact(option, f.row(0));
    const int exact = delegate->sizeHint(option, f.row(0)).height();
    QVERIFY2(std::abs(estimate - exact) <= 4,
        qPrintable(QStringLiteral("estimate %1, exact %2").arg(estimate).arg(exact)));
    option = f.view.rowOption(f.row(1));
    const int answerEstimate = delegate->sizeHint(option, f.row(1)).height();
    delegate->ensureExact(option, f.row(1));
    const int answerExact = delegate->sizeHint(option, f.row(1)).height();
    QVERIFY2(std::abs(answerEstimate - answerExact) <= 4,
        qPrintable(QStringLiteral("estimate %1, exact %2").arg(answerEstimate).arg(answerExact)));
    // Without the images the row would be a thumbnail shorter.
    QVERIFY(exact > ThumbnailCache::ThumbHeight + 2 * f.view.fontMetrics().height());
}

void TestMessageMedia::contextMenuOffersMedia()
{
    Fixture f;
    auto answer = message(2, Role::Assistant, QStringLiteral("Spoken"));
    answer.audio.attachment = f.wav;
    answer.audio.mimeType = QStringLiteral("audio/wav");
    f.show({ message(1, Role::User, QStringLiteral("Two"), { imagePart(f.red), imagePart(f.blue) }),
        answer });
    QSignalSpy images(&f.view, &ConversationView::imageActivated);
    QSignalSpy audio(&f.view, &ConversationView::audioActivated);
    QMenu menu;
    f.view.populateMenu(&menu, f.row(0));
    QAction *second = menu.findChild<QAction *>(QStringLiteral("messageMedia1"));
    QVERIFY(second);
    QCOMPARE(second->text(), QStringLiteral("Open Image 2"));
    second->trigger();
    QCOMPARE(images.count(), 1);
    QCOMPARE(images.at(0).at(0).value<Part>().attachment, f.blue);
    QMenu answerMenu;
    f.view.populateMenu(&answerMenu, f.row(1));
    QAction *play = answerMenu.findChild<QAction *>(QStringLiteral("messageMedia0"));
    QVERIFY(play);
    play->trigger();
    QCOMPARE(audio.count(), 1);
    QCOMPARE(audio.at(0).at(1).toByteArray(), f.wav);
}

void TestMessageMedia::remoteImageIsALink()
{
    Fixture f;
    Part remote;
    remote.type = Part::Type::Image;
    remote.url = QStringLiteral("https://images.example.com/cat.png");
    Part file;
    file.type = Part::Type::File;
    file.fileName = QStringLiteral("report.pdf");
    file.mimeType = QStringLiteral("application/pdf");
    file.attachment = f.red; // any stored bytes
    f.show({ message(1, Role::User, QStringLiteral("This one"), { remote, file }) });
    const auto items = MessageMedia::items(f.row(0));
    QCOMPARE(items.size(), 2);
    QCOMPARE(MessageMedia::label(items[0], -1), QStringLiteral("images.example.com"));
    QCOMPARE(MessageMedia::label(items[1], -1), QStringLiteral("report.pdf"));
    QSignalSpy links(&f.view, &ConversationView::linkActivated);
    QSignalSpy images(&f.view, &ConversationView::imageActivated);
    const QList<QRect> rects = f.view.mediaRects(f.row(0));
    QCOMPARE(rects.size(), 2);
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, rects[0].center());
    QCOMPARE(links.count(), 1);
    QCOMPARE(links.at(0).at(0).toUrl(), QUrl(remote.url));
    QCOMPARE(images.count(), 0);
    QSignalSpy files(&f.view, &ConversationView::fileActivated);
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, rects[1].center());
    QCOMPARE(files.count(), 1);
    QCOMPARE(files.at(0).at(0).value<Part>(), file);
    // Chips share one line and are as tall as a chip.
    QCOMPARE(rects[0].top(), rects[1].top());
    QCOMPARE(rects[0].height(), MessageMedia::chipHeight(f.view.font()));
}

void TestMessageMedia::thumbnailsAreDecodedAtThumbnailSize()
{
    QTemporaryDir dir;
    ConversationStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("t.sqlite3"))));
    const QByteArray big =
        *store.putAttachment(png(QSize(2000, 1000), Qt::green), QStringLiteral("image/png"));
    ThumbnailCache cache;
    int reads = 0;
    cache.setSource([&](const QByteArray &hash) -> std::optional<QByteArray> {
        ++reads;
        const auto bytes = store.attachment(hash);
        return bytes ? std::optional(*bytes) : std::nullopt;
    });
    QCOMPARE(cache.imageSize(big), QSize(2000, 1000));
    QCOMPARE(cache.imageSize(big), QSize(2000, 1000));
    QCOMPARE(reads, 1); // header facts are kept
    QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
    QVERIFY(cache.thumbnail(big).isNull()); // not decoded in the caller
    cache.waitForDecodes();
    QCOMPARE(ready.count(), 1);
    const QImage thumb = cache.thumbnail(big);
    QCOMPARE(thumb.size(), QSize(320, 160));
    QCOMPARE(reads, 1); // the bytes read for the header were decoded: one store read in all
    QVERIFY(cache.usedBytes() > 0);
    // Bounded: a budget below one thumbnail keeps nothing.
    cache.setMaxBytes(1024);
    QCOMPARE(cache.usedBytes(), 0);
    QVERIFY(cache.imageSize(QByteArray("00")).isEmpty()); // unknown attachment
}

void TestMessageMedia::markdownDataUrlImageIsDrawn()
{
    Fixture f;
    const QString url = QStringLiteral("data:image/png;base64,")
        + QString::fromLatin1(png(QSize(120, 80), Qt::green).toBase64());
    const QString answer =
        QStringLiteral("Here is your image:\n\n![a green field](%1)\n\nDone.").arg(url);
    f.show({ message(1, Role::User, QStringLiteral("Draw a green field")),
        message(2, Role::Assistant, answer) });
    const QRect row = f.view.visualRect(f.row(1));
    // The picture, not 400 characters of base64: about 80 px and three short lines.
    QVERIFY2(row.height() > 80 && row.height() < 80 + 8 * f.view.fontMetrics().height(),
        qPrintable(QString::number(row.height())));
    const QImage shot = f.view.viewport()->grab().toImage();
    int green = 0;
    for (int y = row.top(); y <= row.bottom() && y < shot.height(); ++y)
        for (int x = 0; x < shot.width(); ++x)
            green += shot.pixelColor(x, y) == QColor(Qt::green) ? 1 : 0;
    QVERIFY2(green >= 120 * 80 * 9 / 10, qPrintable(QString::number(green)));
    // The estimate counts a picture, not the base64 text.
    MessageEstimate estimate(f.view.font());
    const int guessed = estimate.height(answer, MessageLayout::textWidth(Role::Assistant, 700));
    QVERIFY2(guessed < MarkdownImages::MaxHeight + 6 * f.view.fontMetrics().height(),
        qPrintable(QString::number(guessed)));
}

void TestMessageMedia::markdownImageFitsNarrowText()
{
    const QString markdown =
        QStringLiteral("![wide](data:image/png;base64,%1)")
            .arg(QString::fromLatin1(png(QSize(400, 200), Qt::green).toBase64()));
    MessageRenderer renderer({ .font = QFont() });
    renderer.setTextWidth(600);
    renderer.setMarkdown(markdown);
    QCOMPARE(qRound(renderer.idealWidth()), 400);
    const qreal tall = renderer.size().height();
    QVERIFY(tall >= 200);
    // A narrow window: the picture shrinks with the text, keeping its aspect.
    renderer.setTextWidth(200);
    QVERIFY2(renderer.idealWidth() <= 200, qPrintable(QString::number(renderer.idealWidth())));
    QVERIFY(renderer.size().height() < tall - 80);
    renderer.setTextWidth(700);
    QCOMPARE(qRound(renderer.idealWidth()), 400);
}

void TestMessageMedia::markdownRemoteImageWithoutLoaderIsALink()
{
    MessageRenderer renderer({ .font = QFont() });
    renderer.setTextWidth(500);
    renderer.setMarkdown(u"See ![a cat](https://images.example.com/cat.png) here.");
    QCOMPARE(renderer.toPlainText(), QStringLiteral("See a cat here."));
    const QTextDocument *document = renderer.document(0);
    QTextCursor cursor(const_cast<QTextDocument *>(document));
    cursor.setPosition(6);
    QCOMPARE(
        cursor.charFormat().anchorHref(), QStringLiteral("https://images.example.com/cat.png"));
}

void TestMessageMedia::markdownRemoteImageIsFetched()
{
    FakeOpenAiServer server;
    QVERIFY(server.isListening());
    FakeResponse picture;
    picture.headers = { { "Content-Type", "image/png" } };
    picture.pieces = { png(QSize(150, 90), Qt::green) };
    server.setDefaultResponse("/cat.png", picture);
    server.setDefaultResponse("/page.png", FakeResponse::html(200, "<html>not an image</html>"));
    const QUrl cat = server.url(QStringLiteral("/cat.png"));
    const QUrl page = server.url(QStringLiteral("/page.png"));

    Fixture f;
    QNetworkAccessManager network;
    f.view.setNetworkAccessManager(&network);
    const QString answer = QStringLiteral("A cat:\n\n![a cat](%1)\n\nAnd ![a page](%2).")
                               .arg(cat.toString(), page.toString());
    f.show({ message(1, Role::User, QStringLiteral("Show me a cat")),
        message(2, Role::Assistant, answer) });
    const int before = f.view.visualRect(f.row(1)).height();
    RemoteImageLoader *loader = f.view.remoteImageLoader();
    QVERIFY(loader);
    // Loaded, then the row is laid out again with the picture in it.
    QTRY_VERIFY(!loader->image(cat).isNull());
    QTRY_COMPARE(
        f.view.visualRect(f.row(1)).height() >= before + 90 - f.view.fontMetrics().height(), true);
    QTRY_VERIFY(!loader->error(page).isEmpty()); // text/html: refused
    QVERIFY(loader->image(page).isNull());
    const QRect row = f.view.visualRect(f.row(1));
    const QImage shot = f.view.viewport()->grab().toImage();
    int green = 0;
    for (int y = std::max(0, row.top()); y <= row.bottom() && y < shot.height(); ++y)
        for (int x = 0; x < shot.width(); ++x)
            green += shot.pixelColor(x, y) == QColor(Qt::green) ? 1 : 0;
    QVERIFY2(green >= 150 * 90 * 9 / 10, qPrintable(QString::number(green)));
    // The refused one stays a link to its address.
    QCOMPARE(server.requests().size(), 2); // each fetched once
}

QTEST_MAIN(TestMessageMedia)
#include "tst_messagemedia.moc"
