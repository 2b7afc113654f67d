// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/json/JsonAnswer.h"
#include "core/json/JsonSchema.h"

using namespace Qt::StringLiterals;

namespace {
QJsonObject object(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", json.constData());
    return document.object();
}

//! The value under "v" in `json`: lets a table write scalars as JSON.
QJsonValue value(const QByteArray &json)
{
    return object(QByteArray("{\"v\": ") + json + QByteArray("}")).value(u"v"_s);
}

QStringList describe(const QList<JsonSchema::Violation> &violations)
{
    QStringList lines;
    for (const JsonSchema::Violation &v : violations)
        lines.append(v.path + u" | "_s + v.message);
    return lines;
}
} // namespace

class TestJsonSchema final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keywords_data();
    void keywords();
    void nestedPaths();
    void pointerEscaping();
    void refCycleEnds();
    void strictProblems_data();
    void strictProblems();
    void answerParsing_data();
    void answerParsing();
    void requestFormat();
};

void TestJsonSchema::keywords_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("value");
    //! Empty: valid. Otherwise "path | the start of the message" of the one expected violation
    //! (plural forms end before "(s)": no translator is loaded here).
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, const char *schema, const char *value, const char *expected) {
        QTest::addRow("%s", name) << QByteArray(schema) << QByteArray(value)
                                  << QString::fromUtf8(expected);
    };
    row("type string ok", R"({"type": "string"})", R"("a")", "");
    row("type string bad", R"({"type": "string"})", "3", " | Expected string, got number");
    row("integer ok", R"({"type": "integer"})", "3", "");
    row("integer bad", R"({"type": "integer"})", "3.5", " | Expected integer, got number");
    row("number takes integers", R"({"type": "number"})", "3", "");
    row("boolean bad", R"({"type": "boolean"})", R"("true")", " | Expected boolean, got string");
    row("type array ok null", R"({"type": ["string", "null"]})", "null", "");
    row("type array bad", R"({"type": ["string", "null"]})", "1",
        " | Expected string or null, got number");
    row("null bad", R"({"type": "null"})", "0", " | Expected null, got number");
    row("object bad", R"({"type": "object"})", "[]", " | Expected object, got array");
    row("required ok", R"({"type": "object", "required": ["a"]})", R"({"a": 1})", "");
    row("required missing", R"({"type": "object", "required": ["a"]})", R"({"b": 1})",
        R"( | Missing required property "a")");
    row("properties checked", R"({"properties": {"a": {"type": "string"}}})", R"({"a": 1})",
        "/a | Expected string, got number");
    row("additional false", R"({"properties": {"a": {}}, "additionalProperties": false})",
        R"({"a": 1, "b": 2})", R"(/b | Property "b" is not allowed)");
    row("additional true", R"({"properties": {"a": {}}, "additionalProperties": true})",
        R"({"a": 1, "b": 2})", "");
    row("additional schema", R"({"additionalProperties": {"type": "number"}})",
        R"({"x": 1, "y": "2"})", "/y | Expected number, got string");
    row("items", R"({"items": {"type": "integer"}})", "[1, 2, 3.5]",
        "/2 | Expected integer, got number");
    row("enum ok", R"({"enum": ["a", "b"]})", R"("b")", "");
    row("enum bad", R"({"enum": ["a", "b"]})", R"("c")", R"( | Must be one of "a", "b", got "c")");
    row("enum mixed", R"({"enum": [1, null]})", "null", "");
    row("const ok", R"({"const": {"k": [1]}})", R"({"k": [1]})", "");
    row("const bad", R"({"const": "x"})", R"("y")", R"( | Must be "x", got "y")");
    row("minimum ok", R"({"minimum": 0})", "0", "");
    row("minimum bad", R"({"minimum": 0})", "-1", " | Must be at least 0");
    row("maximum bad", R"({"maximum": 10})", "10.5", " | Must be at most 10");
    row("exclusiveMinimum bad", R"({"exclusiveMinimum": 0})", "0", " | Must be greater than 0");
    row("exclusiveMaximum ok", R"({"exclusiveMaximum": 1})", "0.99", "");
    row("exclusiveMaximum bad", R"({"exclusiveMaximum": 1})", "1", " | Must be less than 1");
    row("draft 4 exclusive", R"({"minimum": 5, "exclusiveMinimum": true})", "5",
        " | Must be greater than 5");
    row("multipleOf ok", R"({"multipleOf": 0.1})", "0.3", "");
    row("multipleOf bad", R"({"multipleOf": 5})", "12", " | Must be a multiple of 5");
    row("minLength code points", R"({"minLength": 2})", R"("😀")",
        " | Must be at least 2 character");
    row("maxLength code points", R"({"maxLength": 1})", R"("😀")", "");
    row("maxLength bad", R"({"maxLength": 3})", R"("abcd")", " | Must be at most 3 character");
    row("pattern ok", R"({"pattern": "^[a-z]+$"})", R"("abc")", "");
    row("pattern unanchored", R"({"pattern": "b"})", R"("abc")", "");
    row("pattern bad", R"({"pattern": "^[a-z]+$"})", R"("ab1")",
        R"( | Must match the pattern "^[a-z]+$")");
    row("pattern invalid", R"({"pattern": "("})", R"("x")",
        R"( | The schema's pattern "(" is invalid)");
    row("minItems bad", R"({"minItems": 2})", "[1]", " | Must have at least 2 item");
    row("maxItems bad", R"({"maxItems": 1})", "[1, 2]", " | Must have at most 1 item");
    row("format ignored", R"({"type": "string", "format": "email"})", R"("not an email")", "");
    row("anyOf ok", R"({"anyOf": [{"type": "string"}, {"type": "integer"}]})", "4", "");
    row("anyOf bad", R"({"anyOf": [{"type": "string"}, {"type": "integer", "minimum": 5}]})", "4",
        " | Matches none of the 2 alternatives (anyOf); the closest fails with: Expected string");
    row("ref defs", R"({"$defs": {"p": {"type": "integer"}}, "items": {"$ref": "#/$defs/p"}})",
        R"([1, "x"])", "/1 | Expected integer, got string");
    row("ref definitions", R"({"definitions": {"p": {"minimum": 1}}, "$ref": "#/definitions/p"})",
        "0", " | Must be at least 1");
    row("ref unresolved", R"({"$ref": "#/$defs/missing"})", "0",
        R"( | The schema's $ref "#/$defs/missing" does not resolve)");
}

void TestJsonSchema::keywords()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    const QList<JsonSchema::Violation> violations =
        JsonSchema(object(schema)).validate(::value(value));
    const QStringList lines = describe(violations);
    if (expected.isEmpty()) {
        QVERIFY2(violations.isEmpty(), qPrintable(lines.join(u'\n')));
        return;
    }
    QVERIFY2(violations.size() == 1, qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.constFirst().startsWith(expected), qPrintable(lines.constFirst()));
}

void TestJsonSchema::nestedPaths()
{
    const JsonSchema schema(object(R"({
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": {"$ref": "#/$defs/item"}},
            "total": {"type": "number", "minimum": 0}
        },
        "required": ["items", "total"],
        "additionalProperties": false,
        "$defs": {"item": {
            "type": "object",
            "properties": {"name": {"type": "string"}, "price": {"type": "number", "minimum": 0}},
            "required": ["name", "price"],
            "additionalProperties": false
        }}
    })"));
    QVERIFY(
        schema.validate(object(R"({"items": [{"name": "a", "price": 1}], "total": 1})")).isEmpty());
    const QList<JsonSchema::Violation> violations = schema.validate(object(R"({
        "items": [{"name": "a", "price": 1}, {"name": "b"}, {"name": "c", "price": -2, "x": 0}],
        "total": "3"
    })"));
    const QStringList expected{ u"/items/1 | Missing required property \"price\""_s,
        u"/items/2/price | Must be at least 0"_s, u"/items/2/x | Property \"x\" is not allowed"_s,
        u"/total | Expected number, got string"_s };
    QCOMPARE(describe(violations), expected);
}

void TestJsonSchema::pointerEscaping()
{
    QCOMPARE(JsonSchema::appendPointer(u"/a"_s, u"b/c~d"_s), u"/a/b~1c~0d"_s);
    const QJsonObject root = object(R"({"$defs": {"a/b": {"x": 1}, "m~n": [5, 6]}})");
    QCOMPARE(JsonSchema::resolveReference(root, u"#/$defs/a~1b/x"_s), QJsonValue(1));
    QCOMPARE(JsonSchema::resolveReference(root, u"#/$defs/m~0n/1"_s), QJsonValue(6));
    QCOMPARE(JsonSchema::resolveReference(root, u"#"_s), QJsonValue(root));
    QVERIFY(JsonSchema::resolveReference(root, u"#/nope"_s).isUndefined());
    QVERIFY(JsonSchema::resolveReference(root, u"other.json#/a"_s).isUndefined());
    const QList<JsonSchema::Violation> violations =
        JsonSchema(object(R"({"additionalProperties": false})")).validate(object(R"({"a/b": 1})"));
    QCOMPARE(violations.value(0).path, u"/a~1b"_s);
}

void TestJsonSchema::refCycleEnds()
{
    // A recursive schema (a tree) validates; a $ref to itself ends with a violation, not a hang.
    const JsonSchema tree(object(R"({"type": "object", "properties": {
        "children": {"type": "array", "items": {"$ref": "#"}}}})"));
    QVERIFY(tree.validate(object(R"({"children": [{"children": [{}]}]})")).isEmpty());
    QCOMPARE(tree.validate(object(R"({"children": [{"children": [3]}]})")).value(0).path,
        u"/children/0/children/0"_s);
    const QList<JsonSchema::Violation> loop =
        JsonSchema(object(R"({"$defs": {"a": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"})"))
            .validate(QJsonValue(1));
    QCOMPARE(loop.size(), 1);
    QVERIFY(loop.constFirst().message.contains(u"too deeply"_s));
}

void TestJsonSchema::strictProblems_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("usable") << QByteArray(R"({"type": "object", "properties": {
        "a": {"type": ["string", "null"]},
        "b": {"type": "array", "items": {"$ref": "#/$defs/p"}}},
        "required": ["a", "b"], "additionalProperties": false,
        "$defs": {"p": {"type": "object", "properties": {}, "additionalProperties": false}}})")
                            << QStringList();
    QTest::addRow("root not an object")
        << QByteArray(R"({"anyOf": [{"type": "string"}]})")
        << QStringList{ u" | The root must be an object schema (\"type\": \"object\")"_s };
    QTest::addRow("additionalProperties missing")
        << QByteArray(R"({"type": "object", "properties": {}})")
        << QStringList{ u" | Set \"additionalProperties\" to false"_s };
    QTest::addRow("property not required")
        << QByteArray(R"({"type": "object", "properties": {"a": {"type": "string"}},
            "additionalProperties": false})")
        << QStringList{ u"/properties/a | Property \"a\" must be listed in \"required\" (allow "
                        "null to make it optional)"_s };
    QTest::addRow("nested object in items and defs")
        << QByteArray(R"({"type": "object", "additionalProperties": false, "required": ["l"],
            "properties": {"l": {"type": "array", "items": {"type": "object",
                "properties": {"x": {"type": "strng"}}, "required": ["x", "y"]}}},
            "$defs": {"d": {"properties": {}, "additionalProperties": true}}})")
        << QStringList{ u"/properties/l/items | Set \"additionalProperties\" to false"_s,
               u"/properties/l/items | \"required\" lists \"y\", which is not a property"_s,
               u"/properties/l/items/properties/x | Unknown type \"strng\""_s,
               u"/$defs/d | Set \"additionalProperties\" to false"_s };
    QTest::addRow("unsupported keyword and bad ref")
        << QByteArray(R"({"type": "object", "additionalProperties": false, "required": ["a"],
            "properties": {"a": {"allOf": [{}], "$ref": "#/$defs/none"}}})")
        << QStringList{ u"/properties/a | \"allOf\" is not supported in strict mode"_s,
               u"/properties/a | $ref \"#/$defs/none\" does not resolve"_s };
}

void TestJsonSchema::strictProblems()
{
    QFETCH(QByteArray, schema);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(JsonSchema::strictProblems(object(schema))), expected);
}

void TestJsonSchema::answerParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("looksLikeJson");
    QTest::addColumn<QByteArray>("expected"); //!< empty: parsing fails
    QTest::addColumn<int>("offset");
    QTest::addRow("object") << u"  {\"a\": 1}\n"_s << true << QByteArray(R"({"a":1})") << -1;
    QTest::addRow("array") << u"[1, 2]"_s << true << QByteArray("[1,2]") << -1;
    QTest::addRow("fenced") << u"```json\n{\"a\": [true]}\n```"_s << true
                            << QByteArray(R"({"a":[true]})") << -1;
    QTest::addRow("prose") << u"Sure! {\"a\": 1}"_s << false << QByteArray() << 1;
    // A stream cut mid-answer: the error points past the last character of the text.
    QTest::addRow("cut off") << u"{\"名前\": \"東京\", \"n\": 1"_s << false << QByteArray() << 19;
    QTest::addRow("looks but broken") << u"{\"a\": 1,}"_s << true << QByteArray() << 9;
    QTest::addRow("empty") << u"   "_s << false << QByteArray() << 3;
}

void TestJsonSchema::answerParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, looksLikeJson);
    QFETCH(QByteArray, expected);
    QFETCH(int, offset);
    QCOMPARE(JsonAnswer::looksLikeJson(text), looksLikeJson);
    const JsonAnswer::Parsed parsed = JsonAnswer::parse(text);
    if (expected.isEmpty()) {
        QVERIFY(!parsed.isValid());
        QVERIFY(parsed.value.isUndefined() || parsed.value.isNull());
        QCOMPARE(parsed.offset, offset);
        QVERIFY2(!parsed.error.isEmpty(), qPrintable(parsed.error));
        return;
    }
    QVERIFY2(parsed.isValid(), qPrintable(parsed.error));
    const QJsonDocument document = parsed.value.isArray() ? QJsonDocument(parsed.value.toArray())
                                                          : QJsonDocument(parsed.value.toObject());
    QCOMPARE(document.toJson(QJsonDocument::Compact), expected);
}

void TestJsonSchema::requestFormat()
{
    QCOMPARE(JsonAnswer::formatType({}), u"text"_s);
    const QJsonObject request = object(R"({"model": "m", "response_format": {"type": "json_schema",
        "json_schema": {"name": "n", "schema": {"type": "object"}, "strict": true}}})");
    QCOMPARE(JsonAnswer::formatType(request), u"json_schema"_s);
    QCOMPARE(JsonAnswer::schemaOf(request).value(u"name"_s), QJsonValue(u"n"_s));
    QCOMPARE(JsonAnswer::formatType(object(R"({"response_format": {"type": "json_object"}})")),
        u"json_object"_s);
}

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "tst_jsonschema.moc"
