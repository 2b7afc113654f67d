// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ChatClient over real loopback HTTP against time: stalled streams (idle timeout), retries after a
// stall, and cancel() in the middle of a stream or of a retry wait.
#include <QElapsedTimer>
#include <QNetworkAccessManager>

#include "ChatTestSupport.h"

using namespace Qt::StringLiterals;
using namespace ChatTest;

namespace {
constexpr int kShortTimeoutMs = 1500;
}

class TestChatTimeouts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamStallsMidContent_data();
    void streamStallsMidContent();
    void stallBeforeAnyByteIsRetried();
    void cancelMidStream();
    void cancelDuringRetryWait();

private:
    Run start(const QUrl &baseUrl, int maxRetries = 2, int timeoutMs = 5000)
    {
        return startChat(m_nam, baseUrl, maxRetries, timeoutMs);
    }

    QNetworkAccessManager m_nam;
};

void TestChatTimeouts::streamStallsMidContent_data()
{
    QTest::addColumn<bool>("insideEvent");
    QTest::addRow("between events") << false;
    QTest::addRow("inside an event's JSON") << true;
}

void TestChatTimeouts::streamStallsMidContent()
{
    QFETCH(bool, insideEvent);
    FakeOpenAiServer server;
    FakeResponse response = FakeResponse::chatStream(kDeltas);
    response.stallingAfter(
        insideEvent ? offsetOf(response, kDeltas.at(2)) + 5 : endOfEvent(response, kDeltas.at(1)));
    server.setDefaultResponse(response);
    QElapsedTimer clock;
    clock.start();
    Run run = start(server.baseUrl(), 2, kShortTimeoutMs);
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait(kShortTimeoutMs * 4));
    const qint64 elapsed = clock.elapsed();

    QCOMPARE(run.outcome->finished.count(), 0);
    QCOMPARE(run.outcome->failed.count(), 1);
    QCOMPARE(run.outcome->retrying.count(), 0);
    QCOMPARE(server.requestCount(), 1);
    QVERIFY2(elapsed >= kShortTimeoutMs * 9 / 10, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < kShortTimeoutMs * 3, qPrintable(QString::number(elapsed)));
    QCOMPARE(content(*run.stream), kDeltas.at(0) + kDeltas.at(1));
    server.abortAllConnections();
    QCOMPARE(run.outcome->error().kind, ApiError::Kind::Timeout);
}

void TestChatTimeouts::stallBeforeAnyByteIsRetried()
{
    FakeOpenAiServer server;
    // The status line and headers arrive, then nothing: no answer byte was shown, so retry.
    server.setDefaultResponse(FakeResponse::chatStream(kDeltas).stallingAfter(0));
    const int timeoutMs = 1000;
    QElapsedTimer clock;
    clock.start();
    Run run = start(server.baseUrl(), 1, timeoutMs);
    QVERIFY(run.stream);
    QVERIFY(run.outcome->wait(timeoutMs * 6));
    const qint64 elapsed = clock.elapsed();

    QCOMPARE(run.outcome->finished.count(), 0);
    QCOMPARE(run.outcome->failed.count(), 1);
    QCOMPARE(run.outcome->retrying.count(), 1);
    QCOMPARE(run.outcome->retrying.first().at(2).value<ApiError>().kind, ApiError::Kind::Timeout);
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(run.stream->attempts(), 2);
    QCOMPARE(run.outcome->error().kind, ApiError::Kind::Timeout);
    QVERIFY2(elapsed >= timeoutMs * 2 * 9 / 10, qPrintable(QString::number(elapsed)));
    QVERIFY(content(*run.stream).isEmpty());
    server.abortAllConnections();
}

void TestChatTimeouts::cancelMidStream()
{
    FakeOpenAiServer server;
    QStringList many;
    for (int i = 0; i < 40; ++i)
        many << u"word%1 "_s.arg(i);
    server.setDefaultResponse(FakeResponse::chatStream(many).withDelay(25));
    Run run = start(server.baseUrl());
    QVERIFY(run.stream);
    QSignalSpy updated(run.stream, &ChatStream::updated);
    QTRY_VERIFY_WITH_TIMEOUT(!content(*run.stream).isEmpty(), 5000);
    QCOMPARE(run.outcome->ends(), 0);

    run.stream->cancel();
    // The outcome is immediate, exactly once, and nothing follows.
    QCOMPARE(run.outcome->failed.count(), 1);
    QCOMPARE(run.outcome->error().kind, ApiError::Kind::Cancelled);
    const QString shown = content(*run.stream);
    QVERIFY(!shown.isEmpty());
    QVERIFY(many.join(QString()).startsWith(shown));
    QVERIFY(shown.size() < many.join(QString()).size());
    const qsizetype updatesAtCancel = updated.count();
    run.stream->cancel();
    QTest::qWait(200);
    QCOMPARE(run.outcome->failed.count(), 1);
    QCOMPARE(run.outcome->finished.count(), 0);
    QCOMPARE(run.outcome->retrying.count(), 0);
    QCOMPARE(updated.count(), updatesAtCancel);
    QCOMPARE(content(*run.stream), shown);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(run.stream->error().kind, ApiError::Kind::Cancelled);
}

void TestChatTimeouts::cancelDuringRetryWait()
{
    FakeOpenAiServer server;
    server.setDefaultResponse(FakeResponse::error(503, u"busy"_s, {}, u"server_error"_s)
                                  .withHeader("retry-after-ms", "5000"));
    Run run = start(server.baseUrl());
    QVERIFY(run.stream);
    QVERIFY(run.outcome->retrying.wait(5000));
    QCOMPARE(run.outcome->retrying.first().at(1).toInt(), 5000);
    QCOMPARE(run.outcome->ends(), 0);

    QElapsedTimer clock;
    clock.start();
    run.stream->cancel();
    QCOMPARE(run.outcome->failed.count(), 1);
    QVERIFY(clock.elapsed() < 100);
    QCOMPARE(run.outcome->error().kind, ApiError::Kind::Cancelled);
    QTest::qWait(200);
    QCOMPARE(run.outcome->failed.count(), 1);
    QCOMPARE(run.outcome->finished.count(), 0);
    QCOMPARE(server.requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestChatTimeouts)
#include "tst_chattimeouts.moc"
