// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The request inspector's recording over real loopback HTTP: a streamed chat with its frames,
// timings, headers and usage; the key nowhere to be found; 429s and retries; "copy as curl"
// actually run against the fake server; nothing recorded while recording is off.
#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include "../api/ChatTestSupport.h"
#include "core/api/JsonReply.h"
#include "core/inspect/CurlCommand.h"
#include "core/inspect/RequestLog.h"

using namespace Qt::StringLiterals;
using namespace ChatTest;

namespace {
const QString kSecretKey = u"sk-proj-SECRET0123456789abcdef"_s;

FakeResponse streamWithUsage()
{
    QList<QByteArray> payloads;
    payloads << chunk(R"({"role":"assistant","content":""})");
    for (const char *text : { "こんにちは", "、", "世界" })
        payloads << chunk(QByteArray(R"({"content":")") + text + "\"}");
    payloads << chunk("{}", "\"stop\"");
    payloads << R"({"id":"chatcmpl-e","object":"chat.completion.chunk","choices":[],)"
                R"("usage":{"prompt_tokens":12,"completion_tokens":3,"total_tokens":15,)"
                R"("completion_tokens_details":{"reasoning_tokens":0}}})";
    payloads << "[DONE]";
    // 80 ms apart: a loaded machine can read pieces sent closer together in one go.
    FakeResponse response = FakeResponse::sse(payloads).withDelay(80);
    response.withHeader("x-request-id", "req_inspect42")
        .withHeader("x-ratelimit-limit-requests", "60")
        .withHeader("x-ratelimit-remaining-requests", "59")
        .withHeader("x-ratelimit-reset-requests", "1s")
        .withHeader("x-ratelimit-limit-tokens", "150000")
        .withHeader("x-ratelimit-remaining-tokens", "149984")
        .withHeader("x-ratelimit-reset-tokens", "6m0s");
    return response;
}

//! Every text the model can show, all rows, columns and common roles.
QString allModelText(const QAbstractItemModel &model)
{
    QString text;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) })
                text += model.index(row, column).data(role).toString() + u'\n';
        }
    }
    return text;
}
} // namespace

class TestRequestLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamedChatIsRecorded();
    void keyAppearsNowhere();
    void rateLimitedThenRetried();
    void rateLimitedForLong();
    void curlSendsTheSameRequest();
    void imagesAreElided();
    void recordingOffRecordsNothing();
    void oldestRecordsGo();

private:
    Run chat(const QUrl &baseUrl, const ChatRequest &request = hello(), int maxRetries = 2)
    {
        Run run;
        run.client = std::make_unique<ChatClient>(m_nam, profileFor(baseUrl), kSecretKey);
        run.client->setOptions({ maxRetries, 5000 });
        auto stream = run.client->chat(request);
        if (!stream)
            return run;
        run.stream = *stream;
        run.outcome = std::make_unique<Outcome>(run.stream);
        run.stream->start();
        return run;
    }

    QNetworkAccessManager m_nam;
};

void TestRequestLog::streamedChatIsRecorded()
{
    FakeOpenAiServer server;
    server.enqueue(streamWithUsage());
    RequestLog log;
    QAbstractItemModelTester tester(&log);
    log.attach(m_nam);
    Run run = chat(server.baseUrl());
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait());
    QCOMPARE(run.outcome->finished.count(), 1);

    QCOMPARE(log.rowCount(), 1);
    const RequestRecord &r = log.record(0);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.url.path(), u"/v1/chat/completions"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.requestId, QByteArray("req_inspect42"));
    QCOMPARE(r.requestHeader("Authorization"), QByteArray("Bearer ***"));
    QCOMPARE(r.requestHeader("Accept"), QByteArray("text/event-stream"));
    QVERIFY(r.body.contains("Say hello in Japanese"));
    QCOMPARE(r.responseHeader("x-ratelimit-reset-tokens"), QByteArray("6m0s"));
    QCOMPARE(r.rateLimits.bucket(u"tokens"_s)->resetMs, 360'000);
    QCOMPARE(r.rateLimits.bucket(u"requests"_s)->remaining, 59);
    QVERIFY(r.streamed);

    // Every SSE event as it came, with the time since sending; 80 ms apart on the wire.
    QCOMPARE(r.frames.size(), 7);
    QVERIFY(r.frames.at(1).data.contains("こんにちは"));
    QCOMPARE(r.frames.last().data, QByteArray("[DONE]"));
    QCOMPARE(r.frames.at(0).event, QByteArray("message"));
    for (qsizetype i = 1; i < r.frames.size(); ++i)
        QVERIFY(r.frames.at(i).ms >= r.frames.at(i - 1).ms);
    QVERIFY2(r.frames.last().ms - r.frames.first().ms >= 100,
        qPrintable(QString::number(r.frames.last().ms - r.frames.first().ms)));

    // TTFT is the first frame with text (not the empty role chunk); tokens/s from usage.
    QCOMPARE(r.ttftMs, r.frames.at(1).ms);
    QVERIFY(r.ttftMs >= r.frames.at(0).ms);
    QCOMPARE(r.contentDeltas, 3);
    QCOMPARE(r.usage.value(u"completion_tokens"_s).toInt(), 3);
    QVERIFY(r.tokensFromUsage());
    const double expected = 3 * 1000.0 / double(r.lastTokenMs - r.ttftMs);
    QCOMPARE(r.tokensPerSecond(), expected);
    QVERIFY(r.isFinished());
    QVERIFY(!r.error.isError());

    // The list shows what a user scans for.
    QCOMPARE(log.index(0, RequestLog::MethodColumn).data().toString(), u"POST"_s);
    QCOMPARE(log.index(0, RequestLog::PathColumn).data().toString(), u"/v1/chat/completions"_s);
    QCOMPARE(log.index(0, RequestLog::StatusColumn).data().toString(), u"200"_s);
    QCOMPARE(log.index(0, RequestLog::TtftColumn).data().toString(), u"%1 ms"_s.arg(r.ttftMs));
    QCOMPARE(
        log.index(0, RequestLog::SpeedColumn).data().toString(), QString::number(expected, 'f', 1));
}

void TestRequestLog::keyAppearsNowhere()
{
    FakeOpenAiServer server;
    // A server that echoes the key in its error and a header must not leak it either.
    server.enqueue(FakeResponse::error(401, u"Incorrect API key provided: "_s + kSecretKey)
                       .withHeader("x-echo", kSecretKey.toUtf8()));
    server.enqueue(streamWithUsage());
    RequestLog log;
    log.attach(m_nam);
    Run failed = chat(server.baseUrl());
    QVERIFY(failed.outcome->wait());
    Run run = chat(server.baseUrl());
    QVERIFY(run.outcome->wait());
    QCOMPARE(log.rowCount(), 2);
    // It was sent: the server saw it.
    QCOMPARE(server.lastRequest().header("authorization"), "Bearer " + kSecretKey.toUtf8());

    const QByteArray secret = kSecretKey.toUtf8();
    QVERIFY(!QJsonDocument(log.toJson()).toJson().contains(secret));
    QVERIFY(!allModelText(log).contains(kSecretKey));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"requests.json"_s);
    QString error;
    QVERIFY2(log.save(path, &error), qPrintable(error));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray file = saved.readAll();
    QVERIFY(file.contains("req_inspect42"));
    QVERIFY(file.contains("Bearer ***"));
    QVERIFY(!file.contains(secret));
    for (int row = 0; row < log.rowCount(); ++row) {
        const RequestRecord &r = log.record(row);
        QVERIFY(!CurlCommand::build(r).contains(kSecretKey));
        QVERIFY(!r.error.describe().contains(kSecretKey));
        QVERIFY(!r.responseBody.contains(secret));
        for (const auto &h : r.responseHeaders)
            QVERIFY(!h.value.contains(secret));
    }
    QCOMPARE(log.record(0).status, 401);
    QVERIFY(log.record(0).responseBody.contains("Incorrect API key provided: ***"));
}

void TestRequestLog::rateLimitedThenRetried()
{
    FakeOpenAiServer server;
    server.enqueue(FakeResponse::error(429, u"Rate limit reached"_s, u"rate_limit_exceeded"_s)
                       .withHeader("retry-after-ms", "50")
                       .withHeader("x-ratelimit-remaining-requests", "0")
                       .withHeader("x-ratelimit-reset-requests", "50ms"));
    server.enqueue(streamWithUsage());
    RequestLog log;
    log.attach(m_nam);
    Run run = chat(server.baseUrl());
    QVERIFY(run.outcome->wait());
    QCOMPARE(run.outcome->finished.count(), 1);

    // Each attempt is its own row.
    QCOMPARE(log.rowCount(), 2);
    const RequestRecord &first = log.record(0);
    QCOMPARE(first.attempt, 1);
    QCOMPARE(first.status, 429);
    QVERIFY(first.willRetry);
    QCOMPARE(first.error.kind, ApiError::Kind::Http);
    QCOMPARE(first.rateLimits.retryAfterMs, 50);
    QCOMPARE(first.rateLimits.bucket(u"requests"_s)->remaining, 0);
    QCOMPARE(first.rateLimits.bucket(u"requests"_s)->resetMs, 50);
    QVERIFY(first.responseBody.contains("rate_limit_exceeded"));
    QVERIFY(!first.streamed);
    QVERIFY(first.frames.isEmpty());
    const RequestRecord &second = log.record(1);
    QCOMPARE(second.attempt, 2);
    QCOMPARE(second.status, 200);
    QVERIFY(!second.willRetry);
    QCOMPARE(log.index(0, RequestLog::StatusColumn).data().toString(), u"429"_s);
    QVERIFY(log.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"Rate limit reached"_s));
}

void TestRequestLog::rateLimitedForLong()
{
    // retry-after beyond a minute: no retry, and the wait is shown.
    FakeOpenAiServer server;
    server.setDefaultResponse(
        FakeResponse::error(429, u"You exceeded your current quota"_s, u"insufficient_quota"_s)
            .withHeader("retry-after", "600"));
    RequestLog log;
    log.attach(m_nam);
    Run run = chat(server.baseUrl());
    QVERIFY(run.outcome->wait());
    QCOMPARE(run.outcome->failed.count(), 1);
    QCOMPARE(log.rowCount(), 1);
    QCOMPARE(log.record(0).rateLimits.retryAfterMs, 600'000);
    QVERIFY(!log.record(0).willRetry);
    QVERIFY(log.record(0).error.describe().contains(u"insufficient_quota"_s));
}

void TestRequestLog::curlSendsTheSameRequest()
{
    FakeOpenAiServer server;
    server.setDefaultResponse(streamWithUsage());
    RequestLog log;
    log.attach(m_nam);
    Run run = chat(server.baseUrl());
    QVERIFY(run.outcome->wait());
    const QString curl = CurlCommand::build(log.record(0));
    QVERIFY2(curl.contains(u"$OPENAI_API_KEY"_s), qPrintable(curl));
    QVERIFY(curl.contains(u"Say hello in Japanese"_s));
    QVERIFY(!curl.contains(kSecretKey));
    const RecordedRequest sent = server.lastRequest();

    QProcess check;
    check.start(u"bash"_s, { u"-n"_s, u"-c"_s, curl });
    QVERIFY(check.waitForFinished());
    QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());

    // Run it, with the key in the environment only, and compare what the server received.
    QProcess bash;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"OPENAI_API_KEY"_s, kSecretKey);
    bash.setProcessEnvironment(env);
    bash.start(u"bash"_s, { u"-c"_s, curl });
    QTRY_VERIFY_WITH_TIMEOUT(bash.state() == QProcess::NotRunning, 10000);
    QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());
    QVERIFY(bash.readAllStandardOutput().contains("data: [DONE]"));
    QCOMPARE(server.requestCount(), 2);
    const RecordedRequest resent = server.lastRequest();
    QCOMPARE(resent.method, sent.method);
    QCOMPARE(resent.path, sent.path);
    QCOMPARE(resent.header("authorization"), "Bearer " + kSecretKey.toUtf8());
    QCOMPARE(QJsonDocument::fromJson(resent.body), QJsonDocument::fromJson(sent.body));
}

void TestRequestLog::imagesAreElided()
{
    FakeOpenAiServer server;
    server.setDefaultResponse(streamWithUsage());
    ChatRequest request = hello();
    const QString image = u"data:image/png;base64,"_s + QString(40'000, u'A');
    request.messages.append(RequestMessage::user(
        { MessagePart::makeText(u"What is this?"_s), MessagePart::makeImageUrl(image) }));
    RequestLog log;
    log.attach(m_nam);
    Run run = chat(server.baseUrl(), request);
    QVERIFY(run.outcome->wait());
    const RequestRecord &r = log.record(0);
    QVERIFY(r.bodyBytes > 40'000);
    QVERIFY2(r.body.size() < 1000, r.body.constData());
    QVERIFY2(r.body.contains("[image/png base64: 30000 bytes elided]"), r.body.constData());
    // copy as curl still sends the image.
    QVERIFY(r.curlBodyComplete);
    QVERIFY(CurlCommand::build(r).contains(image));
}

void TestRequestLog::recordingOffRecordsNothing()
{
    FakeOpenAiServer server;
    server.setDefaultResponse(streamWithUsage());
    RequestLog log;
    QVERIFY(!log.isAttached());
    Run before = chat(server.baseUrl());
    QVERIFY(before.outcome->wait());
    QCOMPARE(log.rowCount(), 0);

    // Attached to another manager: this one's requests are not seen.
    QNetworkAccessManager other;
    log.attach(other);
    Run elsewhere = chat(server.baseUrl());
    QVERIFY(elsewhere.outcome->wait());
    QCOMPARE(log.rowCount(), 0);
    log.detachAll();

    log.attach(m_nam);
    Run recorded = chat(server.baseUrl());
    QVERIFY(recorded.outcome->wait());
    QCOMPARE(log.rowCount(), 1);
    log.detach(m_nam);
    QVERIFY(!log.isAttached());
    Run after = chat(server.baseUrl());
    QVERIFY(after.outcome->wait());
    QCOMPARE(log.rowCount(), 1);
    QCOMPARE(RequestObserver::anyAttached(), false);

    // A log that goes away detaches itself.
    {
        RequestLog temporary;
        temporary.attach(m_nam);
        QVERIFY(RequestObserver::anyAttached());
    }
    QVERIFY(!RequestObserver::anyAttached());
    Run last = chat(server.baseUrl());
    QVERIFY(last.outcome->wait());
}

void TestRequestLog::oldestRecordsGo()
{
    FakeOpenAiServer server;
    server.setDefaultResponse(FakeResponse::models({ u"gpt-4o-mini"_s }));
    RequestLog log(2);
    QAbstractItemModelTester tester(&log);
    log.attach(m_nam);
    ChatClient client(m_nam, profileFor(server.baseUrl()), kSecretKey);
    QList<quint64> ids;
    for (int i = 0; i < 3; ++i) {
        auto reply = client.listModels();
        QVERIFY(reply);
        Outcome outcome(*reply);
        (*reply)->start();
        QVERIFY(outcome.wait());
        ids << log.record(log.rowCount() - 1).id;
    }
    QCOMPARE(log.rowCount(), 2);
    QCOMPARE(log.record(0).id, ids.at(1));
    QCOMPARE(log.record(1).id, ids.at(2));
    QCOMPARE(log.record(1).method, QByteArray("GET"));
    QVERIFY(log.record(1).responseBody.contains("gpt-4o-mini"));
    QCOMPARE(log.rowOfId(ids.at(0)), -1);
    log.clear();
    QCOMPARE(log.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
