// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MessageModel: roles, the active path of a branched tree, branching and switching siblings.
// Streaming and choices are in tst_messagemodelstreaming.cpp.
#include <QAbstractItemModelTester>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

#include "MessageFixtures.h"
#include "core/models/MessageModel.h"

using Conversation::Role;
using Fixtures::message;
using Ids = QList<qint64>;

namespace {
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

Ids rowIds(const MessageModel &model)
{
    Ids ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.data(model.index(row), MessageModel::IdRole).toLongLong());
    return ids;
}

QList<int> column(const QSignalSpy &spy, int argument)
{
    QList<int> values;
    for (const QList<QVariant> &call : spy)
        values.append(call.at(argument).toInt());
    return values;
}
} // namespace

class TestMessageModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roleNames();
    void accessibleTextSaysWhoAndWhatWentWrong();
    void activePath_data();
    void activePath();
    void switchToSibling_data();
    void switchToSibling();
    void appendToLeafOnlyInserts();
    void appendBranch_data();
    void appendBranch();
    void appendRefusesBadMessages_data();
    void appendRefusesBadMessages();
    void removeMessage();
    void revealMessage();
    void updateMessage();
};

void TestMessageModel::roleNames()
{
    MessageModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    QCOMPARE(int(MessageModel::IdRole), Qt::UserRole + 1);
    const QHash<int, QByteArray> names = model.roleNames();
    const QMetaEnum roles = QMetaEnum::fromType<MessageModel::Role>();
    QSet<QByteArray> seen;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        QVERIFY2(!seen.contains(it.value()), it.value().constData());
        seen.insert(it.value());
    }
    for (int i = 0; i < roles.keyCount(); ++i) {
        QVERIFY2(roles.value(i) > Qt::UserRole, roles.key(i));
        QVERIFY2(names.contains(roles.value(i)), roles.key(i));
    }
    QCOMPARE(names.value(Qt::DisplayRole), QByteArrayLiteral("display"));
}

void TestMessageModel::activePath_data()
{
    QTest::addColumn<qint64>("leaf");
    QTest::addColumn<Ids>("rows");
    QTest::addColumn<QList<int>>("siblingCounts");
    QTest::addColumn<QList<int>>("siblingIndexes");
    QTest::addRow("newest branch") << qint64(8) << Ids{ 1, 2, 5, 7, 8 }
                                   << QList<int>{ 1, 1, 2, 2, 1 } << QList<int>{ 0, 0, 1, 1, 0 };
    QTest::addRow("older branch") << qint64(4) << Ids{ 1, 2, 3, 4 } << QList<int>{ 1, 1, 2, 1 }
                                  << QList<int>{ 0, 0, 0, 0 };
    QTest::addRow("first answer") << qint64(6) << Ids{ 1, 2, 5, 6 } << QList<int>{ 1, 1, 2, 2 }
                                  << QList<int>{ 0, 0, 1, 0 };
    QTest::addRow("no leaf: newest") << qint64(0) << Ids{ 1, 2, 5, 7, 8 }
                                     << QList<int>{ 1, 1, 2, 2, 1 } << QList<int>{ 0, 0, 1, 1, 0 };
    QTest::addRow("inner node: extended")
        << qint64(3) << Ids{ 1, 2, 3, 4 } << QList<int>{ 1, 1, 2, 1 } << QList<int>{ 0, 0, 0, 0 };
    QTest::addRow("unknown: newest") << qint64(99) << Ids{ 1, 2, 5, 7, 8 }
                                     << QList<int>{ 1, 1, 2, 2, 1 } << QList<int>{ 0, 0, 1, 1, 0 };
}

void TestMessageModel::activePath()
{
    QFETCH(qint64, leaf);
    QFETCH(Ids, rows);
    QFETCH(QList<int>, siblingCounts);
    QFETCH(QList<int>, siblingIndexes);
    MessageModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    QSignalSpy leafChanged(&model, &MessageModel::activeLeafChanged);
    model.setConversation(1, Fixtures::branchedTree(), leaf);
    QCOMPARE(rowIds(model), rows);
    QCOMPARE(model.activeLeafId(), rows.constLast());
    // The model reports a leaf it had to correct, so the session can store it.
    QCOMPARE(leafChanged.count(), leaf == rows.constLast() ? 0 : 1);
    Ids pathIds;
    for (const Conversation::Message &m : model.activePath())
        pathIds.append(m.id);
    QCOMPARE(pathIds, rows);
    for (int row = 0; row < rows.size(); ++row) {
        const QModelIndex index = model.index(row);
        QCOMPARE(model.rowOf(rows.at(row)), row);
        QCOMPARE(index.data(MessageModel::SiblingCountRole).toInt(), siblingCounts.at(row));
        QCOMPARE(index.data(MessageModel::SiblingIndexRole).toInt(), siblingIndexes.at(row));
        QCOMPARE(index.data(Qt::DisplayRole), index.data(MessageModel::TextRole));
        QCOMPARE(index.data(MessageModel::TextRole).toString(), model.message(row).text());
        QCOMPARE(index.data(MessageModel::RoleRole).value<Role>(), model.message(row).role);
    }
    for (qint64 id = 1; id <= 8; ++id) {
        if (!rows.contains(id))
            QCOMPARE(model.rowOf(id), -1);
    }
}

void TestMessageModel::switchToSibling_data()
{
    QTest::addColumn<qint64>("leaf");
    QTest::addColumn<int>("row");
    QTest::addColumn<qint64>("sibling");
    QTest::addColumn<Ids>("rows");
    QTest::addColumn<int>("removedFirst"); // -1: no removal
    QTest::addColumn<int>("removedLast");
    QTest::addColumn<int>("insertedLast");
    QTest::addRow("edit branch back")
        << qint64(8) << 2 << qint64(3) << Ids{ 1, 2, 3, 4 } << 2 << 4 << 3;
    QTest::addRow("edit branch forward")
        << qint64(4) << 2 << qint64(5) << Ids{ 1, 2, 5, 7, 8 } << 2 << 3 << 4;
    QTest::addRow("older answer") << qint64(8) << 3 << qint64(6) << Ids{ 1, 2, 5, 6 } << 3 << 4
                                  << 3;
    QTest::addRow("same message") << qint64(8) << 3 << qint64(7) << Ids{ 1, 2, 5, 7, 8 } << -1 << -1
                                  << -1;
}

void TestMessageModel::switchToSibling()
{
    QFETCH(qint64, leaf);
    QFETCH(int, row);
    QFETCH(qint64, sibling);
    QFETCH(Ids, rows);
    QFETCH(int, removedFirst);
    QFETCH(int, removedLast);
    QFETCH(int, insertedLast);
    MessageModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setConversation(1, Fixtures::branchedTree(), leaf);
    QSignalSpy removed(&model, &MessageModel::rowsRemoved);
    QSignalSpy inserted(&model, &MessageModel::rowsInserted);
    QSignalSpy changed(&model, &MessageModel::dataChanged);
    QSignalSpy leafChanged(&model, &MessageModel::activeLeafChanged);
    QCOMPARE(model.siblings(row).contains(sibling), true);
    QVERIFY(model.switchToSibling(row, sibling));
    QCOMPARE(rowIds(model), rows);
    if (removedFirst < 0) {
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(leafChanged.count(), 0);
    } else {
        // Rows above `row` stay; only the tail is replaced.
        QCOMPARE(column(removed, 1), QList<int>{ removedFirst });
        QCOMPARE(column(removed, 2), QList<int>{ removedLast });
        QCOMPARE(column(inserted, 1), QList<int>{ row });
        QCOMPARE(column(inserted, 2), QList<int>{ insertedLast });
        QCOMPARE(leafChanged.count(), 1);
        QCOMPARE(leafChanged.at(0).at(0).toLongLong(), rows.constLast());
    }
    QCOMPARE(changed.count(), 0);
    const QModelIndex at = model.index(row);
    QCOMPARE(at.data(MessageModel::SiblingIndexRole).toInt(), model.siblings(row).indexOf(sibling));
    QCOMPARE(at.data(MessageModel::SiblingCountRole).toInt(), 2);
    // A message that isn't a sibling, and rows out of range, are refused.
    QVERIFY(!model.switchToSibling(row, 1));
    QVERIFY(!model.switchToSibling(model.rowCount(), sibling));
    QCOMPARE(rowIds(model), rows);
}

void TestMessageModel::appendToLeafOnlyInserts()
{
    MessageModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setConversation(1, Fixtures::branchedTree(), 8);
    QSignalSpy removed(&model, &MessageModel::rowsRemoved);
    QSignalSpy inserted(&model, &MessageModel::rowsInserted);
    QSignalSpy changed(&model, &MessageModel::dataChanged);
    QVERIFY(model.appendMessage(message(9, 8, Role::Assistant, QStringLiteral("A3"))));
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(column(inserted, 1), QList<int>{ 5 });
    QCOMPARE(column(inserted, 2), QList<int>{ 5 });
    QCOMPARE(model.activeLeafId(), qint64(9));
    QCOMPARE(model.rowOf(9), 5);
}

void TestMessageModel::appendBranch_data()
{
    QTest::addColumn<qint64>("parent");
    QTest::addColumn<Ids>("rows");
    QTest::addColumn<int>("siblingCount");
    QTest::addRow("edit the second question") << qint64(2) << Ids{ 1, 2, 9 } << 3;
    QTest::addRow("regenerate the answer") << qint64(5) << Ids{ 1, 2, 5, 9 } << 3;
    QTest::addRow("edit the first question") << qint64(0) << Ids{ 9 } << 2;
    QTest::addRow("under an off-path message") << qint64(4) << Ids{ 1, 2, 3, 4, 9 } << 1;
}

void TestMessageModel::appendBranch()
{
    QFETCH(qint64, parent);
    QFETCH(Ids, rows);
    QFETCH(int, siblingCount);
    MessageModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setConversation(1, Fixtures::branchedTree(), 8);
    QSignalSpy leafChanged(&model, &MessageModel::activeLeafChanged);
    QVERIFY(model.appendMessage(message(9, parent, Role::User, QStringLiteral("new"))));
    QCOMPARE(rowIds(model), rows);
    QCOMPARE(model.activeLeafId(), qint64(9));
    QCOMPARE(leafChanged.count(), 1);
    const QModelIndex last = model.index(model.rowCount() - 1);
    QCOMPARE(last.data(MessageModel::SiblingCountRole).toInt(), siblingCount);
    QCOMPARE(last.data(MessageModel::SiblingIndexRole).toInt(), siblingCount - 1);
    QCOMPARE(model.tree().size(), 9);
}

void TestMessageModel::appendRefusesBadMessages_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<qint64>("parent");
    QTest::addRow("no id") << qint64(0) << qint64(8);
    QTest::addRow("known id") << qint64(4) << qint64(8);
    QTest::addRow("unknown parent") << qint64(9) << qint64(42);
}

void TestMessageModel::appendRefusesBadMessages()
{
    QFETCH(qint64, id);
    QFETCH(qint64, parent);
    MessageModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setConversation(1, Fixtures::branchedTree(), 8);
    QSignalSpy inserted(&model, &MessageModel::rowsInserted);
    QVERIFY(!model.appendMessage(message(id, parent, Role::User, QStringLiteral("x"))));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(rowIds(model), (Ids{ 1, 2, 5, 7, 8 }));
}

void TestMessageModel::removeMessage()
{
    MessageModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setConversation(1, Fixtures::branchedTree(), 8);
    QSignalSpy changed(&model, &MessageModel::dataChanged);
    // Off the path: the on-path sibling's "2/2" becomes "1/1".
    QVERIFY(model.removeMessage(3));
    QCOMPARE(rowIds(model), (Ids{ 1, 2, 5, 7, 8 }));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(model.index(2).data(MessageModel::SiblingCountRole).toInt(), 1);
    // On the path: the path moves to the remaining sibling's branch.
    QVERIFY(model.removeMessage(7));
    QCOMPARE(rowIds(model), (Ids{ 1, 2, 5, 6 }));
    QVERIFY(model.removeMessage(6));
    QCOMPARE(rowIds(model), (Ids{ 1, 2, 5 }));
    QVERIFY(model.removeMessage(1));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.activeLeafId(), qint64(0));
    QVERIFY(!model.removeMessage(1));
}

void TestMessageModel::revealMessage()
{
    MessageModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setConversation(1, Fixtures::branchedTree(), 8);
    QCOMPARE(model.revealMessage(3), 2);
    QCOMPARE(rowIds(model), (Ids{ 1, 2, 3, 4 }));
    QCOMPARE(model.revealMessage(1), 0);
    QCOMPARE(rowIds(model), (Ids{ 1, 2, 3, 4 }));
    QCOMPARE(model.revealMessage(77), -1);
}

void TestMessageModel::updateMessage()
{
    MessageModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setConversation(1, Fixtures::branchedTree(), 8);
    QSignalSpy changed(&model, &MessageModel::dataChanged);
    Conversation::Message m = model.message(3);
    m.state = Conversation::State::Failed;
    m.error = QStringLiteral("HTTP 500");
    const quint64 revision = model.index(3).data(MessageModel::RevisionRole).toULongLong();
    QVERIFY(model.updateMessage(m));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 3);
    QCOMPARE(model.index(3).data(MessageModel::StateRole).value<Conversation::State>(),
        Conversation::State::Failed);
    QCOMPARE(model.index(3).data(MessageModel::ErrorRole).toString(), QStringLiteral("HTTP 500"));
    QVERIFY(model.index(3).data(MessageModel::RevisionRole).toULongLong() > revision);
    // Off the path: stored, no signal. Moving a message to another parent is refused.
    Conversation::Message off = model.tree().find(4) ? *model.tree().find(4) : m;
    off.parts[0].text = QStringLiteral("edited");
    QVERIFY(model.updateMessage(off));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.tree().find(4)->text(), QStringLiteral("edited"));
    off.parentId = 1;
    QVERIFY(!model.updateMessage(off));
    QVERIFY(!model.updateMessage(message(50, 1, Role::User, {})));
}

void TestMessageModel::accessibleTextSaysWhoAndWhatWentWrong()
{
    MessageModel model;
    Conversation::Message failed = message(2, 1, Role::Assistant, QStringLiteral("途中"));
    failed.state = Conversation::State::Failed;
    failed.error = QStringLiteral("HTTP 429: rate limited");
    model.setConversation(
        1, { message(1, 0, Role::User, QStringLiteral("こんにちは")), failed }, 2);
    QCOMPARE(
        model.index(0).data(Qt::AccessibleTextRole).toString(), QStringLiteral("You: こんにちは"));
    QCOMPARE(model.index(1).data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("Assistant: 途中 Failed: HTTP 429: rate limited"));
}

QTEST_GUILESS_MAIN(TestMessageModel)
#include "tst_messagemodel.moc"
