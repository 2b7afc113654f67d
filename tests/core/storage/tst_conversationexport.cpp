// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/storage/ConversationExport.h"
#include "core/storage/ConversationImport.h"

using namespace Conversation;

Q_DECLARE_METATYPE(ImportedConversation)

namespace {
QDateTime at(int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(2026, 1, day), QTime(hour, minute, second, ms), Qt::UTC);
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray pngBytes() // a 1×1 PNG
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+"
                                  "M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}

QByteArray wavBytes() // 8 samples of 16-bit mono silence at 8 kHz
{
    QByteArray wav = QByteArray::fromHex("52494646"
                                         "34000000"
                                         "57415645"
                                         "666d7420"
                                         "10000000"
                                         "0100"
                                         "0100"
                                         "401f0000"
                                         "803e0000"
                                         "0200"
                                         "1000"
                                         "64617461"
                                         "10000000");
    wav.append(16, '\0');
    return wav;
}

Message message(qint64 id, qint64 parent, Role role, const QString &text, const QDateTime &created)
{
    Message m;
    m.id = id;
    m.conversationId = 42;
    m.parentId = parent;
    m.role = role;
    if (!text.isEmpty())
        m.parts = { Part{ Part::Type::Text, text, {}, {}, {}, {}, {} } };
    m.created = created;
    return m;
}

//! A branched Japanese conversation with reasoning, n=2 choices, a tool call and its result, an
//! image, assistant audio and an interrupted answer on the other branch.
ExportedConversation travelConversation()
{
    ExportedConversation c;
    c.info.id = 42;
    c.info.title = QStringLiteral("京都旅行の計画 🗾");
    c.info.titleSetByUser = true;
    c.info.created = at(15, 9, 30);
    c.info.updated = at(15, 9, 41, 7, 250);
    c.info.pinned = true;
    c.info.activeLeafId = 6;
    c.info.settings.profile = QStringLiteral("OpenAI");
    c.info.settings.model = QStringLiteral("gpt-4o");
    c.info.settings.systemPrompt =
        QStringLiteral("あなたは旅行の案内人です。簡潔に答えてください。");
    c.info.settings.parameters = { { QStringLiteral("temperature"), 0.7 },
        { QStringLiteral("n"), 2 } };
    c.info.settings.store = true;
    c.info.settings.metadata = { { QStringLiteral("project"), QStringLiteral("kaiwa") } };

    const QByteArray png = pngBytes();
    const QByteArray wav = wavBytes();
    c.attachments.insert(sha256(png), { png, QStringLiteral("image/png") });
    c.attachments.insert(sha256(wav), { wav, QStringLiteral("audio/wav") });

    Message m1 = message(
        1, 0, Role::User, QStringLiteral("京都で3日間、何をすべき? 🍵"), at(15, 9, 30, 5, 123));

    Message m2 = message(2, 1, Role::Assistant,
        QStringLiteral("1日目は伏見稲荷大社、2日目は嵐山、3日目は清水寺がおすすめです。"),
        at(15, 9, 30, 12));
    m2.reasoning = QStringLiteral("The user wants a 3-day plan.\nKeep it short.");
    m2.model = QStringLiteral("gpt-4o-2024-08-06");
    m2.finishReason = QStringLiteral("stop");
    m2.choices = { Choice{ QStringLiteral("別の案: 1日目は金閣寺、2日目は奈良への日帰り旅行。"), {},
        {}, {}, QStringLiteral("stop"),
        QJsonDocument::fromJson(R"([{"token": "別", "logprob": -1.25, "bytes": [229, 136, 165],
            "top_logprobs": [{"token": "1", "logprob": -0.4, "bytes": [49]}]}])")
            .array() } };
    // The answer's tokens with their alternatives; the first holds part of a character.
    m2.logprobs = QJsonDocument::fromJson(R"([
        {"token": "1", "logprob": -0.0001, "bytes": [49], "top_logprobs": []},
        {"token": "\ufffd", "logprob": -0.75, "bytes": [230, 151],
         "top_logprobs": [{"token": "\ufffd", "logprob": -0.75, "bytes": [230, 151]},
                          {"token": "目", "logprob": -2.5, "bytes": [231, 155, 174]}]},
        {"token": "\ufffd", "logprob": 0, "bytes": [165], "top_logprobs": []}])")
                      .array();
    Q_ASSERT(!m2.logprobs.isEmpty());
    m2.usage = QJsonDocument::fromJson(R"({"prompt_tokens": 20, "completion_tokens": 120,
        "total_tokens": 140, "completion_tokens_details": {"reasoning_tokens": 64}})")
                   .object();
    m2.request = { { QStringLiteral("model"), QStringLiteral("gpt-4o") },
        { QStringLiteral("temperature"), 0.7 }, { QStringLiteral("n"), 2 } };

    Message m3 =
        message(3, 2, Role::User, QStringLiteral("この写真の場所の天気は?"), at(15, 9, 35));
    m3.parts.append(Part{ Part::Type::Image, {}, sha256(png), QStringLiteral("image/png"), {},
        QStringLiteral("high"), {} });

    Message m4 = message(4, 3, Role::Assistant, {}, at(15, 9, 35, 3));
    m4.toolCalls = { ToolCall{ QStringLiteral("call_Kx1"), QStringLiteral("function"),
        QStringLiteral("get_weather"), QStringLiteral(R"({"city":"京都","unit":"celsius"})") } };
    m4.finishReason = QStringLiteral("tool_calls");
    m4.model = QStringLiteral("gpt-4o-2024-08-06");

    Message m5 = message(
        5, 4, Role::Tool, QStringLiteral(R"({"forecast":"晴れ","high":24})"), at(15, 9, 35, 4));
    m5.toolCallId = QStringLiteral("call_Kx1");

    Message m6 = message(6, 5, Role::Assistant,
        QStringLiteral("晴れで、最高気温は24°Cです。☀️"), at(15, 9, 35, 9));
    m6.audio = Audio{ QStringLiteral("audio_6789"), sha256(wav), QStringLiteral("audio/wav"),
        QStringLiteral("晴れで、最高気温は24度です。"), 1768473309 };
    m6.model = QStringLiteral("gpt-4o-audio-preview");
    m6.finishReason = QStringLiteral("stop");

    Message m7 = message(7, 2, Role::User, QStringLiteral("やっぱり大阪にします。"), at(15, 9, 40));
    Message m8 =
        message(8, 7, Role::Assistant, QStringLiteral("大阪なら道頓堀と"), at(15, 9, 41, 7, 250));
    m8.state = State::Interrupted;
    m8.error = QStringLiteral("The connection was closed.");

    c.messages = { m1, m2, m3, m4, m5, m6, m7, m8 };
    return c;
}

ExportedConversation emptyConversation()
{
    ExportedConversation c;
    c.info.id = 7;
    c.info.title = QStringLiteral("New chat");
    c.info.created = at(16, 8, 0);
    c.info.updated = at(16, 8, 0);
    return c;
}

ExportedConversation oddTextConversation()
{
    ExportedConversation c;
    c.info.id = 9;
    c.info.title = QStringLiteral("\"Quotes\", back\\slashes and 👩‍👩‍👧 in a title");
    Message m = message(1, 0, Role::Developer,
        QStringLiteral("tab\tnul\u0000 line\u2028sep 𝄞 \"q\" </details>"), {});
    m.conversationId = 9;
    m.parts.append(
        Part{ Part::Type::Refusal, QStringLiteral("I can't help with that."), {}, {}, {}, {}, {} });
    m.parts.append(Part{ Part::Type::Image, {}, {}, {},
        QStringLiteral("https://example.com/a.png?x=1&y=2"), QStringLiteral("low"), {} });
    m.state = State::Failed;
    m.error = QStringLiteral("HTTP 500");
    c.messages = { m };
    c.info.activeLeafId = 1;
    return c;
}
} // namespace

class TestConversationExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void jsonTopLevel();
    void activePath_data();
    void activePath();
    void markdown();
    void markdownStates_data();
    void markdownStates();
    void attachmentFileName_data();
    void attachmentFileName();
};

void TestConversationExport::roundTrip_data()
{
    QTest::addColumn<QList<ExportedConversation>>("conversations");
    QTest::addRow("branched Japanese conversation with attachments")
        << QList{ travelConversation() };
    QTest::addRow("empty conversation") << QList{ emptyConversation() };
    QTest::addRow("odd text, refusal, URL image, failed state") << QList{ oddTextConversation() };
    QTest::addRow("three at once")
        << QList{ travelConversation(), emptyConversation(), oddTextConversation() };
    QTest::addRow("none") << QList<ExportedConversation>{};
}

void TestConversationExport::roundTrip()
{
    QFETCH(QList<ExportedConversation>, conversations);
    const QDateTime exported = at(20, 12, 0);
    const QByteArray json = ConversationExport::toJson(conversations, exported);
    QCOMPARE(ConversationImport::detect(json), ConversationImport::Format::KaiwaJson);

    const auto imported = ConversationImport::fromKaiwaJson(json);
    QVERIFY2(imported.has_value(),
        imported ? "" : qPrintable(imported.error().where + u' ' + imported.error().message));
    QCOMPARE(imported->size(), conversations.size());
    for (qsizetype c = 0; c < conversations.size(); ++c) {
        const ExportedConversation &expected = conversations.at(c);
        const ImportedConversation &actual = imported->at(c);
        QCOMPARE(actual.info, expected.info);
        QCOMPARE(actual.messages.size(), expected.messages.size());
        for (qsizetype m = 0; m < expected.messages.size(); ++m) {
            const Message &a = actual.messages.at(m);
            const Message &e = expected.messages.at(m);
            // Field by field first, so a failure names the field; then the whole value.
            QCOMPARE(a.parts, e.parts);
            QCOMPARE(a.toolCalls, e.toolCalls);
            QCOMPARE(a.choices, e.choices);
            QCOMPARE(a.audio, e.audio);
            QCOMPARE(a.usage, e.usage);
            QCOMPARE(a.request, e.request);
            QCOMPARE(a.created, e.created);
            QVERIFY(a == e);
        }
        QCOMPARE(actual.attachments, expected.attachments);
    }
    // Writing what was read gives the same bytes: nothing was dropped or reordered.
    QCOMPARE(ConversationExport::toJson(*imported, exported), json);
}

void TestConversationExport::jsonTopLevel()
{
    const QByteArray json =
        ConversationExport::toJson({ travelConversation() }, at(20, 12, 0, 0, 5));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(
        root.value(QStringLiteral("format")).toString(), QStringLiteral("kaiwa.conversations"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("exported")).toString(),
        QStringLiteral("2026-01-20T12:00:00.005Z"));
    const QJsonObject conversation =
        root.value(QStringLiteral("conversations")).toArray().first().toObject();
    QCOMPARE(conversation.value(QStringLiteral("messages")).toArray().size(), 8);
    const QJsonObject image = conversation.value(QStringLiteral("attachments"))
                                  .toObject()
                                  .value(QString::fromLatin1(sha256(pngBytes())))
                                  .toObject();
    QCOMPARE(image.value(QStringLiteral("mimeType")).toString(), QStringLiteral("image/png"));
    QCOMPARE(QByteArray::fromBase64(image.value(QStringLiteral("data")).toString().toLatin1()),
        pngBytes());
    // The text stays readable UTF-8, not \u escapes.
    QVERIFY(json.contains(QStringLiteral("京都旅行の計画 🗾").toUtf8()));
}

void TestConversationExport::activePath_data()
{
    QTest::addColumn<qint64>("leaf");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::addRow("tool branch") << qint64(6) << QList<qint64>{ 1, 2, 3, 4, 5, 6 };
    QTest::addRow("other branch") << qint64(8) << QList<qint64>{ 1, 2, 7, 8 };
    QTest::addRow("inner message") << qint64(2) << QList<qint64>{ 1, 2 };
    QTest::addRow("unknown leaf: the last message") << qint64(99) << QList<qint64>{ 1, 2, 7, 8 };
}

void TestConversationExport::activePath()
{
    QFETCH(qint64, leaf);
    QFETCH(QList<qint64>, ids);
    QList<qint64> actual;
    for (const Message &m : ConversationExport::activePath(travelConversation().messages, leaf))
        actual << m.id;
    QCOMPARE(actual, ids);
}

void TestConversationExport::markdown()
{
    const ExportedConversation c = travelConversation();
    const QByteArray markdown =
        ConversationExport::toMarkdown(c.info, c.messages, c.info.activeLeafId);
    QFile expected(QFINDTESTDATA("../../data/import/travel-conversation.md"));
    QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(expected.fileName()));
    const QByteArray wanted = expected.readAll();
    if (markdown != wanted) {
        QFile actual(QDir::temp().filePath(QStringLiteral("travel-conversation.actual.md")));
        if (actual.open(QIODevice::WriteOnly))
            actual.write(markdown);
        qWarning("Markdown differs; written to %s", qPrintable(actual.fileName()));
    }
    QCOMPARE(QString::fromUtf8(markdown), QString::fromUtf8(wanted));
}

void TestConversationExport::markdownStates_data()
{
    QTest::addColumn<ExportedConversation>("conversation");
    QTest::addColumn<qint64>("leaf");
    QTest::addColumn<QStringList>("lines");
    QTest::addRow("interrupted branch")
        << travelConversation() << qint64(8)
        << QStringList{ QStringLiteral("## User · 2026-01-15 09:40 UTC"),
               QStringLiteral("大阪なら道頓堀と"),
               QStringLiteral("> **Interrupted:** The connection was closed.") };
    QTest::addRow("failed, refusal, URL image, no title")
        << oddTextConversation() << qint64(1)
        << QStringList{ QStringLiteral("## Developer"),
               QStringLiteral("> **Refused:** I can't help with that."),
               QStringLiteral("![image](https://example.com/a.png?x=1&y=2)"),
               QStringLiteral("> **Failed:** HTTP 500") };
    ExportedConversation untitled = emptyConversation();
    untitled.info.title.clear();
    QTest::addRow("untitled, empty")
        << untitled << qint64(0) << QStringList{ QStringLiteral("# Untitled conversation") };
}

void TestConversationExport::markdownStates()
{
    QFETCH(ExportedConversation, conversation);
    QFETCH(qint64, leaf);
    QFETCH(QStringList, lines);
    const QString markdown = QString::fromUtf8(
        ConversationExport::toMarkdown(conversation.info, conversation.messages, leaf));
    const QStringList actual = markdown.split(u'\n');
    for (const QString &line : lines)
        QVERIFY2(actual.contains(line), qPrintable(line + QStringLiteral("\n---\n") + markdown));
    QVERIFY(!markdown.contains(QStringLiteral("道頓堀")) || leaf == 8); // only the active path
}

void TestConversationExport::attachmentFileName_data()
{
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QString>("fileName");
    QTest::addRow("png") << QStringLiteral("image/png") << QStringLiteral("abc.png");
    QTest::addRow("wav") << QStringLiteral("audio/wav") << QStringLiteral("abc.wav");
    QTest::addRow("mp3") << QStringLiteral("audio/mpeg") << QStringLiteral("abc.mp3");
    QTest::addRow("pdf") << QStringLiteral("application/pdf") << QStringLiteral("abc.pdf");
    QTest::addRow("unknown") << QStringLiteral("x-kaiwa/unknown") << QStringLiteral("abc.bin");
    QTest::addRow("none") << QString() << QStringLiteral("abc.bin");
}

void TestConversationExport::attachmentFileName()
{
    QFETCH(QString, mimeType);
    QFETCH(QString, fileName);
    QCOMPARE(ConversationExport::attachmentFileName("abc", mimeType), fileName);
}

QTEST_GUILESS_MAIN(TestConversationExport)
#include "tst_conversationexport.moc"
