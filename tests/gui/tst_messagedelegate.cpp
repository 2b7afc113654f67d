// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

#include "core/models/MessageModel.h"
#include "gui/ConversationView.h"
#include "gui/delegates/MessageActions.h"
#include "gui/delegates/MessageDelegate.h"
#include "gui/delegates/MessageTextSelector.h"

using Action = MessageActions::Action;
using Conversation::Role;
using Conversation::State;

namespace {
Conversation::Message message(qint64 id, qint64 parent, Role role, const QString &text)
{
    Conversation::Message m;
    m.id = id;
    m.conversationId = 1;
    m.parentId = parent;
    m.role = role;
    Conversation::Part part;
    part.text = text;
    m.parts = { part };
    return m;
}

const QString Code = QStringLiteral("int main()\n{\n    return 0;\n}");

//! 1 user → 2|3 assistant (siblings; 3 active: reasoning, usage, a code block, a link, two
//! choices) → 4 user → 5 assistant (failed).
QList<Conversation::Message> conversation()
{
    auto second = message(3, 1, Role::Assistant,
        QStringLiteral("Here is [the docs](https://example.com/docs).\n\n```cpp\n") + Code
            + QStringLiteral("\n```\n\nDone."));
    second.reasoning = QStringLiteral("The user wants an example. ").repeated(12);
    second.model = QStringLiteral("gpt-4o");
    second.finishReason = QStringLiteral("stop");
    second.usage = QJsonDocument::fromJson(R"({"prompt_tokens": 120, "completion_tokens": 45,
        "prompt_tokens_details": {"cached_tokens": 80},
        "completion_tokens_details": {"reasoning_tokens": 12}})")
                       .object();
    Conversation::Choice choice;
    choice.content = QStringLiteral("The other choice.");
    choice.finishReason = QStringLiteral("length");
    second.choices = { choice };
    auto failed = message(5, 4, Role::Assistant, {});
    failed.state = State::Failed;
    failed.error = QStringLiteral("HTTP 500: upstream exploded");
    return { message(1, 0, Role::User, QStringLiteral("Show me an example")),
        message(2, 1, Role::Assistant, QStringLiteral("First answer.")), second,
        message(4, 3, Role::User, QStringLiteral("Thanks! Select this text please.")), failed };
}

struct Fixture
{
    MessageModel model;
    ConversationView view;

    explicit Fixture(QList<Conversation::Message> messages = conversation(), qint64 leaf = 0)
    {
        model.setConversation(1, std::move(messages), leaf);
        view.setOpenLinks(false);
        view.resize(700, 900);
        view.setModel(&model);
        view.show();
    }

    QModelIndex row(int r) const { return model.index(r); }

    void click(const QModelIndex &index, Action action, int n = 0)
    {
        const QRect rect = view.actionRect(index, action, n);
        QVERIFY2(!rect.isEmpty(), "the row offers the action");
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, rect.center());
    }
};
} // namespace

class TestMessageDelegate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionsEmitSignals();
    void siblingAndChoiceSwitch();
    void reasoningToggleChangesHeight();
    void codeBlockCopy();
    void linkClick();
    void toolCalls();
    void failedShowsErrorAndRetry();
    void darkPalette();
    void selectAndCopy();
    void contextMenuOffersEverything();
};

void TestMessageDelegate::actionsEmitSignals()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QSignalSpy edit(&f.view, &ConversationView::editRequested);
    QSignalSpy regenerate(&f.view, &ConversationView::regenerateRequested);
    QSignalSpy retry(&f.view, &ConversationView::retryRequested);
    f.click(f.row(2), Action::Edit);
    QCOMPARE(edit.count(), 1);
    QCOMPARE(edit.at(0).at(0).toLongLong(), 4);
    f.click(f.row(1), Action::Regenerate);
    QCOMPARE(regenerate.count(), 1);
    QCOMPARE(regenerate.at(0).at(0).toLongLong(), 3);
    f.click(f.row(3), Action::Retry);
    QCOMPARE(retry.count(), 1);
    QCOMPARE(retry.at(0).at(0).toLongLong(), 5);
    // Users have no Regenerate, answers no Edit.
    QVERIFY(f.view.actionRect(f.row(0), Action::Regenerate).isEmpty());
    QVERIFY(f.view.actionRect(f.row(1), Action::Edit).isEmpty());
    f.click(f.row(1), Action::Copy);
    QCOMPARE(
        QGuiApplication::clipboard()->text(), f.row(1).data(MessageModel::TextRole).toString());

    auto interrupted = message(2, 1, Role::Assistant, QStringLiteral("Partial answer"));
    interrupted.state = State::Interrupted;
    Fixture g({ message(1, 0, Role::User, QStringLiteral("Hi")), interrupted });
    QVERIFY(QTest::qWaitForWindowExposed(&g.view));
    QSignalSpy resume(&g.view, &ConversationView::continueRequested);
    QVERIFY(g.view.actionRect(g.row(1), Action::Retry).isEmpty());
    g.click(g.row(1), Action::Continue);
    QCOMPARE(resume.count(), 1);
    QCOMPARE(resume.at(0).at(0).toLongLong(), 2);
}

void TestMessageDelegate::siblingAndChoiceSwitch()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QCOMPARE(f.row(1).data(MessageModel::IdRole).toLongLong(), 3);
    QVERIFY(f.view.actionRect(f.row(1), Action::NextSibling).isValid());
    // The choice switch first (switching siblings replaces the rows below).
    f.click(f.row(1), Action::NextChoice);
    QCOMPARE(f.row(1).data(MessageModel::ActiveChoiceRole).toInt(), 1);
    QCOMPARE(f.row(1).data(MessageModel::TextRole).toString(), QStringLiteral("The other choice."));
    f.click(f.row(1), Action::PreviousChoice);
    QCOMPARE(f.row(1).data(MessageModel::ActiveChoiceRole).toInt(), 0);
    f.click(f.row(1), Action::PreviousSibling);
    QCOMPARE(f.row(1).data(MessageModel::IdRole).toLongLong(), 2);
    QCOMPARE(f.model.rowCount(), 2);
    // At the first sibling, "previous" is disabled: clicking it changes nothing.
    const QRect previous = f.view.actionRect(f.row(1), Action::PreviousSibling);
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, previous.center());
    QCOMPARE(f.row(1).data(MessageModel::IdRole).toLongLong(), 2);
    f.click(f.row(1), Action::NextSibling);
    QCOMPARE(f.row(1).data(MessageModel::IdRole).toLongLong(), 3);
}

void TestMessageDelegate::reasoningToggleChangesHeight()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QVERIFY(f.view.actionRect(f.row(0), Action::ToggleReasoning).isEmpty());
    const int collapsed = f.view.visualRect(f.row(1)).height();
    f.click(f.row(1), Action::ToggleReasoning);
    QTRY_VERIFY(f.view.visualRect(f.row(1)).height() > collapsed + 20);
    f.click(f.row(1), Action::ToggleReasoning);
    QTRY_COMPARE(f.view.visualRect(f.row(1)).height(), collapsed);
}

void TestMessageDelegate::codeBlockCopy()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QGuiApplication::clipboard()->clear();
    f.click(f.row(1), Action::CopyCode, 0);
    QCOMPARE(QGuiApplication::clipboard()->text(), Code);
    QVERIFY(f.view.actionRect(f.row(1), Action::CopyCode, 1).isEmpty());
}

void TestMessageDelegate::linkClick()
{
    Fixture f({ message(
        1, 0, Role::Assistant, QStringLiteral("[example link](https://example.com/x)")) });
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QSignalSpy links(&f.view, &ConversationView::linkActivated);
    const QRect row = f.view.visualRect(f.row(0));
    // The text starts at the bubble's padding: the link is its first word.
    const QPoint onLink = row.topLeft()
        + QPoint(MessageLayout::Margin + MessageLayout::Padding + 8,
            MessageLayout::Margin / 2 + MessageLayout::Padding + 6);
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, onLink);
    QCOMPARE(links.count(), 1);
    QCOMPARE(links.at(0).at(0).toUrl(), QUrl(QStringLiteral("https://example.com/x")));
}

void TestMessageDelegate::toolCalls()
{
    auto call = message(2, 1, Role::Assistant, {});
    call.toolCalls = { { QStringLiteral("call_1"), QStringLiteral("function"),
                           QStringLiteral("get_weather"), QStringLiteral(R"({"city":"Tokyo"})") },
        { QStringLiteral("call_2"), QStringLiteral("function"), QStringLiteral("broken"),
            QStringLiteral(R"({"city": "Osa)") } };
    auto result = message(3, 2, Role::Tool, QStringLiteral("{\"temp\": 21}"));
    result.toolCallId = QStringLiteral("call_1");
    Fixture f({ message(1, 0, Role::User, QStringLiteral("Weather?")), call, result });
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    bool invalid = false;
    const QString text = MessageActions::toolCalls(f.row(1), &invalid);
    QVERIFY(invalid);
    QVERIFY2(text.contains(QStringLiteral("get_weather(\n{\n    \"city\": \"Tokyo\"\n})")),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("broken(\n{\"city\": \"Osa)")));
    QCOMPARE(MessageActions::toolResultTitle(f.row(2)), QStringLiteral("Tool result · call_1"));
    f.model.setConversation(1, { message(1, 0, Role::User, QStringLiteral("Weather?")), call }, 0);
    QVERIFY(MessageActions::toolCalls(f.row(1), &invalid).contains(u"get_weather"));
    // The rows are painted without trouble and are taller than an empty answer.
    f.view.viewport()->grab();
    QVERIFY(f.view.visualRect(f.row(1)).height() > 100);
}

void TestMessageDelegate::failedShowsErrorAndRetry()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const QRect retry = f.view.actionRect(f.row(3), Action::Retry);
    QVERIFY(retry.isValid());
    const QImage image = f.view.viewport()->grab().toImage();
    // Between the text and the footer: the error line, in a red.
    const QRect row = f.view.visualRect(f.row(3));
    int reddish = 0;
    for (int y = row.top(); y < retry.top(); ++y)
        for (int x = row.left(); x < row.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            reddish += c.red() > c.green() + 60 && c.red() > c.blue() + 60;
        }
    QVERIFY(reddish > 20);
    QVERIFY(
        MessageDelegate::markerText(State::Failed, QStringLiteral("HTTP 500: upstream exploded"))
            .contains(QStringLiteral("upstream exploded")));
}

void TestMessageDelegate::darkPalette()
{
    Fixture f;
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1b, 0x1b));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x5a, 0xa0));
    dark.setColor(QPalette::Link, QColor(0x6a, 0xa8, 0xff));
    f.view.setPalette(dark);
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    f.view.clearSelection();
    f.view.setCurrentIndex({});
    const QImage image = f.view.viewport()->grab().toImage();
    const QRect code = f.view.actionRect(f.row(1), Action::CopyCode, 0);
    QVERIFY(code.isValid());
    // Inside the code block (left of its button), inside the bubble, and the view's background.
    for (const QPoint p : { code.topLeft() - QPoint(40, -code.height()),
             f.view.visualRect(f.row(1)).topLeft() + QPoint(MessageLayout::Margin + 3, 20),
             QPoint(2, 2) }) {
        const QColor c = image.pixelColor(p);
        QVERIFY2(c.lightness() < 90, qPrintable(c.name()));
    }
}

void TestMessageDelegate::selectAndCopy()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    f.view.activateWindow();
    const QRect row = f.view.visualRect(f.row(2));
    const QRect edit = f.view.actionRect(f.row(2), Action::Edit);
    // The user bubble's text: above its footer.
    QTest::mouseDClick(
        f.view.viewport(), Qt::LeftButton, {}, QPoint(edit.left() + 10, row.top() + 16));
    QTRY_VERIFY(f.view.textSelector());
    MessageTextSelector *selector = f.view.textSelector();
    QCOMPARE(selector->toPlainText(), QStringLiteral("Thanks! Select this text please."));
    // Keyboard selection: "Select this"
    QTextCursor cursor = selector->textCursor();
    cursor.setPosition(8);
    selector->setTextCursor(cursor);
    for (int i = 0; i < 11; ++i)
        QTest::keyClick(selector, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(selector, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Select this"));
    // Mouse selection: a drag over the first word.
    const QRect first = selector->cursorRect(QTextCursor(selector->document()));
    QTest::mousePress(selector->viewport(), Qt::LeftButton, {}, first.center() + QPoint(1, 0));
    QTest::mouseMove(selector->viewport(), first.center() + QPoint(40, 0));
    QTest::mouseRelease(selector->viewport(), Qt::LeftButton, {}, first.center() + QPoint(40, 0));
    QVERIFY(selector->textCursor().hasSelection());
    QVERIFY(QStringLiteral("Thanks! Select").startsWith(selector->textCursor().selectedText()));
    // Escape closes it; scrolling would too.
    QTest::keyClick(selector, Qt::Key_Escape);
    QTRY_VERIFY(!f.view.textSelector());
}

void TestMessageDelegate::contextMenuOffersEverything()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    auto texts = [&](const QModelIndex &index) {
        QMenu menu;
        f.view.populateMenu(&menu, index);
        QStringList list;
        for (QAction *action : menu.actions())
            if (!action->isSeparator())
                list.append(action->text());
        return list;
    };
    QVERIFY(texts(f.row(0)).contains(QStringLiteral("Edit")));
    const QStringList answer = texts(f.row(1));
    for (const char *expected : { "Copy", "Select Text", "Copy Code Block 1", "Show Reasoning",
             "Regenerate", "Previous version", "Next version", "Previous choice", "Next choice" })
        QVERIFY2(answer.contains(QString::fromUtf8(expected)), qPrintable(answer.join(u',')));
    QVERIFY(texts(f.row(3)).contains(QStringLiteral("Retry")));
    QMenu menu;
    f.view.populateMenu(&menu, f.row(3));
    QSignalSpy retry(&f.view, &ConversationView::retryRequested);
    for (QAction *action : menu.actions())
        if (action->text() == QStringLiteral("Retry"))
            action->trigger();
    QCOMPARE(retry.count(), 1);
}

QTEST_MAIN(TestMessageDelegate)
#include "tst_messagedelegate.moc"
