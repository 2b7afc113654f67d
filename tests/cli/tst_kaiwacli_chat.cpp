// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Black-box tests of kaiwa-cli models, chat and complete: what it prints and what it sends.
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QtEndian>

#include "CliRunner.h"
#include "support/FakeOpenAiServer.h"

using namespace Qt::StringLiterals;

namespace {
// A 1×1 PNG.
constexpr char kPngBase64[] = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAC"
                              "hwGA60e6kgAAAABJRU5ErkJggg==";

// A tiny PCM WAV file: 8 kHz mono 16-bit, 8 silent samples.
QByteArray wavFile()
{
    const QByteArray samples(16, '\0');
    auto le32 = [](quint32 v) {
        QByteArray b(4, '\0');
        qToLittleEndian(v, b.data());
        return b;
    };
    auto le16 = [](quint16 v) {
        QByteArray b(2, '\0');
        qToLittleEndian(v, b.data());
        return b;
    };
    return "RIFF" + le32(36 + samples.size()) + "WAVE" + "fmt " + le32(16) + le16(1) + le16(1)
        + le32(8000) + le32(16000) + le16(2) + le16(16) + "data" + le32(samples.size()) + samples;
}

// One chat.completion.chunk event with the given choices (and extra top-level members).
QByteArray chunk(const QByteArray &choices, const QByteArray &extra = {})
{
    return R"({"id":"chatcmpl-42","object":"chat.completion.chunk","created":1700000042,)"
           R"("model":"gpt-4o-mini","system_fingerprint":"fp_kaiwa","service_tier":"default",)"
        + extra + R"("choices":)" + choices + '}';
}

QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}
} // namespace

class TestKaiwaCliChat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void models_data();
    void models();
    void chatStreamsText_data();
    void chatStreamsText();
    void chatPrintsWhileStreaming();
    void chatJsonAssemblesCompletion();
    void chatRequestBody();
    void messagesFile();
    void images();
    void audioWav();
    void noStream_data();
    void noStream();
    void complete_data();
    void complete();
};

void TestKaiwaCliChat::models_data()
{
    QTest::addColumn<QString>("output");
    QTest::addRow("text") << u"text"_s;
    QTest::addRow("json") << u"json"_s;
}

void TestKaiwaCliChat::models()
{
    QFETCH(QString, output);
    FakeOpenAiServer server;
    CliRunner cli;
    QVERIFY(server.isListening() && cli.isValid());
    const FakeResponse answer = FakeResponse::models({ u"gpt-4o-mini"_s, u"o3-mini"_s });
    server.enqueue("GET /models", answer);

    KAIWA_CLI_RUN(r, cli,
        { u"--base-url"_s, server.baseUrl().toString(), u"--output"_s, output, u"models"_s });
    KAIWA_CLI_EXIT(r, 0);
    QCOMPARE(r.err, QByteArray());
    if (output == u"text"_s)
        QCOMPARE(r.out, QByteArray("gpt-4o-mini\no3-mini\n"));
    else
        QCOMPARE(compactJson(r.json()), compactJson(jsonObject(answer.body())));
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.lastRequest().method, QByteArray("GET"));
    QCOMPARE(server.lastRequest().path, QByteArray("/v1/models"));
}

void TestKaiwaCliChat::chatStreamsText_data()
{
    QTest::addColumn<int>("fragmentSize");
    QTest::addRow("one event per read") << 0;
    QTest::addRow("one byte per read") << 1; // splits every UTF-8 sequence
}

void TestKaiwaCliChat::chatStreamsText()
{
    QFETCH(int, fragmentSize);
    FakeOpenAiServer server;
    CliRunner cli;
    QVERIFY(server.isListening() && cli.isValid());
    server.enqueue("POST /chat/completions",
        FakeResponse::chatStream({ u"こんに"_s, u"ちは、"_s, u"世界！"_s })
            .withFragmentSize(fragmentSize));

    KAIWA_CLI_RUN(r, cli,
        { u"--base-url"_s, server.baseUrl().toString(), u"chat"_s, u"--model"_s, u"gpt-4o-mini"_s,
            u"こんにちは"_s });
    KAIWA_CLI_EXIT(r, 0);
    QCOMPARE(QString::fromUtf8(r.out), u"こんにちは、世界！\n"_s);
    QCOMPARE(r.err, QByteArray());
    const QJsonObject body = server.lastRequest().json();
    QCOMPARE(body.value("messages"_L1).toArray().at(0).toObject().value("content"_L1).toString(),
        u"こんにちは"_s);
}

void TestKaiwaCliChat::chatPrintsWhileStreaming()
{
    FakeOpenAiServer server;
    CliRunner cli;
    QVERIFY(server.isListening() && cli.isValid());
    QSignalSpy responseDone(&server, &FakeOpenAiServer::responseFinished);
    QVERIFY(responseDone.isValid());
    server.enqueue(FakeResponse::chatStream({ u"Hel"_s, u"lo"_s }).withDelay(300));

    const auto process = cli.start(
        { u"--base-url"_s, server.baseUrl().toString(), u"chat"_s, u"--model"_s, u"m"_s, u"hi"_s });
    QTRY_VERIFY_WITH_TIMEOUT(process->peek(64).startsWith("Hel"), 10000);
    // The first delta is on stdout while the server still has pieces to send.
    QCOMPARE(responseDone.count(), 0);
    QCOMPARE(process->state(), QProcess::Running);
    const CliResult r = CliRunner::wait(*process);
    QVERIFY2(r.finished, r.describe().constData());
    KAIWA_CLI_EXIT(r, 0);
    QCOMPARE(r.out, QByteArray("Hello\n"));
}

void TestKaiwaCliChat::chatJsonAssemblesCompletion()
{
    FakeOpenAiServer server;
    CliRunner cli;
    QVERIFY(server.isListening() && cli.isValid());
    // n=2, interleaved; choice 1 (tool call) starts first; choice 0 reasons, then answers.
    server.enqueue(FakeResponse::sse({
        chunk(
            R"([{"index":1,"delta":{"role":"assistant","content":null,"tool_calls":[{"index":0,)"
            R"("id":"call_1","type":"function","function":{"name":"get_weather","arguments":""}}]},)"
            R"("finish_reason":null}])"),
        chunk(R"([{"index":0,"delta":{"role":"assistant","content":"","reasoning_content":"考え"},)"
              R"("finish_reason":null}])"),
        chunk(R"([{"index":0,"delta":{"reasoning_content":"ました"},"finish_reason":null}])"),
        chunk(R"([{"index":1,"delta":{"tool_calls":[{"index":0,"function":{"arguments":)"
              R"("{\"city\":"}}]},"finish_reason":null}])"),
        chunk(R"([{"index":0,"delta":{"content":"こんに"},"finish_reason":null}])"),
        chunk(R"([{"index":1,"delta":{"tool_calls":[{"index":0,"function":{"arguments":)"
              R"("\"東京\"}"}}]},"finish_reason":null}])"),
        chunk(R"([{"index":0,"delta":{"content":"ちは"},"finish_reason":null}])"),
        chunk(R"([{"index":1,"delta":{},"finish_reason":"tool_calls"}])"),
        chunk(R"([{"index":0,"delta":{},"finish_reason":"stop"}])"),
        chunk("[]", R"("usage":{"prompt_tokens":11,"completion_tokens":9,"total_tokens":20},)"),
        "[DONE]",
    }));

    KAIWA_CLI_RUN(r, cli,
        { u"--base-url"_s, server.baseUrl().toString(), u"--output"_s, u"json"_s, u"chat"_s,
            u"--model"_s, u"gpt-4o-mini"_s, u"--param"_s, u"n=2"_s, u"weather?"_s });
    KAIWA_CLI_EXIT(r, 0);
    QCOMPARE(r.err, QByteArray());
    const QJsonObject expected = jsonObject(R"({
        "id": "chatcmpl-42", "object": "chat.completion", "created": 1700000042,
        "model": "gpt-4o-mini", "system_fingerprint": "fp_kaiwa", "service_tier": "default",
        "choices": [
            {"index": 0, "finish_reason": "stop",
             "message": {"role": "assistant", "content": "こんにちは",
                         "reasoning_content": "考えました"}},
            {"index": 1, "finish_reason": "tool_calls",
             "message": {"role": "assistant", "content": null,
                         "tool_calls": [{"id": "call_1", "type": "function",
                             "function": {"name": "get_weather",
                                          "arguments": "{\"city\":\"東京\"}"}}]}}
        ],
        "usage": {"prompt_tokens": 11, "completion_tokens": 9, "total_tokens": 20}
    })");
    QVERIFY(!expected.isEmpty());
    QCOMPARE(QString::fromUtf8(compactJson(r.json())), QString::fromUtf8(compactJson(expected)));
}

void TestKaiwaCliChat::chatRequestBody()
{
    FakeOpenAiServer server;
    CliRunner cli;
    QVERIFY(server.isListening() && cli.isValid());
    const QByteArray tools =
        R"([{"type":"function","function":{"name":"get_weather",)"
        R"("parameters":{"type":"object","properties":{"city":{"type":"string"}}}}}])";
    const QString toolsPath = cli.writeFile(u"tools.json"_s, tools);
    QVERIFY(!toolsPath.isEmpty());
    // n=2: both choices must finish.
    server.enqueue(FakeResponse::sse({
        chunk(R"([{"index":0,"delta":{"role":"assistant","content":"ok"},"finish_reason":null}])"),
        chunk(
            R"([{"index":1,"delta":{"role":"assistant","content":"fine"},"finish_reason":null}])"),
        chunk(R"([{"index":0,"delta":{},"finish_reason":"stop"},)"
              R"({"index":1,"delta":{},"finish_reason":"stop"}])"),
        "[DONE]",
    }));

    KAIWA_CLI_RUN(r, cli,
        { u"--base-url"_s, server.baseUrl().toString(), u"chat"_s, u"--model"_s, u"gpt-4o"_s,
            u"--system"_s, u"Be brief."_s, u"--param"_s, u"temperature=0.2"_s, u"--param"_s,
            u"n=2"_s, u"--param"_s, u"stop=[\"x\"]"_s, u"--param"_s, u"tools=@tools.json"_s,
            u"--store"_s, u"--metadata"_s, u"topic=tests"_s, u"--metadata"_s, u"run=1"_s,
            u"Hi there"_s });
    KAIWA_CLI_EXIT(r, 0);
    QCOMPARE(r.out, QByteArray("ok\n"));
    QCOMPARE(server.requestCount(), 1);
    const RecordedRequest request = server.lastRequest();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
    QVERIFY(request.header("content-type").startsWith("application/json"));
    const QJsonObject body = request.json();
    QCOMPARE(keysOf(body),
        QStringList({ u"messages"_s, u"metadata"_s, u"model"_s, u"n"_s, u"stop"_s, u"store"_s,
            u"stream"_s, u"temperature"_s, u"tools"_s }));
    QCOMPARE(body.value("model"_L1).toString(), u"gpt-4o"_s);
    QCOMPARE(body.value("stream"_L1), QJsonValue(true));
    QCOMPARE(body.value("temperature"_L1).toDouble(), 0.2);
    QCOMPARE(body.value("n"_L1), QJsonValue(2));
    QCOMPARE(body.value("stop"_L1).toArray(), QJsonArray({ u"x"_s }));
    QCOMPARE(body.value("tools"_L1).toArray(), QJsonDocument::fromJson(tools).array());
    QCOMPARE(body.value("store"_L1), QJsonValue(true));
    QCOMPARE(compactJson(body.value("metadata"_L1).toObject()),
        QByteArray(R"({"run":"1","topic":"tests"})"));
    QCOMPARE(QJsonDocument(body.value("messages"_L1).toArray()).toJson(QJsonDocument::Compact),
        QByteArray(
            R"([{"content":"Be brief.","role":"system"},{"content":"Hi there","role":"user"}])"));
}

void TestKaiwaCliChat::messagesFile()
{
    FakeOpenAiServer server;
    CliRunner cli;
    QVERIFY(server.isListening() && cli.isValid());
    const QString path = cli.writeFile(u"messages.json"_s,
        R"([{"role":"user","content":"first"},{"role":"assistant","content":"answer"}])");
    QVERIFY(!path.isEmpty());
    server.enqueue(FakeResponse::chatStream({ u"ok"_s }));

    KAIWA_CLI_RUN(r, cli,
        { u"--base-url"_s, server.baseUrl().toString(), u"chat"_s, u"--model"_s, u"m"_s,
            u"--messages-file"_s, path, u"second"_s });
    KAIWA_CLI_EXIT(r, 0);
    const QJsonArray messages = server.lastRequest().json().value("messages"_L1).toArray();
    QCOMPARE(QJsonDocument(messages).toJson(QJsonDocument::Compact),
        QByteArray(R"([{"content":"first","role":"user"},{"content":"answer","role":"assistant"},)"
                   R"({"content":"second","role":"user"}])"));
}

void TestKaiwaCliChat::images()
{
    FakeOpenAiServer server;
    CliRunner cli;
    QVERIFY(server.isListening() && cli.isValid());
    const QString png = cli.writeFile(u"dot.png"_s, QByteArray::fromBase64(kPngBase64));
    QVERIFY(!png.isEmpty());
    server.enqueue(FakeResponse::chatStream({ u"a dot"_s }));

    KAIWA_CLI_RUN(r, cli,
        { u"--base-url"_s, server.baseUrl().toString(), u"chat"_s, u"--model"_s, u"m"_s,
            u"--image"_s, png, u"--image"_s, u"https://example.com/cat.png"_s,
            u"What is this?"_s });
    KAIWA_CLI_EXIT(r, 0);
    QCOMPARE(r.out, QByteArray("a dot\n"));
    const QJsonArray messages = server.lastRequest().json().value("messages"_L1).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).toObject().value("role"_L1).toString(), u"user"_s);
    const QJsonArray parts = messages.at(0).toObject().value("content"_L1).toArray();
    QCOMPARE(parts.size(), 3);
    QCOMPARE(compactJson(parts.at(0).toObject()),
        QByteArray(R"({"text":"What is this?","type":"text"})"));
    QCOMPARE(parts.at(1).toObject().value("type"_L1).toString(), u"image_url"_s);
    QCOMPARE(parts.at(1).toObject().value("image_url"_L1).toObject().value("url"_L1).toString(),
        QString(u"data:image/png;base64,"_s + QString::fromLatin1(kPngBase64)));
    QCOMPARE(parts.at(2).toObject().value("type"_L1).toString(), u"image_url"_s);
    QCOMPARE(parts.at(2).toObject().value("image_url"_L1).toObject().value("url"_L1).toString(),
        u"https://example.com/cat.png"_s);
}

void TestKaiwaCliChat::audioWav()
{
    FakeOpenAiServer server;
    CliRunner cli;
    QVERIFY(server.isListening() && cli.isValid());
    const QByteArray wav = wavFile();
    const QString path = cli.writeFile(u"hello.wav"_s, wav);
    QVERIFY(!path.isEmpty());
    server.enqueue(FakeResponse::chatStream({ u"silence"_s }));

    KAIWA_CLI_RUN(r, cli,
        { u"--base-url"_s, server.baseUrl().toString(), u"chat"_s, u"--model"_s,
            u"gpt-4o-audio-preview"_s, u"--audio"_s, path, u"Transcribe"_s });
    KAIWA_CLI_EXIT(r, 0);
    const QJsonArray parts = server.lastRequest()
                                 .json()
                                 .value("messages"_L1)
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value("content"_L1)
                                 .toArray();
    QCOMPARE(parts.size(), 2);
    QCOMPARE(
        compactJson(parts.at(0).toObject()), QByteArray(R"({"text":"Transcribe","type":"text"})"));
    const QJsonObject expected{ { u"type"_s, u"input_audio"_s },
        { u"input_audio"_s,
            QJsonObject{
                { u"data"_s, QString::fromLatin1(wav.toBase64()) }, { u"format"_s, u"wav"_s } } } };
    QCOMPARE(compactJson(parts.at(1).toObject()), compactJson(expected));
}

void TestKaiwaCliChat::noStream_data()
{
    QTest::addColumn<QString>("output");
    QTest::addRow("text") << u"text"_s;
    QTest::addRow("json") << u"json"_s;
}

void TestKaiwaCliChat::noStream()
{
    QFETCH(QString, output);
    FakeOpenAiServer server;
    CliRunner cli;
    QVERIFY(server.isListening() && cli.isValid());
    const FakeResponse answer = FakeResponse::chatCompletion(u"Plain answer"_s);
    server.enqueue(answer);

    KAIWA_CLI_RUN(r, cli,
        { u"--base-url"_s, server.baseUrl().toString(), u"--output"_s, output, u"chat"_s,
            u"--model"_s, u"gpt-4o-mini"_s, u"--no-stream"_s, u"hi"_s });
    KAIWA_CLI_EXIT(r, 0);
    if (output == u"text"_s)
        QCOMPARE(r.out, QByteArray("Plain answer\n"));
    else
        QCOMPARE(compactJson(r.json()), compactJson(jsonObject(answer.body())));
    const QJsonObject body = server.lastRequest().json();
    QVERIFY2(!body.contains("stream"_L1) || body.value("stream"_L1) == QJsonValue(false),
        compactJson(body).constData());
}

void TestKaiwaCliChat::complete_data()
{
    QTest::addColumn<QString>("output");
    QTest::addRow("text") << u"text"_s;
    QTest::addRow("json") << u"json"_s;
}

void TestKaiwaCliChat::complete()
{
    QFETCH(QString, output);
    FakeOpenAiServer server;
    CliRunner cli;
    QVERIFY(server.isListening() && cli.isValid());
    auto textChunk = [](const QByteArray &text, const QByteArray &finish) -> QByteArray {
        return R"({"id":"cmpl-7","object":"text_completion","created":1700000007,)"
               R"("model":"gpt-3.5-turbo-instruct","choices":[{"text":)"
            + text + R"(,"index":0,"logprobs":null,"finish_reason":)" + finish + "}]}";
    };
    server.enqueue("POST /completions",
        FakeResponse::sse({ textChunk(R"("    return")", "null"), textChunk(R"(" a + b")", "null"),
            textChunk(R"("")", R"("stop")"), "[DONE]" }));

    KAIWA_CLI_RUN(r, cli,
        { u"--base-url"_s, server.baseUrl().toString(), u"--output"_s, output, u"complete"_s,
            u"--model"_s, u"gpt-3.5-turbo-instruct"_s, u"--suffix"_s, u"\n"_s,
            u"def add(a, b):\n"_s });
    KAIWA_CLI_EXIT(r, 0);
    if (output == u"text"_s) {
        QCOMPARE(r.out, QByteArray("    return a + b\n"));
    } else {
        const QJsonObject json = r.json();
        QCOMPARE(json.value("object"_L1).toString(), u"text_completion"_s);
        QCOMPARE(json.value("id"_L1).toString(), u"cmpl-7"_s);
        QCOMPARE(json.value("model"_L1).toString(), u"gpt-3.5-turbo-instruct"_s);
        const QJsonArray choices = json.value("choices"_L1).toArray();
        QCOMPARE(choices.size(), 1);
        QCOMPARE(choices.at(0).toObject().value("text"_L1).toString(), u"    return a + b"_s);
        QCOMPARE(choices.at(0).toObject().value("index"_L1), QJsonValue(0));
        QCOMPARE(choices.at(0).toObject().value("finish_reason"_L1).toString(), u"stop"_s);
    }
    const RecordedRequest request = server.lastRequest();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/v1/completions"));
    QCOMPARE(compactJson(request.json()),
        QByteArray(R"({"model":"gpt-3.5-turbo-instruct","prompt":"def add(a, b):\n",)"
                   R"("stream":true,"suffix":"\n"})"));
}

QTEST_GUILESS_MAIN(TestKaiwaCliChat)
#include "tst_kaiwacli_chat.moc"
