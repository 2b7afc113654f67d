// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <string>
#include <vector>

#include <QTest>

#include "core/api/SseParser.h"

using Events = std::vector<std::string>;

namespace {
// Feeds `stream` cut at the given positions and returns the events as "type|data" strings
// ("…|unterminated" for an event flushed at the end without its blank line).
Events parse(const std::string &stream, const std::vector<std::size_t> &cuts,
    SseParser::Status *status = nullptr)
{
    Events events;
    SseParser parser([&](const SseEvent &e) {
        events.push_back(std::string(e.type) + '|' + std::string(e.data)
            + (e.terminated ? "" : "|unterminated"));
    });
    std::size_t from = 0;
    for (std::size_t cut : cuts) {
        parser.feed(stream.data() + from, cut - from);
        from = cut;
    }
    parser.feed(stream.data() + from, stream.size() - from);
    parser.finish();
    if (status)
        *status = parser.status();
    return events;
}
} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everySplit_data();
    void everySplit();
    void commentsAndFieldsAreCounted();
    void lineLongerThanCapIsAnError();
    void eventLargerThanCapIsAnError();
    void megabyteLineFitsUnderDefaultCap();
    void resetStartsAFreshStream();
    void memoryIsBoundedByTheLongestEvent();
};

void TestSseParser::everySplit_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char *name, const QByteArray &stream, const QStringList &expected) {
        QTest::addRow("%s", name) << stream << expected;
    };
    const QString m = QStringLiteral("message|");
    row("lf", "data: a\n\ndata: b\n\n", { m + u"a", m + u"b" });
    row("crlf", "data: a\r\n\r\ndata: b\r\n\r\n", { m + u"a", m + u"b" });
    row("lone cr", "data: a\r\rdata: b\r\r", { m + u"a", m + u"b" });
    row("mixed endings", "data: a\n\rdata: b\r\n\ndata: c\r\r", { m + u"a", m + u"b", m + u"c" });
    row("utf-8 2 3 4 bytes", "data: {\"c\":\"é日本語😀\"}\n\n",
        { m + QStringLiteral("{\"c\":\"é日本語😀\"}") });
    row("bom at start",
        "\xEF\xBB\xBF"
        "data: x\n\n",
        { m + u"x" });
    row("bom in the middle is data",
        "data: a\n\n\xEF\xBB\xBF"
        "data: b\n\n",
        { m + u"a" });
    row("bom inside a value is kept", "data: \xEF\xBB\xBFx\n\n", { m + QStringLiteral("\uFEFFx") });
    row("no space after colon", "data:x\n\n", { m + u"x" });
    row("only one space stripped", "data:  x\n\n", { m + u" x" });
    row("field without colon", "data\n\n", { m });
    row("space before colon is another field", "data : x\n\n", {});
    row("field names are case sensitive", "Data: x\n\nDATA: y\n\n", {});
    row("multi-line data", "data: {\ndata: \"a\":1\ndata: }\n\n", { m + u"{\n\"a\":1\n}" });
    row("comments", ": ping\n\ndata: a\n: inside\ndata: b\n\n:\n\n", { m + u"a\nb" });
    row("event name", "event: error\ndata: {\"error\":{}}\n\n",
        { QStringLiteral("error|{\"error\":{}}") });
    row("event without data", "event: ping\n\ndata: a\n\n", { m + u"a" });
    row("event name resets", "event: x\ndata: 1\n\ndata: 2\n\n",
        { QStringLiteral("x|1"), m + u"2" });
    row("id retry unknown", "id: 1\nretry: 1000\nretry: abc\nfoo: bar\ndata: a\n\n", { m + u"a" });
    row("blank lines before and between", "\n\n\ndata: a\n\n\n\ndata: b\n\n",
        { m + u"a", m + u"b" });
    row("last event without blank line", "data: a\n\ndata: b", { m + u"a", m + u"b|unterminated" });
    row("last event with one newline", "data: a\n\ndata: b\n", { m + u"a", m + u"b|unterminated" });
    row("done sentinel is plain data", "data: [DONE]\n\n", { m + u"[DONE]" });
    row("u2028 does not split",
        "data: \"a\xE2\x80\xA8"
        "b\u2029\"\n\n",
        { m + QStringLiteral("\"a\u2028b\u2029\"") });
    row("empty stream", "", {});
    row("only a partial bom", "\xEF\xBB", {});
    row("crlf blank line at every byte", "data: a\r\n\r\n\r\n\r\ndata: b\r\n\r\n",
        { m + u"a", m + u"b" });
}

void TestSseParser::everySplit()
{
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, expected);
    const std::string bytes = stream.toStdString();
    Events want;
    for (const QString &e : expected)
        want.push_back(e.toStdString());

    QCOMPARE(parse(bytes, {}), want);
    for (std::size_t i = 0; i <= bytes.size(); ++i) {
        const Events got = parse(bytes, { i });
        if (got != want)
            QFAIL(qPrintable(QStringLiteral("split at %1 gave a different result").arg(i)));
    }
    // Three pieces: every pair of cuts (covers a 4-byte character split across three reads).
    for (std::size_t i = 0; i <= bytes.size(); ++i) {
        for (std::size_t j = i; j <= bytes.size(); ++j) {
            if (parse(bytes, { i, j }) != want)
                QFAIL(qPrintable(
                    QStringLiteral("cuts at %1 and %2 gave a different result").arg(i).arg(j)));
        }
    }
    std::vector<std::size_t> everyByte;
    for (std::size_t i = 1; i < bytes.size(); ++i)
        everyByte.push_back(i);
    QCOMPARE(parse(bytes, everyByte), want);
}

void TestSseParser::commentsAndFieldsAreCounted()
{
    SseParser parser([](const SseEvent &) {});
    const QByteArray s = ": OPENROUTER PROCESSING\n\n: ping\nid: 42\nretry: 2500\ndata: x\n\nid: "
                         "a\0b\nretry: 1x\n\n";
    QVERIFY(parser.feed(s.constData(), std::size_t(s.size())));
    QCOMPARE(parser.commentCount(), 2u);
    QCOMPARE(std::string(parser.lastEventId()), std::string("42"));
    QCOMPARE(parser.retryMs(), 2500);
    QCOMPARE(parser.bytesSeen(), std::uint64_t(s.size()));
}

void TestSseParser::lineLongerThanCapIsAnError()
{
    int events = 0;
    SseParser parser([&](const SseEvent &) { ++events; }, 100);
    const std::string first = "data: ok\n\n";
    QVERIFY(parser.feed(first.data(), first.size()));
    const std::string line(60, 'x');
    QVERIFY(parser.feed(line.data(), line.size())); // 60 bytes so far: fine
    QVERIFY(!parser.feed(line.data(), line.size())); // 120: over the cap
    QCOMPARE(parser.status(), SseParser::Status::LineTooLong);
    const std::string more = "\n\ndata: later\n\n";
    QVERIFY(!parser.feed(more.data(), more.size())); // a failed stream stays failed
    QCOMPARE(events, 1);
    // The same in one read, with the cap hit inside a single feed.
    SseParser once([](const SseEvent &) {}, 100);
    const std::string big = "data: " + std::string(200, 'y') + "\n\n";
    QVERIFY(!once.feed(big.data(), big.size()));
    QCOMPARE(once.status(), SseParser::Status::LineTooLong);
}

void TestSseParser::eventLargerThanCapIsAnError()
{
    SseParser parser([](const SseEvent &) {}, 100);
    std::string stream;
    for (int i = 0; i < 5; ++i)
        stream += "data: " + std::string(40, 'z') + '\n';
    QVERIFY(!parser.feed(stream.data(), stream.size()));
    QCOMPARE(parser.status(), SseParser::Status::EventTooLarge);
}

void TestSseParser::megabyteLineFitsUnderDefaultCap()
{
    std::string got;
    SseParser parser([&](const SseEvent &e) { got = e.data; });
    const std::string audio(1 << 20, 'A');
    const std::string stream = "data: {\"audio\":\"" + audio + "\"}\n\n";
    for (std::size_t i = 0; i < stream.size(); i += 16384)
        QVERIFY(parser.feed(stream.data() + i, std::min<std::size_t>(16384, stream.size() - i)));
    QCOMPARE(got.size(), audio.size() + 12);
}

void TestSseParser::resetStartsAFreshStream()
{
    Events events;
    SseParser parser([&](const SseEvent &e) { events.push_back(std::string(e.data)); });
    const std::string partial = "data: half";
    parser.feed(partial.data(), partial.size());
    parser.reset();
    const std::string next = "\xEF\xBB\xBF"
                             "data: whole\n\n";
    parser.feed(next.data(), next.size());
    QCOMPARE(events, Events{ "whole" });
}

void TestSseParser::memoryIsBoundedByTheLongestEvent()
{
    std::size_t events = 0;
    SseParser parser([&](const SseEvent &) { ++events; });
    const std::string small = "data: {\"choices\":[]}\n\n";
    // A 1,000-event stream of small events, fed in 7-byte slices: the parser holds about one line.
    std::string stream;
    for (int i = 0; i < 1000; ++i)
        stream += small;
    for (std::size_t i = 0; i < stream.size(); i += 7)
        parser.feed(stream.data() + i, std::min<std::size_t>(7, stream.size() - i));
    QVERIFY2(parser.heldBytes() <= 4096, qPrintable(QString::number(parser.heldBytes())));
    // One 10 MB event (base64 audio) needs 10 MB while it arrives, and gives it back afterwards.
    const std::string big = "data: " + std::string(10 << 20, 'A') + "\n\n";
    std::size_t peak = 0;
    for (std::size_t i = 0; i < big.size(); i += 65536) {
        parser.feed(big.data() + i, std::min<std::size_t>(65536, big.size() - i));
        peak = std::max(peak, parser.heldBytes());
    }
    QVERIFY(peak >= big.size() - 8);
    QVERIFY2(peak <= 3 * big.size(), qPrintable(QString::number(peak)));
    parser.feed(stream.data(), stream.size());
    QVERIFY2(parser.heldBytes() <= std::size_t(1) << 20,
        qPrintable(QString::number(parser.heldBytes())));
    QCOMPARE(events, std::size_t(2001));
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
