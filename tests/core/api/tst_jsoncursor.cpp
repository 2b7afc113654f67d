// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <string>
#include <string_view>

#include <QTest>

#include "core/api/JsonCursor.h"

namespace {
using Error = JsonCursor::Error;

// The bytes after the input are filled with `padding`: JsonCursor reads whole words past the end
// of a string, and must never take what it finds there for data ('"' would end a string early,
// '\\' start an escape).
constexpr char kPaddings[] = { '"', '\\', 'a', '\0' };

std::string padded(const QByteArray &json, char padding)
{
    std::string buffer(json.constData(), std::size_t(json.size()));
    buffer.append(64, padding);
    return buffer;
}

struct Result
{
    Error error = Error::None;
    bool valid = false;
    QByteArray string; //!< the decoded value, for a document that is one string
};

// Validates a whole document (any value, then only whitespace).
Result parse(const QByteArray &json, char padding)
{
    const std::string buffer = padded(json, padding);
    std::string arena;
    JsonCursor cursor(std::string_view(buffer.data(), std::size_t(json.size())), arena);
    Result r;
    if (cursor.peek() == '"') {
        std::string_view s;
        if (cursor.readString(s))
            r.string = QByteArray(s.data(), qsizetype(s.size()));
    } else {
        cursor.skip();
    }
    r.valid = cursor.ok() && cursor.atEnd();
    r.error = cursor.error();
    return r;
}

QByteArray nested(int depth, char open, char close)
{
    return QByteArray(depth, open) + QByteArray(depth, close);
}
} // namespace

class TestJsonCursor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documents_data();
    void documents();
    void strings_data();
    void strings();
    void stringEndingAtTheInputEnd();
    void objectFieldsAndValues();
    void viewsStayValidAfterLaterEscapes();
    void readInt_data();
    void readInt();
};

void TestJsonCursor::documents_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("error"); // JsonCursor::Error of an invalid document

    const int none = int(Error::None);
    auto ok = [&](const char *name, const QByteArray &json) {
        QTest::addRow("%s", name) << json << true << none;
    };
    auto bad = [&](const char *name, const QByteArray &json, Error error = Error::Syntax) {
        QTest::addRow("%s", name) << json << false << int(error);
    };
    // Numbers (RFC 8259 §6).
    ok("zero", "0");
    ok("minus zero", "-0");
    ok("fraction", "1.5");
    ok("exponent", "-1.5e10");
    ok("exponent E+", "1E+2");
    ok("exponent e-", "1e-2");
    ok("big integer", "123456789012345678901234567890");
    ok("out of double range", "1e400"); // valid grammar; the value is the reader's problem
    QTest::addRow("leading zero") << QByteArray("01") << false << none; // "0", then garbage
    QTest::addRow("minus leading zero") << QByteArray("-01") << false << none;
    bad("no fraction digits", "1.");
    bad("no integer digits", ".5");
    bad("lone minus", "-");
    bad("plus", "+1");
    bad("no exponent digits", "1e");
    bad("sign only exponent", "1e+");
    bad("double minus", "--1");
    QTest::addRow("hex") << QByteArray("0x1") << false << none;
    bad("infinity", "Infinity");
    bad("nan", "NaN");
    bad("minus in array", "[-]");
    // Literals.
    ok("true", "true");
    ok("false", "false");
    ok("null", "null");
    bad("truncated true", "tru");
    bad("truncated null in object", "{\"a\":nul}");
    bad("capitalised", "True");
    QTest::addRow("literal then garbage") << QByteArray("nulll") << false << none;
    // Containers and whitespace.
    ok("empty object", "{}");
    ok("empty array", "[]");
    ok("object", "{\"a\":1,\"b\":[true,null,\"x\"],\"c\":{}}");
    ok("whitespace", " \t\r\n{ \"a\" : [ 1 , 2 ] }\n ");
    ok("duplicate keys", "{\"a\":1,\"a\":2}");
    bad("empty input", "");
    bad("only whitespace", "  \n");
    bad("form feed is not whitespace", "\f{}");
    bad("missing value", "{\"a\":}");
    bad("missing colon", "{\"a\" 1}");
    bad("number key", "{1:2}");
    bad("lone comma", "{,}");
    bad("trailing comma in array", "[1,]");
    bad("trailing comma in object", "{\"a\":1,}");
    bad("unclosed object", "{\"a\":1");
    bad("unclosed array", "[1,2");
    bad("mismatched close", "[1}");
    QTest::addRow("two documents") << QByteArray("{}{}") << false << none;
    // Control characters must be escaped; DEL need not.
    bad("raw control character", "\"a\x01b\"");
    bad("raw tab", "\"a\tb\"");
    bad("raw newline after escape", "\"\\n\n\"");
    ok("raw DEL", "\"a\x7f\"");
    // Nesting: kMaxDepth containers are fine, one more is an error.
    ok("arrays at the depth limit", nested(JsonCursor::kMaxDepth, '[', ']'));
    bad("arrays past the depth limit", nested(JsonCursor::kMaxDepth + 1, '[', ']'), Error::Depth);
    QByteArray objects;
    for (int i = 0; i < JsonCursor::kMaxDepth; ++i)
        objects += "{\"a\":";
    ok("objects at the depth limit", objects + "1" + QByteArray(JsonCursor::kMaxDepth, '}'));
    bad("objects past the depth limit",
        "{\"a\":" + objects + "1" + QByteArray(JsonCursor::kMaxDepth + 1, '}'), Error::Depth);
    bad("very deep input", nested(100000, '[', ']'), Error::Depth);
}

void TestJsonCursor::documents()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(int, error);
    for (char padding : kPaddings) {
        const Result r = parse(json, padding);
        QCOMPARE(r.valid, valid);
        QCOMPARE(int(r.error), error);
    }
}

void TestJsonCursor::strings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("error");
    QTest::addColumn<QByteArray>("decoded");

    auto ok = [](const char *name, const QByteArray &json, const QByteArray &decoded) {
        QTest::addRow("%s", name) << json << int(Error::None) << decoded;
    };
    auto bad = [](const char *name, const QByteArray &json, Error error) {
        QTest::addRow("%s", name) << json << int(error) << QByteArray();
    };
    ok("empty", "\"\"", "");
    ok("plain", "\"hello\"", "hello");
    ok("longer than a word", "\"abcdefghijklmnopqrstuvwxyz\"", "abcdefghijklmnopqrstuvwxyz");
    ok("simple escapes", R"("\"\\\/\b\f\n\r\t")", "\"\\/\b\f\n\r\t");
    ok("escape after a long run", R"("abcdefghijklmnop\nq")", "abcdefghijklmnop\nq");
    ok("two-byte escape", R"("\u00e9")", "\xc3\xa9");
    ok("three-byte escape", R"("\u3042")", "\xe3\x81\x82");
    ok("upper-case hex", R"("\u00E9")", "\xc3\xa9");
    ok("escaped NUL", R"("a\u0000b")", QByteArray("a\0b", 3));
    ok("surrogate pair", R"("\ud83d\ude00")", "\xf0\x9f\x98\x80");
    ok("surrogate pair upper case", R"("\uD83D\uDE00")", "\xf0\x9f\x98\x80");
    ok("lone high surrogate", R"("\ud800")", "\xef\xbf\xbd");
    ok("lone low surrogate", R"("\udc00x")", "\xef\xbf\xbdx");
    ok("high then letter escape", R"("\ud800\u0041")",
        "\xef\xbf\xbd"
        "A");
    ok("high then text", R"("\ud800abc")",
        "\xef\xbf\xbd"
        "abc");
    ok("high high low", R"("\ud800\ud83d\ude00")", "\xef\xbf\xbd\xf0\x9f\x98\x80");
    ok("low then high", R"("\ude00\ud83d")", "\xef\xbf\xbd\xef\xbf\xbd");
    ok("two-byte UTF-8", "\"\xc3\xa9\"", "\xc3\xa9");
    ok("kana run", "\"\xe3\x81\x93\xe3\x82\x93\xe3\x81\xab\xe3\x81\xa1\xe3\x81\xaf\"",
        "\xe3\x81\x93\xe3\x82\x93\xe3\x81\xab\xe3\x81\xa1\xe3\x81\xaf");
    ok("four-byte UTF-8", "\"\xf0\x9f\x98\x80\"", "\xf0\x9f\x98\x80");
    ok("largest code point", "\"\xf4\x8f\xbf\xbf\"", "\xf4\x8f\xbf\xbf");
    ok("U+2028",
        "\"a\xe2\x80\xa8"
        "b\"",
        "a\xe2\x80\xa8"
        "b");
    ok("UTF-8 next to an escape", "\"\xe3\x81\x82\\n\xe3\x81\x82\"", "\xe3\x81\x82\n\xe3\x81\x82");
    ok("last D7FF before the surrogates", "\"\xed\x9f\xbf\"", "\xed\x9f\xbf");
    bad("unknown escape", R"("\a")", Error::Syntax);
    bad("short unicode escape", R"("\u12")", Error::Syntax);
    bad("bad hex digit", R"("\u12G4")", Error::Syntax);
    bad("backslash at the end", "\"\\", Error::Syntax);
    bad("overlong two-byte", "\"\xc0\x80\"", Error::Utf8);
    bad("overlong C1", "\"\xc1\xbf\"", Error::Utf8);
    bad("overlong three-byte", "\"\xe0\x80\x80\"", Error::Utf8);
    bad("overlong four-byte", "\"\xf0\x80\x80\x80\"", Error::Utf8);
    bad("UTF-8 encoded high surrogate", "\"\xed\xa0\x80\"", Error::Utf8);
    bad("UTF-8 encoded low surrogate", "\"\xed\xbf\xbf\"", Error::Utf8);
    bad("above U+10FFFF", "\"\xf4\x90\x80\x80\"", Error::Utf8);
    bad("F5 lead byte", "\"\xf5\x80\x80\x80\"", Error::Utf8);
    bad("FF byte", "\"\xff\"", Error::Utf8);
    bad("lone continuation byte", "\"a\x80\"", Error::Utf8);
    bad("truncated before the quote", "\"\xe3\x81\"", Error::Utf8);
    bad("truncated in an escaped string", "\"\\n\xe3\x81\"", Error::Utf8);
    bad("truncated at the input end", "\"\xe3\x81", Error::Utf8);
    bad("four-byte truncated at the input end", "\"abc\xf0\x9f\x98", Error::Utf8);
    bad("unterminated", "\"abc", Error::Syntax);
    bad("unterminated after an escape", "\"a\\n", Error::Syntax);
    bad("unterminated after a long run", "\"abcdefghijklmnopqrstuvwxyz", Error::Syntax);
}

void TestJsonCursor::strings()
{
    QFETCH(QByteArray, json);
    QFETCH(int, error);
    QFETCH(QByteArray, decoded);
    for (char padding : kPaddings) {
        const Result r = parse(json, padding);
        QCOMPARE(int(r.error), error);
        QCOMPARE(r.valid, error == int(Error::None));
        if (r.valid)
            QCOMPARE(r.string, decoded);
    }
}

// Every length and alignment of a string that ends exactly where the input ends: with and
// without its closing quote, plain, with an escape and with multi-byte text before the end.
void TestJsonCursor::stringEndingAtTheInputEnd()
{
    const struct
    {
        QByteArray json;
        QByteArray decoded;
    } tails[] = { { "", "" }, { "\\n", "\n" }, { "\xe3\x81\x82", "\xe3\x81\x82" },
        { "\xc3\xa9", "\xc3\xa9" }, { "\\u3042", "\xe3\x81\x82" } };

    for (int length = 0; length <= 40; ++length) {
        for (const auto &tail : tails) {
            const QByteArray body = QByteArray(length, 'x') + tail.json;
            for (char padding : kPaddings) {
                const Result closed = parse('"' + body + '"', padding);
                QVERIFY2(closed.valid, body.constData());
                QCOMPARE(closed.string, QByteArray(length, 'x') + tail.decoded);
                const Result open = parse('"' + body, padding);
                QVERIFY2(!open.valid, body.constData());
                QCOMPARE(open.error, Error::Syntax);
                const Result inObject = parse("{\"k\":\"" + body, padding);
                QVERIFY(!inObject.valid);
                QCOMPARE(inObject.error, Error::Syntax);
            }
        }
    }
}

void TestJsonCursor::objectFieldsAndValues()
{
    const QByteArray json =
        R"({"id":"chatcmpl-1","n":42,"raw":{"a":[1,"x"]},"skip":[{}],"s":null})";
    const std::string buffer = padded(json, '"');
    std::string arena;
    JsonCursor c(std::string_view(buffer.data(), std::size_t(json.size())), arena);
    std::string_view id;
    std::string_view raw;
    std::int64_t n = 0;
    bool gotNullString = true;
    QStringList keys;
    QVERIFY(c.object([&](std::string_view key) {
        keys << QString::fromUtf8(key.data(), qsizetype(key.size()));
        if (key == "id")
            c.readString(id);
        else if (key == "n")
            n = c.readInt();
        else if (key == "raw")
            raw = c.readRaw();
        else if (key == "s")
            gotNullString = c.readString(id); // null: skipped, false, `id` untouched
        else
            c.skip();
    }));
    QVERIFY(c.ok());
    QVERIFY(c.atEnd());
    QCOMPARE(keys,
        QStringList({ QStringLiteral("id"), QStringLiteral("n"), QStringLiteral("raw"),
            QStringLiteral("skip"), QStringLiteral("s") }));
    QCOMPARE(id, std::string_view("chatcmpl-1"));
    QCOMPARE(n, 42);
    QCOMPARE(raw, std::string_view(R"({"a":[1,"x"]})"));
    QVERIFY(!gotNullString);
}

void TestJsonCursor::viewsStayValidAfterLaterEscapes()
{
    QByteArray json = "[";
    for (int i = 0; i < 50; ++i)
        json += "\"item\\u00e9\\n" + QByteArray::number(i) + "\",";
    json += "\"end\"]";
    const std::string buffer = padded(json, '"');
    std::string arena;
    JsonCursor c(std::string_view(buffer.data(), std::size_t(json.size())), arena);
    std::vector<std::string_view> views;
    QVERIFY(c.array([&]() { c.readString(views.emplace_back()); }));
    QVERIFY(c.atEnd());
    QCOMPARE(views.size(), std::size_t(51));
    for (int i = 0; i < 50; ++i)
        QCOMPARE(views[std::size_t(i)], "item\xc3\xa9\n" + std::to_string(i));
    QCOMPARE(views.back(), std::string_view("end"));
}

void TestJsonCursor::readInt_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("valid");
    QTest::addRow("integer") << QByteArray("1730816733") << qint64(1730816733) << true;
    QTest::addRow("negative") << QByteArray("-5") << qint64(-5) << true;
    QTest::addRow("float is truncated") << QByteArray("1.7e9") << qint64(1700000000) << true;
    QTest::addRow("fraction") << QByteArray("2.9") << qint64(2) << true;
    QTest::addRow("int64 max") << QByteArray("9223372036854775807") << qint64(9223372036854775807)
                               << true;
    QTest::addRow("too big") << QByteArray("1e400") << qint64(0) << true;
    QTest::addRow("string is skipped") << QByteArray("\"12\"") << qint64(0) << true;
    QTest::addRow("null is skipped") << QByteArray("null") << qint64(0) << true;
    QTest::addRow("bad number") << QByteArray("-") << qint64(0) << false;
}

void TestJsonCursor::readInt()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, value);
    QFETCH(bool, valid);
    const std::string buffer = padded(json, '"');
    std::string arena;
    JsonCursor c(std::string_view(buffer.data(), std::size_t(json.size())), arena);
    QCOMPARE(c.readInt(), value);
    QCOMPARE(c.ok() && c.atEnd(), valid);
}

QTEST_GUILESS_MAIN(TestJsonCursor)
#include "tst_jsoncursor.moc"
