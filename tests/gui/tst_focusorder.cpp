// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard order (issue 9): Tab is pressed on whatever has the focus, as a user does, in the
// activated window. The chain must visit the parts of the window in reading order, come back to
// where it started (never stuck, never trapped in a text field) and never skip the composer.
#include <QApplication>

#include "MainWindowFixture.h"
#include "gui/SettingsDialog.h"
#include "gui/panel/ParameterPanel.h"
#include "gui/profiles/ProfileDialog.h"

using namespace WindowTest;
using namespace Qt::StringLiterals;

namespace {
//! The objectNames focus goes through, pressing `key` on the focus widget until it comes back to
//! the start (at most `limit` presses). The start itself is not listed.
QStringList chain(QWidget *window, Qt::Key key = Qt::Key_Tab, int limit = 80)
{
    QStringList names;
    QWidget *start = QApplication::focusWidget();
    for (int i = 0; i < limit; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            return names << u"<no focus>"_s;
        QTest::keyClick(focus, key, key == Qt::Key_Backtab ? Qt::ShiftModifier : Qt::NoModifier);
        QWidget *now = QApplication::focusWidget();
        if (now == start)
            return names;
        if (!now || !now->isAncestorOf(window) && now->window() != window)
            return names << u"<left the window>"_s;
        names << (now->objectName().isEmpty() ? QString::fromLatin1(now->metaObject()->className())
                                              : now->objectName());
        if (now == focus)
            return names << u"<stuck>"_s;
    }
    return names << u"<no way back>"_s;
}

//! The whole round from the focus widget: it first, then what Tab reaches.
QStringList round(QWidget *window, Qt::Key key = Qt::Key_Tab)
{
    QWidget *start = QApplication::focusWidget();
    return QStringList{ start ? start->objectName() : u"<no focus>"_s } + chain(window, key);
}

//! "" when `expected` appear in `order` in this order (others may come between), else what is
//! wrong.
QString inOrder(const QStringList &order, const QStringList &expected)
{
    qsizetype last = -1;
    for (const QString &name : expected) {
        const qsizetype at = order.indexOf(name);
        if (at < 0)
            return name + u" is never reached: "_s + order.join(u" → "_s);
        if (at < last)
            return name + u" comes too early: "_s + order.join(u" → "_s);
        last = at;
    }
    return {};
}

QStringList rotatedTo(QStringList order, const QString &first)
{
    const qsizetype at = order.indexOf(first);
    if (at > 0)
        order = order.mid(at) + order.first(at);
    return order;
}
} // namespace

class TestFocusOrder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mainWindowReadsInOrder();
    void settingsDialogReadsInOrder();
    void profileDialogReadsInOrder();
};

void TestFocusOrder::mainWindowReadsInOrder()
{
    Fixture f;
    f.server.enqueue("/chat/completions", answer({ u"Paris."_s }));
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    f.typeAndSend(u"Capital of France?"_s);
    QTRY_COMPARE(f.state(1), Conversation::State::Complete);
    f.page()->setPanelVisible(true);
    f.type(u"And of Japan?"_s); // Send is enabled: it is a stop too
    QTRY_VERIFY(f.editor()->hasFocus());
    const QStringList order = round(f.window.get());
    QVERIFY2(!order.last().startsWith(u'<'), qPrintable(order.join(u" → "_s)));
    // Reading order: the list on the left, the conversation, the composer and its buttons, then
    // the panel on the right from the top.
    const QString wrong = inOrder(rotatedTo(order, u"searchEdit"_s),
        { u"searchEdit"_s, u"newChatButton"_s, u"conversationList"_s, u"conversationView"_s,
            u"composerEdit"_s, u"composerAttachButton"_s, u"composerMicButton"_s, u"sendButton"_s,
            u"profileCombo"_s, u"modelCombo"_s, u"systemPromptEdit"_s, u"temperatureToggle"_s,
            u"storeToggle"_s, u"resetParameters"_s });
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    QCOMPARE(order.count(u"composerEdit"_s), 1); // the composer is a stop, once

    // Shift+Tab walks the same round backwards.
    f.editor()->setFocus();
    QStringList back = round(f.window.get(), Qt::Key_Backtab);
    std::reverse(back.begin() + 1, back.end());
    // Known: Shift+Tab from the system prompt goes past the model picker's Refresh button to its
    // combo (the picker's focus proxy); Qt 6.4's backward search steps into the proxy. Refresh is
    // still reached with Tab, and with the mouse.
    QEXPECT_FAIL("", "Qt 6.4: Shift+Tab skips the button after a focus proxy", Continue);
    QVERIFY2(back == order, qPrintable(back.join(u" → "_s)));
    back.removeAll(u"modelRefreshButton"_s);
    QStringList forward = order;
    forward.removeAll(u"modelRefreshButton"_s);
    QCOMPARE(back, forward);
}

void TestFocusOrder::settingsDialogReadsInOrder()
{
    Fixture f;
    SettingsDialog dialog(f.context->ui(), f.window.get());
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const QStringList order = round(&dialog);
    QVERIFY2(!order.last().startsWith(u'<'), qPrintable(order.join(u" → "_s)));
    QString sendKey = u"sendWithEnter"_s; // of a group of radio buttons, the checked one is a stop
    if (!order.contains(sendKey))
        sendKey = u"sendWithCtrlEnter"_s;
    const QString wrong = inOrder(rotatedTo(order, u"languageBox"_s),
        { u"languageBox"_s, sendKey, u"imageLongSide"_s, u"maxAttachmentSize"_s,
            u"loadRemoteImages"_s, u"toolCommandOn"_s });
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
}

void TestFocusOrder::profileDialogReadsInOrder()
{
    Fixture f;
    ProfileDialog dialog(
        f.context->profiles(), f.context->secrets(), f.context->network(), f.window.get());
    dialog.show();
    dialog.selectProfile(u"Fake"_s);
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const QStringList order = round(&dialog);
    QVERIFY2(!order.last().startsWith(u'<'), qPrintable(order.join(u" → "_s)));
    // The list and its buttons, the form from the top, the connection test, then the dialog's
    // own buttons at the bottom.
    const QStringList rotated = rotatedTo(order, u"profileList"_s);
    const QString wrong = inOrder(rotated,
        { u"profileList"_s, u"addProfileButton"_s, u"profileNameEdit"_s, u"kindCombo"_s,
            u"baseUrlEdit"_s, u"apiKeyEdit"_s, u"defaultModelCombo"_s, u"networkButton"_s,
            u"testConnectionButton"_s, u"closeButton"_s });
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    QCOMPARE(rotated.last(), u"closeButton"_s);
}

QTEST_MAIN(TestFocusOrder)
#include "tst_focusorder.moc"
