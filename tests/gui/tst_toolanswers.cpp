// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Answering tool calls in the window (issue 7): the answer called two tools, the panel above the
// composer shows each call with its arguments (invalid JSON flagged), refuses to send until every
// call has a result, sends the results in the calls' order and the conversation goes on; the
// optional local command proposes a result that is only sent when the user says so. Requests are
// validated against the OpenAPI spec.
#include <QLabel>
#include <QPushButton>

#include "MainWindowFixture.h"
#include "core/chat/ToolCalls.h"
#include "gui/panel/ParameterPanel.h"
#include "gui/tools/ToolAnswerPanel.h"
#include "support/SpecCheck.h"

using namespace WindowTest;
using namespace Qt::StringLiterals;

namespace {
QByteArray chunkWith(const QJsonObject &delta, const QJsonValue &finish = QJsonValue())
{
    const QJsonObject chunk{ { u"id"_s, u"chatcmpl-t"_s },
        { u"object"_s, u"chat.completion.chunk"_s }, { u"created"_s, 1700000000 },
        { u"model"_s, u"gpt-4o-mini"_s },
        { u"choices"_s,
            QJsonArray{ QJsonObject{
                { u"index"_s, 0 }, { u"delta"_s, delta }, { u"finish_reason"_s, finish } } } } };
    return QJsonDocument(chunk).toJson(QJsonDocument::Compact);
}

QJsonObject callDelta(int index, const QString &id, const QString &name, const QString &arguments)
{
    QJsonObject call{ { u"index"_s, index },
        { u"function"_s, QJsonObject{ { u"arguments"_s, arguments } } } };
    if (!id.isEmpty()) {
        call.insert(u"id"_s, id);
        call.insert(u"type"_s, u"function"_s);
        call.insert(
            u"function"_s, QJsonObject{ { u"name"_s, name }, { u"arguments"_s, arguments } });
    }
    return QJsonObject{ { u"tool_calls"_s, QJsonArray{ call } } };
}

//! get_weather with arguments in two pieces, then get_time whose arguments are broken JSON.
FakeResponse twoCalls()
{
    return FakeResponse::sse({
        chunkWith(callDelta(0, u"call_a"_s, u"get_weather"_s, u"{\"city\":"_s)),
        chunkWith(callDelta(0, {}, {}, u"\"東京\"}"_s)),
        chunkWith(callDelta(1, u"call_b"_s, u"get_time"_s, u"{\"zone\": Asia/Tokyo"_s)),
        chunkWith(QJsonObject{}, u"tool_calls"_s),
        QByteArrayLiteral("[DONE]"),
    });
}

Conversation::Settings withTools()
{
    Conversation::Settings s;
    s.profile = u"Fake"_s;
    s.model = u"gpt-4o-mini"_s;
    QJsonArray tools;
    for (const QString &name : { u"get_weather"_s, u"get_time"_s }) {
        tools.append(QJsonObject{ { u"type"_s, u"function"_s },
            { u"function"_s,
                QJsonObject{ { u"name"_s, name },
                    { u"parameters"_s, QJsonObject{ { u"type"_s, u"object"_s } } } } } });
    }
    s.parameters.insert(u"tools"_s, tools);
    s.parameters.insert(u"parallel_tool_calls"_s, true);
    return s;
}

//! Types into a result field as an IME commits text.
void typeInto(QWidget *edit, const QString &text)
{
    edit->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(edit, &commit);
}

//! Asks the question and waits for the panel with the two calls.
bool askAndWaitForCalls(Fixture &f)
{
    if (!f.opened || !QTest::qWaitForWindowExposed(f.window.get()))
        return false;
    f.page()->panel()->setSettings(withTools());
    f.server.enqueue("/chat/completions", twoCalls());
    f.typeAndSend(u"東京の天気と時刻は？"_s);
    ToolAnswerPanel *panel = f.page()->toolAnswers();
    return QTest::qWaitFor([&] { return panel->isVisible() && panel->callCount() == 2; }, 5000);
}
} // namespace

class TestToolAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answeringTheCallsGoesOn();
    void localCommandProposesAnAnswer();
};

void TestToolAnswers::answeringTheCallsGoesOn()
{
    Fixture f;
    QVERIFY(askAndWaitForCalls(f));
    ToolAnswerPanel *panel = f.page()->toolAnswers();
    QCOMPARE(f.model()->rowCount(), 2);
    QVERIFY2(panel->argumentsLabel(0)->text().contains(u"{\"city\":\"東京\"}"_s),
        qPrintable(panel->argumentsLabel(0)->text()));
    QVERIFY(!panel->argumentsLabel(0)->text().contains(u"not valid JSON"_s));
    QVERIFY(panel->argumentsLabel(1)->text().contains(u"not valid JSON"_s));
    QVERIFY(panel->runButton(0)->isHidden()); // no local command unless the user sets one

    // Nothing is sent while a call has no result; the panel says which.
    typeInto(panel->answerEdit(1), u"15:00 JST"_s);
    QTest::mouseClick(panel->sendButton(), Qt::LeftButton);
    QVERIFY2(panel->problem().contains(u"get_weather (call_a)"_s), qPrintable(panel->problem()));
    QCOMPARE(chatRequests(f.server), 1);
    QVERIFY(panel->answerEdit(0)->hasFocus());

    // Broken JSON is pointed out (and would go as text); fixed, the note goes.
    typeInto(panel->answerEdit(0), u"{\"weather\": 晴れ"_s);
    QVERIFY(panel->rowNote(0).contains(u"not valid JSON"_s));
    panel->answerEdit(0)->setPlainText(u"{\"weather\": \"晴れ\", \"high\": 18}"_s);
    QVERIFY(panel->rowNote(0).isEmpty());

    f.server.enqueue("/chat/completions", answer({ u"東京は晴れ、"_s, u"最高18度です。"_s }));
    QTest::keyClick(panel->answerEdit(1), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(f.model()->rowCount(), 5, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(f.state(4), Conversation::State::Complete, 5000);
    QCOMPARE(f.text(4), u"東京は晴れ、最高18度です。"_s);
    QTRY_VERIFY(!panel->isVisible());

    const QJsonArray sent = lastChat(f.server).json().value(u"messages"_s).toArray();
    QCOMPARE(sent.size(), 4); // user, assistant with the calls, the two results in call order
    QCOMPARE(sent[1].toObject().value(u"tool_calls"_s).toArray().size(), 2);
    QCOMPARE(sent[2].toObject().value(u"role"_s).toString(), u"tool"_s);
    QCOMPARE(sent[2].toObject().value(u"tool_call_id"_s).toString(), u"call_a"_s);
    QCOMPARE(sent[2].toObject().value(u"content"_s).toString(),
        u"{\"weather\": \"晴れ\", \"high\": 18}"_s);
    QCOMPARE(sent[3].toObject().value(u"tool_call_id"_s).toString(), u"call_b"_s);
    QCOMPARE(sent[3].toObject().value(u"content"_s).toString(), u"15:00 JST"_s);
    QCOMPARE(lastChat(f.server).json().value(u"parallel_tool_calls"_s), QJsonValue(true));

    QList<SpecCheck::Row> rows;
    for (const RecordedRequest &request : f.server.requests())
        if (request.path.endsWith("/chat/completions"))
            rows.append({ u"chat request"_s, request.json() });
    QJsonObject broken = lastChat(f.server).json();
    QJsonArray messages = sent;
    QJsonObject tool = messages[2].toObject();
    tool.remove(u"tool_call_id"_s);
    messages[2] = tool;
    broken.insert(u"messages"_s, messages);
    rows.append({ u"tool result without its call id"_s, broken, false });
    const QString problems = SpecCheck::validate(rows);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestToolAnswers::localCommandProposesAnAnswer()
{
    Fixture f;
    f.context->ui().setToolCommand(true, u"/bin/sh -c \"printf 'sunny in %s' $KAIWA_TOOL_NAME\""_s);
    QVERIFY(askAndWaitForCalls(f));
    ToolAnswerPanel *panel = f.page()->toolAnswers();
    QVERIFY(!panel->runButton(0)->isHidden());
    QTest::mouseClick(panel->runButton(0), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel->answerEdit(0)->toPlainText(), u"sunny in get_weather"_s, 5000);
    QVERIFY2(panel->rowNote(0).contains(u"check it"_s), qPrintable(panel->rowNote(0)));
    QCOMPARE(chatRequests(f.server), 1); // shown, not sent
    // A command that prints nothing says so rather than proposing an empty answer.
    f.context->ui().setToolCommand(true, u"/bin/true"_s);
    QTest::mouseClick(panel->runButton(1), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->rowNote(1).contains(u"printed nothing"_s), 5000);
    // Turned off in Settings, the Run buttons go at once.
    f.context->ui().setToolCommand(false, u"/bin/true"_s);
    QVERIFY(panel->runButton(0)->isHidden());

    // The user may change what the command said before sending.
    panel->answerEdit(0)->setPlainText(u"sunny, 18°C"_s);
    typeInto(panel->answerEdit(1), u"15:00"_s);
    f.server.enqueue("/chat/completions", answer({ u"晴れです。"_s }));
    QTest::mouseClick(panel->sendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(chatRequests(f.server), 2, 5000);
    const QJsonArray sent = lastChat(f.server).json().value(u"messages"_s).toArray();
    QCOMPARE(sent[2].toObject().value(u"content"_s).toString(), u"sunny, 18°C"_s);
}

QTEST_MAIN(TestToolAnswers)
#include "tst_toolanswers.moc"
