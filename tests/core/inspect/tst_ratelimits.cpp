// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Rate-limit headers as the request inspector reads them: Go duration strings, the buckets of
// x-ratelimit-*, and the retry delay of a 429.
#include <QTest>

#include "core/inspect/RateLimits.h"

class TestRateLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseDuration_data();
    void parseDuration();
    void formatDuration_data();
    void formatDuration();
    void openAiHeaders();
    void otherBuckets();
    void epochResets();
    void retryAfter();
    void nothingToSay();
};

void TestRateLimits::parseDuration_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("ms"); // -1: not a duration

    QTest::newRow("6m0s") << QByteArray("6m0s") << qint64(360'000);
    QTest::newRow("1.5s") << QByteArray("1.5s") << qint64(1500);
    QTest::newRow("20ms") << QByteArray("20ms") << qint64(20);
    QTest::newRow("1h2m3s") << QByteArray("1h2m3s") << qint64(3'723'000);
    QTest::newRow("1h2m3.5s") << QByteArray("1h2m3.5s") << qint64(3'723'500);
    QTest::newRow("1s") << QByteArray("1s") << qint64(1000);
    QTest::newRow("0s") << QByteArray("0s") << qint64(0);
    QTest::newRow("17m59.04s") << QByteArray("17m59.04s") << qint64(1'079'040);
    QTest::newRow("microseconds") << QByteArray("1500us") << qint64(2);
    QTest::newRow("micro sign") << QByteArray("2000\xc2\xb5s") << qint64(2);
    QTest::newRow("nanoseconds") << QByteArray("3000000ns") << qint64(3);
    QTest::newRow("spaces") << QByteArray(" 2s ") << qint64(2000);
    QTest::newRow("bare seconds") << QByteArray("20") << qint64(20'000);
    QTest::newRow("bare fraction") << QByteArray("0.25") << qint64(250);
    QTest::newRow("empty") << QByteArray("") << qint64(-1);
    QTest::newRow("unit only") << QByteArray("ms") << qint64(-1);
    QTest::newRow("unknown unit") << QByteArray("5d") << qint64(-1);
    QTest::newRow("no unit after a part") << QByteArray("1m30") << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("words") << QByteArray("soon") << qint64(-1);
}

void TestRateLimits::parseDuration()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, ms);
    const auto parsed = RateLimitText::parseDuration(text);
    if (ms < 0) {
        QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, ms);
    }
}

void TestRateLimits::formatDuration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("ms") << qint64(20) << QStringLiteral("20ms");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0ms");
    QTest::newRow("1.5s") << qint64(1500) << QStringLiteral("1.5s");
    QTest::newRow("1s") << qint64(1000) << QStringLiteral("1s");
    QTest::newRow("6m0s") << qint64(360'000) << QStringLiteral("6m0s");
    QTest::newRow("1h2m3s") << qint64(3'723'000) << QStringLiteral("1h2m3s");
}

void TestRateLimits::formatDuration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(RateLimitText::formatDuration(ms), text);
    QCOMPARE(RateLimitText::parseDuration(text.toUtf8()).value_or(-1), ms);
}

void TestRateLimits::openAiHeaders()
{
    const QList<QPair<QByteArray, QByteArray>> headers{ { "Content-Type", "text/event-stream" },
        { "X-RateLimit-Limit-Requests", "60" }, { "x-ratelimit-limit-tokens", "150000" },
        { "x-ratelimit-remaining-requests", "59" }, { "x-ratelimit-remaining-tokens", "149984" },
        { "x-ratelimit-reset-requests", "1s" }, { "x-ratelimit-reset-tokens", "6m0s" } };
    const RateLimits limits = RateLimits::parse(headers, QDateTime::currentDateTimeUtc());
    QCOMPARE(limits.buckets.size(), 2);
    QCOMPARE(limits.buckets.at(0).name, QStringLiteral("requests"));
    QCOMPARE(limits.buckets.at(0).limit, 60);
    QCOMPARE(limits.buckets.at(0).remaining, 59);
    QCOMPARE(limits.buckets.at(0).resetMs, 1000);
    const RateLimits::Bucket *tokens = limits.bucket(QStringLiteral("tokens"));
    QVERIFY(tokens);
    QCOMPARE(tokens->limit, 150'000);
    QCOMPARE(tokens->remaining, 149'984);
    QCOMPARE(tokens->resetMs, 360'000);
    QVERIFY(!limits.retryAfterMs);
}

void TestRateLimits::otherBuckets()
{
    // The tokens_usage_based family comes after requests and tokens, whatever the header order.
    const QList<QPair<QByteArray, QByteArray>> headers{
        { "x-ratelimit-remaining-tokens_usage_based", "1000" },
        { "x-ratelimit-reset-tokens_usage_based", "250ms" },
        { "x-ratelimit-remaining-tokens", "5" }, { "x-ratelimit-remaining-requests", "1" }
    };
    const RateLimits limits = RateLimits::parse(headers, QDateTime::currentDateTimeUtc());
    QCOMPARE(limits.buckets.size(), 3);
    QCOMPARE(limits.buckets.at(0).name, QStringLiteral("requests"));
    QCOMPARE(limits.buckets.at(1).name, QStringLiteral("tokens"));
    QCOMPARE(limits.buckets.at(2).name, QStringLiteral("tokens_usage_based"));
    QCOMPARE(limits.buckets.at(2).remaining, 1000);
    QCOMPARE(limits.buckets.at(2).resetMs, 250);
    QVERIFY(!limits.buckets.at(2).limit);
}

void TestRateLimits::epochResets()
{
    // Gateways such as OpenRouter send X-RateLimit-Reset as an epoch in milliseconds.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    const RateLimits limits =
        RateLimits::parse({ { "X-RateLimit-Limit", "20" }, { "X-RateLimit-Remaining", "0" },
                              { "X-RateLimit-Reset", "1700000042000" } },
            now);
    QCOMPARE(limits.buckets.size(), 1);
    QCOMPARE(limits.buckets.at(0).name, QString());
    QCOMPARE(limits.buckets.at(0).limit, 20);
    QCOMPARE(limits.buckets.at(0).remaining, 0);
    QCOMPARE(limits.buckets.at(0).resetMs, 42'000);
}

void TestRateLimits::retryAfter()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(RateLimits::parse({ { "Retry-After", "20" } }, now).retryAfterMs, 20'000);
    QCOMPARE(RateLimits::parse({ { "retry-after-ms", "1500" }, { "retry-after", "2" } }, now)
                 .retryAfterMs,
        1500);
    QVERIFY(!RateLimits::parse({ { "retry-after", "later" } }, now).retryAfterMs);
}

void TestRateLimits::nothingToSay()
{
    const RateLimits limits =
        RateLimits::parse({ { "content-type", "application/json" }, { "x-request-id", "req_1" } },
            QDateTime::currentDateTimeUtc());
    QVERIFY(limits.isEmpty());
}

QTEST_GUILESS_MAIN(TestRateLimits)
#include "tst_ratelimits.moc"
