// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "MessageFixtures.h"
#include "core/models/MessageTree.h"

using Conversation::Role;
using Fixtures::message;
using Ids = QList<qint64>;

class TestMessageTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathTo_data();
    void pathTo();
    void newestLeaf_data();
    void newestLeaf();
    void siblings_data();
    void siblings();
    void resetDropsBadIds();
    void orphansAndCyclesAreBounded();
    void insertKeepsSiblingsOrdered();
    void insertRefusesBadMessages();
    void removeTakesTheSubtree();
    void replaceKeepsTheShape();
    void messagesListsParentsFirst();
};

void TestMessageTree::pathTo_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<Ids>("path");
    QTest::addRow("root") << qint64(1) << Ids{ 1 };
    QTest::addRow("first branch") << qint64(4) << Ids{ 1, 2, 3, 4 };
    QTest::addRow("second branch") << qint64(8) << Ids{ 1, 2, 5, 7, 8 };
    QTest::addRow("inner node") << qint64(6) << Ids{ 1, 2, 5, 6 };
    QTest::addRow("unknown") << qint64(99) << Ids{};
    QTest::addRow("zero") << qint64(0) << Ids{};
}

void TestMessageTree::pathTo()
{
    QFETCH(qint64, id);
    QFETCH(Ids, path);
    MessageTree tree;
    tree.reset(Fixtures::branchedTree());
    QCOMPARE(tree.pathTo(id), path);
}

void TestMessageTree::newestLeaf_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<qint64>("leaf");
    QTest::addRow("whole tree") << qint64(0) << qint64(8);
    QTest::addRow("under the fork") << qint64(2) << qint64(8);
    QTest::addRow("older branch") << qint64(3) << qint64(4);
    QTest::addRow("leaf itself") << qint64(6) << qint64(6);
    QTest::addRow("unknown") << qint64(42) << qint64(0);
}

void TestMessageTree::newestLeaf()
{
    QFETCH(qint64, id);
    QFETCH(qint64, leaf);
    MessageTree tree;
    tree.reset(Fixtures::branchedTree());
    QCOMPARE(tree.newestLeaf(id), leaf);
}

void TestMessageTree::siblings_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<Ids>("siblings");
    QTest::addColumn<int>("index");
    QTest::addRow("only child") << qint64(2) << Ids{ 2 } << 0;
    QTest::addRow("first of two") << qint64(3) << Ids{ 3, 5 } << 0;
    QTest::addRow("second of two") << qint64(5) << Ids{ 3, 5 } << 1;
    QTest::addRow("regenerated") << qint64(7) << Ids{ 6, 7 } << 1;
    QTest::addRow("root") << qint64(1) << Ids{ 1 } << 0;
}

void TestMessageTree::siblings()
{
    QFETCH(qint64, id);
    QFETCH(Ids, siblings);
    QFETCH(int, index);
    MessageTree tree;
    tree.reset(Fixtures::branchedTree());
    QCOMPARE(tree.siblings(id), siblings);
    QCOMPARE(tree.siblingCount(id), siblings.size());
    QCOMPARE(tree.siblingIndex(id), index);
}

void TestMessageTree::resetDropsBadIds()
{
    MessageTree tree;
    QList<Conversation::Message> list = Fixtures::branchedTree();
    list.append(message(0, 1, Role::User, QStringLiteral("no id")));
    list.append(message(3, 1, Role::User, QStringLiteral("duplicate")));
    QCOMPARE(tree.reset(list), 2);
    QCOMPARE(tree.size(), 8);
    QCOMPARE(tree.find(3)->text(), QStringLiteral("Q2a"));
}

void TestMessageTree::orphansAndCyclesAreBounded()
{
    MessageTree tree;
    tree.reset({ message(1, 0, Role::User, QStringLiteral("a")),
        message(2, 77, Role::User, QStringLiteral("orphan")),
        message(3, 4, Role::User, QStringLiteral("cycle")),
        message(4, 3, Role::Assistant, QStringLiteral("cycle")) });
    // An unknown parent makes a first message.
    QCOMPARE(tree.children(0), (Ids{ 1, 2 }));
    QCOMPARE(tree.pathTo(2), Ids{ 2 });
    QVERIFY(tree.pathTo(3).size() <= tree.size() + 1);
    QCOMPARE(tree.newestLeaf(0), qint64(2));
}

void TestMessageTree::insertKeepsSiblingsOrdered()
{
    MessageTree tree;
    tree.reset(Fixtures::branchedTree());
    // An older time sorts first even with a higher id.
    Conversation::Message early = message(9, 2, Role::User, QStringLiteral("early"));
    early.created = tree.find(1)->created;
    QVERIFY(tree.insert(early));
    QCOMPARE(tree.siblings(9), (Ids{ 9, 3, 5 }));
    QVERIFY(tree.insert(message(10, 2, Role::User, QStringLiteral("late"))));
    QCOMPARE(tree.siblings(3), (Ids{ 9, 3, 5, 10 }));
    QCOMPARE(tree.newestLeaf(0), qint64(10));
}

void TestMessageTree::insertRefusesBadMessages()
{
    MessageTree tree;
    tree.reset(Fixtures::branchedTree());
    QVERIFY(!tree.insert(message(0, 1, Role::User, {})));
    QVERIFY(!tree.insert(message(4, 1, Role::User, {})));
    QVERIFY(!tree.insert(message(20, 19, Role::User, {})));
    QCOMPARE(tree.size(), 8);
}

void TestMessageTree::removeTakesTheSubtree()
{
    MessageTree tree;
    tree.reset(Fixtures::branchedTree());
    Ids removed = tree.remove(5);
    std::sort(removed.begin(), removed.end());
    QCOMPARE(removed, (Ids{ 5, 6, 7, 8 }));
    QCOMPARE(tree.size(), 4);
    QCOMPARE(tree.siblings(3), Ids{ 3 });
    QCOMPARE(tree.newestLeaf(0), qint64(4));
    QVERIFY(tree.remove(5).isEmpty());
}

void TestMessageTree::replaceKeepsTheShape()
{
    MessageTree tree;
    tree.reset(Fixtures::branchedTree());
    Conversation::Message m = *tree.find(6);
    m.parts[0].text = QStringLiteral("changed");
    QVERIFY(tree.replace(m));
    QCOMPARE(tree.find(6)->text(), QStringLiteral("changed"));
    m.parentId = 1;
    QVERIFY(!tree.replace(m));
    // A newer time moves it after its sibling.
    m = *tree.find(6);
    m.created = m.created.addDays(1);
    QVERIFY(tree.replace(m));
    QCOMPARE(tree.siblings(6), (Ids{ 7, 6 }));
}

void TestMessageTree::messagesListsParentsFirst()
{
    MessageTree tree;
    QList<Conversation::Message> list = Fixtures::branchedTree();
    std::reverse(list.begin(), list.end());
    tree.reset(list);
    const QList<Conversation::Message> all = tree.messages();
    QCOMPARE(all.size(), 8);
    QList<qint64> seen{ 0 };
    for (const Conversation::Message &m : all) {
        QVERIFY2(seen.contains(m.parentId), qPrintable(QString::number(m.id)));
        seen.append(m.id);
    }
}

QTEST_GUILESS_MAIN(TestMessageTree)
#include "tst_messagetree.moc"
