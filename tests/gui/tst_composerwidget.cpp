// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QInputMethodEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "gui/ComposerWidget.h"

using SendKey = ComposerWidget::SendKey;

class TestComposerWidget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void namedForTestsAndScreenReaders();
    void enterSendsTypedText_data();
    void enterSendsTypedText();
    void shiftEnterInsertsNewline();
    void ctrlEnterAlsoSendsInEnterMode();
    void ctrlEnterMode();
    void blankTextDoesNotSend_data();
    void blankTextDoesNotSend();
    void sendButtonSends();
    void imeEnterConfirmsConversion_data();
    void imeEnterConfirmsConversion();
    void imeCommitWithNewPreeditKeepsComposing();
    void imeSendButtonWaitsForCommit();
    void streamingShowsStopAndKeepsText();
    void escOutsideStreamingDoesNothing();

private:
    void type(const QString &text);
    void preedit(const QString &text);
    void commit(const QString &text);

    ComposerWidget *m_composer = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QPushButton *m_button = nullptr;
};

void TestComposerWidget::init()
{
    m_composer = new ComposerWidget;
    m_composer->resize(600, 120);
    m_composer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_composer));
    m_edit = m_composer->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    m_button = m_composer->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(m_edit);
    QVERIFY(m_button);
    m_edit->setFocus();
}

void TestComposerWidget::cleanup()
{
    delete m_composer;
    m_composer = nullptr;
}

// Direct typing, as from a keyboard layout that produces the characters without an input method
// (or an input method in direct mode). QTest::keyClicks asserts on non-Latin-1 characters on
// Qt 6.4, so those go as key events that carry only their text.
void TestComposerWidget::type(const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            QTest::keyClick(m_edit, ch.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Click, m_edit, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        }
    }
}

// What a platform input method sends while the user composes: the reading, not yet committed.
void TestComposerWidget::preedit(const QString &text)
{
    QInputMethodEvent event(text, {});
    QCoreApplication::sendEvent(m_edit, &event);
}

// What it sends when the user confirms the conversion: the committed text, no preedit left.
void TestComposerWidget::commit(const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(m_edit, &event);
}

void TestComposerWidget::namedForTestsAndScreenReaders()
{
    QCOMPARE(m_edit->accessibleName(), QStringLiteral("Message"));
    QCOMPARE(m_button->accessibleName(), QStringLiteral("Send"));
    QCOMPARE(m_button->text(), QStringLiteral("Send"));
    QCOMPARE(m_edit->placeholderText(),
        QStringLiteral("Message Kaiwa… (Enter to send, Shift+Enter for a new line)"));
    QVERIFY(m_edit->tabChangesFocus()); // Tab reaches the button instead of typing a tab
    QCOMPARE(m_composer->focusProxy(), m_edit);

    m_composer->setSendKey(SendKey::CtrlEnter);
    QCOMPARE(m_edit->placeholderText(),
        QStringLiteral("Message Kaiwa… (Ctrl+Enter to send, Enter for a new line)"));
    m_composer->setSendKey(SendKey::Enter);
    QVERIFY(m_edit->placeholderText().contains(QStringLiteral("Shift+Enter")));
}

void TestComposerWidget::enterSendsTypedText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("sent");
    QTest::addRow("english") << QStringLiteral("Hello, world") << QStringLiteral("Hello, world");
    QTest::addRow("japanese") << QStringLiteral("こんにちは") << QStringLiteral("こんにちは");
    QTest::addRow("mixed") << QStringLiteral("Qtで会話しよう!")
                           << QStringLiteral("Qtで会話しよう!");
    QTest::addRow("surrounding spaces trimmed")
        << QStringLiteral("  hi there  ") << QStringLiteral("hi there");
    QTest::addRow("ideographic spaces trimmed")
        << QStringLiteral("\u3000よろしく\u3000") << QStringLiteral("よろしく");
}

void TestComposerWidget::enterSendsTypedText()
{
    QFETCH(QString, typed);
    QFETCH(QString, sent);
    QSignalSpy spy(m_composer, &ComposerWidget::sendRequested);
    QVERIFY(spy.isValid());

    type(typed);
    QCOMPARE(m_edit->toPlainText(), typed);
    QVERIFY(m_button->isEnabled());
    QTest::keyClick(m_edit, Qt::Key_Return);

    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), sent);
    QVERIFY(m_edit->toPlainText().isEmpty());
    QVERIFY(!m_button->isEnabled());

    // The keypad's Enter sends too.
    type(typed);
    QTest::keyClick(m_edit, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), sent);
}

void TestComposerWidget::shiftEnterInsertsNewline()
{
    QSignalSpy spy(m_composer, &ComposerWidget::sendRequested);
    type(QStringLiteral("一行目"));
    QTest::keyClick(m_edit, Qt::Key_Return, Qt::ShiftModifier);
    type(QStringLiteral("line two"));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("一行目\nline two"));
    QCOMPARE(m_edit->blockCount(), 2); // a real line, not U+2028

    QTest::keyClick(m_edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("一行目\nline two")); // inner newline kept
    QVERIFY(m_edit->toPlainText().isEmpty());
}

void TestComposerWidget::ctrlEnterAlsoSendsInEnterMode()
{
    QSignalSpy spy(m_composer, &ComposerWidget::sendRequested);
    type(QStringLiteral("hello"));
    QTest::keyClick(m_edit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("hello"));
}

void TestComposerWidget::ctrlEnterMode()
{
    m_composer->setSendKey(SendKey::CtrlEnter);
    QCOMPARE(m_composer->sendKey(), SendKey::CtrlEnter);
    QSignalSpy spy(m_composer, &ComposerWidget::sendRequested);

    type(QStringLiteral("first"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    type(QStringLiteral("二行目"));
    QTest::keyClick(m_edit, Qt::Key_Return, Qt::ShiftModifier);
    type(QStringLiteral("third"));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("first\n二行目\nthird"));

    QTest::keyClick(m_edit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("first\n二行目\nthird"));
    QVERIFY(m_edit->toPlainText().isEmpty());

    // Back to Enter mode: Enter sends again.
    m_composer->setSendKey(SendKey::Enter);
    type(QStringLiteral("again"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 2);
}

void TestComposerWidget::blankTextDoesNotSend_data()
{
    QTest::addColumn<int>("sendKey");
    QTest::addColumn<QString>("typed");
    for (const SendKey key : { SendKey::Enter, SendKey::CtrlEnter }) {
        const char *mode = key == SendKey::Enter ? "enter" : "ctrl+enter";
        QTest::addRow("%s empty", mode) << int(key) << QString();
        QTest::addRow("%s spaces", mode) << int(key) << QStringLiteral("    ");
        QTest::addRow("%s ideographic spaces", mode) << int(key) << QStringLiteral("\u3000\u3000");
    }
}

void TestComposerWidget::blankTextDoesNotSend()
{
    QFETCH(int, sendKey);
    QFETCH(QString, typed);
    m_composer->setSendKey(SendKey(sendKey));
    QSignalSpy spy(m_composer, &ComposerWidget::sendRequested);

    type(typed);
    QVERIFY(!m_button->isEnabled());
    QTest::keyClick(m_edit, Qt::Key_Return, Qt::ControlModifier);
    if (SendKey(sendKey) == SendKey::Enter) {
        QTest::keyClick(m_edit, Qt::Key_Return);
    }
    QCOMPARE(spy.count(), 0);
    QVERIFY(!m_composer->send());
    QCOMPARE(spy.count(), 0);
}

void TestComposerWidget::sendButtonSends()
{
    QSignalSpy spy(m_composer, &ComposerWidget::sendRequested);
    type(QStringLiteral("ボタンで送信"));
    QTest::mouseClick(m_button, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("ボタンで送信"));
    QVERIFY(m_edit->toPlainText().isEmpty());
}

void TestComposerWidget::imeEnterConfirmsConversion_data()
{
    QTest::addColumn<int>("sendKey");
    QTest::addColumn<int>("modifiers");
    QTest::addRow("enter mode, Enter") << int(SendKey::Enter) << int(Qt::NoModifier);
    QTest::addRow("enter mode, Ctrl+Enter") << int(SendKey::Enter) << int(Qt::ControlModifier);
    QTest::addRow("ctrl+enter mode, Ctrl+Enter")
        << int(SendKey::CtrlEnter) << int(Qt::ControlModifier);
    QTest::addRow("ctrl+enter mode, Enter") << int(SendKey::CtrlEnter) << int(Qt::NoModifier);
}

void TestComposerWidget::imeEnterConfirmsConversion()
{
    QFETCH(int, sendKey);
    QFETCH(int, modifiers);
    const auto mods = Qt::KeyboardModifiers(modifiers);
    m_composer->setSendKey(SendKey(sendKey));
    QSignalSpy spy(m_composer, &ComposerWidget::sendRequested);

    type(QStringLiteral("私は"));
    preedit(QStringLiteral("にほんご"));
    QVERIFY(m_composer->isComposing());

    // The Enter that confirms the conversion: never sends, never adds a line.
    QTest::keyClick(m_edit, Qt::Key_Return, mods);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_edit->blockCount(), 1);
    QVERIFY(m_composer->isComposing());

    commit(QStringLiteral("日本語"));
    QVERIFY(!m_composer->isComposing());
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("私は日本語"));
    QVERIFY(!m_edit->toPlainText().contains(QStringLiteral("にほんご")));

    // The next press of the send key sends the committed text.
    QTest::keyClick(m_edit, Qt::Key_Return,
        SendKey(sendKey) == SendKey::Enter ? Qt::KeyboardModifiers() : Qt::ControlModifier);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("私は日本語"));
    QVERIFY(m_edit->toPlainText().isEmpty());

    // A composition that is the whole message.
    preedit(QStringLiteral("にほんご"));
    QTest::keyClick(m_edit, Qt::Key_Return, mods);
    QCOMPARE(spy.count(), 1);
    commit(QStringLiteral("日本語"));
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("日本語"));
    QTest::keyClick(m_edit, Qt::Key_Return,
        SendKey(sendKey) == SendKey::Enter ? Qt::KeyboardModifiers() : Qt::ControlModifier);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("日本語"));
}

void TestComposerWidget::imeCommitWithNewPreeditKeepsComposing()
{
    QSignalSpy spy(m_composer, &ComposerWidget::sendRequested);
    preedit(QStringLiteral("にほんごを"));
    // Partial commit: "日本語" is confirmed while "を" is still being composed.
    QInputMethodEvent event(QStringLiteral("を"), {});
    event.setCommitString(QStringLiteral("日本語"));
    QCoreApplication::sendEvent(m_edit, &event);
    QVERIFY(m_composer->isComposing());
    QTest::keyClick(m_edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 0);

    commit(QStringLiteral("を"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("日本語を"));
}

void TestComposerWidget::imeSendButtonWaitsForCommit()
{
    QSignalSpy spy(m_composer, &ComposerWidget::sendRequested);
    type(QStringLiteral("テスト"));
    preedit(QStringLiteral("です"));
    QVERIFY(!m_composer->send()); // no half-converted text goes out
    QCOMPARE(spy.count(), 0);
    commit(QStringLiteral("です"));
    QVERIFY(m_composer->send());
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("テストです"));
}

void TestComposerWidget::streamingShowsStopAndKeepsText()
{
    QSignalSpy sent(m_composer, &ComposerWidget::sendRequested);
    QSignalSpy stopped(m_composer, &ComposerWidget::stopRequested);
    QVERIFY(stopped.isValid());

    m_composer->setStreaming(true);
    QVERIFY(m_composer->isStreaming());
    QCOMPARE(m_button->text(), QStringLiteral("Stop"));
    QCOMPARE(m_button->accessibleName(), QStringLiteral("Stop"));
    QVERIFY(m_button->isEnabled()); // even with an empty editor

    QTest::mouseClick(m_button, Qt::LeftButton);
    QCOMPARE(stopped.count(), 1);
    QCOMPARE(sent.count(), 0);

    // The user may type the next message meanwhile; Enter keeps it.
    type(QStringLiteral("次の質問"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QTest::keyClick(m_edit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.count(), 0);
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("次の質問"));
    QTest::mouseClick(m_button, Qt::LeftButton);
    QCOMPARE(sent.count(), 0);
    QCOMPARE(stopped.count(), 2);

    QTest::keyClick(m_edit, Qt::Key_Escape);
    QCOMPARE(stopped.count(), 3);

    // Esc during a composition cancels the conversion, not the answer.
    preedit(QStringLiteral("しつもん"));
    QTest::keyClick(m_edit, Qt::Key_Escape);
    QCOMPARE(stopped.count(), 3);
    commit(QString());

    m_composer->setStreaming(false);
    QCOMPARE(m_button->text(), QStringLiteral("Send"));
    QCOMPARE(m_button->accessibleName(), QStringLiteral("Send"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toString(), QStringLiteral("次の質問"));
    QCOMPARE(stopped.count(), 3);
}

void TestComposerWidget::escOutsideStreamingDoesNothing()
{
    QSignalSpy stopped(m_composer, &ComposerWidget::stopRequested);
    type(QStringLiteral("draft"));
    QTest::keyClick(m_edit, Qt::Key_Escape);
    QCOMPARE(stopped.count(), 0);
    QCOMPARE(m_edit->toPlainText(), QStringLiteral("draft"));
}

QTEST_MAIN(TestComposerWidget)
#include "tst_composerwidget.moc"
