// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// n > 1 choices side by side (issue 7): each choice in its own column with its finish reason, the
// one the conversation follows marked, and "Continue with choice k" picking another.
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

#include "MainWindowFixture.h"
#include "gui/choices/ChoicesDialog.h"
#include "gui/panel/ParameterPanel.h"

using namespace Qt::StringLiterals;
using namespace WindowTest;

namespace {
QByteArray choiceChunk(int index, const QJsonObject &delta, const QJsonValue &finish = {})
{
    const QJsonObject chunk{ { u"id"_s, u"chatcmpl-n"_s },
        { u"object"_s, u"chat.completion.chunk"_s }, { u"created"_s, 1700000000 },
        { u"model"_s, u"gpt-4o-mini"_s },
        { u"choices"_s,
            QJsonArray{ QJsonObject{ { u"index"_s, index }, { u"delta"_s, delta },
                { u"finish_reason"_s, finish } } } } };
    return QJsonDocument(chunk).toJson(QJsonDocument::Compact);
}
} // namespace

class TestChoicesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void choicesSideBySide()
    {
        Conversation::Choice first;
        first.content = u"青い空が広がっています。"_s;
        first.finishReason = u"stop"_s;
        Conversation::Choice second;
        second.content = u"空は**灰色**で、雨が"_s;
        second.finishReason = u"length"_s;
        Conversation::Choice third;
        third.toolCalls = { { u"call_1"_s, u"function"_s, u"get_weather"_s,
            u"{\"city\":\"東京\"}"_s } };
        third.finishReason = u"tool_calls"_s;
        ChoicesDialog dialog({ first, second, third }, 1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.columnCount(), 3);
        QCOMPARE(dialog.view(0)->toPlainText(), u"青い空が広がっています。"_s);
        QCOMPARE(dialog.view(1)->toPlainText(), u"空は灰色で、雨が"_s); // Markdown rendered
        QVERIFY(dialog.view(2)->toPlainText().contains(u"get_weather"_s));
        QVERIFY(dialog.view(2)->toPlainText().contains(u"\"city\": \"東京\""_s));
        // Each column tells its finish reason; the followed one is marked and can't be re-picked.
        QStringList labels;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            labels << label->text();
        QVERIFY2(labels.join(u'|').contains(u"length"_s), qPrintable(labels.join(u'|')));
        QVERIFY(labels.join(u'|').contains(u"tool_calls"_s));
        QVERIFY(labels.join(u'|').contains(u"Choice 2 of 3 (the conversation follows this one)"_s));
        QVERIFY(!dialog.continueButton(1)->isEnabled());

        QSignalSpy chosen(&dialog, &ChoicesDialog::chosen);
        QTest::mouseClick(dialog.continueButton(2), Qt::LeftButton);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toInt(), 2);
        QVERIFY(!dialog.isVisible());
    }

    void compareFromTheAnswerAndGoOn()
    {
        Fixture f;
        QVERIFY(f.opened);
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        Conversation::Settings settings = f.page()->panel()->settings();
        settings.parameters.insert(u"n"_s, 2);
        f.page()->panel()->setSettings(settings);
        f.server.enqueue("/chat/completions",
            FakeResponse::sse({ choiceChunk(0, { { u"content"_s, u"海です。"_s } }),
                choiceChunk(1, { { u"content"_s, u"山です。"_s } }), choiceChunk(0, {}, u"stop"_s),
                choiceChunk(1, {}, u"length"_s), QByteArrayLiteral("[DONE]") }));
        f.typeAndSend(u"海と山、どちら？"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f.model()->rowCount(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(f.state(1), Conversation::State::Complete, 5000);
        QCOMPARE(lastChat(f.server).json().value(u"n"_s).toInt(), 2);

        // "Compare" in the answer's footer opens both side by side.
        f.click(1, MessageActions::Action::CompareChoices);
        ChoicesDialog *dialog = nullptr;
        QTRY_VERIFY(dialog = f.page()->view()->findChild<ChoicesDialog *>());
        QCOMPARE(dialog->columnCount(), 2);
        QCOMPARE(dialog->view(0)->toPlainText(), u"海です。"_s);
        QCOMPARE(dialog->view(1)->toPlainText(), u"山です。"_s);
        QTest::mouseClick(dialog->continueButton(1), Qt::LeftButton);
        QCOMPARE(f.model()->data(f.model()->index(1), MessageModel::ActiveChoiceRole).toInt(), 1);
        QCOMPARE(
            f.model()->data(f.model()->index(1), MessageModel::TextRole).toString(), u"山です。"_s);

        // The next question follows the chosen one.
        f.server.enqueue("/chat/completions", answer({ u"山ですね。"_s }));
        f.typeAndSend(u"なぜ？"_s);
        QTRY_COMPARE_WITH_TIMEOUT(chatRequests(f.server), 2, 5000);
        const QJsonArray sent = lastChat(f.server).json().value(u"messages"_s).toArray();
        QCOMPARE(sent[1].toObject().value(u"content"_s).toString(), u"山です。"_s);
    }
};

QTEST_MAIN(TestChoicesDialog)
#include "tst_choicesdialog.moc"
