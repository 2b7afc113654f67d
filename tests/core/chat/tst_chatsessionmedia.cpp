// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Images and audio through ChatSession over loopback (issue 5): the parts a user message sends,
// spoken-answer parameters, the answer's audio referred to by id until it expires and by its
// transcript after, and images in answers (message.images). Every request the fake server
// received is validated against the OpenAPI spec.
#include "SessionTestSupport.h"
#include "core/media/Wav.h"
#include "support/SpecCheck.h"

using namespace SessionTest;
using Conversation::Part;

namespace {
// A 1×1 PNG: the session does not decode images, it only stores and sends them.
const QByteArray kPng = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUl"
                                               "EQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

QByteArray tone(int ms)
{
    QByteArray pcm(24 * ms * 2, '\0');
    for (qsizetype i = 0; i < pcm.size(); i += 2)
        pcm[i + 1] = char((i / 2) % 40 < 20 ? 0x20 : -0x20); // a square wave, 600 Hz
    return Wav::fromPcm(pcm);
}

Part textPart(const QString &text)
{
    Part part;
    part.text = text;
    return part;
}

Part stored(Fixture &f, Part::Type type, const QByteArray &bytes, const QString &mime)
{
    Part part;
    part.type = type;
    part.mimeType = mime;
    part.attachment = *f.store.putAttachment(bytes, mime);
    return part;
}

Conversation::Settings spokenSettings()
{
    Conversation::Settings s = settings();
    s.parameters.insert(QStringLiteral("modalities"),
        QJsonArray{ QStringLiteral("text"), QStringLiteral("audio") });
    s.parameters.insert(QStringLiteral("audio"),
        QJsonObject{ { QStringLiteral("voice"), QStringLiteral("coral") },
            { QStringLiteral("format"), QStringLiteral("pcm16") } });
    return s;
}

//! A spoken answer: id, a little pcm16, transcript, and when the server forgets the audio.
FakeResponse spokenAnswer(const QByteArray &id, const QString &transcript, qint64 expiresAt)
{
    const QByteArray data = QByteArray(4800, '\x01').toBase64();
    QList<QByteArray> payloads;
    payloads << chunk(R"([{"index":0,"delta":{"role":"assistant","audio":{"id":")" + id
        + R"(","data":")" + data + R"(","transcript":")" + transcript.toUtf8() + R"("}}}])")
             << chunk(R"([{"index":0,"delta":{"audio":{"expires_at":)"
                    + QByteArray::number(expiresAt) + R"(}},"finish_reason":"stop"}])")
             << QByteArrayLiteral("[DONE]");
    return FakeResponse::sse(payloads);
}

QString check(const QList<RecordedRequest> &requests, const QString &what)
{
    QList<SpecCheck::Row> rows;
    for (qsizetype i = 0; i < requests.size(); ++i)
        rows.append({ what + QStringLiteral(" #%1").arg(i + 1), requests.at(i).json() });
    // And one the validator must refuse, so a validator that passes everything fails here.
    QJsonObject broken = requests.first().json();
    QJsonArray messages = broken.value(QStringLiteral("messages")).toArray();
    messages.append(QJsonObject{ { QStringLiteral("role"), QStringLiteral("user") },
        { QStringLiteral("content"),
            QJsonArray{ QJsonObject{ { QStringLiteral("type"), QStringLiteral("input_audio") },
                { QStringLiteral("input_audio"),
                    QJsonObject{ { QStringLiteral("data"), QStringLiteral("AAAA") },
                        { QStringLiteral("format"), QStringLiteral("ogg") } } } } } } });
    broken.insert(QStringLiteral("messages"), messages);
    rows.append({ QStringLiteral("input_audio in ogg"), broken, false });
    return SpecCheck::validate(rows);
}
} // namespace

class TestChatSessionMedia : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userPartsSent();
    void spokenAnswerReferredByIdThenTranscript();
    void answerImagesKept();
};

void TestChatSessionMedia::userPartsSent()
{
    Fixture f;
    QVERIFY(f.session.create(settings()));
    const QByteArray wav = tone(250);
    const QByteArray mp3 = QByteArray("ID3\x04\0\0\0\0\0\0", 10) + QByteArray(64, '\xff');
    Part url;
    url.type = Part::Type::Image;
    url.url = QStringLiteral("https://example.com/cat.jpg");
    url.detail = QStringLiteral("low");
    Part image = stored(f, Part::Type::Image, kPng, QStringLiteral("image/png"));
    image.detail = QStringLiteral("high");
    const QList<Part> parts{ textPart(QStringLiteral("この画像と音声について")), image, url,
        stored(f, Part::Type::Audio, wav, QStringLiteral("audio/wav")),
        stored(f, Part::Type::Audio, mp3, QStringLiteral("audio/mpeg")) };
    f.server.enqueue(answer({ QStringLiteral("はい。") }));
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    QVERIFY(f.session.send(parts));
    QVERIFY(finished.wait(5000));

    const QJsonArray content = sentMessages(f.server.lastRequest())
                                   .last()
                                   .toObject()
                                   .value(QStringLiteral("content"))
                                   .toArray();
    QCOMPARE(content.size(), 5);
    QCOMPARE(content[0].toObject().value(QStringLiteral("text")).toString(),
        QStringLiteral("この画像と音声について"));
    const QJsonObject sentImage =
        content[1].toObject().value(QStringLiteral("image_url")).toObject();
    QCOMPARE(sentImage.value(QStringLiteral("url")).toString(),
        QStringLiteral("data:image/png;base64,") + QString::fromLatin1(kPng.toBase64()));
    QCOMPARE(sentImage.value(QStringLiteral("detail")).toString(), QStringLiteral("high"));
    const QJsonObject sentUrl = content[2].toObject().value(QStringLiteral("image_url")).toObject();
    QCOMPARE(sentUrl.value(QStringLiteral("url")).toString(), url.url);
    QCOMPARE(sentUrl.value(QStringLiteral("detail")).toString(), QStringLiteral("low"));
    const QJsonObject sentWav =
        content[3].toObject().value(QStringLiteral("input_audio")).toObject();
    QCOMPARE(sentWav.value(QStringLiteral("format")).toString(), QStringLiteral("wav"));
    QCOMPARE(
        QByteArray::fromBase64(sentWav.value(QStringLiteral("data")).toString().toLatin1()), wav);
    const QJsonObject sentMp3 =
        content[4].toObject().value(QStringLiteral("input_audio")).toObject();
    QCOMPARE(sentMp3.value(QStringLiteral("format")).toString(), QStringLiteral("mp3"));

    // Reopened from the database, the question still holds the same media.
    ConversationStore reopened;
    QVERIFY(reopened.open(f.dbPath()));
    const auto messages = reopened.messages(f.session.conversationId());
    QVERIFY(messages);
    QCOMPARE(messages->first().parts, parts);

    const QString report = check(f.server.requests(), QStringLiteral("text, images and audio"));
    QVERIFY2(report.isEmpty(), qPrintable(report));
}

void TestChatSessionMedia::spokenAnswerReferredByIdThenTranscript()
{
    Fixture f;
    QVERIFY(f.session.create(spokenSettings()));
    const qint64 future = QDateTime::currentSecsSinceEpoch() + 3600;
    const qint64 past = QDateTime::currentSecsSinceEpoch() - 60;
    f.server.enqueue(spokenAnswer("audio_fresh", QStringLiteral("一つ目"), future));
    f.server.enqueue(spokenAnswer("audio_stale", QStringLiteral("二つ目"), past));
    f.server.enqueue(answer({ QStringLiteral("三つ目") }));
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    for (const QString &question :
        { QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三") }) {
        QVERIFY(f.session.send({ textPart(question) }));
        QVERIFY(finished.wait(5000));
    }
    const QList<RecordedRequest> requests = f.server.requests();
    QCOMPARE(requests.size(), 3);
    for (const RecordedRequest &request : requests) {
        const QJsonObject body = request.json();
        QCOMPARE(body.value(QStringLiteral("modalities")).toArray(),
            (QJsonArray{ QStringLiteral("text"), QStringLiteral("audio") }));
        QCOMPARE(body.value(QStringLiteral("audio")).toObject().value(QStringLiteral("voice")),
            QStringLiteral("coral"));
    }
    // The third request carries both earlier answers: the live one by id, the expired one by
    // its transcript.
    const QJsonArray sent = sentMessages(requests.last());
    QCOMPARE(sent.size(), 6); // the system prompt, three questions, two answers
    const QJsonObject fresh = sent[2].toObject();
    QCOMPARE(fresh.value(QStringLiteral("audio")).toObject().value(QStringLiteral("id")),
        QStringLiteral("audio_fresh"));
    QVERIFY(!fresh.contains(QStringLiteral("content"))
        || fresh.value(QStringLiteral("content")).isNull());
    const QJsonObject stale = sent[4].toObject();
    QVERIFY(!stale.contains(QStringLiteral("audio")));
    QCOMPARE(stale.value(QStringLiteral("content")).toString(), QStringLiteral("二つ目"));

    const QString report = check(requests, QStringLiteral("spoken answers"));
    QVERIFY2(report.isEmpty(), qPrintable(report));
}

void TestChatSessionMedia::answerImagesKept()
{
    Fixture f;
    QVERIFY(f.session.create(settings()));
    const QByteArray dataUrl = "data:image/png;base64," + kPng.toBase64();
    QList<QByteArray> payloads;
    payloads
        << contentChunk(QStringLiteral("描きました。"))
        << chunk(R"([{"index":0,"delta":{"images":[{"type":"image_url","image_url":{"url":")"
               + dataUrl
               + R"("}},{"type":"image_url","image_url":{"url":"https://cdn.example/x.png"}}]}}])")
        << finishChunk() << QByteArrayLiteral("[DONE]");
    f.server.enqueue(FakeResponse::sse(payloads));
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    QVERIFY(f.session.send({ textPart(QStringLiteral("猫を描いて")) }));
    QVERIFY(finished.wait(5000));

    const Conversation::Message message = f.model.message(1);
    QCOMPARE(message.state, Conversation::State::Complete);
    QCOMPARE(message.text(), QStringLiteral("描きました。"));
    QCOMPARE(message.parts.size(), 3);
    QCOMPARE(message.parts[1].type, Part::Type::Image);
    QCOMPARE(message.parts[1].mimeType, QStringLiteral("image/png"));
    QCOMPARE(*f.store.attachment(message.parts[1].attachment), kPng);
    QCOMPARE(message.parts[2].url, QStringLiteral("https://cdn.example/x.png"));
    // Saved with the answer.
    ConversationStore reopened;
    QVERIFY(reopened.open(f.dbPath()));
    const auto messages = reopened.messages(f.session.conversationId());
    QVERIFY(messages);
    QCOMPARE(messages->at(1).parts, message.parts);

    // The next request sends the answer as text only (assistant content has no image parts).
    f.server.enqueue(answer({ QStringLiteral("はい") }));
    QVERIFY(f.session.send({ textPart(QStringLiteral("ありがとう")) }));
    QVERIFY(finished.wait(5000));
    QCOMPARE(sentTurns(f.server.lastRequest()).at(2), QStringLiteral("assistant: 描きました。"));
    const QString report = check(f.server.requests(), QStringLiteral("after an image answer"));
    QVERIFY2(report.isEmpty(), qPrintable(report));
}

QTEST_GUILESS_MAIN(TestChatSessionMedia)
#include "tst_chatsessionmedia.moc"
