// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The rest of issue 8's fault list, each against the fake server over loopback (the others are in
// tst_chaterrors, tst_chattimeouts and tst_transporterrors): a slow drip, a 100 MB line without a
// newline, invalid UTF-8, gzip bodies, a redirect to another host, and every HTTP error status
// with and without a body. Each ends with a clear message, bounded memory, and what arrived kept.
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include "ChatTestSupport.h"

using namespace Qt::StringLiterals;
using namespace ChatTest;

namespace {
QByteArray contentEvent(const QByteArray &escapedText)
{
    return R"(data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":")"
        + escapedText + "\"},\"finish_reason\":null}]}\n\n";
}

const QByteArray kFinish =
    R"(data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})"
    "\n\ndata: [DONE]\n\n";

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

//! gzip (RFC 1952), what Content-Encoding: gzip means: a header, the raw deflate stream inside
//! qCompress's zlib framing (4-byte length, 2-byte header ... 4-byte Adler-32), CRC-32, size.
QByteArray gzip(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data, 9);
    QByteArray out("\x1f\x8b\x08\0\0\0\0\0\0\xff", 10);
    out += zlib.mid(6, zlib.size() - 10);
    for (quint32 value : { crc32(data), quint32(data.size()) })
        for (int k = 0; k < 4; ++k)
            out += char((value >> (8 * k)) & 0xff);
    return out;
}

//! Peak resident memory of this process so far, in MiB (VmHWM).
qint64 peakMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    return -1;
}
} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slowDripIsNotAStall();
    void hugeLineWithoutNewline();
    void invalidUtf8();
    void gzipBodies();
    void redirectToAnotherHostIsNotFollowed();
    void httpErrors_data();
    void httpErrors();
    void rateLimitSaysWhenToTryAgain();

private:
    QNetworkAccessManager m_nam;
};

void TestFaults::slowDripIsNotAStall()
{
    // One byte every 60 ms with a 300 ms idle timeout: slow, but never silent for long, so the
    // answer arrives whole. (One byte a second with a 5 s timeout is the same, 17 times slower.)
    FakeOpenAiServer server;
    const QByteArray body = contentEvent("ゆっくり") + kFinish;
    server.enqueue(FakeResponse::sseRaw(body).withFragmentSize(1).withDelay(60));
    Run run = startChat(m_nam, server.baseUrl(), 0, 300);
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait(60'000));
    QCOMPARE(run.outcome->failed.count(), 0);
    QCOMPARE(content(*run.stream), u"ゆっくり"_s);
}

void TestFaults::hugeLineWithoutNewline()
{
    // Some content, then 100 MB of one line that never ends: refused at Kaiwa's line cap, with
    // what came before it kept, and memory bounded by that cap rather than by the line.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"huge.sse"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contentEvent("前置き"));
        file.write("data: {\"choices\":[{\"delta\":{\"content\":\"");
        const QByteArray block(1 << 20, 'a');
        for (int i = 0; i < 100; ++i)
            file.write(block);
    }
    FakeOpenAiServer server;
    server.enqueue(FakeResponse::sseFile(path, FakeResponse::Framing::Chunked));
    const qint64 before = peakMiB();
    Run run = startChat(m_nam, server.baseUrl(), 0, 30'000);
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait(120'000));
    QCOMPARE(run.outcome->failed.count(), 1);
    const ApiError error = run.outcome->error();
    QCOMPARE(error.kind, ApiError::Kind::Limit);
    QVERIFY2(!error.describe().isEmpty(), "no message");
    QCOMPARE(content(*run.stream), u"前置き"_s);
    const qint64 grown = peakMiB() - before;
    qInfo() << "peak memory grew by" << grown << "MiB for a 100 MiB line";
    QVERIFY2(grown < 100 + 64, qPrintable(u"grew by %1 MiB"_s.arg(grown)));
}

void TestFaults::invalidUtf8()
{
    // Bytes that are not UTF-8 inside the content: shown as U+FFFD, the stream goes on.
    FakeOpenAiServer server;
    server.enqueue(
        FakeResponse::sseRaw(contentEvent("ok \xff\xfe ok") + contentEvent(" 続き") + kFinish));
    Run run = startChat(m_nam, server.baseUrl(), 0, 5000);
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait());
    if (run.outcome->failed.count()) {
        // A refusal is acceptable only with a message that says what was wrong.
        QVERIFY2(!run.outcome->error().describe().isEmpty(), "no message");
        QVERIFY(content(*run.stream).isEmpty() || content(*run.stream).startsWith(u"ok"_s));
        return;
    }
    const QString text = content(*run.stream);
    QVERIFY2(text.startsWith(u"ok "_s) && text.endsWith(u" 続き"_s), qPrintable(text));
    QVERIFY(text.contains(QChar::ReplacementCharacter));
}

void TestFaults::gzipBodies()
{
    FakeOpenAiServer server;
    // A non-streamed answer, gzip-compressed.
    const FakeResponse plain = FakeResponse::chatCompletion(u"圧縮された答え"_s);
    FakeResponse zipped = plain;
    zipped.pieces = { gzip(plain.body()) };
    zipped.withHeader("Content-Encoding", "gzip");
    server.enqueue(zipped);
    {
        ChatClient client(m_nam, profileFor(server.baseUrl()), kApiKey);
        client.setOptions({ 0, 5000 });
        auto reply = client.chat(hello(false));
        QVERIFY(reply);
        Outcome outcome(*reply);
        (*reply)->start();
        QVERIFY(outcome.wait());
        QCOMPARE(outcome.failed.count(), 0);
        QCOMPARE(resultContent((*reply)->result()), u"圧縮された答え"_s);
    }
    // A gzip-compressed stream (some gateways do it).
    FakeResponse stream = FakeResponse::sseRaw(gzip(contentEvent("ストリーム") + kFinish));
    stream.withHeader("Content-Encoding", "gzip");
    server.enqueue(stream);
    Run run = startChat(m_nam, server.baseUrl(), 0, 5000);
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait());
    QCOMPARE(run.outcome->failed.count(), 0);
    QCOMPARE(content(*run.stream), u"ストリーム"_s);
}

void TestFaults::redirectToAnotherHostIsNotFollowed()
{
    // A 307 to another host ("localhost" on another port stands in for it) must not take the
    // key along.
    FakeOpenAiServer elsewhere;
    elsewhere.setDefaultResponse(FakeResponse::chatStream(kDeltas));
    FakeOpenAiServer server;
    QUrl target = elsewhere.url(u"/chat/completions"_s);
    target.setHost(u"localhost"_s);
    server.setDefaultResponse(
        FakeResponse::json(307, QJsonObject{}).withHeader("Location", target.toEncoded()));
    Run run = startChat(m_nam, server.baseUrl(), 0, 5000);
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait());
    QCOMPARE(run.outcome->failed.count(), 1);
    QCOMPARE(elsewhere.requestCount(), 0);
    const QString message = run.outcome->error().describe();
    QVERIFY2(message.contains(u"redirect"_s, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(message.contains(u"localhost"_s), qPrintable(message));
}

void TestFaults::httpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("withBody");
    for (int status : { 401, 403, 404, 408, 409, 429, 500, 502, 503 }) {
        QTest::addRow("%d with body", status) << status << true;
        QTest::addRow("%d without body", status) << status << false;
    }
}

void TestFaults::httpErrors()
{
    QFETCH(int, status);
    QFETCH(bool, withBody);
    FakeOpenAiServer server;
    FakeResponse response = withBody
        ? FakeResponse::error(status, u"The server says no (%1)."_s.arg(status), u"some_code"_s)
        : FakeResponse::json(status, QByteArray());
    server.setDefaultResponse(response);
    Run run = startChat(m_nam, server.baseUrl(), 0, 5000);
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait());
    QCOMPARE(run.outcome->failed.count(), 1);
    const ApiError error = run.outcome->error();
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, status);
    const QString message = error.describe();
    QVERIFY2(message.contains(QString::number(status)), qPrintable(message));
    if (withBody)
        QVERIFY2(message.contains(u"The server says no"_s), qPrintable(message));
    else
        QVERIFY2(message.size() > 12, qPrintable(message)); // more than "HTTP 503: "
}

void TestFaults::rateLimitSaysWhenToTryAgain()
{
    // Too long to wait for by itself: not retried, and the user reads when to try again.
    FakeOpenAiServer server;
    server.setDefaultResponse(
        FakeResponse::error(429, u"Rate limit reached for requests"_s, u"rate_limit_exceeded"_s)
            .withHeader("retry-after", "600"));
    Run run = startChat(m_nam, server.baseUrl(), 2, 5000);
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait());
    QCOMPARE(run.outcome->failed.count(), 1);
    QCOMPARE(server.requestCount(), 1);
    const QString message = run.outcome->error().describe();
    QVERIFY2(message.contains(u"try again in 10 min"_s), qPrintable(message));

    FakeOpenAiServer soon;
    soon.setDefaultResponse(
        FakeResponse::error(429, u"Slow down"_s).withHeader("retry-after-ms", "1500"));
    Run quick = startChat(m_nam, soon.baseUrl(), 0, 5000);
    QVERIFY(quick.outcome->wait());
    const QString quickMessage = quick.outcome->error().describe();
    QVERIFY2(quickMessage.contains(u"try again in 2 s"_s), qPrintable(quickMessage));
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
