// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The chat window as a user drives it, over loopback HTTP and a real SQLite file: send, stream,
// stop, edit and resend, regenerate, branches, errors with retry, switching conversations while
// an answer streams, shortcuts, names for screen readers, and the Japanese translation.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTranslator>

#include "MainWindowFixture.h"
#include "gui/LanguageSwitcher.h"
#include "gui/SettingsDialog.h"
#include "gui/delegates/MessageTextSelector.h"
#include "gui/panel/ParameterPanel.h"
#include "gui/sidebar/ConversationListProxy.h"

using namespace WindowTest;
using Conversation::State;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendStreamsAnswerAndListsConversation();
    void escStopsAndKeepsText();
    void editAndResendMakesBranch();
    void regenerateAndSwitchBranches();
    void errorShownInlineAndRetried();
    void switchingAwayKeepsStreaming();
    void twoWindowsOnTwoConversations();
    void emptyConversationShowsWhereItGoes();
    void shortcutsReachTheirTargets();
    void everyControlIsNamed();
    void japaneseTranslationRetranslatesMenus();
    void settingsSwitchTheLanguageAtOnce();
    void panelParametersReachTheRequestAndTheStore();
    void f2SelectsTextInMessagesAndRenamesInTheList();
};

void TestMainWindow::sendStreamsAnswerAndListsConversation()
{
    Fixture f;
    QVERIFY(f.opened);
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.server.enqueue("/chat/completions",
        answer({ QStringLiteral("こんにちは！"), QStringLiteral("お元気ですか？") }));
    f.typeAndSend(QStringLiteral("日本語で挨拶して"));
    QVERIFY(f.page()->conversationId() > 0);
    QCOMPARE(f.editor()->toPlainText(), QString()); // sent, so the editor is free again
    QTRY_COMPARE(f.model()->rowCount(), 2);
    QTRY_COMPARE(f.state(1), State::Complete);
    QCOMPARE(f.text(1), QStringLiteral("こんにちは！お元気ですか？"));

    const QJsonObject body = f.server.lastRequest().json();
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-mini"));
    QCOMPARE(body.value(QLatin1String("messages")).toArray().last()[QLatin1String("content")],
        QStringLiteral("日本語で挨拶して"));
    QCOMPARE(f.server.lastRequest().header("authorization"), QByteArray("Bearer sk-window"));

    QCOMPARE(f.context->conversations().rowCount(), 1);
    QCOMPARE(f.context->conversations().info(0).title, QStringLiteral("日本語で挨拶して"));
    QVERIFY(f.window->windowTitle().startsWith(QStringLiteral("日本語で挨拶して")));
    auto *list = f.window->sidebar()->listView();
    QCOMPARE(list->currentIndex().data(ConversationListModel::IdRole).toLongLong(),
        f.page()->conversationId());
    // Saved: a second connection to the file finds both messages.
    ConversationStore reopened;
    QVERIFY(reopened.open(f.path("kaiwa.sqlite3")));
    QCOMPARE(reopened.messages(f.page()->conversationId())->size(), 2);
}

void TestMainWindow::escStopsAndKeepsText()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    const QByteArray first = contentChunk(QStringLiteral("途中まで"));
    f.server.enqueue("/chat/completions",
        FakeResponse::sse({ first, contentChunk(QStringLiteral("never")) })
            .stallingAfter(first.size() + 8));
    f.typeAndSend(QStringLiteral("長い話をして"));
    QTRY_COMPARE(f.text(1), QStringLiteral("途中まで"));
    QVERIFY(f.composer()->isStreaming());
    QTest::keyClick(f.editor(), Qt::Key_Escape);
    QTRY_COMPARE(f.state(1), State::Interrupted);
    QCOMPARE(f.text(1), QStringLiteral("途中まで"));
    QTRY_VERIFY(!f.composer()->isStreaming());
}

void TestMainWindow::editAndResendMakesBranch()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.server.enqueue("/chat/completions", answer({ QStringLiteral("Paris.") }));
    f.typeAndSend(QStringLiteral("Capital of France?"));
    QTRY_COMPARE(f.state(1), State::Complete);
    const qint64 question = f.model()->message(0).id;

    f.click(0, MessageActions::Action::Edit);
    QCOMPARE(f.editor()->toPlainText(), QStringLiteral("Capital of France?"));
    QCOMPARE(f.page()->editingMessageId(), question);
    f.editor()->selectAll();
    f.type(QStringLiteral("Capital of Japan?"));
    f.server.enqueue("/chat/completions", answer({ QStringLiteral("Tokyo.") }));
    QTest::keyClick(f.editor(), Qt::Key_Return);
    QTRY_COMPARE(f.text(1), QStringLiteral("Tokyo."));
    QTRY_COMPARE(f.state(1), State::Complete);
    QCOMPARE(f.text(0), QStringLiteral("Capital of Japan?"));
    QCOMPARE(f.model()->data(f.model()->index(0), MessageModel::SiblingCountRole).toInt(), 2);
    // The old branch is still there: "‹" under the question goes back to it.
    f.click(0, MessageActions::Action::PreviousSibling);
    QCOMPARE(f.text(1), QStringLiteral("Paris."));
}

void TestMainWindow::regenerateAndSwitchBranches()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.server.enqueue("/chat/completions", answer({ QStringLiteral("First answer") }));
    f.typeAndSend(QStringLiteral("Tell me a word"));
    QTRY_COMPARE(f.state(1), State::Complete);
    const qint64 firstAnswer = f.model()->message(1).id;
    f.server.enqueue("/chat/completions", answer({ QStringLiteral("Second answer") }));
    f.click(1, MessageActions::Action::Regenerate);
    QTRY_COMPARE(f.text(1), QStringLiteral("Second answer"));
    QTRY_COMPARE(f.state(1), State::Complete);
    QCOMPARE(f.model()->data(f.model()->index(1), MessageModel::SiblingCountRole).toInt(), 2);
    QCOMPARE(f.model()->data(f.model()->index(1), MessageModel::SiblingIndexRole).toInt(), 1);
    f.click(1, MessageActions::Action::PreviousSibling);
    QCOMPARE(f.text(1), QStringLiteral("First answer"));
    QCOMPARE(f.model()->message(1).id, firstAnswer); // the same message, not a copy
    // The choice is remembered: reopening shows the first answer.
    const qint64 id = f.page()->conversationId();
    f.page()->showDraft();
    QVERIFY(f.page()->showConversation(id));
    QCOMPARE(f.text(1), QStringLiteral("First answer"));
}

void TestMainWindow::errorShownInlineAndRetried()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.server.enqueue("/chat/completions",
        FakeResponse::error(
            401, QStringLiteral("Incorrect API key provided"), QStringLiteral("invalid_api_key")));
    f.typeAndSend(QStringLiteral("hello"));
    QTRY_COMPARE(f.state(1), State::Failed);
    const QString error = f.model()->data(f.model()->index(1), MessageModel::ErrorRole).toString();
    QVERIFY2(error.contains(QStringLiteral("Incorrect API key provided")), qPrintable(error));
    f.server.enqueue("/chat/completions", answer({ QStringLiteral("Now it works.") }));
    f.click(1, MessageActions::Action::Retry);
    QTRY_COMPARE(f.text(1), QStringLiteral("Now it works."));
    QTRY_COMPARE(f.state(1), State::Complete);
}

void TestMainWindow::switchingAwayKeepsStreaming()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.server.enqueue("/chat/completions", answer({ QStringLiteral("A") }));
    f.typeAndSend(QStringLiteral("first conversation"));
    QTRY_COMPARE(f.state(1), State::Complete);
    const qint64 first = f.page()->conversationId();

    QTest::keySequence(f.window.get(), QKeySequence::New);
    QCOMPARE(f.page()->conversationId(), 0);
    QStringList slow;
    for (int i = 0; i < 20; ++i)
        slow << QStringLiteral("part%1 ").arg(i);
    f.server.enqueue("/chat/completions", answer(slow).withDelay(40));
    f.typeAndSend(QStringLiteral("second, slowly"));
    const qint64 second = f.page()->conversationId();
    QTRY_VERIFY(f.context->conversations().isStreaming(second));

    // Back to the first conversation while the second is still answering.
    QVERIFY(f.page()->showConversation(first));
    QCOMPARE(f.text(1), QStringLiteral("A"));
    QVERIFY(!f.composer()->isStreaming()); // this conversation isn't streaming
    // A third, streaming one in view when the second ends: its Stop button stays.
    QStringList third;
    for (int i = 0; i < 40; ++i)
        third << QStringLiteral("c%1 ").arg(i);
    f.server.enqueue("/chat/completions", answer(third).withDelay(60));
    f.typeAndSend(QStringLiteral("a reply in the first"));
    QTRY_VERIFY(f.composer()->isStreaming());
    QTRY_VERIFY_WITH_TIMEOUT(!f.context->conversations().isStreaming(second), 10000);
    QVERIFY(f.composer()->isStreaming()); // the one in view still streams
    QTRY_VERIFY_WITH_TIMEOUT(!f.composer()->isStreaming(), 10000);
    QVERIFY(f.context->conversations().isUnread(second));
    QVERIFY(f.page()->showConversation(second));
    QCOMPARE(f.text(1), slow.join(QString()));
    QCOMPARE(f.state(1), State::Complete);
    QVERIFY(!f.context->conversations().isUnread(second));
}

void TestMainWindow::twoWindowsOnTwoConversations()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QStringList slow;
    for (int i = 0; i < 10; ++i)
        slow << QStringLiteral("a%1 ").arg(i);
    f.server.enqueue("/chat/completions", answer(slow).withDelay(30));
    f.typeAndSend(QStringLiteral("in the first window"));
    const qint64 first = f.page()->conversationId();

    MainWindow second(*f.context);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QCOMPARE(second.page()->conversationId(), 0); // a new window starts on a new chat
    f.server.enqueue("/chat/completions", answer({ QStringLiteral("b") }));
    auto *editor = second.page()->composer()->findChild<QPlainTextEdit *>();
    editor->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("in the second window"));
    QCoreApplication::sendEvent(editor, &commit);
    QTest::keyClick(editor, Qt::Key_Return);
    const qint64 other = second.page()->conversationId();
    QVERIFY(other > 0 && other != first);

    MessageModel *a = f.context->sessions().model(first);
    MessageModel *b = f.context->sessions().model(other);
    QTRY_COMPARE_WITH_TIMEOUT(a->message(1).state, State::Complete, 10000);
    QTRY_COMPARE(b->message(1).state, State::Complete);
    QCOMPARE(a->message(1).text(), slow.join(QString()));
    QCOMPARE(b->message(1).text(), QStringLiteral("b"));
    QCOMPARE(f.page()->conversationId(), first); // each window stays on its own
    QCOMPARE(second.sidebar()->proxy()->rowCount(), 2); // both lists show both
    QCOMPARE(f.window->sidebar()->proxy()->rowCount(), 2);
}

void TestMainWindow::emptyConversationShowsWhereItGoes()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    auto *hint = f.page()->findChild<QLabel *>(QStringLiteral("emptyHint"));
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QVERIFY2(
        hint->text().contains(QStringLiteral("gpt-4o-mini on Fake")), qPrintable(hint->text()));
    f.server.enqueue("/chat/completions", answer({ QStringLiteral("ok") }));
    f.typeAndSend(QStringLiteral("hi"));
    QTRY_VERIFY(!hint->isVisible());
    QTest::keySequence(f.window.get(), QKeySequence::New);
    QVERIFY(hint->isVisible());
}

void TestMainWindow::shortcutsReachTheirTargets()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QWidget *window = f.window.get();
    window->activateWindow();
    QTRY_VERIFY(window->isActiveWindow());
    // Keys go where a keyboard sends them: to the widget with the focus (the composer first).
    auto press = [](const QKeySequence &keys) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keySequence(focus, keys);
    };
    auto *search = f.window->sidebar()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTRY_VERIFY(f.editor()->hasFocus());
    // From the composer. (On X11 a text edit binds Ctrl+K to "delete to end of line"; the
    // offscreen platform does not, so that part was checked by hand under Xvfb.)
    press(QKeySequence(Qt::CTRL | Qt::Key_K));
    QTRY_VERIFY(f.page()->isPanelVisible());
    QVERIFY(f.page()->panel()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // closes the model list
    press(QKeySequence(Qt::CTRL | Qt::Key_F));
    QTRY_VERIFY(search->hasFocus());
    press(QKeySequence(Qt::CTRL | Qt::Key_L));
    QTRY_VERIFY(f.editor()->hasFocus());
    press(QKeySequence(Qt::CTRL | Qt::Key_N));
    QCOMPARE(f.page()->conversationId(), 0);
    press(QKeySequence(Qt::CTRL | Qt::Key_W));
    QTRY_VERIFY(!window->isVisible());
}

void TestMainWindow::everyControlIsNamed()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.page()->setPanelVisible(true);
    QStringList unnamed;
    const auto widgets = f.window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(f.window.get()) || !(widget->focusPolicy() & Qt::TabFocus))
            continue; // not reached with the keyboard
        if (qobject_cast<QAbstractButton *>(widget)
            && !static_cast<QAbstractButton *>(widget)->text().isEmpty())
            continue; // the button's text is its name
        if (widget->parentWidget()
            && (qobject_cast<QComboBox *>(widget->parentWidget())
                || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())))
            continue; // the line edit inside: the combo or spin box carries the name
        if (widget->accessibleName().isEmpty())
            unnamed << QString::fromLatin1(widget->metaObject()->className()) + u' '
                    + widget->objectName();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestMainWindow::japaneseTranslationRetranslatesMenus()
{
    Fixture f;
    const auto *fileMenu = f.window->findChild<QMenu *>(QStringLiteral("menuFile"));
    QVERIFY(fileMenu);
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    auto *quit = f.window->findChild<QAction *>(QStringLiteral("actionQuit"));
    QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));

    // The same compiled catalogue the application embeds under :/i18n.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/kaiwa_ja.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("ファイル(&F)"));
    auto *newChat =
        f.window->sidebar()->findChild<QAbstractButton *>(QStringLiteral("newChatButton"));
    QCOMPARE(newChat->text(), QStringLiteral("新しいチャット"));
    QCOMPARE(f.window->windowTitle(), QStringLiteral("Kaiwa")); // the brand stays
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
}

void TestMainWindow::settingsSwitchTheLanguageAtOnce()
{
    Fixture f;
    LanguageSwitcher switcher; // what Application connects to UiSettings::languageChanged
    QObject::connect(
        &f.context->ui(), &UiSettings::languageChanged, &switcher, &LanguageSwitcher::apply);
    const auto *fileMenu = f.window->findChild<QMenu *>(QStringLiteral("menuFile"));
    SettingsDialog dialog(f.context->ui(), f.window.get());
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("ja")));
    dialog.apply();
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("ファイル(&F)"));
    auto *hint = f.page()->findChild<QLabel *>(QStringLiteral("emptyHint"));
    QVERIFY2(
        hint->text().startsWith(QStringLiteral("会話を始めましょう")), qPrintable(hint->text()));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
    dialog.apply();
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
    QCOMPARE(
        UiSettings(f.path("kaiwa.ini")).language(), QStringLiteral("en")); // kept for next time
}

void TestMainWindow::panelParametersReachTheRequestAndTheStore()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.server.enqueue("/chat/completions", answer({ QStringLiteral("one") }));
    f.typeAndSend(QStringLiteral("first"));
    QTRY_COMPARE(f.state(1), State::Complete);
    QVERIFY(!f.server.lastRequest().json().contains(QLatin1String("temperature"))); // unset

    f.page()->setPanelVisible(true);
    auto *panel = f.page()->panel();
    panel->findChild<QCheckBox *>(QStringLiteral("temperatureToggle"))->click();
    auto *spin = panel->findChild<QDoubleSpinBox *>(QStringLiteral("temperatureEditor"));
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("0.3"));
    QTest::keyClick(spin, Qt::Key_Return);
    // Sent right away, even before the delayed save.
    f.server.enqueue("/chat/completions", answer({ QStringLiteral("two") }));
    f.typeAndSend(QStringLiteral("second"));
    QTRY_COMPARE(f.state(3), State::Complete);
    QCOMPARE(f.server.lastRequest().json().value(QLatin1String("temperature")).toDouble(), 0.3);
    // And stored with the conversation.
    const auto info = f.context->store().conversation(f.page()->conversationId());
    QVERIFY(info);
    QCOMPARE(info->settings.parameters.value(QLatin1String("temperature")).toDouble(), 0.3);
}

void TestMainWindow::f2SelectsTextInMessagesAndRenamesInTheList()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.server.enqueue("/chat/completions", answer({ QStringLiteral("Select me.") }));
    f.typeAndSend(QStringLiteral("hello"));
    QTRY_COMPARE(f.state(1), State::Complete);
    ConversationView *view = f.page()->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0));
    QTest::keyClick(view, Qt::Key_F2);
    QTRY_VERIFY(view->textSelector());
    QVERIFY(!f.window->sidebar()->findChild<QLineEdit *>(QStringLiteral("renameEditor")));

    QListView *list = f.window->sidebar()->listView();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_F2);
    QTRY_VERIFY(f.window->sidebar()->findChild<QLineEdit *>(QStringLiteral("renameEditor")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
