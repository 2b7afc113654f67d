// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ChatClient over real loopback HTTP when things go wrong: HTTP errors and their retries, errors
// inside a 200 stream, cut streams, truncation, refused connections. Stalls and cancellation are
// in tst_chattimeouts.
#include <QNetworkAccessManager>
#include <QTcpServer>

#include "ChatTestSupport.h"

using namespace Qt::StringLiterals;
using namespace ChatTest;

class TestChatErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unauthorizedIsNotRetried();
    void rateLimitedThenSuccess();
    void serverErrorsExhaustRetries();
    void shouldRetryFalse();
    void htmlGatewayPage();
    void errorInsideStreamAfterContent();
    void errorEvent();
    void streamCutMidContent_data();
    void streamCutMidContent();
    void endsWithoutDoneAfterFinish();
    void endsBeforeFinish();
    void connectionRefused();

private:
    Run start(const QUrl &baseUrl, int maxRetries = 2, int timeoutMs = 5000)
    {
        return startChat(m_nam, baseUrl, maxRetries, timeoutMs);
    }

    QNetworkAccessManager m_nam;
};

void TestChatErrors::unauthorizedIsNotRetried()
{
    FakeOpenAiServer server;
    server.setDefaultResponse(FakeResponse::error(
        401, u"Incorrect API key provided: sk-test***123."_s, u"invalid_api_key"_s)
                                  .withHeader("x-request-id", "req_401abc"));
    Run run = start(server.baseUrl());
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait());

    QCOMPARE(run.outcome->finished.count(), 0);
    QCOMPARE(run.outcome->failed.count(), 1);
    QCOMPARE(run.outcome->retrying.count(), 0);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(run.stream->attempts(), 1);
    const ApiError error = run.outcome->error();
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 401);
    QCOMPARE(error.message, u"Incorrect API key provided: sk-test***123."_s);
    QCOMPARE(error.code, u"invalid_api_key"_s);
    QCOMPARE(error.requestId, QByteArray("req_401abc"));
    QVERIFY2(error.describe().contains(u"req_401abc"_s), qPrintable(error.describe()));
    QCOMPARE(run.stream->error().kind, ApiError::Kind::Http);
}

void TestChatErrors::rateLimitedThenSuccess()
{
    FakeOpenAiServer server;
    server.enqueue(FakeResponse::error(429, u"Rate limit reached"_s, u"rate_limit_exceeded"_s)
                       .withHeader("retry-after-ms", "50"));
    server.enqueue(FakeResponse::chatStream(kDeltas));
    Run run = start(server.baseUrl());
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait());

    QCOMPARE(run.outcome->failed.count(), 0);
    QCOMPARE(run.outcome->finished.count(), 1);
    QCOMPARE(run.outcome->retrying.count(), 1);
    const QList<QVariant> retry = run.outcome->retrying.first();
    QCOMPARE(retry.at(0).toInt(), 1);
    QCOMPARE(retry.at(1).toInt(), 50);
    QCOMPARE(retry.at(2).value<ApiError>().httpStatus, 429);
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(run.stream->attempts(), 2);
    QCOMPARE(server.requests().at(0).body, server.requests().at(1).body);
    QCOMPARE(content(*run.stream), kDeltas.join(QString()));
}

void TestChatErrors::serverErrorsExhaustRetries()
{
    FakeOpenAiServer server;
    for (int i = 0; i < 3; ++i)
        server.enqueue(FakeResponse::error(
            503, u"The engine is currently overloaded"_s, {}, u"server_error"_s));
    server.enqueue(FakeResponse::chatStream(kDeltas)); // must not be asked for
    Run run = start(server.baseUrl(), 2);
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait(8000));

    QCOMPARE(run.outcome->finished.count(), 0);
    QCOMPARE(run.outcome->failed.count(), 1);
    QCOMPARE(server.requestCount(), 3);
    QCOMPARE(run.stream->attempts(), 3);
    QCOMPARE(run.outcome->retrying.count(), 2);
    // Exponential backoff with up to 25 % jitter: 0.5 s, then 1 s.
    const int first = run.outcome->retrying.at(0).at(1).toInt();
    const int second = run.outcome->retrying.at(1).at(1).toInt();
    QVERIFY2(first >= 375 && first <= 500, qPrintable(QString::number(first)));
    QVERIFY2(second >= 750 && second <= 1000, qPrintable(QString::number(second)));
    QCOMPARE(run.outcome->error().kind, ApiError::Kind::Http);
    QCOMPARE(run.outcome->error().httpStatus, 503);
    QCOMPARE(run.outcome->error().message, u"The engine is currently overloaded"_s);
}

void TestChatErrors::shouldRetryFalse()
{
    FakeOpenAiServer server;
    server.setDefaultResponse(FakeResponse::error(500, u"do not bother"_s, {}, u"server_error"_s)
                                  .withHeader("x-should-retry", "false"));
    Run run = start(server.baseUrl());
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait());
    QCOMPARE(run.outcome->failed.count(), 1);
    QCOMPARE(run.outcome->retrying.count(), 0);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(run.outcome->error().httpStatus, 500);
}

void TestChatErrors::htmlGatewayPage()
{
    FakeOpenAiServer server;
    server.setDefaultResponse(FakeResponse::html(502,
        "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
        "</h1></center><hr><center>nginx/1.25.3</center></body></html>"));
    Run run = start(server.baseUrl(), 0);
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait());
    QCOMPARE(run.outcome->failed.count(), 1);
    const ApiError error = run.outcome->error();
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 502);
    QVERIFY2(error.message.contains(u"HTML"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"502 Bad Gateway"_s), qPrintable(error.message));
    QVERIFY(!error.message.contains(u"<center>"_s));
}

void TestChatErrors::errorInsideStreamAfterContent()
{
    FakeOpenAiServer server;
    server.setDefaultResponse(FakeResponse::sse({ chunk(R"({"role":"assistant","content":""})"),
        chunk(R"({"content":"Partial "})"), chunk(R"({"content":"answer"})"),
        R"({"error":{"message":"The server had an error while processing your request.",)"
        R"("type":"server_error","param":null,"code":"server_error"}})" }));
    Run run = start(server.baseUrl());
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait());

    QCOMPARE(run.outcome->finished.count(), 0);
    QCOMPARE(run.outcome->failed.count(), 1);
    QCOMPARE(run.outcome->retrying.count(), 0);
    QCOMPARE(server.requestCount(), 1); // content was shown: never generate (and bill) again
    const ApiError error = run.outcome->error();
    QCOMPARE(error.kind, ApiError::Kind::Api);
    QCOMPARE(error.httpStatus, 200);
    QCOMPARE(error.message, u"The server had an error while processing your request."_s);
    QCOMPARE(error.code, u"server_error"_s);
    QCOMPARE(content(*run.stream), u"Partial answer"_s);
}

void TestChatErrors::errorEvent()
{
    FakeOpenAiServer server;
    server.setDefaultResponse(FakeResponse::sseRaw(
        { "data: " + chunk(R"({"role":"assistant","content":"Thinking"})") + "\n\n",
            "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\","
            "\"message\":\"Overloaded\"}}\n\n" }));
    Run run = start(server.baseUrl());
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait());
    QCOMPARE(run.outcome->failed.count(), 1);
    QCOMPARE(server.requestCount(), 1);
    const ApiError error = run.outcome->error();
    QCOMPARE(error.kind, ApiError::Kind::Api);
    QCOMPARE(error.message, u"Overloaded"_s);
    QCOMPARE(content(*run.stream), u"Thinking"_s);
}

void TestChatErrors::streamCutMidContent_data()
{
    QTest::addColumn<bool>("insideEvent");
    QTest::addRow("between events") << false;
    QTest::addRow("inside an event's JSON") << true;
}

void TestChatErrors::streamCutMidContent()
{
    QFETCH(bool, insideEvent);
    FakeOpenAiServer server;
    FakeResponse response = FakeResponse::chatStream(kDeltas);
    // The connection breaks after the first delta's event, or inside the second delta's JSON.
    response.disconnectingAfter(
        insideEvent ? offsetOf(response, kDeltas.at(1)) + 5 : endOfEvent(response, kDeltas.at(0)));
    server.setDefaultResponse(response);
    Run run = start(server.baseUrl());
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait());

    QCOMPARE(run.outcome->finished.count(), 0);
    QCOMPARE(run.outcome->failed.count(), 1);
    QCOMPARE(run.outcome->retrying.count(), 0); // text was shown: no silent restart
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(content(*run.stream), kDeltas.at(0)); // what was shown stays
    const ApiError error = run.outcome->error();
    // The user should read "connection closed", not "malformed response": the half event at
    // the cut is a consequence of the broken connection, not bad data from the server.
    QVERIFY2(error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Truncated,
        qPrintable(error.describe()));
}

void TestChatErrors::endsWithoutDoneAfterFinish()
{
    FakeOpenAiServer server;
    server.setDefaultResponse(FakeResponse::sse(
        { chunk(R"({"role":"assistant","content":"Done"})"), chunk(R"({})", R"("stop")") }));
    Run run = start(server.baseUrl());
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait());
    QCOMPARE(run.outcome->failed.count(), 0);
    QCOMPARE(run.outcome->finished.count(), 1);
    QVERIFY(!run.stream->accumulator().isDone());
    QCOMPARE(resultContent(run.stream->result()), u"Done"_s);
}

void TestChatErrors::endsBeforeFinish()
{
    FakeOpenAiServer server;
    server.setDefaultResponse(
        FakeResponse::sse({ chunk(R"({"role":"assistant","content":"Half an"})") }));
    Run run = start(server.baseUrl());
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait());
    QCOMPARE(run.outcome->finished.count(), 0);
    QCOMPARE(run.outcome->failed.count(), 1);
    QCOMPARE(run.outcome->retrying.count(), 0);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(run.outcome->error().kind, ApiError::Kind::Truncated);
    QCOMPARE(content(*run.stream), u"Half an"_s);
}

void TestChatErrors::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QUrl base(u"http://127.0.0.1/v1"_s);
    base.setPort(port);

    Run run = start(base, 1);
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait(5000));
    QCOMPARE(run.outcome->finished.count(), 0);
    QCOMPARE(run.outcome->failed.count(), 1);
    QCOMPARE(run.outcome->retrying.count(), 1);
    QCOMPARE(run.stream->attempts(), 2);
    const ApiError error = run.outcome->error();
    QCOMPARE(error.kind, ApiError::Kind::Network);
    QCOMPARE(error.networkError, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(error.httpStatus, 0);
    QVERIFY(!error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestChatErrors)
#include "tst_chaterrors.moc"
