// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tools in the parameter panel (issue 7): the tools list typed as JSON and applied only when
// valid (with the reason and place shown otherwise, and the tools applied before kept), the
// function template, tool_choice with one entry per function, parallel_tool_calls, and both
// going when tools do. Set KAIWA_SCREENSHOT_DIR to save grabs of the tools section.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>

#include "DarkPalette.h"
#include "gui/panel/ParameterPanel.h"
#include "gui/panel/ToolsEditor.h"

using namespace Qt::StringLiterals;

namespace {
const QString kTwoTools = uR"([
  {"type": "function", "function": {"name": "get_weather",
    "description": "Weather for a city, e.g. \u0022京都\u0022",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"},
                   "unit": {"type": ["string", "null"], "enum": ["C, metric", "F", null]}},
                   "required": ["city", "unit"], "additionalProperties": false},
    "strict": true}},
  {"type": "function", "function": {"name": "search",
    "parameters": {"type": "object", "properties": {"q": {"type": "string"}}}}}
])"_s;

// Without a translator (the lead engineer translates at the end) the plural shows as written.
const QString kTwoToolsSummary = u"2 tool(s): get_weather, search"_s;

QJsonArray twoTools()
{
    return QJsonDocument::fromJson(kTwoTools.toUtf8()).array();
}

QJsonValue named(const QString &function)
{
    return QJsonObject{ { u"type"_s, u"function"_s },
        { u"function"_s, QJsonObject{ { u"name"_s, function } } } };
}
} // namespace

class TestToolsEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typedToolsApplyOnlyOnApply();
    void invalidToolsAreRefused_data();
    void invalidToolsAreRefused();
    void ctrlReturnApplies();
    void functionTemplate();
    void namedToolChoice();
    void lostFunctionUnsetsTheChoice();
    void clearingToolsClearsChoiceAndParallel();
    void loadedChoiceOfAMissingFunctionIsShown();
    void notesForStrictAndDroppedFields();
    void grabs_data();
    void grabs();

private:
    template <typename T>
    T *child(const QString &name) const
    {
        T *widget = m_panel->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }

    QJsonObject parameters() const { return m_panel->settings().parameters; }

    //! Replaces the text as a paste would, then presses Apply.
    void typeAndApply(const QString &text);
    void switchToolsOnWith(const QString &text);

    ParameterPanel *m_panel = nullptr;
};

void TestToolsEditor::init()
{
    m_panel = new ParameterPanel;
    m_panel->resize(300, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestToolsEditor::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
}

void TestToolsEditor::typeAndApply(const QString &text)
{
    auto *edit = child<QPlainTextEdit>(u"toolsText"_s);
    edit->selectAll();
    edit->insertPlainText(text);
    auto *apply = child<QPushButton>(u"toolsApply"_s);
    if (apply->isEnabled())
        QTest::mouseClick(apply, Qt::LeftButton);
}

void TestToolsEditor::switchToolsOnWith(const QString &text)
{
    child<QCheckBox>(u"toolsToggle"_s)->click();
    typeAndApply(text);
}

void TestToolsEditor::typedToolsApplyOnlyOnApply()
{
    auto *toggle = child<QCheckBox>(u"toolsToggle"_s);
    auto *problem = child<QLabel>(u"toolsProblem"_s);
    auto *apply = child<QPushButton>(u"toolsApply"_s);
    toggle->click();
    QVERIFY(problem->isVisible()); // switched on with nothing typed yet
    QVERIFY(!parameters().contains(u"tools"_s));

    auto *edit = child<QPlainTextEdit>(u"toolsText"_s);
    edit->setFocus();
    edit->insertPlainText(kTwoTools);
    QVERIFY(!parameters().contains(u"tools"_s)); // typed, not applied
    QVERIFY(child<QLabel>(u"toolsPending"_s)->isVisible());
    QVERIFY(apply->isEnabled());
    QSignalSpy changed(m_panel, &ParameterPanel::settingsChanged);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(parameters().value(u"tools"_s).toArray(), twoTools());
    QVERIFY(!problem->isVisible());
    QVERIFY(!child<QLabel>(u"toolsPending"_s)->isVisible());
    QVERIFY(!apply->isEnabled());
    QCOMPARE(child<QLabel>(u"toolsSummary"_s)->text(), kTwoToolsSummary);
    // The text now shows what is sent, and parses back to it.
    QCOMPARE(QJsonDocument::fromJson(edit->toPlainText().toUtf8()).array(), twoTools());
}

void TestToolsEditor::invalidToolsAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::addRow("broken JSON") << u"[{\"type\": \"function\",\n \"function\": {]"_s
                                 << u"Not valid JSON"_s;
    QTest::addRow("where JSON breaks")
        << u"[\n  {\"type\": \"function\" \"function\": {}}]"_s << u"line 2, column"_s;
    QTest::addRow("one tool, not a list")
        << u"{\"type\": \"function\", \"function\": {\"name\": \"a\"}}"_s << u"[ … ]"_s;
    QTest::addRow("empty list") << u"[]"_s << u"at least one tool"_s;
    QTest::addRow("no name") << u"[{\"type\": \"function\", \"function\": {\"name\": \"a\"}},"
                                " {\"type\": \"function\", \"function\": {}}]"_s
                             << u"tools[1].function.name"_s;
    QTest::addRow("unknown type") << u"[{\"type\": \"web\", \"function\": {\"name\": \"a\"}}]"_s
                                  << u"tools[0].type must be function or custom"_s;
    QTest::addRow("name with a space")
        << u"[{\"type\": \"function\", \"function\": {\"name\": \"get weather\"}}]"_s
        << u"tools[0].function.name must be 1–64"_s;
    QTest::addRow("parameters not an object")
        << u"[{\"type\": \"function\", \"function\": {\"name\": \"a\", \"parameters\": []}}]"_s
        << u"tools[0].function.parameters must be an object"_s;
    QTest::addRow("strict not a boolean")
        << u"[{\"type\": \"function\", \"function\": {\"name\": \"a\", \"strict\": \"yes\"}}]"_s
        << u"tools[0].function.strict must be true or false"_s;
    QTest::addRow("same name twice")
        << u"[{\"type\": \"function\", \"function\": {\"name\": \"a\"}},"
           " {\"type\": \"function\", \"function\": {\"name\": \"b\"}},"
           " {\"type\": \"function\", \"function\": {\"name\": \"a\"}}]"_s
        << u"tools[2].function.name: “a” is already the name of tools[0]"_s;
}

void TestToolsEditor::invalidToolsAreRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    switchToolsOnWith(kTwoTools);
    const QJsonObject before = parameters();
    QCOMPARE(before.value(u"tools"_s).toArray(), twoTools());
    QSignalSpy changed(m_panel, &ParameterPanel::settingsChanged);

    typeAndApply(text);
    auto *problem = child<QLabel>(u"toolsProblem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(reason), qPrintable(problem->text()));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(parameters(), before); // the tools applied before are still sent
    QCOMPARE(child<QLabel>(u"toolsSummary"_s)->text(), kTwoToolsSummary);
    QVERIFY(child<QLabel>(u"toolsPending"_s)->isVisible());
    QCOMPARE(child<QPlainTextEdit>(u"toolsText"_s)->toPlainText(), text); // the user's text stays
    if (reason.startsWith(u"Not valid JSON"_s) || reason.startsWith(u"line"_s)) {
        // The cursor is where the JSON breaks.
        auto *edit = child<QPlainTextEdit>(u"toolsText"_s);
        QVERIFY2(edit->textCursor().position() >= text.indexOf(u"function\": {"_s),
            qPrintable(QString::number(edit->textCursor().position())));
    }

    // The reason stays while the user edits, until a valid list is applied.
    child<QPlainTextEdit>(u"toolsText"_s)->insertPlainText(u" "_s);
    QVERIFY(problem->isVisible());
    typeAndApply(u"[{\"type\": \"function\", \"function\": {\"name\": \"only\"}}]"_s);
    QVERIFY(!problem->isVisible());
    QCOMPARE(ToolsEditor::functionNames(parameters().value(u"tools"_s)), QStringList{ u"only"_s });
}

void TestToolsEditor::ctrlReturnApplies()
{
    child<QCheckBox>(u"toolsToggle"_s)->click();
    auto *edit = child<QPlainTextEdit>(u"toolsText"_s);
    edit->setFocus();
    QTest::keyClicks(edit, u"[{\"type\": \"custom\", \"custom\": {\"name\": \"sql\"}}]"_s);
    QVERIFY(!parameters().contains(u"tools"_s));
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(parameters().value(u"tools"_s).toArray(),
        (QJsonArray{ QJsonObject{ { u"type"_s, u"custom"_s },
            { u"custom"_s, QJsonObject{ { u"name"_s, u"sql"_s } } } } }));
    QCOMPARE(child<QLabel>(u"toolsSummary"_s)->text(), u"1 tool(s): sql"_s);
}

void TestToolsEditor::functionTemplate()
{
    child<QCheckBox>(u"toolsToggle"_s)->click();
    auto *edit = child<QPlainTextEdit>(u"toolsText"_s);
    auto *add = child<QPushButton>(u"toolsAddFunction"_s);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(edit->textCursor().selectedText(), u"function_1"_s); // ready to be typed over
    QTest::keyClicks(edit, u"lookup"_s);
    QVERIFY(!parameters().contains(u"tools"_s));
    QTest::mouseClick(child<QPushButton>(u"toolsApply"_s), Qt::LeftButton);
    const QJsonArray tools = parameters().value(u"tools"_s).toArray();
    QCOMPARE(tools.size(), 1);
    const QJsonObject function = tools.at(0).toObject().value(u"function"_s).toObject();
    QCOMPARE(function.value(u"name"_s), QJsonValue(u"lookup"_s));
    QCOMPARE(function.value(u"strict"_s), QJsonValue(true));
    QVERIFY(!child<QLabel>(u"toolsNotes"_s)->isVisible()); // the template suits strict mode

    QTest::mouseClick(add, Qt::LeftButton); // added to the list, under a name not yet used
    QCOMPARE(edit->textCursor().selectedText(), u"function_2"_s);
    QTest::mouseClick(child<QPushButton>(u"toolsApply"_s), Qt::LeftButton);
    QCOMPARE(ToolsEditor::functionNames(parameters().value(u"tools"_s)),
        (QStringList{ u"lookup"_s, u"function_2"_s }));

    edit->selectAll();
    edit->insertPlainText(u"[{"_s);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(edit->toPlainText(), u"[{"_s); // not thrown away
    QVERIFY(child<QLabel>(u"toolsPending"_s)->text().contains(u"valid JSON list"_s));
}

void TestToolsEditor::namedToolChoice()
{
    auto *choiceToggle = child<QCheckBox>(u"toolChoiceToggle"_s);
    auto *parallelToggle = child<QCheckBox>(u"parallelToolCallsToggle"_s);
    QVERIFY(!choiceToggle->isEnabled()); // refused by the API without tools
    QVERIFY(!parallelToggle->isEnabled());
    switchToolsOnWith(kTwoTools);
    QVERIFY(choiceToggle->isEnabled());
    QVERIFY(parallelToggle->isEnabled());

    auto *combo = child<QComboBox>(u"toolChoiceCombo"_s);
    QStringList entries;
    for (int i = 0; i < combo->count(); ++i)
        entries.append(combo->itemText(i));
    QCOMPARE(entries,
        (QStringList{
            u"auto"_s, u"none"_s, u"required"_s, u"call get_weather"_s, u"call search"_s }));
    choiceToggle->click();
    QCOMPARE(parameters().value(u"tool_choice"_s), QJsonValue(u"auto"_s));
    combo->setCurrentIndex(combo->findText(u"call search"_s));
    QCOMPARE(parameters().value(u"tool_choice"_s), named(u"search"_s));
    combo->setCurrentIndex(combo->findText(u"required"_s));
    QCOMPARE(parameters().value(u"tool_choice"_s), QJsonValue(u"required"_s));

    parallelToggle->click();
    auto *parallel = child<QComboBox>(u"parallelToolCallsEditor"_s);
    QCOMPARE(parameters().value(u"parallel_tool_calls"_s), QJsonValue(true));
    parallel->setCurrentIndex(1);
    QCOMPARE(parameters().value(u"parallel_tool_calls"_s), QJsonValue(false));
    parallelToggle->click();
    QVERIFY(!parameters().contains(u"parallel_tool_calls"_s)); // unset: not sent at all
}

void TestToolsEditor::lostFunctionUnsetsTheChoice()
{
    switchToolsOnWith(kTwoTools);
    child<QCheckBox>(u"toolChoiceToggle"_s)->click();
    auto *combo = child<QComboBox>(u"toolChoiceCombo"_s);
    combo->setCurrentIndex(combo->findText(u"call search"_s));
    QCOMPARE(parameters().value(u"tool_choice"_s), named(u"search"_s));

    // search renamed to lookup: the choice would be refused, so it goes, and the panel says so.
    QString renamed = kTwoTools;
    renamed.replace(u"\"search\""_s, u"\"lookup\""_s);
    typeAndApply(renamed);
    QCOMPARE(ToolsEditor::functionNames(parameters().value(u"tools"_s)),
        (QStringList{ u"get_weather"_s, u"lookup"_s }));
    QVERIFY(!parameters().contains(u"tool_choice"_s));
    QVERIFY(!child<QCheckBox>(u"toolChoiceToggle"_s)->isChecked());
    auto *note = child<QLabel>(u"toolChoiceNote"_s);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"search"_s), qPrintable(note->text()));
    QVERIFY(combo->findText(u"call lookup"_s) >= 0);
    QCOMPARE(combo->findText(u"call search"_s), -1);

    // A choice that still names one of the tools is kept.
    child<QCheckBox>(u"toolChoiceToggle"_s)->click();
    QVERIFY(!note->isVisible());
    combo->setCurrentIndex(combo->findText(u"call get_weather"_s));
    typeAndApply(kTwoTools);
    QCOMPARE(parameters().value(u"tool_choice"_s), named(u"get_weather"_s));
}

void TestToolsEditor::clearingToolsClearsChoiceAndParallel()
{
    switchToolsOnWith(kTwoTools);
    child<QCheckBox>(u"toolChoiceToggle"_s)->click();
    auto *combo = child<QComboBox>(u"toolChoiceCombo"_s);
    combo->setCurrentIndex(combo->findText(u"call get_weather"_s));
    child<QCheckBox>(u"parallelToolCallsToggle"_s)->click();
    QCOMPARE(parameters().size(), 3);

    QSignalSpy changed(m_panel, &ParameterPanel::settingsChanged);
    child<QCheckBox>(u"toolsToggle"_s)->click();
    QVERIFY(parameters().isEmpty());
    QVERIFY(!changed.isEmpty());
    for (const QString &name : { u"toolChoiceToggle"_s, u"parallelToolCallsToggle"_s }) {
        QVERIFY(!child<QCheckBox>(name)->isChecked());
        QVERIFY(!child<QCheckBox>(name)->isEnabled());
    }
    QVERIFY(!child<QLabel>(u"toolsSummary"_s)->isVisible());
    // The text is kept: switching tools on again sends it again (the choice stays unset).
    child<QCheckBox>(u"toolsToggle"_s)->click();
    QCOMPARE(parameters().value(u"tools"_s).toArray(), twoTools());
    QVERIFY(!parameters().contains(u"tool_choice"_s));

    // Another conversation without tools shows none.
    m_panel->setSettings({});
    QVERIFY(child<QPlainTextEdit>(u"toolsText"_s)->toPlainText().isEmpty());
}

void TestToolsEditor::loadedChoiceOfAMissingFunctionIsShown()
{
    Conversation::Settings settings;
    settings.parameters = QJsonObject{ { u"tools"_s, twoTools() },
        { u"tool_choice"_s, named(u"translate"_s) }, { u"parallel_tool_calls"_s, false } };
    QSignalSpy changed(m_panel, &ParameterPanel::settingsChanged);
    m_panel->setSettings(settings);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_panel->settings(), settings);
    auto *combo = child<QComboBox>(u"toolChoiceCombo"_s);
    QVERIFY2(combo->currentText().contains(u"translate"_s), qPrintable(combo->currentText()));
    QVERIFY(child<QLabel>(u"toolChoiceNote"_s)->isVisible());
    QVERIFY(child<QLabel>(u"toolChoiceNote"_s)->text().contains(u"refuse"_s));
    QCOMPARE(child<QComboBox>(u"parallelToolCallsEditor"_s)->currentText(), u"false"_s);
    QCOMPARE(child<QLabel>(u"toolsSummary"_s)->text(), kTwoToolsSummary);

    // A named function among the tools is shown as its entry.
    settings.parameters.insert(u"tool_choice"_s, named(u"search"_s));
    m_panel->setSettings(settings);
    QCOMPARE(combo->currentText(), u"call search"_s);
    QVERIFY(!child<QLabel>(u"toolChoiceNote"_s)->isVisible());
    QVERIFY(!child<QLabel>(u"otherParameters"_s)->isVisible()); // all three edited here
}

void TestToolsEditor::notesForStrictAndDroppedFields()
{
    // strict: true with parameters strict mode refuses (no additionalProperties: false, a
    // property not required) is applied, with the problem named; `examples` is not a tool field.
    switchToolsOnWith(uR"([{"type": "function", "function": {"name": "f", "strict": true,
        "examples": [1],
        "parameters": {"type": "object", "properties": {"x": {"type": "string"}}}}}])"_s);
    const QJsonObject function =
        parameters().value(u"tools"_s).toArray().at(0).toObject().value(u"function"_s).toObject();
    QCOMPARE(function.value(u"name"_s), QJsonValue(u"f"_s));
    QVERIFY(!function.contains(u"examples"_s));
    auto *notes = child<QLabel>(u"toolsNotes"_s);
    QVERIFY(notes->isVisible());
    QVERIFY2(notes->text().contains(u"tools[0].function.examples"_s), qPrintable(notes->text()));
    QVERIFY2(notes->text().contains(u"strict mode may refuse tools[0].function.parameters"_s),
        qPrintable(notes->text()));

    typeAndApply(kTwoTools); // get_weather is strict and fit for it
    QVERIFY(!notes->isVisible());
}

void TestToolsEditor::grabs_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addRow("light") << false;
    QTest::addRow("dark") << true;
}

void TestToolsEditor::grabs()
{
    QFETCH(bool, dark);
    const QPalette original = QApplication::palette();
    const auto restore = qScopeGuard([&] { QApplication::setPalette(original); });
    if (dark)
        QApplication::setPalette(TestPalette::dark());
    switchToolsOnWith(kTwoTools);
    child<QCheckBox>(u"toolChoiceToggle"_s)->click();
    auto *combo = child<QComboBox>(u"toolChoiceCombo"_s);
    combo->setCurrentIndex(combo->findText(u"call get_weather"_s));
    auto *text = child<QPlainTextEdit>(u"toolsText"_s);
    auto *scroll = child<QScrollArea>(u"parameterScroll"_s);
    QWidget *form = child<QWidget>(u"parameterForm"_s);
    const QString dir = qEnvironmentVariable("KAIWA_SCREENSHOT_DIR");
    const auto save = [&](const QString &name) {
        QApplication::processEvents();
        QVERIFY(form->minimumSizeHint().width() <= scroll->viewport()->width());
        if (dir.isEmpty())
            return;
        QVERIFY(form->grab().save(
            QDir(dir).filePath(name + (dark ? u"-dark.png"_s : u"-light.png"_s))));
    };
    save(u"tools"_s);
    typeAndApply(text->toPlainText().replace(u"\"name\": \"search\""_s, u"\"nme\": \"search\""_s));
    QVERIFY(child<QLabel>(u"toolsProblem"_s)->isVisible());
    save(u"tools-error"_s);
}

QTEST_MAIN(TestToolsEditor)
#include "tst_toolseditor.moc"
