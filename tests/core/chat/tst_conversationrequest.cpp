// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConversationRequest: a conversation's settings and active path as the JSON body that is sent.
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "core/chat/ConversationRequest.h"
#include "core/settings/ProviderProfile.h"

using namespace Conversation;

namespace {
const QByteArray kPng("\x89PNG\r\n\x1a\n-fake-image-bytes", 25);
const QByteArray kWav("RIFF....WAVEfmt fake");
const QByteArray kPdf("%PDF-1.7 fake");

Part textPart(const QString &text)
{
    Part part;
    part.text = text;
    return part;
}

Part attachmentPart(Part::Type type, const QByteArray &hash, const QString &mimeType)
{
    Part part;
    part.type = type;
    part.attachment = hash;
    part.mimeType = mimeType;
    return part;
}

Message message(Role role, const QList<Part> &parts, State state = State::Complete)
{
    Message m;
    m.role = role;
    m.parts = parts;
    m.state = state;
    return m;
}

Message user(const QString &text)
{
    return message(Role::User, { textPart(text) });
}

//! Reads the three fixture attachments by their "hash"; anything else is missing.
std::expected<QByteArray, QString> readAttachment(const QByteArray &hash)
{
    if (hash == "png")
        return kPng;
    if (hash == "wav" || hash == "mp3")
        return kWav;
    if (hash == "pdf")
        return kPdf;
    return std::unexpected(
        QStringLiteral("attachment %1 is missing").arg(QString::fromLatin1(hash)));
}

//! The body that goes on the wire.
QJsonObject body(const Settings &settings, const QList<Message> &path)
{
    auto request = ConversationRequest::build(settings, path, readAttachment);
    if (!request) {
        qWarning() << "build failed:" << request.error();
        return {};
    }
    return toJson(*request, ProviderProfile::defaultsFor(ProviderProfile::Kind::OpenAI));
}

QJsonArray messages(const Settings &settings, const QList<Message> &path)
{
    return body(settings, path).value(QLatin1String("messages")).toArray();
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}
} // namespace

class TestConversationRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void promptGoesFirst_data();
    void promptGoesFirst();
    void storedParametersApplied();
    void storeAndMetadata();
    void badParameterIsRefused();
    void userParts_data();
    void userParts();
    void toolCallsAndResults();
    void failedEmptyAnswersLeftOut();
    void interruptedEmptyAnswerLeftOut();
    void unreadableAttachment();
    void spokenAnswerByIdThenTranscript();
};

void TestConversationRequest::promptGoesFirst_data()
{
    QTest::addColumn<bool>("developerRole");
    QTest::addColumn<QString>("role");
    QTest::addRow("system") << false << QStringLiteral("system");
    QTest::addRow("developer") << true << QStringLiteral("developer");
}

void TestConversationRequest::promptGoesFirst()
{
    QFETCH(bool, developerRole);
    QFETCH(QString, role);
    Settings settings;
    settings.model = QStringLiteral("gpt-4o");
    settings.systemPrompt = QStringLiteral("日本語で答えてください。");
    settings.developerRole = developerRole;
    const QJsonObject sent = body(settings, { user(QStringLiteral("こんにちは")) });
    QCOMPARE(sent.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o"));
    const QJsonArray list = sent.value(QLatin1String("messages")).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject(),
        (QJsonObject{ { QStringLiteral("role"), role },
            { QStringLiteral("content"), settings.systemPrompt } }));
    QCOMPARE(list.at(1).toObject(), json(R"({"role":"user","content":"こんにちは"})"));

    settings.systemPrompt.clear(); // no prompt: no empty system message
    QCOMPARE(messages(settings, { user(QStringLiteral("hi")) }).size(), 1);
}

void TestConversationRequest::storedParametersApplied()
{
    Settings settings;
    settings.parameters = json(R"({"temperature":0.2,"n":2,"stop":["\n\n","END"],)"
                               R"("response_format":{"type":"json_object"},"seed":7,)"
                               R"("max_tokens":300,"top_p":0.9,)"
                               R"("tools":[{"type":"function","function":{"name":"get_weather",)"
                               R"("parameters":{"type":"object","properties":{}}}}],)"
                               R"("x_vendor_flag":true})");
    const QJsonObject sent = body(settings, { user(QStringLiteral("weather?")) });
    QCOMPARE(sent.value(QLatin1String("temperature")).toDouble(), 0.2);
    QCOMPARE(sent.value(QLatin1String("top_p")).toDouble(), 0.9);
    QCOMPARE(sent.value(QLatin1String("n")).toInt(), 2);
    QCOMPARE(sent.value(QLatin1String("seed")).toInt(), 7);
    QCOMPARE(sent.value(QLatin1String("stop")), settings.parameters.value(QLatin1String("stop")));
    QCOMPARE(
        sent.value(QLatin1String("response_format")).toObject(), json(R"({"type":"json_object"})"));
    QCOMPARE(sent.value(QLatin1String("max_completion_tokens")).toInt(), 300);
    const QJsonObject tool = sent.value(QLatin1String("tools")).toArray().at(0).toObject();
    QCOMPARE(tool.value(QLatin1String("type")).toString(), QStringLiteral("function"));
    QCOMPARE(tool.value(QLatin1String("function")).toObject().value(QLatin1String("name")),
        QJsonValue(QStringLiteral("get_weather")));
    QVERIFY(sent.value(QLatin1String("x_vendor_flag")).toBool()); // unknown keys pass through
    QVERIFY(!sent.contains(QLatin1String("model"))); // no model in the settings: none set here
    QVERIFY(!sent.contains(QLatin1String("store")));
    QVERIFY(!sent.contains(QLatin1String("metadata")));
}

void TestConversationRequest::storeAndMetadata()
{
    Settings settings;
    settings.store = true;
    settings.metadata = json(R"({"project":"kaiwa","topic":"会話"})");
    const QJsonObject sent = body(settings, { user(QStringLiteral("hi")) });
    QCOMPARE(sent.value(QLatin1String("store")), QJsonValue(true));
    QCOMPARE(sent.value(QLatin1String("metadata")).toObject(), settings.metadata);
}

void TestConversationRequest::badParameterIsRefused()
{
    Settings settings;
    settings.parameters = json(R"({"temperature":"hot"})");
    const auto request =
        ConversationRequest::build(settings, { user(QStringLiteral("hi")) }, readAttachment);
    QVERIFY(!request);
    QVERIFY2(request.error().contains(QLatin1String("temperature")), qPrintable(request.error()));
}

void TestConversationRequest::userParts_data()
{
    QTest::addColumn<Part>("part");
    QTest::addColumn<QJsonObject>("expected");

    Part image = attachmentPart(Part::Type::Image, "png", QStringLiteral("image/png"));
    image.detail = QStringLiteral("high");
    QTest::addRow("stored image → data URL")
        << image
        << QJsonObject{ { QStringLiteral("type"), QStringLiteral("image_url") },
               { QStringLiteral("image_url"),
                   QJsonObject{ { QStringLiteral("url"),
                                    QString(QStringLiteral("data:image/png;base64,")
                                        + QString::fromLatin1(kPng.toBase64())) },
                       { QStringLiteral("detail"), QStringLiteral("high") } } } };

    Part remote;
    remote.type = Part::Type::Image;
    remote.url = QStringLiteral("https://example.com/cat.jpg");
    remote.detail = QStringLiteral("low");
    QTest::addRow("remote image URL kept")
        << remote
        << json(
               R"({"type":"image_url","image_url":{"url":"https://example.com/cat.jpg","detail":"low"}})");

    const QString audio = QString::fromLatin1(kWav.toBase64());
    QTest::addRow("wav audio")
        << attachmentPart(Part::Type::Audio, "wav", QStringLiteral("audio/wav"))
        << QJsonObject{ { QStringLiteral("type"), QStringLiteral("input_audio") },
               { QStringLiteral("input_audio"),
                   QJsonObject{ { QStringLiteral("data"), audio },
                       { QStringLiteral("format"), QStringLiteral("wav") } } } };
    QTest::addRow("mp3 audio")
        << attachmentPart(Part::Type::Audio, "mp3", QStringLiteral("audio/mpeg"))
        << QJsonObject{ { QStringLiteral("type"), QStringLiteral("input_audio") },
               { QStringLiteral("input_audio"),
                   QJsonObject{ { QStringLiteral("data"), audio },
                       { QStringLiteral("format"), QStringLiteral("mp3") } } } };

    Part file = attachmentPart(Part::Type::File, "pdf", QStringLiteral("application/pdf"));
    file.fileName = QStringLiteral("見積書.pdf");
    QTest::addRow("file with its name")
        << file
        << QJsonObject{ { QStringLiteral("type"), QStringLiteral("file") },
               { QStringLiteral("file"),
                   QJsonObject{ { QStringLiteral("file_data"),
                                    QString(QStringLiteral("data:application/pdf;base64,")
                                        + QString::fromLatin1(kPdf.toBase64())) },
                       { QStringLiteral("filename"), QStringLiteral("見積書.pdf") } } } };
}

void TestConversationRequest::userParts()
{
    QFETCH(Part, part);
    QFETCH(QJsonObject, expected);
    const QJsonArray list =
        messages({}, { message(Role::User, { textPart(QStringLiteral("これは何？")), part }) });
    QCOMPARE(list.size(), 1);
    const QJsonObject sent = list.at(0).toObject();
    QCOMPARE(sent.value(QLatin1String("role")).toString(), QStringLiteral("user"));
    const QJsonArray content = sent.value(QLatin1String("content")).toArray();
    QCOMPARE(content.size(), 2);
    QCOMPARE(content.at(0).toObject(), json(R"({"type":"text","text":"これは何？"})"));
    QCOMPARE(content.at(1).toObject(), expected);
}

void TestConversationRequest::toolCallsAndResults()
{
    Message call = message(Role::Assistant, {});
    call.toolCalls = { { QStringLiteral("call_1"), QStringLiteral("function"),
        QStringLiteral("get_weather"), QStringLiteral(R"({"city":"東京"})") } };
    call.finishReason = QStringLiteral("tool_calls");
    Message result = message(Role::Tool, { textPart(QStringLiteral(R"({"temp":21})")) });
    result.toolCallId = QStringLiteral("call_1");
    const QJsonArray list = messages({}, { user(QStringLiteral("東京の天気は？")), call, result });
    const QJsonObject expectedCall =
        json(R"({"role":"assistant","tool_calls":[{"id":"call_1","type":"function",)"
             R"("function":{"name":"get_weather","arguments":"{\"city\":\"東京\"}"}}]})");
    const QJsonObject expectedResult =
        json(R"({"role":"tool","tool_call_id":"call_1","content":"{\"temp\":21}"})");
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(1).toObject(), expectedCall);
    QCOMPARE(list.at(2).toObject(), expectedResult);

    // A tool result that answers no call (imported from ChatGPT) is refused by the API: left out.
    Message orphan = message(Role::Tool, { textPart(QStringLiteral("search results…")) });
    QCOMPARE(messages({}, { user(QStringLiteral("Q")), orphan }).size(), 1);
}

void TestConversationRequest::failedEmptyAnswersLeftOut()
{
    Message failed = message(Role::Assistant, {}, State::Failed);
    failed.error = QStringLiteral("HTTP 500: boom");
    Message pending = message(Role::Assistant, { textPart({}) }, State::Pending);
    Message failedWithText =
        message(Role::Assistant, { textPart(QStringLiteral("途中まで")) }, State::Failed);
    const QJsonArray list = messages({},
        { user(QStringLiteral("Q1")), failed, user(QStringLiteral("Q2")), pending,
            user(QStringLiteral("Q3")), failedWithText });
    QStringList sent;
    for (const QJsonValue &m : list)
        sent << m.toObject().value(QLatin1String("content")).toString();
    QCOMPARE(sent,
        QStringList({ QStringLiteral("Q1"), QStringLiteral("Q2"), QStringLiteral("Q3"),
            QStringLiteral("途中まで") })); // what was said is kept
}

void TestConversationRequest::interruptedEmptyAnswerLeftOut()
{
    // A process killed before the first delta leaves an empty answer that the store marks
    // Interrupted on the next start. Sending it gives {"role":"assistant"} with neither content
    // nor tool_calls, which the API rejects ("content is required").
    Message cut = message(Role::Assistant, { textPart({}) }, State::Interrupted);
    const QJsonArray list =
        messages({}, { user(QStringLiteral("Q1")), cut, user(QStringLiteral("Q2")) });
    QCOMPARE(list.size(), 2);
}

void TestConversationRequest::unreadableAttachment()
{
    const Message m = message(Role::User,
        { textPart(QStringLiteral("look")),
            attachmentPart(Part::Type::Image, "gone", QStringLiteral("image/png")) });
    const auto request = ConversationRequest::build({}, { m }, readAttachment);
    QVERIFY(!request);
    QCOMPARE(request.error(), QStringLiteral("attachment gone is missing"));
}

void TestConversationRequest::spokenAnswerByIdThenTranscript()
{
    // A spoken answer has no text, only audio and its transcript.
    Message spoken = message(Role::Assistant, {});
    spoken.audio.id = QStringLiteral("audio_abc");
    spoken.audio.transcript = QStringLiteral("こんにちは、元気です。");
    spoken.audio.expiresAt = QDateTime::currentSecsSinceEpoch() + 3600;
    const QList<Message> path{ user(QStringLiteral("Say hi")), spoken,
        user(QStringLiteral("Again")) };
    // While the server keeps it: referred to by id, no content.
    QCOMPARE(messages({}, path).at(1).toObject(),
        json(R"({"role":"assistant","audio":{"id":"audio_abc"}})"));
    // After expires_at: the transcript stands in for it.
    QList<Message> later = path;
    later[1].audio.expiresAt = QDateTime::currentSecsSinceEpoch() - 1;
    QCOMPARE(messages({}, later).at(1).toObject(),
        json(R"({"role":"assistant","content":"こんにちは、元気です。"})"));
}

QTEST_GUILESS_MAIN(TestConversationRequest)
#include "tst_conversationrequest.moc"
