// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MessageModel while an answer streams: coalesced deltas, the roles they touch, n choices.
#include <algorithm>

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "MessageFixtures.h"
#include "core/models/MessageModel.h"

using Conversation::Role;
using Conversation::State;
using Fixtures::message;
using M = MessageModel;

namespace {
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QList<int> sorted(QList<int> roles)
{
    std::sort(roles.begin(), roles.end());
    return roles;
}

//! The tree with an empty streaming answer (id 9) under the active leaf 8.
void startAnswer(MessageModel &model)
{
    model.setConversation(1, Fixtures::branchedTree(), 8);
    Conversation::Message answer = message(9, 8, Role::Assistant, {});
    answer.parts.clear();
    answer.state = State::Streaming;
    QVERIFY(model.appendMessage(answer));
}
} // namespace

class TestMessageModelStreaming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coalescing_data();
    void coalescing();
    void reasoningRoles();
    void offPathDeltasDontEmitForOtherRows();
    void appendDuringStreaming();
    void streamStateFlushesFirst();
    void choices();
    void resolvedChoice();
};

void TestMessageModelStreaming::coalescing_data()
{
    QTest::addColumn<QStringList>("pieces");
    QTest::addRow("japanese") << QStringList{ QStringLiteral("会話は"), QStringLiteral("楽しい。"),
        QStringLiteral("日本語の") };
    // U+1F600 and U+1F468 U+200D U+1F469: pieces that end and start inside surrogate pairs.
    const QString emoji = QString::fromUtf8("こんにちは😀👨‍👩 ok");
    QStringList halves;
    for (qsizetype i = 0; i < emoji.size(); i += 3)
        halves.append(emoji.mid(i, 3));
    QTest::addRow("emoji split mid-pair") << halves;
    QTest::addRow("mixed") << QStringList{ QStringLiteral("Hello "), QString::fromUtf8("世界🌏"),
        QStringLiteral(", ") };
}

void TestMessageModelStreaming::coalescing()
{
    QFETCH(QStringList, pieces);
    MessageModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    startAnswer(model);
    QSignalSpy changed(&model, &M::dataChanged);
    QSignalSpy flushed(&model, &M::deltasFlushed);
    QVERIFY(changed.isValid());
    QString expected;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 1000; ++i) {
        const QString &piece = pieces.at(i % pieces.size());
        model.appendDelta(9, 0, piece, {});
        expected += piece;
    }
    // Nothing yet: deltas wait for the timer.
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.index(5).data(M::TextRole).toString(), QString());
    QVERIFY(changed.wait(1000));
    QVERIFY2(
        clock.elapsed() >= M::FlushIntervalMs - 2, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(changed.count(), 1);
    const QList<QVariant> &call = changed.at(0);
    QCOMPARE(call.at(0).value<QModelIndex>().row(), 5);
    QCOMPARE(call.at(1).value<QModelIndex>().row(), 5);
    QCOMPARE(sorted(call.at(2).value<QList<int>>()),
        sorted(
            { Qt::DisplayRole, M::TextRole, M::TextLengthRole, M::ChoicesRole, M::RevisionRole }));
    QCOMPARE(model.index(5).data(M::TextRole).toString(), expected);
    QCOMPARE(model.index(5).data(M::TextLengthRole).toInt(), expected.size());
    QCOMPARE(model.message(5).parts.size(), 1);
    QCOMPARE(model.textView(9), QStringView(expected));
    QVERIFY(model.textView(42).isNull());
    QCOMPARE(flushed.count(), 1);
    QCOMPARE(flushed.at(0).at(0).toLongLong(), qint64(9));
    // No further signal without further deltas.
    QTest::qWait(3 * M::FlushIntervalMs);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!model.hasPendingDeltas());
}

void TestMessageModelStreaming::reasoningRoles()
{
    MessageModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    startAnswer(model);
    QSignalSpy changed(&model, &M::dataChanged);
    model.appendDelta(9, 0, {}, u"考え中…");
    model.appendDelta(9, 0, {}, u" step 2");
    model.flushDeltas();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(sorted(changed.at(0).at(2).value<QList<int>>()),
        sorted({ M::ReasoningRole, M::ChoicesRole, M::RevisionRole }));
    QCOMPARE(model.index(5).data(M::ReasoningRole).toString(), QString::fromUtf8("考え中… step 2"));
    model.appendDelta(9, 0, u"答え", u"!");
    model.flushDeltas();
    QCOMPARE(changed.count(), 2);
    QVERIFY(changed.at(1).at(2).value<QList<int>>().contains(M::TextRole));
    QVERIFY(changed.at(1).at(2).value<QList<int>>().contains(M::ReasoningRole));
    // An empty flush emits nothing.
    model.flushDeltas();
    model.appendDelta(9, 0, {}, {});
    model.flushDeltas();
    QCOMPARE(changed.count(), 2);
}

void TestMessageModelStreaming::offPathDeltasDontEmitForOtherRows()
{
    MessageModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setConversation(1, Fixtures::branchedTree(), 8);
    QSignalSpy changed(&model, &M::dataChanged);
    QSignalSpy flushed(&model, &M::deltasFlushed);
    // Message 4 answers the other branch of the edit: it has no row.
    for (int i = 0; i < 100; ++i)
        model.appendDelta(4, 0, u"…", {});
    model.appendDelta(99, 0, u"unknown message", {});
    QVERIFY(flushed.wait(1000));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(flushed.count(), 1);
    QCOMPARE(model.tree().find(4)->text(), QStringLiteral("A2a") + QString(100, QChar(0x2026)));
    QCOMPARE(model.revealMessage(4), 3);
    QCOMPARE(model.index(3).data(M::TextRole).toString(), model.tree().find(4)->text());
}

void TestMessageModelStreaming::appendDuringStreaming()
{
    MessageModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    startAnswer(model);
    model.appendDelta(9, 0, u"calling a tool", {});
    // A tool result arrives while deltas for the answer are still buffered.
    Conversation::Message tool = message(10, 9, Role::Tool, QStringLiteral("{\"ok\":true}"));
    tool.toolCallId = QStringLiteral("call_1");
    QSignalSpy changed(&model, &M::dataChanged);
    QVERIFY(model.appendMessage(tool));
    QCOMPARE(model.rowCount(), 7);
    model.flushDeltas();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 5);
    QCOMPARE(model.index(5).data(M::TextRole).toString(), QStringLiteral("calling a tool"));
    QCOMPARE(model.index(6).data(M::ToolCallIdRole).toString(), QStringLiteral("call_1"));
    // Deltas for a message removed before the flush are dropped.
    model.appendDelta(10, 0, u"late", {});
    QVERIFY(model.removeMessage(10));
    model.flushDeltas();
    QCOMPARE(model.rowCount(), 6);
}

void TestMessageModelStreaming::streamStateFlushesFirst()
{
    MessageModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    startAnswer(model);
    QSignalSpy changed(&model, &M::dataChanged);
    model.appendDelta(9, 0, u"partial", {});
    QVERIFY(model.setStreamState(9, State::Interrupted, QStringLiteral("connection reset")));
    QVERIFY(!model.hasPendingDeltas());
    QCOMPARE(changed.count(), 2);
    QVERIFY(changed.at(1).at(2).value<QList<int>>().contains(M::StateRole));
    QCOMPARE(model.index(5).data(M::TextRole).toString(), QStringLiteral("partial"));
    QCOMPARE(model.index(5).data(M::StateRole).value<State>(), State::Interrupted);
    QCOMPARE(model.message(5).error, QStringLiteral("connection reset"));
    QVERIFY(!model.setStreamState(42, State::Complete));
}

void TestMessageModelStreaming::choices()
{
    MessageModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    startAnswer(model);
    QSignalSpy changed(&model, &M::dataChanged);
    model.appendDelta(9, 0, u"zero", {});
    model.appendDelta(9, 2, u"two", u"r2");
    model.appendDelta(9, 1, u"one", {});
    model.flushDeltas();
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(M::ChoiceCountRole));
    const QModelIndex row = model.index(5);
    QCOMPARE(row.data(M::ChoiceCountRole).toInt(), 3);
    const auto all = row.data(M::ChoicesRole).value<QList<Conversation::Choice>>();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).content, QStringLiteral("zero"));
    QCOMPARE(all.at(1).content, QStringLiteral("one"));
    QCOMPARE(all.at(2).content, QStringLiteral("two"));
    QCOMPARE(all.at(2).reasoning, QStringLiteral("r2"));
    QCOMPARE(row.data(M::TextRole).toString(), QStringLiteral("zero"));
    QCOMPARE(model.textView(9, 2), u"two");
    QVERIFY(model.textView(9, 3).isNull());

    QVERIFY(model.setActiveChoice(5, 2));
    QCOMPARE(changed.count(), 2);
    QVERIFY(changed.at(1).at(2).value<QList<int>>().contains(M::ActiveChoiceRole));
    QCOMPARE(row.data(M::ActiveChoiceRole).toInt(), 2);
    QCOMPARE(row.data(M::TextRole).toString(), QStringLiteral("two"));
    QCOMPARE(row.data(Qt::DisplayRole).toString(), QStringLiteral("two"));
    QCOMPARE(row.data(M::ReasoningRole).toString(), QStringLiteral("r2"));

    // A delta for a choice that isn't shown changes ChoicesRole, not the text.
    model.appendDelta(9, 1, u"+", {});
    model.flushDeltas();
    QCOMPARE(changed.count(), 3);
    const QList<int> roles = changed.at(2).at(2).value<QList<int>>();
    QVERIFY(roles.contains(M::ChoicesRole));
    QVERIFY(!roles.contains(M::TextRole));
    QVERIFY(!roles.contains(Qt::DisplayRole));
    model.appendDelta(9, 2, u"!", {});
    model.flushDeltas();
    QVERIFY(changed.at(3).at(2).value<QList<int>>().contains(M::TextRole));
    QCOMPARE(row.data(M::TextRole).toString(), QStringLiteral("two!"));

    QVERIFY(!model.setActiveChoice(5, 3));
    QVERIFY(!model.setActiveChoice(-1, 0));
    QVERIFY(model.setActiveChoice(5, 2)); // unchanged: no signal
    QCOMPARE(changed.count(), 4);
}

void TestMessageModelStreaming::resolvedChoice()
{
    Conversation::Message m = message(9, 8, Role::Assistant, QStringLiteral("zero"));
    m.finishReason = QStringLiteral("stop");
    Conversation::Choice one;
    one.content = QStringLiteral("one");
    one.finishReason = QStringLiteral("length");
    m.choices = { one };
    m.activeChoice = 1;
    const Conversation::Message r = MessageModel::resolvedChoice(m);
    QCOMPARE(r.text(), QStringLiteral("one"));
    QCOMPARE(r.finishReason, QStringLiteral("length"));
    QCOMPARE(r.activeChoice, 0);
    QCOMPARE(r.choices.size(), 1);
    QCOMPARE(r.choices.at(0).content, QStringLiteral("zero"));
    QCOMPARE(r.choices.at(0).finishReason, QStringLiteral("stop"));
    m.activeChoice = 0;
    QCOMPARE(MessageModel::resolvedChoice(m), m);
}

QTEST_GUILESS_MAIN(TestMessageModelStreaming)
#include "tst_messagemodelstreaming.moc"
