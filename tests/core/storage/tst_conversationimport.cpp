// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <functional>

#include <QFile>
#include <QTest>

#include "core/storage/ConversationImport.h"

using namespace Conversation;
using Reader =
    std::function<std::expected<QList<ImportedConversation>, ImportError>(const QByteArray &)>;

Q_DECLARE_METATYPE(Reader)
Q_DECLARE_METATYPE(ConversationImport::Format)

namespace {
QByteArray readData(const char *name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("../../data/import/") + QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", name);
    return file.readAll();
}

QDateTime unixMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

//! The error of a failed import, for QVERIFY2 (which evaluates its message even on success).
QByteArray why(const std::expected<QList<ImportedConversation>, ImportError> &result)
{
    return result ? QByteArray()
                  : (result.error().where + QStringLiteral(": ") + result.error().message).toUtf8();
}

// A minimal conversations.json entry around a mapping given as JSON text.
QByteArray chatGpt(const char *mapping, const char *current = "b")
{
    return QByteArray(R"([{"title": "t", "create_time": 1768466400, "mapping": )") + mapping
        + R"(, "current_node": ")" + current + R"("}])";
}

QByteArray kaiwa(const char *conversation, int version = 1)
{
    return QByteArray(R"({"format": "kaiwa.conversations", "version": )")
        + QByteArray::number(version)
        + R"(, "exported": "2026-01-20T12:00:00.000Z", "conversations": [)" + conversation + "]}";
}

const Reader chatGptReader = ConversationImport::fromChatGptExport;
const Reader kaiwaReader = ConversationImport::fromKaiwaJson;
} // namespace

class TestConversationImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chatGptTree_data();
    void chatGptTree();
    void chatGptInfo();
    void chatGptTimesOutOfRange();
    void kaiwaExample();
    void malformed_data();
    void malformed();
    void detect_data();
    void detect();
};

void TestConversationImport::chatGptTree_data()
{
    QTest::addColumn<int>("conversation");
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("parent");
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QDateTime>("created");

    // Conversation 0: null root and hidden system message left out; the edited question is a
    // second branch under the first answer; code and its output are text.
    QTest::addRow("tokyo: first question, re-parented to the root")
        << 0 << 0 << qint64(0) << Role::User
        << QStringLiteral("東京の天気を教えて 🌤️") << QString()
        << unixMs(1768466400500);
    QTest::addRow("tokyo: answer") << 0 << 1 << qint64(1) << Role::Assistant
                                   << QStringLiteral("東京は今日、晴れです。最高気温は12°Cです。")
                                   << QStringLiteral("gpt-4o") << unixMs(1768466405250);
    QTest::addRow("tokyo: original question (branch 1)")
        << 0 << 2 << qint64(2) << Role::User << QStringLiteral("明日は?") << QString()
        << unixMs(1768466500000);
    QTest::addRow("tokyo: original answer")
        << 0 << 3 << qint64(3) << Role::Assistant << QStringLiteral("明日の東京は雨の予報です。☔")
        << QStringLiteral("gpt-4o") << unixMs(1768466503000);
    QTest::addRow("tokyo: edited question (branch 2)")
        << 0 << 4 << qint64(2) << Role::User << QStringLiteral("明日の大阪の気温を計算して")
        << QString() << unixMs(1768466600000);
    QTest::addRow("tokyo: code")
        << 0 << 5 << qint64(5) << Role::Assistant
        << QStringLiteral("```python\ntemps = [9, 14]\nprint(sum(temps) / len(temps))\n```")
        << QStringLiteral("gpt-4o") << unixMs(1768466602000);
    QTest::addRow("tokyo: execution output")
        << 0 << 6 << qint64(6) << Role::Tool << QStringLiteral("```\n11.5\n```")
        << QStringLiteral("gpt-4o") << unixMs(1768466603000);
    QTest::addRow("tokyo: final answer") << 0 << 7 << qint64(7) << Role::Assistant
                                         << QStringLiteral("明日の大阪の平均気温は約11.5°Cです。")
                                         << QStringLiteral("gpt-4o") << unixMs(1768466606000);

    // Conversation 1: a visible system message is kept (its time falls back to the
    // conversation's); the hidden user context, thoughts and recap are left out.
    QTest::addRow("cat: visible system message")
        << 1 << 0 << qint64(0) << Role::System
        << QStringLiteral("You are a helpful assistant who loves animals.") << QString()
        << unixMs(1768553000000);
    QTest::addRow("cat: image placeholder and text")
        << 1 << 1 << qint64(1) << Role::User
        << QStringLiteral(
               "[Image file-service://file-4bXq9TcatPhoto: not included in conversations.json]\n\n"
               "What is in this picture?")
        << QString() << unixMs(1768553010000);
    QTest::addRow("cat: answer below thoughts and recap")
        << 1 << 2 << qint64(2) << Role::Assistant
        << QStringLiteral("A tabby cat sitting on a windowsill. 🐈") << QStringLiteral("o3")
        << unixMs(1768553015000);
    QTest::addRow("cat: quote") << 1 << 3 << qint64(3) << Role::Tool
                                << QStringLiteral("> Tabby is a coat pattern,\n> not a breed.\n\n"
                                                  "— [Tabby cats](https://example.org/tabby)")
                                << QString() << unixMs(1768553020000);
}

void TestConversationImport::chatGptTree()
{
    QFETCH(int, conversation);
    QFETCH(int, index);
    QFETCH(qint64, parent);
    QFETCH(Role, role);
    QFETCH(QString, text);
    QFETCH(QString, model);
    QFETCH(QDateTime, created);

    const auto imported =
        ConversationImport::fromChatGptExport(readData("chatgpt-conversations.json"));
    QVERIFY2(imported.has_value(), why(imported).constData());
    QCOMPARE(imported->size(), 2);
    const QList<Message> &messages = imported->at(conversation).messages;
    QCOMPARE(messages.size(), conversation == 0 ? 8 : 4);
    const Message &message = messages.at(index);
    QCOMPARE(message.id, qint64(index + 1)); // ids are positions, parents first
    QCOMPARE(message.parentId, parent);
    QCOMPARE(message.role, role);
    QCOMPARE(message.text(), text);
    QCOMPARE(message.parts.size(), 1);
    QCOMPARE(message.model, model);
    QCOMPARE(message.created, created);
    QCOMPARE(message.state, State::Complete);
}

void TestConversationImport::chatGptInfo()
{
    const auto imported =
        ConversationImport::fromChatGptExport(readData("chatgpt-conversations.json"));
    QVERIFY2(imported.has_value(), why(imported).constData());
    const ImportedConversation &tokyo = imported->at(0);
    QCOMPARE(tokyo.info.title, QStringLiteral("東京と大阪の天気"));
    QVERIFY(tokyo.info.titleSetByUser);
    QCOMPARE(tokyo.info.created, unixMs(1768466400123));
    QCOMPARE(tokyo.info.updated, unixMs(1768467000500));
    QCOMPARE(tokyo.info.activeLeafId, qint64(8)); // current_node "bbb4-assistant"
    QCOMPARE(tokyo.info.settings.model, QStringLiteral("gpt-4o"));
    QVERIFY(!tokyo.info.pinned);
    QVERIFY(tokyo.attachments.isEmpty());
    QCOMPARE(tokyo.messages.at(1).finishReason, QStringLiteral("stop"));

    const ImportedConversation &cat = imported->at(1);
    QCOMPARE(cat.info.activeLeafId, qint64(3)); // current_node "a-2", not the quote below it
    QVERIFY(cat.info.pinned);
    QCOMPARE(cat.info.settings.model, QStringLiteral("o3"));
    const Message &answer = cat.messages.at(2);
    QCOMPARE(answer.reasoning,
        QStringLiteral("Looking at the image\n\nA tabby cat on a windowsill, in daylight."));
    QCOMPARE(answer.finishReason, QStringLiteral("length"));
    for (const Message &m : cat.messages)
        QVERIFY(!m.text().contains(QStringLiteral("Sapporo")));
}

// Found by fuzz_import: a create_time too large for milliseconds in a qint64 was undefined
// behaviour. Times that cannot be a date (past year 9999) are left unset, like a missing one.
void TestConversationImport::chatGptTimesOutOfRange()
{
    const QByteArray data = R"([{"title": "t", "create_time": 1.8e19, "update_time": 253402300800,
        "current_node": "b", "mapping": {"a": {"parent": null, "children": ["b"]},
        "b": {"parent": "a", "children": [], "message": {"author": {"role": "user"},
        "create_time": 253402300799, "content": {"content_type": "text", "parts": ["hi"]}}}}}])";
    const auto imported = ConversationImport::fromChatGptExport(data);
    QVERIFY2(imported.has_value(), why(imported).constData());
    const ImportedConversation &conversation = imported->at(0);
    QVERIFY(!conversation.info.created.isValid());
    QVERIFY(!conversation.info.updated.isValid());
    QCOMPARE(conversation.messages.size(), 1);
    QCOMPARE(conversation.messages.at(0).text(), QStringLiteral("hi"));
    QCOMPARE(conversation.messages.at(0).created, unixMs(253402300799000)); // 9999-12-31T23:59:59Z
}

void TestConversationImport::kaiwaExample()
{
    // The example of docs/conversation-format.md.
    const auto imported = ConversationImport::fromKaiwaJson(readData("kaiwa-example.json"));
    QVERIFY2(imported.has_value(), why(imported).constData());
    QCOMPARE(imported->size(), 1);
    const ImportedConversation &c = imported->first();
    QCOMPARE(c.info.title, QStringLiteral("猫の写真"));
    QCOMPARE(c.info.activeLeafId, qint64(12));
    QCOMPARE(c.info.settings.parameters.value(QStringLiteral("temperature")).toDouble(), 0.5);
    QCOMPARE(c.messages.size(), 3);
    QCOMPARE(c.messages.at(0).parts.at(1).type, Part::Type::Image);
    QCOMPARE(c.messages.at(1).parentId, qint64(10));
    QCOMPARE(c.messages.at(1).reasoning, QStringLiteral("The photo shows a cat."));
    QCOMPARE(c.messages.at(2).state, State::Interrupted);
    QCOMPARE(c.messages.at(2).conversationId, qint64(3));
    QCOMPARE(c.attachments.size(), 1);
    QCOMPARE(c.attachments.constBegin()->second, QStringLiteral("image/png"));
}

void TestConversationImport::malformed_data()
{
    QTest::addColumn<Reader>("reader");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");

    const QByteArray sample = readData("chatgpt-conversations.json");
    QTest::addRow("chatgpt: truncated")
        << chatGptReader << sample.left(1000) << QStringLiteral("byte 1000 (line 34, column 14)")
        << QStringLiteral("not valid JSON");
    QTest::addRow("chatgpt: object at the top")
        << chatGptReader << QByteArray(R"({"conversations": []})") << QStringLiteral("top level")
        << QStringLiteral("array of conversations");
    QTest::addRow("chatgpt: entry not an object")
        << chatGptReader << QByteArray(R"([{"mapping": {}}, 3])")
        << QStringLiteral("conversations[1]")
        << QStringLiteral("Expected an object, found a number.");
    QTest::addRow("chatgpt: missing mapping")
        << chatGptReader << QByteArray(R"([{"title": "x"}])") << QStringLiteral("conversations[0]")
        << QStringLiteral("no \"mapping\"");
    QTest::addRow("chatgpt: parent pointing nowhere")
        << chatGptReader
        << chatGpt(
               R"({"a": {"parent": null, "children": ["b"]}, "b": {"parent": "zzz", "children": []}})")
        << QStringLiteral("conversations[0].mapping[\"b\"].parent") << QStringLiteral("\"zzz\"");
    QTest::addRow("chatgpt: cycle")
        << chatGptReader
        << chatGpt(
               R"({"a": {"parent": "c", "children": ["b"]}, "b": {"parent": "a", "children": ["c"]},
                      "c": {"parent": "b", "children": ["a"]}})")
        << QStringLiteral("conversations[0].mapping[\"a\"].parent") << QStringLiteral("cycle");
    QTest::addRow("chatgpt: unknown role")
        << chatGptReader
        << chatGpt(
               R"({"a": {"parent": null, "children": ["b"]}, "b": {"parent": "a", "children": [],
                      "message": {"author": {"role": "critic"}, "content": {"content_type": "text", "parts": ["x"]}}}})")
        << QStringLiteral("conversations[0].mapping[\"b\"].message.author.role")
        << QStringLiteral("Unknown role \"critic\".");
    QTest::addRow("chatgpt: current_node missing")
        << chatGptReader << chatGpt(R"({"a": {"parent": null, "children": []}})", "gone")
        << QStringLiteral("conversations[0].current_node") << QStringLiteral("\"gone\"");
    QTest::addRow("chatgpt: mapping of the wrong type")
        << chatGptReader << QByteArray(R"([{"mapping": []}])")
        << QStringLiteral("conversations[0].mapping")
        << QStringLiteral("Expected an object, found an array.");

    QTest::addRow("kaiwa: truncated")
        << kaiwaReader << kaiwa(R"({"title": "x", "messages": [)").chopped(3)
        << QStringLiteral("byte 133 (line 1, column 134)") << QStringLiteral("not valid JSON");
    QTest::addRow("kaiwa: array at the top")
        << kaiwaReader << QByteArray("[]") << QStringLiteral("top level")
        << QStringLiteral("\"kaiwa.conversations\"");
    QTest::addRow("kaiwa: other format")
        << kaiwaReader << QByteArray(R"({"format": "other", "version": 1})")
        << QStringLiteral("format") << QStringLiteral("\"other\"");
    QTest::addRow("kaiwa: newer version")
        << kaiwaReader << kaiwa("", 2) << QStringLiteral("version")
        << QStringLiteral("version 2, made by a newer Kaiwa");
    QTest::addRow("kaiwa: no conversations")
        << kaiwaReader << QByteArray(R"({"format": "kaiwa.conversations", "version": 1})")
        << QStringLiteral("top level") << QStringLiteral("no \"conversations\"");
    QTest::addRow("kaiwa: wrong type") << kaiwaReader << kaiwa(R"({"title": 5, "messages": []})")
                                       << QStringLiteral("conversations[0].title")
                                       << QStringLiteral("Expected a string, found a number.");
    QTest::addRow("kaiwa: parent pointing nowhere")
        << kaiwaReader
        << kaiwa(
               R"({"messages": [{"id": 1, "role": "user"}, {"id": 2, "parent": 17, "role": "assistant"}]})")
        << QStringLiteral("conversations[0].messages[1].parent") << QStringLiteral("message 17");
    QTest::addRow("kaiwa: cycle") << kaiwaReader
                                  << kaiwa(R"({"messages": [{"id": 1, "role": "user"},
                    {"id": 2, "parent": 3, "role": "user"}, {"id": 3, "parent": 2, "role": "assistant"}]})")
                                  << QStringLiteral("conversations[0].messages[2].parent")
                                  << QStringLiteral("cycle");
    QTest::addRow("kaiwa: duplicate id")
        << kaiwaReader
        << kaiwa(R"({"messages": [{"id": 1, "role": "user"}, {"id": 1, "role": "user"}]})")
        << QStringLiteral("conversations[0].messages[1].id") << QStringLiteral("id 1");
    QTest::addRow("kaiwa: unknown role")
        << kaiwaReader << kaiwa(R"({"messages": [{"id": 1, "role": "bot"}]})")
        << QStringLiteral("conversations[0].messages[0].role")
        << QStringLiteral("Unknown role \"bot\".");
    QTest::addRow("kaiwa: unknown state")
        << kaiwaReader << kaiwa(R"({"messages": [{"id": 1, "role": "user", "state": "done"}]})")
        << QStringLiteral("conversations[0].messages[0].state") << QStringLiteral("\"done\"");
    QTest::addRow("kaiwa: bad time")
        << kaiwaReader
        << kaiwa(R"({"messages": [{"id": 1, "role": "user", "created": "yesterday"}]})")
        << QStringLiteral("conversations[0].messages[0].created") << QStringLiteral("ISO 8601");
    QTest::addRow("kaiwa: active leaf missing")
        << kaiwaReader << kaiwa(R"({"activeLeaf": 4, "messages": [{"id": 1, "role": "user"}]})")
        << QStringLiteral("conversations[0].activeLeaf") << QStringLiteral("message 4");
    // sha256("hello") is 2cf24dba…; the data below is base64 of "hellO".
    QTest::addRow("kaiwa: attachment hash mismatch")
        << kaiwaReader
        << kaiwa(
               R"({"messages": [], "attachments": {"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824": {"mimeType": "text/plain", "data": "aGVsbE8="}}})")
        << QStringLiteral("conversations[0].attachments["
                          "\"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824\"]")
        << QStringLiteral("SHA-256");
    QTest::addRow("kaiwa: attachment not base64")
        << kaiwaReader
        << kaiwa(
               R"({"messages": [], "attachments": {"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824": {"mimeType": "text/plain", "data": "aGVsbG8=!"}}})")
        << QStringLiteral(
               "conversations[0].attachments["
               "\"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824\"].data")
        << QStringLiteral("base64");
    QTest::addRow("kaiwa: part refers to a missing attachment")
        << kaiwaReader
        << kaiwa(R"({"messages": [{"id": 1, "role": "user", "parts": [{"type": "text", "text": "a"},
                    {"type": "image", "attachment": "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"}]}]})")
        << QStringLiteral("conversations[0].messages[0].parts[1].attachment")
        << QStringLiteral("attachment");
    QTest::addRow("kaiwa: logprobs not an array")
        << kaiwaReader
        << kaiwa(R"({"messages": [{"id": 1, "role": "assistant", "logprobs": {"content": []}}]})")
        << QStringLiteral("conversations[0].messages[0].logprobs") << QStringLiteral("an array");
    QTest::addRow("kaiwa: logprobs token without its text")
        << kaiwaReader << kaiwa(R"({"messages": [{"id": 1, "role": "assistant", "logprobs": [
                    {"token": "a", "logprob": -1}, {"logprob": -0.5}]}]})")
        << QStringLiteral("conversations[0].messages[0].logprobs[1].token")
        << QStringLiteral("a string");
    QTest::addRow("kaiwa: logprob above 0")
        << kaiwaReader << kaiwa(R"({"messages": [{"id": 1, "role": "assistant", "logprobs": [
                    {"token": "a", "logprob": 0.5}]}]})")
        << QStringLiteral("conversations[0].messages[0].logprobs[0].logprob")
        << QStringLiteral("above 0");
    QTest::addRow("kaiwa: logprobs byte out of range in a choice's alternative")
        << kaiwaReader
        << kaiwa(R"({"messages": [{"id": 1, "role": "assistant", "choices": [{"logprobs": [
                    {"token": "a", "logprob": -1, "top_logprobs": [
                    {"token": "b", "logprob": -2, "bytes": [98, 256]}]}]}]}]})")
        << QStringLiteral("conversations[0].messages[0].choices[0].logprobs[0].top_logprobs[0]"
                          ".bytes[1]")
        << QStringLiteral("byte");
    QTest::addRow("kaiwa: unknown part type")
        << kaiwaReader
        << kaiwa(R"({"messages": [{"id": 1, "role": "user", "parts": [{"type": "video"}]}]})")
        << QStringLiteral("conversations[0].messages[0].parts[0].type")
        << QStringLiteral("\"video\"");
}

void TestConversationImport::malformed()
{
    QFETCH(Reader, reader);
    QFETCH(QByteArray, data);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const auto result = reader(data);
    QVERIFY2(!result.has_value(), "a malformed file was accepted");
    QCOMPARE(result.error().where, where);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    QVERIFY(result.error().message.endsWith(u'.'));
}

void TestConversationImport::detect_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<ConversationImport::Format>("format");
    QTest::addRow("chatgpt sample")
        << readData("chatgpt-conversations.json") << ConversationImport::Format::ChatGptExport;
    QTest::addRow("chatgpt, no conversations")
        << QByteArray("[]") << ConversationImport::Format::ChatGptExport;
    QTest::addRow("chatgpt, one conversation") << QByteArray(R"({"title": "x", "mapping": {}})")
                                               << ConversationImport::Format::ChatGptExport;
    QTest::addRow("kaiwa example")
        << readData("kaiwa-example.json") << ConversationImport::Format::KaiwaJson;
    QTest::addRow("array of numbers")
        << QByteArray("[1, 2]") << ConversationImport::Format::Unknown;
    QTest::addRow("other object") << QByteArray(R"({"format": "other"})")
                                  << ConversationImport::Format::Unknown;
    QTest::addRow("not JSON") << QByteArray("# Markdown") << ConversationImport::Format::Unknown;
    QTest::addRow("empty") << QByteArray() << ConversationImport::Format::Unknown;
}

void TestConversationImport::detect()
{
    QFETCH(QByteArray, data);
    QFETCH(ConversationImport::Format, format);
    QCOMPARE(ConversationImport::detect(data), format);
}

QTEST_GUILESS_MAIN(TestConversationImport)
#include "tst_conversationimport.moc"
