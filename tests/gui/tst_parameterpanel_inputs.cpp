// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ParameterPanel input checks: invalid input is shown and not applied (seed, schema, metadata
// limits), top_logprobs only with logprobs, stop escapes; and the layout in a 300 px side panel
// (set KAIWA_SCREENSHOT_DIR to also save light and dark grabs there).
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTest>

#include "DarkPalette.h"
#include "gui/panel/ParameterPanel.h"
#include "gui/panel/StopEditor.h"

using namespace Qt::StringLiterals;

class TestParameterPanelInputs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void invalidSeedIsNotApplied();
    void schemaIsValidated();
    void metadataLimitsAreRefused();
    void topLogprobsNeedsLogprobs();
    void stopEscapes_data();
    void stopEscapes();
    void stopNeedsASequence();
    void everyControlIsNamed();
    void fitsANarrowPanel_data();
    void fitsANarrowPanel();

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

    void setCell(int row, int column, const QString &text);

    ParameterPanel *m_panel = nullptr;
};

void TestParameterPanelInputs::init()
{
    m_panel = new ParameterPanel;
    m_panel->resize(300, 800);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestParameterPanelInputs::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
}

void TestParameterPanelInputs::setCell(int row, int column, const QString &text)
{
    auto *table = child<QTableWidget>(u"metadataTable"_s);
    table->item(row, column)->setText(text); // what the cell editor commits
}

void TestParameterPanelInputs::invalidSeedIsNotApplied()
{
    auto *problem = child<QLabel>(u"seedProblem"_s);
    auto *edit = child<QLineEdit>(u"seedEditor"_s);
    child<QCheckBox>(u"seedToggle"_s)->click();
    QVERIFY(problem->isVisible()); // switched on with nothing typed yet
    QVERIFY(!parameters().contains(u"seed"_s));
    edit->setFocus();
    QTest::keyClicks(edit, u"12a"_s);
    QVERIFY(problem->isVisible());
    QVERIFY(!problem->text().isEmpty());
    QCOMPARE(parameters().value(u"seed"_s), QJsonValue(12)); // the last valid input
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(!problem->isVisible());
    QCOMPARE(parameters().value(u"seed"_s), QJsonValue(1));
    edit->clear();
    QTest::keyClicks(edit, u"-9223372036854775807"_s); // 64-bit, beyond a double's precision
    QCOMPARE(parameters().value(u"seed"_s).toInteger(), Q_INT64_C(-9223372036854775807));
    // Switching it off hides the problem and unsets it.
    QTest::keyClicks(edit, u"x"_s);
    QVERIFY(problem->isVisible());
    child<QCheckBox>(u"seedToggle"_s)->click();
    QVERIFY(!problem->isVisible());
    QVERIFY(!parameters().contains(u"seed"_s));
}

void TestParameterPanelInputs::schemaIsValidated()
{
    child<QCheckBox>(u"responseFormatToggle"_s)->click();
    QCOMPARE(parameters().value(u"response_format"_s),
        QJsonValue(QJsonObject{ { u"type"_s, u"text"_s } }));
    auto *type = child<QComboBox>(u"responseFormatType"_s);
    auto *name = child<QLineEdit>(u"responseFormatName"_s);
    auto *schema = child<QPlainTextEdit>(u"responseFormatSchema"_s);
    auto *problem = child<QLabel>(u"responseFormatProblem"_s);
    QVERIFY(!name->isVisible());
    type->setCurrentIndex(type->findData(u"json_schema"_s));
    QVERIFY(name->isVisible());
    QVERIFY(problem->isVisible()); // no name yet
    QCOMPARE(parameters().value(u"response_format"_s).toObject().value(u"type"_s),
        QJsonValue(u"text"_s));

    name->setFocus();
    QTest::keyClicks(name, u"weather report"_s); // a space is not allowed
    QVERIFY(problem->isVisible());
    name->clear();
    QTest::keyClicks(name, u"weather_report"_s);
    QVERIFY(!problem->isVisible());
    schema->setFocus();
    QTest::keyClicks(schema, u"{\"type\": \"object\","_s);
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"JSON"_s));
    const QJsonObject before = parameters().value(u"response_format"_s).toObject();
    QVERIFY(!before.value(u"json_schema"_s).toObject().contains(u"schema"_s));
    QTest::keyClicks(schema, u" \"properties\": {}}"_s);
    QVERIFY(!problem->isVisible());
    child<QCheckBox>(u"responseFormatStrict"_s)->click();
    const QJsonObject expected{ { u"type"_s, u"json_schema"_s },
        { u"json_schema"_s,
            QJsonObject{ { u"name"_s, u"weather_report"_s },
                { u"schema"_s,
                    QJsonObject{ { u"type"_s, u"object"_s }, { u"properties"_s, QJsonObject() } } },
                { u"strict"_s, true } } } };
    QCOMPARE(parameters().value(u"response_format"_s).toObject(), expected);
    schema->selectAll();
    QTest::keyClicks(schema, u"[1, 2]"_s);
    QVERIFY(problem->isVisible());
    QCOMPARE(parameters().value(u"response_format"_s).toObject(), expected);
}

void TestParameterPanelInputs::metadataLimitsAreRefused()
{
    auto *table = child<QTableWidget>(u"metadataTable"_s);
    auto *add = child<QPushButton>(u"metadataAdd"_s);
    auto *problem = child<QLabel>(u"metadataProblem"_s);
    QSignalSpy changed(m_panel, &ParameterPanel::settingsChanged);

    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(m_panel->settings().metadata.isEmpty()); // an empty row is not a pair yet
    setCell(0, 0, QString(65, u'k'));
    setCell(0, 1, u"v"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"64"_s), qPrintable(problem->text()));
    QVERIFY(m_panel->settings().metadata.isEmpty());
    setCell(0, 0, QString(64, u'k'));
    QVERIFY(!problem->isVisible());
    QCOMPARE(m_panel->settings().metadata, QJsonObject({ { QString(64, u'k'), u"v"_s } }));
    setCell(0, 1, QString(513, u'v'));
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"512"_s));
    QCOMPARE(m_panel->settings().metadata.value(QString(64, u'k')), QJsonValue(u"v"_s));
    setCell(0, 1, u"ok"_s);
    QVERIFY(!problem->isVisible());

    for (int i = 1; i < 16; ++i) {
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        setCell(i, 0, u"key%1"_s.arg(i));
        setCell(i, 1, u"value"_s);
    }
    QCOMPARE(m_panel->settings().metadata.size(), 16);
    QVERIFY(!add->isEnabled()); // the 17th pair cannot be added
    QVERIFY(!add->toolTip().isEmpty());
    QVERIFY(child<QLabel>(u"metadataCount"_s)->text().contains(u"16"_s));

    // A repeated key is refused too.
    setCell(2, 0, u"key1"_s);
    QVERIFY(problem->isVisible());
    QCOMPARE(m_panel->settings().metadata.value(u"key2"_s), QJsonValue(u"value"_s));
    table->setCurrentCell(2, 0);
    QTest::mouseClick(child<QPushButton>(u"metadataRemove"_s), Qt::LeftButton);
    QVERIFY(!problem->isVisible());
    QCOMPARE(m_panel->settings().metadata.size(), 15);
    QVERIFY(add->isEnabled());
    QVERIFY(changed.count() > 0);
}

void TestParameterPanelInputs::topLogprobsNeedsLogprobs()
{
    auto *top = child<QCheckBox>(u"topLogprobsToggle"_s);
    QVERIFY(!top->isEnabled());
    child<QCheckBox>(u"logprobsToggle"_s)->click();
    QCOMPARE(parameters().value(u"logprobs"_s), QJsonValue(true));
    QVERIFY(top->isEnabled());
    top->click();
    child<QSpinBox>(u"topLogprobsEditor"_s)->setValue(25); // capped at 20 by the spec
    QCOMPARE(parameters().value(u"top_logprobs"_s), QJsonValue(20));
    child<QComboBox>(u"logprobsEditor"_s)->setCurrentIndex(1); // false
    QCOMPARE(parameters().value(u"logprobs"_s), QJsonValue(false));
    QVERIFY(!parameters().contains(u"top_logprobs"_s));
    QVERIFY(!top->isChecked());
    QVERIFY(!top->isEnabled());
}

void TestParameterPanelInputs::stopEscapes_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("sent");
    QTest::addRow("plain") << u"END"_s << u"END"_s;
    QTest::addRow("blank line") << u"\\n\\n"_s << u"\n\n"_s;
    QTest::addRow("tab, CR") << u"a\\tb\\r"_s << u"a\tb\r"_s;
    QTest::addRow("backslash") << u"C:\\\\dir"_s << u"C:\\dir"_s;
    QTest::addRow("unknown escape kept") << u"\\x"_s << u"\\x"_s;
    QTest::addRow("trailing backslash") << u"end\\"_s << u"end\\"_s;
    QTest::addRow("Japanese") << u"。\\n"_s << u"。\n"_s;
}

void TestParameterPanelInputs::stopEscapes()
{
    QFETCH(QString, typed);
    QFETCH(QString, sent);
    QCOMPARE(StopEditor::unescape(typed), sent);
    if (!typed.endsWith(u"\\x"_s) && !typed.endsWith(u'\\'))
        QCOMPARE(StopEditor::escape(sent), typed);
    // A loaded sequence shows escaped and reads back unchanged.
    Conversation::Settings settings;
    settings.parameters.insert(u"stop"_s, QJsonArray{ sent });
    m_panel->setSettings(settings);
    QCOMPARE(child<QLineEdit>(u"stopSequence1"_s)->text(), StopEditor::escape(sent));
}

void TestParameterPanelInputs::stopNeedsASequence()
{
    child<QCheckBox>(u"stopToggle"_s)->click();
    QVERIFY(child<QLabel>(u"stopProblem"_s)->isVisible());
    QVERIFY(!parameters().contains(u"stop"_s));
    auto *second = child<QLineEdit>(u"stopSequence2"_s);
    second->setFocus();
    QTest::keyClicks(second, u"###"_s);
    QVERIFY(!child<QLabel>(u"stopProblem"_s)->isVisible());
    QCOMPARE(parameters().value(u"stop"_s), QJsonValue(QJsonArray{ u"###"_s }));
}

void TestParameterPanelInputs::everyControlIsNamed()
{
    const auto widgets = m_panel->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QPlainTextEdit *>(w)
            || qobject_cast<QTableWidget *>(w) || qobject_cast<QLineEdit *>(w);
        // Parts Qt builds inside a control (a combo's line edit, a table's corner button).
        QWidget *parent = w->parentWidget();
        const bool innerPart = parent->inherits("QAbstractItemView")
            || parent->inherits("QLineEdit") || parent->inherits("QComboBox")
            || parent->inherits("QAbstractSpinBox") || parent->inherits("QScrollBar")
            || parent->inherits("QHeaderView");
        if (!interactive || innerPart || w->inherits("QScrollBar"))
            continue;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(w->objectName()));
    }
}

void TestParameterPanelInputs::fitsANarrowPanel_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addRow("light") << false;
    QTest::addRow("dark") << true;
}

void TestParameterPanelInputs::fitsANarrowPanel()
{
    QFETCH(bool, dark);
    const QPalette original = QApplication::palette();
    if (dark) {
        QApplication::setPalette(TestPalette::dark());
    }
    Conversation::Settings settings;
    settings.profile = u"openai"_s;
    settings.model = u"gpt-4.1-mini"_s;
    settings.systemPrompt = u"You are a concise assistant. Answer in Japanese."_s;
    settings.parameters = QJsonObject{ { u"temperature"_s, 0.7 },
        { u"max_completion_tokens"_s, 1024 }, { u"stop"_s, QJsonArray{ u"\n\n"_s } },
        { u"response_format"_s,
            QJsonObject{ { u"type"_s, u"json_schema"_s },
                { u"json_schema"_s,
                    QJsonObject{ { u"name"_s, u"answer"_s },
                        { u"schema"_s, QJsonObject{ { u"type"_s, u"object"_s } } } } } } },
        { u"tools"_s, QJsonArray() } };
    settings.store = true;
    settings.metadata = QJsonObject{ { u"topic"_s, u"京都"_s } };
    m_panel->setSettings(settings);
    child<QLineEdit>(u"seedEditor"_s)->setEnabled(true);
    child<QCheckBox>(u"seedToggle"_s)->click(); // an inline problem, to see it too
    QApplication::processEvents();

    auto *scroll = child<QScrollArea>(u"parameterScroll"_s);
    QWidget *content = scroll->widget();
    const auto restore = qScopeGuard([&] { QApplication::setPalette(original); });
    const QString dir = qEnvironmentVariable("KAIWA_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        // The whole content, as if the panel were tall enough not to scroll.
        content->resize(scroll->viewport()->width(), content->sizeHint().height());
        const QPixmap shot = content->grab();
        content->resize(scroll->viewport()->width(), content->height());
        QVERIFY(shot.save(QDir(dir).filePath(dark ? u"panel-dark.png"_s : u"panel-light.png"_s)));
    }
    QVERIFY(content->minimumSizeHint().width() <= scroll->viewport()->width());
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    for (QWidget *w : content->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->parentWidget() != content)
            continue;
        const int right = w->mapTo(content, QPoint(w->width(), 0)).x();
        QVERIFY2(right <= content->width(), qPrintable(w->objectName()));
    }
}

QTEST_MAIN(TestParameterPanelInputs)
#include "tst_parameterpanel_inputs.moc"
