// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Black-box tests of kaiwa-cli's exit codes: 2 usage, 3 API error, 4 network error, timeout or a
// stream that ended early; with what stays on stdout and the one stderr line.
#include <QJsonArray>
#include <QTcpServer>
#include <QTest>

#include "CliRunner.h"
#include "support/FakeOpenAiServer.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FakeResponse)

namespace {
QByteArray chunk(const QByteArray &delta, const QByteArray &finish = "null")
{
    return R"({"id":"chatcmpl-9","object":"chat.completion.chunk","created":1700000009,)"
           R"("model":"m","choices":[{"index":0,"delta":)"
        + delta + R"(,"finish_reason":)" + finish + "}]}";
}

// Body bytes of the first `count` pieces of a scripted response.
qint64 bytesOfPieces(const FakeResponse &response, int count)
{
    qint64 n = 0;
    for (int i = 0; i < count; ++i)
        n += response.pieces.at(i).size();
    return n;
}

// A port on 127.0.0.1 that nobody listens on (bound once, then closed).
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}
} // namespace

class TestKaiwaCliErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();

private:
    QTemporaryDir m_files;
};

void TestKaiwaCliErrors::initTestCase()
{
    QVERIFY(m_files.isValid());
    QFile ogg(m_files.filePath(u"voice.ogg"_s));
    QVERIFY(ogg.open(QIODevice::WriteOnly));
    ogg.write(QByteArray("OggS") + QByteArray(60, '\0'));
}

void TestKaiwaCliErrors::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments"); // {BASE}: the fake's base URL, {FILES}: test files
    QTest::addColumn<QList<FakeResponse>>("responses");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("out"); // exact stdout (text output)
    QTest::addColumn<QString>("partialContent"); // json output: choices[0].message.content
    QTest::addColumn<QStringList>("errContains"); // in the last stderr line
    QTest::addColumn<int>("requests"); // -1: not checked

    const QStringList chat{ u"--base-url"_s, u"{BASE}"_s, u"chat"_s, u"--model"_s, u"m"_s,
        u"hi"_s };
    const QStringList chatJson = QStringList{ u"--output"_s, u"json"_s } + chat;

    // 3: API errors.
    QTest::addRow("HTTP 401") << chat
                              << QList<FakeResponse>{ FakeResponse::error(401,
                                     u"Incorrect API key provided: sk-bad."_s, u"invalid_api_key"_s)
                                                          .withHeader(
                                                              "x-request-id", "req_401abc") }
                              << 3 << QByteArray() << QString()
                              << QStringList{ u"HTTP 401"_s,
                                     u"Incorrect API key provided: sk-bad."_s, u"req_401abc"_s }
                              << 1;
    const FakeResponse streamError = FakeResponse::sse({
        chunk(R"({"role":"assistant","content":""})"),
        chunk(R"({"content":"Partial ans"})"),
        chunk(R"({"content":"wer"})"),
        R"({"error":{"message":"The model is overloaded","type":"server_error","code":null}})",
    });
    QTest::addRow("error in a 200 stream, json")
        << chatJson << QList<FakeResponse>{ streamError } << 3 << QByteArray()
        << u"Partial answer"_s << QStringList{ u"The model is overloaded"_s } << 1;
    QTest::addRow("error in a 200 stream, text")
        << chat << QList<FakeResponse>{ streamError } << 3 << QByteArray("Partial answer\n")
        << QString() << QStringList{ u"The model is overloaded"_s } << 1;

    // 4: network errors, timeouts, early ends.
    FakeResponse disconnecting = FakeResponse::chatStream({ u"Hello"_s, u" wor"_s, u"ld"_s });
    disconnecting.disconnectingAfter(bytesOfPieces(disconnecting, 3));
    QTest::addRow("disconnect mid-stream")
        << chat << QList<FakeResponse>{ disconnecting } << 4 << QByteArray("Hello wor\n")
        << QString() << QStringList{} << 1;
    QTest::addRow("disconnect mid-stream, json")
        << chatJson << QList<FakeResponse>{ disconnecting } << 4 << QByteArray() << u"Hello wor"_s
        << QStringList{} << 1;
    FakeResponse stalling = FakeResponse::chatStream({ u"Hello"_s, u" wor"_s, u"ld"_s });
    stalling.stallingAfter(bytesOfPieces(stalling, 2));
    QTest::addRow("stall with --timeout 1")
        << QStringList{ u"--timeout"_s, u"1"_s } + chat << QList<FakeResponse>{ stalling } << 4
        << QByteArray("Hello\n") << QString() << QStringList{ u"timeout"_s } << -1;
    const FakeResponse unfinished =
        FakeResponse::sse({ chunk(R"({"role":"assistant","content":"Hel"})"),
            chunk(R"({"content":"lo"})"), "[DONE]" });
    QTest::addRow("stream without finish_reason")
        << chat << QList<FakeResponse>{ unfinished } << 4 << QByteArray("Hello\n") << QString()
        << QStringList{ u"ended early"_s } << 1;
    QTest::addRow("stream without finish_reason, json")
        << chatJson << QList<FakeResponse>{ unfinished } << 4 << QByteArray() << u"Hello"_s
        << QStringList{ u"ended early"_s } << 1;
    const FakeResponse cutShort =
        FakeResponse::sse({ chunk(R"({"role":"assistant","content":"Hel"})") });
    QTest::addRow("stream ends without [DONE] or finish_reason")
        << chat << QList<FakeResponse>{ cutShort } << 4 << QByteArray("Hel\n") << QString()
        << QStringList{} << 1;
    const FakeResponse oneOfTwo = FakeResponse::sse({
        chunk(R"({"role":"assistant","content":"first"})"),
        R"({"id":"chatcmpl-9","object":"chat.completion.chunk","created":1700000009,"model":"m",)"
        R"("choices":[{"index":1,"delta":{"role":"assistant","content":"second"},)"
        R"("finish_reason":null}]})",
        chunk("{}", R"("stop")"),
        "[DONE]",
    });
    QTest::addRow("n=2, choice 1 never finished")
        << chat + QStringList{ u"--param"_s, u"n=2"_s } << QList<FakeResponse>{ oneOfTwo } << 4
        << QByteArray("first\n") << QString() << QStringList{ u"ended"_s } << 1;
    // QNAM resends once by itself when the connection closes before any response byte.
    QTest::addRow("connection closed without an answer")
        << QStringList{ u"--retries"_s, u"0"_s } + chat
        << QList<FakeResponse>{ FakeResponse::closeWithoutAnswer(),
               FakeResponse::closeWithoutAnswer() }
        << 4 << QByteArray() << QString() << QStringList{} << -1;
    QTest::addRow("connection refused")
        << QStringList{ u"--base-url"_s, u"http://127.0.0.1:%1/v1"_s.arg(closedPort()),
               u"--retries"_s, u"0"_s, u"chat"_s, u"--model"_s, u"m"_s, u"hi"_s }
        << QList<FakeResponse>{} << 4 << QByteArray() << QString() << QStringList{} << 0;

    // 0: a retried 429.
    QTest::addRow("429 with retry-after-ms, then success")
        << chat
        << QList<FakeResponse>{ FakeResponse::error(
                                    429, u"Rate limit reached"_s, u"rate_limit_exceeded"_s)
                                    .withHeader("retry-after-ms", "10"),
               FakeResponse::chatStream({ u"ok"_s }) }
        << 0 << QByteArray("ok\n") << QString() << QStringList{} << 2;

    // 2: usage errors; nothing is sent.
    QTest::addRow("unknown command")
        << QStringList{ u"--base-url"_s, u"{BASE}"_s, u"frobnicate"_s } << QList<FakeResponse>{}
        << 2 << QByteArray() << QString() << QStringList{ u"frobnicate"_s } << 0;
    QTest::addRow("--output xml") << QStringList{ u"--base-url"_s, u"{BASE}"_s, u"--output"_s,
        u"xml"_s, u"models"_s } << QList<FakeResponse>{}
                                  << 2 << QByteArray() << QString() << QStringList{ u"--output"_s }
                                  << 0;
    QTest::addRow("--param without =")
        << chat + QStringList{ u"--param"_s, u"temperature"_s } << QList<FakeResponse>{} << 2
        << QByteArray() << QString() << QStringList{ u"--param"_s, u"temperature"_s } << 0;
    QTest::addRow("missing --model")
        << QStringList{ u"--base-url"_s, u"{BASE}"_s, u"chat"_s, u"hi"_s } << QList<FakeResponse>{}
        << 2 << QByteArray() << QString() << QStringList{ u"--model"_s } << 0;
    QTest::addRow("unreadable --messages-file")
        << chat + QStringList{ u"--messages-file"_s, u"{FILES}/missing.json"_s }
        << QList<FakeResponse>{} << 2 << QByteArray() << QString()
        << QStringList{ u"missing.json"_s } << 0;
    QTest::addRow("--audio .ogg") << chat + QStringList{ u"--audio"_s, u"{FILES}/voice.ogg"_s }
                                  << QList<FakeResponse>{} << 2 << QByteArray() << QString()
                                  << QStringList{ u"ogg"_s, u"wav or mp3"_s } << 0;
    QTest::addRow("--timeout 0") << QStringList{ u"--timeout"_s, u"0"_s } + chat
                                 << QList<FakeResponse>{} << 2 << QByteArray() << QString()
                                 << QStringList{ u"--timeout"_s } << 0;
    QTest::addRow("--metadata without =")
        << chat + QStringList{ u"--metadata"_s, u"topic"_s } << QList<FakeResponse>{} << 2
        << QByteArray() << QString() << QStringList{ u"--metadata"_s } << 0;
    QTest::addRow("unknown --provider")
        << QStringList{ u"--provider"_s, u"acme"_s } + chat << QList<FakeResponse>{} << 2
        << QByteArray() << QString() << QStringList{ u"acme"_s } << 0;
    QTest::addRow("unknown option")
        << chat + QStringList{ u"--frobnicate"_s } << QList<FakeResponse>{} << 2 << QByteArray()
        << QString() << QStringList{ u"frobnicate"_s } << 0;
}

void TestKaiwaCliErrors::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QList<FakeResponse>, responses);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, out);
    QFETCH(QString, partialContent);
    QFETCH(QStringList, errContains);
    QFETCH(int, requests);

    FakeOpenAiServer server;
    CliRunner cli;
    QVERIFY(server.isListening() && cli.isValid());
    for (const FakeResponse &response : responses)
        server.enqueue(response);
    for (QString &argument : arguments) {
        argument.replace(u"{BASE}"_s, server.baseUrl().toString());
        argument.replace(u"{FILES}"_s, m_files.path());
    }

    KAIWA_CLI_RUN(r, cli, arguments);
    QVERIFY2(r.exitCode == exitCode, r.describe().constData());
    if (!partialContent.isNull()) {
        const QJsonObject json = r.json();
        QVERIFY2(!json.isEmpty(), r.describe().constData());
        QCOMPARE(json.value("object"_L1).toString(), u"chat.completion"_s);
        const QJsonObject choice = json.value("choices"_L1).toArray().at(0).toObject();
        QCOMPARE(
            choice.value("message"_L1).toObject().value("content"_L1).toString(), partialContent);
        if (exitCode == 4)
            QCOMPARE(choice.value("finish_reason"_L1), QJsonValue(QJsonValue::Null));
    } else {
        QCOMPARE(QString::fromUtf8(r.out), QString::fromUtf8(out));
    }
    const QList<QByteArray> errLines = r.errLines();
    if (exitCode == 0) {
        for (const QByteArray &line : errLines)
            QVERIFY2(!line.startsWith("kaiwa-cli: error:"), r.describe().constData());
    } else {
        QVERIFY2(errLines.size() == 1, r.describe().constData());
        QVERIFY2(errLines.first().startsWith("kaiwa-cli: error: "), r.describe().constData());
        for (const QString &part : std::as_const(errContains))
            QVERIFY2(QString::fromUtf8(errLines.first()).contains(part, Qt::CaseInsensitive),
                qPrintable(QString(
                    u"stderr lacks \"%1\"; "_s.arg(part) + QString::fromUtf8(r.describe()))));
    }
    if (requests >= 0)
        QCOMPARE(server.requestCount(), requests);
}

QTEST_GUILESS_MAIN(TestKaiwaCliErrors)
#include "tst_kaiwacli_errors.moc"
