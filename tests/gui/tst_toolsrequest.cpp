// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tools set in the parameter panel reach the server as the API wants them (issue 7): the panel's
// settings go to a real ChatSession (SQLite store, loopback client, FakeOpenAiServer), and the
// request captured there carries tools, tool_choice and parallel_tool_calls exactly and passes
// the OpenAPI spec.
#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>

#include "../core/chat/SessionTestSupport.h"
#include "gui/panel/ParameterPanel.h"
#include "support/SpecCheck.h"

using namespace Qt::StringLiterals;
using namespace SessionTest;

namespace {
const QString kTools = uR"([
  {"type": "function", "function": {"name": "get_weather", "description": "Weather for a city",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"},
      "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}},
      "required": ["city", "unit"], "additionalProperties": false},
    "strict": true}},
  {"type": "function", "function": {"name": "search",
    "parameters": {"type": "object", "properties": {"q": {"type": "string"}}}}}
])"_s;
} // namespace

class TestToolsRequest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void panelToolsAreSent_data();
    void panelToolsAreSent();
    void unsetOnesAreNotSent();
};

void TestToolsRequest::panelToolsAreSent_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QJsonValue>("sent");
    QTest::addRow("auto") << u"auto"_s << QJsonValue(u"auto"_s);
    QTest::addRow("none") << u"none"_s << QJsonValue(u"none"_s);
    QTest::addRow("required") << u"required"_s << QJsonValue(u"required"_s);
    QTest::addRow("named") << u"call search"_s
                           << QJsonValue(QJsonObject{ { u"type"_s, u"function"_s },
                                  { u"function"_s, QJsonObject{ { u"name"_s, u"search"_s } } } });
}

void TestToolsRequest::panelToolsAreSent()
{
    QFETCH(QString, entry);
    QFETCH(QJsonValue, sent);
    ParameterPanel panel;
    panel.setSettings(settings());
    panel.findChild<QCheckBox *>(u"toolsToggle"_s)->click();
    auto *text = panel.findChild<QPlainTextEdit *>(u"toolsText"_s);
    text->insertPlainText(kTools);
    panel.findChild<QPushButton *>(u"toolsApply"_s)->click();
    panel.findChild<QCheckBox *>(u"toolChoiceToggle"_s)->click();
    auto *choice = panel.findChild<QComboBox *>(u"toolChoiceCombo"_s);
    choice->setCurrentIndex(choice->findText(entry));
    QCOMPARE(choice->currentText(), entry);
    panel.findChild<QCheckBox *>(u"parallelToolCallsToggle"_s)->click();
    panel.findChild<QComboBox *>(u"parallelToolCallsEditor"_s)->setCurrentIndex(1); // false

    Fixture f;
    QVERIFY(f.session.create(panel.settings()));
    f.server.enqueue(answer({ u"晴れです。"_s }));
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    QVERIFY(f.session.send(say(u"京都の天気は？"_s)));
    QVERIFY(finished.wait(5000));

    const QJsonObject body = f.server.lastRequest().json();
    QCOMPARE(body.value(u"tools"_s).toArray(), QJsonDocument::fromJson(kTools.toUtf8()).array());
    QCOMPARE(body.value(u"tool_choice"_s), sent);
    QCOMPARE(body.value(u"parallel_tool_calls"_s), QJsonValue(false));
    QCOMPARE(body.value(u"temperature"_s), QJsonValue(0.3)); // the rest of the settings too

    // And a tool the spec refuses, so a validator that passes everything fails here.
    QJsonObject broken = body;
    QJsonArray tools = broken.value(u"tools"_s).toArray();
    QJsonObject tool = tools.at(0).toObject();
    tool.insert(u"type"_s, u"web"_s);
    tools.replace(0, tool);
    broken.insert(u"tools"_s, tools);
    const QString report = SpecCheck::validate(
        { { u"tools from the panel"_s, body }, { u"a tool of type web"_s, broken, false } });
    QVERIFY2(report.isEmpty(), qPrintable(report));
}

void TestToolsRequest::unsetOnesAreNotSent()
{
    ParameterPanel panel;
    panel.setSettings(settings());
    panel.findChild<QCheckBox *>(u"toolsToggle"_s)->click();
    panel.findChild<QPlainTextEdit *>(u"toolsText"_s)->insertPlainText(kTools);
    panel.findChild<QPushButton *>(u"toolsApply"_s)->click();

    Fixture f;
    QVERIFY(f.session.create(panel.settings()));
    f.server.enqueue(answer({ u"はい。"_s }));
    QSignalSpy finished(&f.session, &ChatSession::answerFinished);
    QVERIFY(f.session.send(say(u"こんにちは"_s)));
    QVERIFY(finished.wait(5000));
    const QJsonObject body = f.server.lastRequest().json();
    QCOMPARE(body.value(u"tools"_s).toArray().size(), 2);
    QVERIFY(!body.contains(u"tool_choice"_s));
    QVERIFY(!body.contains(u"parallel_tool_calls"_s));

    // Tools switched off take tool_choice and parallel_tool_calls with them: none is sent.
    panel.findChild<QCheckBox *>(u"toolChoiceToggle"_s)->click();
    panel.findChild<QCheckBox *>(u"parallelToolCallsToggle"_s)->click();
    QVERIFY(panel.settings().parameters.contains(u"tool_choice"_s));
    QVERIFY(panel.settings().parameters.contains(u"parallel_tool_calls"_s));
    panel.findChild<QCheckBox *>(u"toolsToggle"_s)->click();
    f.session.setSettings(panel.settings());
    f.server.enqueue(answer({ u"はい。"_s }));
    QVERIFY(f.session.send(say(u"もう一度"_s)));
    QVERIFY(finished.wait(5000));
    const QJsonObject second = f.server.lastRequest().json();
    QVERIFY(!second.contains(u"tools"_s));
    QVERIFY(!second.contains(u"tool_choice"_s));
    QVERIFY(!second.contains(u"parallel_tool_calls"_s));
}

QTEST_MAIN(TestToolsRequest)
#include "tst_toolsrequest.moc"
