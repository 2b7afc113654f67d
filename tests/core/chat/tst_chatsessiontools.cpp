// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Answering tool calls through ChatSession over loopback (issue 7): the calls streamed in pieces,
// the user's answers stored as `tool` messages in the calls' order, the conversation going on
// with them, wrong answers refused with nothing stored, and a message written instead of an
// answer leaving the unanswered calls out (the API refuses them). Requests validated against
// the OpenAPI spec.
#include "SessionTestSupport.h"
#include "support/SpecCheck.h"

using namespace SessionTest;
using namespace Qt::StringLiterals;

namespace {
QByteArray toolDelta(const QByteArray &call)
{
    return chunk(R"([{"index":0,"delta":{"tool_calls":[)" + call + R"(]},"finish_reason":null}])");
}

//! A piece of a call's arguments (JSON text inside a JSON string, so built, not written).
QByteArray argumentsDelta(int index, const QString &piece)
{
    const QJsonObject call{ { QStringLiteral("index"), index },
        { QStringLiteral("function"), QJsonObject{ { QStringLiteral("arguments"), piece } } } };
    return toolDelta(QJsonDocument(call).toJson(QJsonDocument::Compact));
}

//! Two calls, each announced then its arguments in two pieces, ending with "tool_calls".
FakeResponse twoCalls()
{
    QList<QByteArray> payloads{
        chunk(R"([{"index":0,"delta":{"role":"assistant","content":null},"finish_reason":null}])"),
        toolDelta(
            R"({"index":0,"id":"call_a","type":"function","function":{"name":"get_weather","arguments":""}})"),
        argumentsDelta(0, QStringLiteral("{\"city\":")),
        argumentsDelta(0, QStringLiteral("\"東京\"}")),
        toolDelta(
            R"({"index":1,"id":"call_b","type":"function","function":{"name":"get_time","arguments":""}})"),
        argumentsDelta(1, QStringLiteral("{\"zone\":\"Asia/Tokyo\"}")),
        finishChunk("tool_calls"),
        usageChunk(),
        QByteArrayLiteral("[DONE]"),
    };
    return FakeResponse::sse(payloads);
}

Conversation::Settings toolSettings()
{
    Conversation::Settings s = settings();
    const auto tool = [](const QString &name) {
        return QJsonObject{ { QStringLiteral("type"), QStringLiteral("function") },
            { QStringLiteral("function"),
                QJsonObject{ { QStringLiteral("name"), name },
                    { QStringLiteral("parameters"),
                        QJsonObject{ { QStringLiteral("type"), QStringLiteral("object") } } } } } };
    };
    s.parameters.insert(
        QStringLiteral("tools"), QJsonArray{ tool(u"get_weather"_s), tool(u"get_time"_s) });
    s.parameters.insert(QStringLiteral("tool_choice"), QStringLiteral("auto"));
    return s;
}

QString check(const QList<RecordedRequest> &requests)
{
    QList<SpecCheck::Row> rows;
    for (qsizetype i = 0; i < requests.size(); ++i)
        rows.append({ QStringLiteral("request #%1").arg(i + 1), requests.at(i).json() });
    // A tool message without the call it answers must be refused, or the validator checks nothing.
    QJsonObject broken = requests.constLast().json();
    QJsonArray messages = broken.value(QStringLiteral("messages")).toArray();
    messages.append(QJsonObject{ { QStringLiteral("role"), QStringLiteral("tool") },
        { QStringLiteral("content"), QStringLiteral("x") } });
    broken.insert(QStringLiteral("messages"), messages);
    rows.append({ QStringLiteral("tool message without tool_call_id"), broken, false });
    return SpecCheck::validate(rows);
}

//! Sends a question and waits for the two calls.
bool askForCalls(Fixture &f)
{
    if (!f.session.create(toolSettings()))
        return false;
    f.server.enqueue(twoCalls());
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    if (!f.session.send(say(QStringLiteral("東京の天気と時刻は？"))))
        return false;
    return finished.wait(5000);
}
} // namespace

class TestChatSessionTools : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersGoInCallOrder();
    void wrongAnswersRefused();
    void writingOnLeavesUnansweredCallsOut();
};

void TestChatSessionTools::answersGoInCallOrder()
{
    Fixture f;
    QVERIFY(askForCalls(f));
    QCOMPARE(f.model.rowCount(), 2);
    const QList<Conversation::ToolCall> calls = ToolCalls::awaiting(f.model.activePath());
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls[0].name, u"get_weather"_s);
    QCOMPARE(calls[0].arguments, QString::fromUtf8(R"({"city":"東京"})"));
    QCOMPARE(calls[1].id, u"call_b"_s);

    // Answered in the other order: they are stored and sent in the calls' order.
    f.server.enqueue(answer({ QStringLiteral("東京は晴れ、"), QStringLiteral("15時です。") }));
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    const QList<ToolCalls::Answer> answers{ { u"call_b"_s, u"15:00"_s },
        { u"call_a"_s, QString::fromUtf8(R"({"weather":"晴れ"})") } };
    const auto answered = f.session.answerToolCalls(f.id(1), answers);
    QVERIFY2(answered, answered ? "" : qPrintable(answered.error().message));
    QVERIFY(finished.wait(5000));
    QCOMPARE(f.model.rowCount(), 5);
    QCOMPARE(f.data(2, MessageModel::ToolCallIdRole).toString(), u"call_a"_s);
    QCOMPARE(f.data(3, MessageModel::ToolCallIdRole).toString(), u"call_b"_s);
    QCOMPARE(f.text(4), u"東京は晴れ、15時です。"_s);
    QVERIFY(ToolCalls::awaiting(f.model.activePath()).isEmpty());

    const QJsonArray sent = sentMessages(f.server.lastRequest());
    QCOMPARE(sent.size(), 5); // system, user, assistant with the calls, two tool messages
    const QJsonObject assistant = sent[2].toObject();
    QCOMPARE(assistant.value(u"role"_s).toString(), u"assistant"_s);
    const QJsonArray sentCalls = assistant.value(u"tool_calls"_s).toArray();
    QCOMPARE(sentCalls.size(), 2);
    QCOMPARE(sentCalls[0].toObject().value(u"function"_s).toObject().value(u"arguments"_s),
        QJsonValue(QString::fromUtf8(R"({"city":"東京"})")));
    QCOMPARE(sent[3].toObject().value(u"tool_call_id"_s).toString(), u"call_a"_s);
    QCOMPARE(sent[3].toObject().value(u"content"_s).toString(),
        QString::fromUtf8(R"({"weather":"晴れ"})"));
    QCOMPARE(sent[4].toObject().value(u"tool_call_id"_s).toString(), u"call_b"_s);
    QCOMPARE(sent[4].toObject().value(u"content"_s).toString(), u"15:00"_s);
    const QString problems = check(f.server.requests());
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    // Reopened from the database, the answers are there in the same order.
    ConversationStore reopened;
    QVERIFY(reopened.open(f.dbPath()));
    MessageModel model;
    ChatSession session(reopened, model);
    QVERIFY(session.open(f.session.conversationId()));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.data(model.index(2), MessageModel::ToolCallIdRole).toString(), u"call_a"_s);
    QCOMPARE(model.data(model.index(3), MessageModel::TextRole).toString(), u"15:00"_s);
}

void TestChatSessionTools::wrongAnswersRefused()
{
    Fixture f;
    QVERIFY(askForCalls(f));
    const qint64 assistant = f.id(1);
    const QList<QList<ToolCalls::Answer>> wrong{
        { { u"call_a"_s, u"sunny"_s } }, // call_b unanswered
        { { u"call_a"_s, u"1"_s }, { u"call_b"_s, u"2"_s }, { u"call_z"_s, u"3"_s } },
        { { u"call_a"_s, u"1"_s }, { u"call_a"_s, u"2"_s }, { u"call_b"_s, u"3"_s } },
    };
    const QStringList reasons{ u"call_b (get_time) has no answer"_s, u"no call call_z"_s,
        u"call_a is answered twice"_s };
    for (qsizetype i = 0; i < wrong.size(); ++i) {
        const auto result = f.session.answerToolCalls(assistant, wrong.at(i));
        QVERIFY(!result);
        QVERIFY2(
            result.error().message.contains(reasons.at(i)), qPrintable(result.error().message));
    }
    // Only the last answer's calls can be answered, and not the user's message.
    QVERIFY(!f.session.answerToolCalls(f.id(0), { { u"call_a"_s, u"1"_s } }));
    QCOMPARE(f.model.rowCount(), 2);
    QCOMPARE(f.server.requests().size(), 1);
    QCOMPARE(f.model.activePath().size(), 2);
}

void TestChatSessionTools::writingOnLeavesUnansweredCallsOut()
{
    Fixture f;
    QVERIFY(askForCalls(f));
    f.server.enqueue(answer({ QStringLiteral("わかりました。") }));
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    QVERIFY(f.session.send(say(QStringLiteral("やっぱり天気はいいです。"))));
    QVERIFY(finished.wait(5000));
    QCOMPARE(f.text(3), u"わかりました。"_s);
    // The call-only turn had nothing else to say: it is left out, and no call goes unanswered.
    const QStringList turns = sentTurns(f.server.lastRequest());
    QCOMPARE(turns,
        QStringList({ u"system: あなたは親切なアシスタントです。"_s,
            u"user: 東京の天気と時刻は？"_s, u"user: やっぱり天気はいいです。"_s }));
    const QString problems = check(f.server.requests());
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_GUILESS_MAIN(TestChatSessionTools)
#include "tst_chatsessiontools.moc"
