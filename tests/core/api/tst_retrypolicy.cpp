// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/api/RetryPolicy.h"

using namespace Qt::StringLiterals;
using Headers = RetryPolicy::Headers;

Q_DECLARE_METATYPE(ApiError::Kind)

namespace {
// Every time-dependent case is computed against this instant.
const QDateTime kNow = QDateTime(QDate(2026, 3, 4), QTime(12, 0, 0), Qt::UTC);

ApiError httpError(int status, const QString &code = {})
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = status;
    error.code = code;
    return error;
}

ApiError kindError(ApiError::Kind kind)
{
    ApiError error;
    error.kind = kind;
    return error;
}
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data();
    void decide();
    void serverDelay_data();
    void serverDelay();
    void httpDateInLocalDstGap();
    void backoff_data();
    void backoff();
};

void TestRetryPolicy::decide_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("retriesDone");
    QTest::addColumn<int>("maxRetries");
    QTest::addColumn<bool>("answerStarted");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<int>("delayMs"); // -1: not checked (no retry)

    // jitter is 0 in decide(): the first backoff is exactly 500 ms, the second 1000 ms.
    for (int status : { 408, 409, 429, 500, 502, 503, 504 })
        QTest::addRow("HTTP %d retried", status)
            << httpError(status) << Headers() << 0 << 2 << false << true << 500;
    for (int status : { 400, 401, 403, 404, 422 })
        QTest::addRow("HTTP %d not retried", status)
            << httpError(status) << Headers() << 0 << 2 << false << false << -1;

    QTest::addRow("second retry waits longer")
        << httpError(503) << Headers() << 1 << 2 << false << true << 1000;
    QTest::addRow("max retries reached")
        << httpError(503) << Headers() << 2 << 2 << false << false << -1;
    QTest::addRow("max retries 0") << httpError(503) << Headers() << 0 << 0 << false << false << -1;
    QTest::addRow("429 insufficient_quota")
        << httpError(429, u"insufficient_quota"_s) << Headers() << 0 << 2 << false << false << -1;
    QTest::addRow("429 rate_limit_exceeded")
        << httpError(429, u"rate_limit_exceeded"_s) << Headers() << 0 << 2 << false << true << 500;

    const Headers yes{ { "x-should-retry", "true" } };
    const Headers no{ { "X-Should-Retry", "false" } };
    QTest::addRow("x-should-retry true on 400")
        << httpError(400) << yes << 0 << 2 << false << true << 500;
    QTest::addRow("x-should-retry true on insufficient_quota")
        << httpError(429, u"insufficient_quota"_s) << yes << 0 << 2 << false << true << 500;
    QTest::addRow("x-should-retry false on 503")
        << httpError(503) << no << 0 << 2 << false << false << -1;
    QTest::addRow("x-should-retry false on timeout")
        << kindError(ApiError::Kind::Timeout) << no << 0 << 2 << false << false << -1;
    QTest::addRow("x-should-retry true but max reached")
        << httpError(400) << yes << 2 << 2 << false << false << -1;
    QTest::addRow("x-should-retry true but answer started")
        << httpError(503) << yes << 0 << 2 << true << false << -1;

    QTest::addRow("answer started: network")
        << kindError(ApiError::Kind::Network) << Headers() << 0 << 2 << true << false << -1;
    QTest::addRow("answer started: timeout")
        << kindError(ApiError::Kind::Timeout) << Headers() << 0 << 2 << true << false << -1;

    QTest::addRow("network") << kindError(ApiError::Kind::Network) << Headers() << 0 << 2 << false
                             << true << 500;
    QTest::addRow("timeout") << kindError(ApiError::Kind::Timeout) << Headers() << 1 << 3 << false
                             << true << 1000;
    for (auto kind : { ApiError::Kind::Tls, ApiError::Kind::Cancelled, ApiError::Kind::Api,
             ApiError::Kind::Truncated, ApiError::Kind::Parse, ApiError::Kind::Limit })
        QTest::addRow("%s not retried", qPrintable(ApiError::kindName(kind)))
            << kindError(kind) << Headers() << 0 << 2 << false << false << -1;

    QTest::addRow("retry-after-ms used")
        << httpError(429) << Headers{ { "retry-after-ms", "1500" } } << 0 << 2 << false << true
        << 1500;
    QTest::addRow("retry-after seconds used")
        << httpError(503) << Headers{ { "Retry-After", "3" } } << 0 << 2 << false << true << 3000;
    QTest::addRow("retry-after 60 s: still waited for")
        << httpError(429) << Headers{ { "retry-after", "60" } } << 0 << 2 << false << true
        << 60'000;
    QTest::addRow("retry-after 120 s: tell the user instead")
        << httpError(429) << Headers{ { "retry-after", "120" } } << 0 << 2 << false << false << -1;
    QTest::addRow("retry-after-ms 5 minutes: no retry")
        << httpError(429) << Headers{ { "retry-after-ms", "300000" } } << 0 << 2 << false << false
        << -1;
    QTest::addRow("retry-after on a 400 does not make it retryable")
        << httpError(400) << Headers{ { "retry-after", "1" } } << 0 << 2 << false << false << -1;
}

void TestRetryPolicy::decide()
{
    QFETCH(ApiError, error);
    QFETCH(Headers, headers);
    QFETCH(int, retriesDone);
    QFETCH(int, maxRetries);
    QFETCH(bool, answerStarted);
    QFETCH(bool, retry);
    QFETCH(int, delayMs);

    const auto decision =
        RetryPolicy::decide(error, headers, retriesDone, maxRetries, answerStarted, kNow, 0.0);
    QCOMPARE(decision.retry, retry);
    if (retry)
        QCOMPARE(decision.delayMs, delayMs);
}

void TestRetryPolicy::serverDelay_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<qint64>("expected"); // -1: no server delay

    QTest::addRow("none") << Headers() << qint64(-1);
    QTest::addRow("unrelated header") << Headers{ { "x-request-id", "req_1" } } << qint64(-1);
    QTest::addRow("retry-after-ms") << Headers{ { "retry-after-ms", "250" } } << qint64(250);
    QTest::addRow("retry-after-ms fraction")
        << Headers{ { "Retry-After-Ms", "12.5" } } << qint64(12);
    QTest::addRow("retry-after seconds") << Headers{ { "retry-after", "20" } } << qint64(20'000);
    QTest::addRow("retry-after padded") << Headers{ { "retry-after", " 2 " } } << qint64(2'000);
    QTest::addRow("retry-after-ms wins")
        << Headers{ { "retry-after", "20" }, { "retry-after-ms", "1500" } } << qint64(1500);
    QTest::addRow("bad retry-after-ms falls back")
        << Headers{ { "retry-after-ms", "soon" }, { "retry-after", "2" } } << qint64(2000);
    QTest::addRow("http date in 30 s")
        << Headers{ { "retry-after", "Wed, 04 Mar 2026 12:00:30 GMT" } } << qint64(30'000);
    QTest::addRow("http date in 5 min")
        << Headers{ { "retry-after", "Wed, 04 Mar 2026 12:05:00 GMT" } } << qint64(300'000);
    QTest::addRow("http date in the past")
        << Headers{ { "retry-after", "Wed, 04 Mar 2026 11:59:00 GMT" } } << qint64(0);
    QTest::addRow("garbage") << Headers{ { "retry-after", "later" } } << qint64(-1);
    QTest::addRow("negative") << Headers{ { "retry-after", "-5" } } << qint64(-1);
}

void TestRetryPolicy::serverDelay()
{
    QFETCH(Headers, headers);
    QFETCH(qint64, expected);

    const auto delay = RetryPolicy::serverDelayMs(headers, kNow);
    if (expected < 0) {
        QVERIFY2(!delay.has_value(), qPrintable(QString::number(delay.value_or(-1))));
    } else {
        QVERIFY(delay.has_value());
        QCOMPARE(*delay, expected);
    }
}

void TestRetryPolicy::httpDateInLocalDstGap()
{
    // The date is GMT; the machine's time zone must not matter. 02:30 on 8 March 2026 does not
    // exist as local time in New York (clocks jump from 02:00 to 03:00), but it does in GMT.
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "America/New_York");
    const auto delay =
        RetryPolicy::serverDelayMs({ { "retry-after", "Sun, 08 Mar 2026 02:30:00 GMT" } }, kNow);
    if (hadTz)
        qputenv("TZ", oldTz);
    else
        qunsetenv("TZ");
    QCOMPARE(*delay, qint64(311'400'000)); // 3 d 14 h 30 min after kNow
}

void TestRetryPolicy::backoff_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<int>("expected");

    // 0.5 s × 2^n, capped at 8 s; jitter takes off up to 25 %.
    const int full[] = { 500, 1000, 2000, 4000, 8000, 8000, 8000 };
    for (int n = 0; n < 7; ++n) {
        QTest::addRow("retry %d jitter 0", n) << n << 0.0 << full[n];
        QTest::addRow("retry %d jitter 0.99", n) << n << 0.99 << int(full[n] * (1 - 0.25 * 0.99));
    }
    QTest::addRow("retry 30 stays capped") << 30 << 0.0 << 8000;
}

void TestRetryPolicy::backoff()
{
    QFETCH(int, retry);
    QFETCH(double, jitter);
    QFETCH(int, expected);

    const int delay = RetryPolicy::backoffMs(retry, jitter);
    QCOMPARE(delay, expected);
    QVERIFY(delay >= 375 && delay <= 8000);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
