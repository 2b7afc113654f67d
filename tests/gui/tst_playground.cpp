// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The completions playground against FakeOpenAiServer: the request it sends (checked against the
// OpenAPI spec), the streamed completion after the prompt, logprob colours and tooltips, several
// choices, insert mode, Stop, errors and the history.
#include <QCompleter>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTextCursor>
#include <QToolButton>
#include <QToolTip>

#include "DarkPalette.h"
#include "support/SpecCheck.h"
#include "tst_playground_support.h"

using namespace Qt::StringLiterals;
using PlaygroundTest::chunk;
using PlaygroundTest::Fixture;

class TestPlayground : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sendsOnlySetFieldsAndShowsTheCompletionAfterThePrompt();
    void logprobsColourTokensAndShowAlternatives();
    void severalChoicesAreSwitchable();
    void echoAndBestOfAreNotShownTwice();
    void ctrlEnterRuns();
    void suffixFollowsTheCompletion();
    void stopKeepsWhatArrived();
    void serverWithoutCompletionsShowsAnError();
    void invalidLogitBiasIsRefused();
    void historyIsRestoredAfterReopening();
    void mainWindowOpensOnePlayground();
    void screenshots();
};

void TestPlayground::sendsOnlySetFieldsAndShowsTheCompletionAfterThePrompt()
{
    Fixture f;
    f.server.enqueue("/completions",
        FakeResponse::sse(
            { chunk(0, u" upon"_s), chunk(0, u" a time"_s, {}, u"stop"_s), "[DONE]" }));
    auto *temperature = f.find<QDoubleSpinBox>("paramTemperature");
    QVERIFY(temperature);
    temperature->setValue(0.7);
    f.find<QSpinBox>("paramMaxTokens")->setValue(20);
    f.find<QLineEdit>("paramStop1")->setText(u"\\n"_s);
    f.find<QLineEdit>("paramLogitBias")->setText(u"{\"50256\": -100}"_s);
    f.find<QLineEdit>("paramSeed")->setText(u"7"_s);
    QVERIFY(f.run(u"Once"_s));

    const RecordedRequest request = f.server.lastRequest();
    QVERIFY(request.path.endsWith("/v1/completions"));
    const QJsonObject body = request.json();
    QStringList keys = body.keys();
    keys.sort();
    QCOMPARE(keys,
        QStringList({ u"logit_bias"_s, u"max_tokens"_s, u"model"_s, u"prompt"_s, u"seed"_s,
            u"stop"_s, u"stream"_s, u"temperature"_s }));
    QCOMPARE(body.value("prompt"_L1).toString(), u"Once"_s);
    QCOMPARE(body.value("model"_L1).toString(), u"gpt-4o-mini"_s); // the profile's default
    QCOMPARE(body.value("stop"_L1).toArray(), QJsonArray{ u"\n"_s });
    QCOMPARE(body.value("logit_bias"_L1).toObject().value("50256"_L1).toInt(), -100);
    QCOMPARE(body.value("seed"_L1).toInt(), 7);
    QCOMPARE(body.value("temperature"_L1).toDouble(), 0.7);

    QJsonObject tooManyLogprobs = body;
    tooManyLogprobs.insert("logprobs"_L1, 7);
    const QString report = SpecCheck::validate({
        { u"playground body"_s, body, true, u"CreateCompletionRequest"_s },
        { u"logprobs above 5"_s, tooManyLogprobs, false, u"CreateCompletionRequest"_s },
    });
    QVERIFY2(report.isEmpty(), qPrintable(report));

    QCOMPARE(f.shown(), u"Once upon a time"_s);
    QCOMPARE(f.playground->result()->completionStart(), 4);
    QVERIFY(!f.playground->result()->backgroundAt(0).isValid()); // the prompt is plain
    QVERIFY(f.playground->result()->backgroundAt(5).isValid()); // the completion is marked
    QVERIFY(f.playground->result()->choiceLabel().contains(u"finished: stop"_s));
    QVERIFY(f.playground->bannerText().isEmpty());
}

void TestPlayground::logprobsColourTokensAndShowAlternatives()
{
    Fixture f;
    using PlaygroundTest::tokenLogprobs;
    f.server.enqueue("/completions",
        FakeResponse::sse({ chunk(0, u" sure"_s,
                                tokenLogprobs(u" sure"_s, -0.05,
                                    QJsonObject{ { u" sure"_s, -0.05 }, { u" maybe"_s, -3.2 } })),
            chunk(0, u" thing"_s,
                tokenLogprobs(
                    u" thing"_s, -2.3, QJsonObject{ { u" way"_s, -0.4 }, { u" thing"_s, -2.3 } }),
                u"length"_s),
            "[DONE]" }));
    f.playground->params()->setValues({ { u"logprobs"_s, 2 } });
    QVERIFY(f.run(u"For"_s));
    QCOMPARE(f.lastBody().value("logprobs"_L1).toInt(), 2);
    QCOMPARE(f.shown(), u"For sure thing"_s);

    PlaygroundResult *result = f.playground->result();
    const QColor likely = result->backgroundAt(3); // " sure", p ≈ 0.95
    const QColor unlikely = result->backgroundAt(8); // " thing", p ≈ 0.10
    QVERIFY(likely.isValid() && unlikely.isValid());
    QVERIFY2(unlikely.alpha() > likely.alpha() + 100, "unlikely tokens are not stronger");
    const QString tip = result->toolTipAt(9);
    QVERIFY2(tip.contains(u"“ thing”: 10.0%"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Alternatives"_s), qPrintable(tip));
    QVERIFY2(tip.indexOf(u"“ way”  67.0%"_s) >= 0, qPrintable(tip));
    QVERIFY2(tip.indexOf(u"“ way”"_s) < tip.lastIndexOf(u"“ thing”"_s), "not sorted by p");
    QVERIFY(result->toolTipAt(1).isEmpty()); // the prompt has none

    // Hovering the token shows the same text.
    QTextEdit *view = result->view();
    QTextCursor cursor(view->document());
    cursor.setPosition(9);
    const QPoint at = view->cursorRect(cursor).center();
    QHelpEvent hover(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(view->viewport(), &hover);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), tip);
    // Keyboard users read the same by moving the text cursor onto the token.
    QVERIFY(result->tokenInfo().isEmpty());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Left);
    QVERIFY2(result->tokenInfo()
            == (u"“ thing”: 10.0% · Alternatives: “ way”  67.0%, “ thing”  10.0%"_s),
        qPrintable(result->tokenInfo()));
    // The model field completes from the profile's known models.
    auto *model = f.find<QLineEdit>("playgroundModel");
    QTRY_VERIFY(model->completer()->model()->rowCount() == 2);
}

void TestPlayground::severalChoicesAreSwitchable()
{
    Fixture f;
    f.server.enqueue("/completions",
        FakeResponse::sse({ chunk(0, u" red"_s), chunk(1, u" blue"_s),
            chunk(1, u" sky"_s, {}, u"length"_s), chunk(0, u"."_s, {}, u"stop"_s), "[DONE]" }));
    f.playground->params()->setValues({ { u"n"_s, 2 } });
    QVERIFY(f.run(u"Colour:"_s));
    QCOMPARE(f.lastBody().value("n"_L1).toInt(), 2);
    PlaygroundResult *result = f.playground->result();
    QCOMPARE(result->choiceCount(), 2);
    QCOMPARE(f.shown(), u"Colour: red."_s);
    QCOMPARE(result->choiceLabel(), u"Choice 1 of 2 · finished: stop"_s);
    auto *next = result->findChild<QToolButton *>(u"nextChoice"_s);
    QVERIFY(next && next->isVisible() && next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(f.shown(), u"Colour: blue sky"_s);
    QCOMPARE(result->choiceLabel(), u"Choice 2 of 2 · finished: length"_s);
    QVERIFY(!next->isEnabled());
    QTest::mouseClick(result->findChild<QToolButton *>(u"previousChoice"_s), Qt::LeftButton);
    QCOMPARE(f.shown(), u"Colour: red."_s);
}

void TestPlayground::echoAndBestOfAreNotShownTwice()
{
    Fixture f;
    // best_of cannot be streamed: the server answers with one text_completion object.
    const QJsonObject answer =
        QJsonDocument::fromJson(chunk(0, u"Roses are red"_s, {}, u"stop"_s)).object();
    f.server.enqueue("/completions", FakeResponse::json(200, answer));
    f.playground->params()->setValues({ { u"echo"_s, true }, { u"best_of"_s, 2 } });
    QVERIFY(f.run(u"Roses"_s));
    const QJsonObject body = f.lastBody();
    QVERIFY(!body.contains("stream"_L1));
    QCOMPARE(body.value("best_of"_L1).toInt(), 2);
    QCOMPARE(body.value("echo"_L1).toBool(), true);
    QCOMPARE(f.shown(), u"Roses are red"_s); // the echoed prompt is not repeated
    QCOMPARE(f.playground->result()->completionStart(), 5);
    QVERIFY(!f.playground->result()->backgroundAt(2).isValid());
    QVERIFY(f.playground->result()->backgroundAt(7).isValid());
}

void TestPlayground::ctrlEnterRuns()
{
    Fixture f;
    f.server.enqueue(
        "/completions", FakeResponse::sse({ chunk(0, u" two"_s, {}, u"stop"_s), "[DONE]" }));
    f.playground->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.playground.get()));
    f.prompt()->setFocus();
    QTest::keyClicks(f.prompt(), u"One,"_s);
    QSignalSpy finished(f.playground.get(), &PlaygroundWindow::runFinished);
    QTest::keyClick(f.prompt(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.wait(5000));
    QCOMPARE(f.shown(), u"One, two"_s);
    QCOMPARE(f.prompt()->toPlainText(), u"One,"_s); // Ctrl+Enter is not a newline
}

void TestPlayground::suffixFollowsTheCompletion()
{
    Fixture f;
    f.server.enqueue("/completions",
        FakeResponse::sse({ chunk(0, u"    return a + b\n"_s, {}, u"stop"_s), "[DONE]" }));
    auto *insert = f.find<QCheckBox>("playgroundInsertMode");
    auto *suffix = f.find<QPlainTextEdit>("playgroundSuffix");
    QVERIFY(!suffix->isVisible());
    insert->click();
    QVERIFY(suffix->isVisible());
    suffix->setPlainText(u"\nprint(add(1, 2))"_s);
    QVERIFY(f.run(u"def add(a, b):\n"_s));
    QCOMPARE(f.lastBody().value("suffix"_L1).toString(), u"\nprint(add(1, 2))"_s);
    QCOMPARE(f.shown(), u"def add(a, b):\n    return a + b\n\nprint(add(1, 2))"_s);
    PlaygroundResult *result = f.playground->result();
    QVERIFY(result->backgroundAt(result->completionStart() + 4).isValid());
    QVERIFY(!result->backgroundAt(int(f.shown().size()) - 2).isValid()); // the suffix is plain
}

void TestPlayground::stopKeepsWhatArrived()
{
    Fixture f;
    const QByteArray first = chunk(0, u" and then"_s);
    FakeResponse stalled = FakeResponse::sse({ first, chunk(0, u" never"_s), "[DONE]" });
    stalled.stallAfterBytes = first.size() + 8; // "data: " … "\n\n": only the first event
    f.server.enqueue("/completions", stalled);
    f.prompt()->setPlainText(u"It began"_s);
    QSignalSpy finished(f.playground.get(), &PlaygroundWindow::runFinished);
    f.find<QPushButton>("playgroundRun")->click();
    QTRY_COMPARE_WITH_TIMEOUT(f.shown(), u"It began and then"_s, 5000);
    QVERIFY(f.playground->isRunning());
    auto *stop = f.find<QPushButton>("playgroundStop");
    QVERIFY(stop->isEnabled());
    stop->click();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!f.playground->isRunning());
    QCOMPARE(f.shown(), u"It began and then"_s);
    QVERIFY(f.playground->bannerText().contains(u"Stopped"_s));
    QCOMPARE(f.playground->runs().size(), 1);
    QCOMPARE(f.playground->runs().front().choices.at(0)["text"_L1].toString(), u" and then"_s);
    QVERIFY(f.find<QPushButton>("playgroundRun")->isEnabled());
}

void TestPlayground::serverWithoutCompletionsShowsAnError()
{
    Fixture f;
    f.server.enqueue("/completions", FakeResponse::error(404, u"Not Found"_s));
    QVERIFY(f.run(u"Hello"_s));
    const QString banner = f.playground->bannerText();
    QVERIFY2(banner.contains(u"/completions"_s) && banner.contains(u"404"_s), qPrintable(banner));
    QCOMPARE(f.shown(), u"Hello"_s);
    QVERIFY(f.find<QPushButton>("playgroundRun")->isEnabled());
    QCOMPARE(f.playground->runs().front().error, banner);
}

void TestPlayground::invalidLogitBiasIsRefused()
{
    Fixture f;
    f.find<QLineEdit>("paramLogitBias")->setText(u"{\"hello\": 5}"_s);
    auto *problem = f.find<QLabel>("paramLogitBiasProblem");
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"token id"_s));
    f.prompt()->setPlainText(u"Hi"_s);
    f.find<QPushButton>("playgroundRun")->click();
    QTest::qWait(100);
    QVERIFY(f.playground->bannerText().contains(u"token id"_s));
    QVERIFY(!f.playground->isRunning());
    for (const RecordedRequest &request : f.server.requests())
        QVERIFY(!request.pathOnly().endsWith("/completions"));
}

void TestPlayground::historyIsRestoredAfterReopening()
{
    Fixture f;
    f.server.enqueue(
        "/completions", FakeResponse::sse({ chunk(0, u" cat sat"_s, {}, u"stop"_s), "[DONE]" }));
    f.playground->params()->setValues({ { u"temperature"_s, 0.3 }, { u"echo"_s, false } });
    QVERIFY(f.run(u"The\nsecond line"_s));
    f.playground.reset();
    f.open();
    auto *list = f.find<QListWidget>("playgroundHistory");
    QCOMPARE(list->count(), 1);
    QVERIFY2(
        list->item(0)->text().contains(u"gpt-4o-mini · The"_s), qPrintable(list->item(0)->text()));
    QVERIFY(!list->item(0)->text().contains(u"second"_s));
    QVERIFY(f.prompt()->toPlainText().isEmpty());
    list->setCurrentRow(0);
    QCOMPARE(f.prompt()->toPlainText(), u"The\nsecond line"_s);
    QCOMPARE(f.find<QDoubleSpinBox>("paramTemperature")->value(), 0.3);
    QCOMPARE(f.shown(), u"The\nsecond line cat sat"_s);
    QVERIFY(f.playground->result()->choiceLabel().contains(u"stop"_s));
}

void TestPlayground::mainWindowOpensOnePlayground()
{
    Fixture f;
    auto *action = f.window->findChild<QAction *>(u"actionPlayground"_s);
    QVERIFY(action);
    QVERIFY(!action->shortcut().isEmpty());
    action->trigger();
    action->trigger();
    const auto windows = f.window->findChildren<PlaygroundWindow *>();
    QCOMPARE(windows.size(), 1);
    QVERIFY(windows.front()->isVisible());
}

void TestPlayground::screenshots()
{
    const QString dir = qEnvironmentVariable("KAIWA_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set KAIWA_SCREENSHOTS to a directory to save the window's pictures");
    Fixture f;
    using PlaygroundTest::tokenLogprobs;
    QList<QByteArray> events;
    const QList<std::pair<QString, double>> tokens{ { u" there"_s, -0.02 }, { u" was"_s, -0.3 },
        { u" a"_s, -0.1 }, { u" little"_s, -1.9 }, { u" robot"_s, -3.5 }, { u" who"_s, -0.6 },
        { u" loved"_s, -2.4 }, { u" tea"_s, -4.1 }, { u"."_s, -0.05 } };
    for (const auto &[token, logprob] : tokens)
        events << chunk(0, token,
            tokenLogprobs(token, logprob, QJsonObject{ { token, logprob }, { u" the"_s, -1.2 } }));
    events << chunk(0, QString(), {}, u"length"_s) << "[DONE]";
    f.server.enqueue("/completions", FakeResponse::sse(events));
    f.playground->params()->setValues(
        { { u"logprobs"_s, 2 }, { u"max_tokens"_s, 9 }, { u"temperature"_s, 0.8 } });
    f.find<QLineEdit>("paramStop1")->setText(u"\\n\\n"_s);
    f.playground->resize(1150, 720);
    QVERIFY(f.run(u"Once upon a time,"_s));
    QTest::qWait(200);
    QTextEdit *view = f.playground->result()->view();
    QTextCursor cursor = view->textCursor();
    cursor.setPosition(int(f.shown().indexOf(u"robot"_s)) + 2);
    view->setTextCursor(cursor);
    view->setFocus();
    QVERIFY(f.playground->grab().save(dir + u"/playground-light.png"_s));
    QApplication::setPalette(TestPalette::dark());
    QTest::qWait(200);
    QVERIFY(f.playground->grab().save(dir + u"/playground-dark.png"_s));
    f.server.enqueue("/completions",
        FakeResponse::sse({ chunk(0, u" return a + b"_s, {}, u"stop"_s),
            chunk(1, u" return sum((a, b))"_s, {}, u"length"_s), "[DONE]" }));
    f.playground->params()->setValues({ { u"n"_s, 2 } });
    f.find<QCheckBox>("playgroundInsertMode")->click();
    f.find<QPlainTextEdit>("playgroundSuffix")->setPlainText(u"\n\nprint(add(1, 2))"_s);
    QVERIFY(f.run(u"def add(a, b):\n   "_s));
    QTest::qWait(100);
    QVERIFY(f.playground->grab().save(dir + u"/playground-choices.png"_s));
    f.server.enqueue("/completions", FakeResponse::error(404, u"Not Found"_s));
    QVERIFY(f.run(u"Hello"_s));
    QTest::qWait(100);
    QVERIFY(f.playground->grab().save(dir + u"/playground-error.png"_s));
}

QTEST_MAIN(TestPlayground)
#include "tst_playground.moc"
