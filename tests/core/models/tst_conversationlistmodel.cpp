// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

#include "core/models/ConversationListModel.h"

using Conversation::Info;
using Ids = QList<qint64>;
using L = ConversationListModel;

namespace {
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

const QDateTime kBase(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

Info info(qint64 id, int updatedMinutes, bool pinned = false)
{
    Info i;
    i.id = id;
    i.title = QStringLiteral("Conversation %1").arg(id);
    i.created = kBase;
    i.updated = kBase.addSecs(updatedMinutes * 60);
    i.pinned = pinned;
    i.settings.profile = QStringLiteral("local");
    i.settings.model = QStringLiteral("gpt-test");
    return i;
}

Ids rowIds(const L &model)
{
    Ids ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(L::IdRole).toLongLong());
    return ids;
}

//! 1..4 updated at minutes 10, 40, 20, 30: shown 2, 4, 3, 1.
QList<Info> four()
{
    return { info(1, 10), info(2, 40), info(3, 20), info(4, 30) };
}
} // namespace

class TestConversationListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roles();
    void ordering_data();
    void ordering();
    void upsertMoves_data();
    void upsertMoves();
    void pinMovesUp();
    void titleRule();
    void flags();
    void remove();
};

void TestConversationListModel::roles()
{
    L model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setConversations(four());
    QCOMPARE(int(L::IdRole), Qt::UserRole + 1);
    const QHash<int, QByteArray> names = model.roleNames();
    QCOMPARE(QSet<QByteArray>(names.cbegin(), names.cend()).size(), names.size());
    const QMetaEnum roles = QMetaEnum::fromType<L::Role>();
    for (int i = 0; i < roles.keyCount(); ++i)
        QVERIFY2(names.contains(roles.value(i)), roles.key(i));
    const QModelIndex top = model.index(0);
    QCOMPARE(top.data(Qt::DisplayRole).toString(), QStringLiteral("Conversation 2"));
    QCOMPARE(top.data(L::TitleRole), top.data(Qt::DisplayRole));
    QCOMPARE(top.data(L::ProfileRole).toString(), QStringLiteral("local"));
    QCOMPARE(top.data(L::ModelRole).toString(), QStringLiteral("gpt-test"));
    QCOMPARE(top.data(L::UpdatedRole).toDateTime(), kBase.addSecs(40 * 60));
    QCOMPARE(top.data(L::CreatedRole).toDateTime(), kBase);
    QCOMPARE(top.data(L::PinnedRole).toBool(), false);
}

void TestConversationListModel::ordering_data()
{
    QTest::addColumn<QList<Info>>("input");
    QTest::addColumn<Ids>("rows");
    QTest::addRow("updated descending") << four() << Ids{ 2, 4, 3, 1 };
    QTest::addRow("pinned first") << QList<Info>{ info(1, 10, true), info(2, 40),
        info(3, 20, true) } << Ids{ 3, 1, 2 };
    QTest::addRow("same time: higher id first")
        << QList<Info>{ info(1, 5), info(2, 5), info(3, 5) } << Ids{ 3, 2, 1 };
    QTest::addRow("duplicate id: first kept")
        << QList<Info>{ info(1, 5), info(1, 50), info(2, 6) } << Ids{ 2, 1 };
    QTest::addRow("empty") << QList<Info>{} << Ids{};
}

void TestConversationListModel::ordering()
{
    QFETCH(QList<Info>, input);
    QFETCH(Ids, rows);
    L model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setConversations(input);
    QCOMPARE(rowIds(model), rows);
    for (int row = 0; row < rows.size(); ++row) {
        QCOMPARE(model.rowOf(rows.at(row)), row);
        QCOMPARE(model.info(row).id, rows.at(row));
    }
}

void TestConversationListModel::upsertMoves_data()
{
    QTest::addColumn<Info>("change");
    QTest::addColumn<Ids>("rows");
    QTest::addColumn<int>("moves");
    QTest::addColumn<int>("inserts");
    QTest::addRow("new message: to the top") << info(1, 50) << Ids{ 1, 2, 4, 3 } << 1 << 0;
    QTest::addRow("older: down") << info(2, 0) << Ids{ 4, 3, 1, 2 } << 1 << 0;
    QTest::addRow("one step down") << info(4, 15) << Ids{ 2, 3, 4, 1 } << 1 << 0;
    QTest::addRow("same place") << info(3, 25) << Ids{ 2, 4, 3, 1 } << 0 << 0;
    QTest::addRow("new conversation") << info(5, 35) << Ids{ 2, 5, 4, 3, 1 } << 0 << 1;
    QTest::addRow("new pinned") << info(6, 0, true) << Ids{ 6, 2, 4, 3, 1 } << 0 << 1;
}

void TestConversationListModel::upsertMoves()
{
    QFETCH(Info, change);
    QFETCH(Ids, rows);
    QFETCH(int, moves);
    QFETCH(int, inserts);
    L model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setConversations(four());
    QSignalSpy moved(&model, &L::rowsMoved);
    QSignalSpy inserted(&model, &L::rowsInserted);
    QSignalSpy changed(&model, &L::dataChanged);
    QSignalSpy reset(&model, &L::modelReset);
    model.upsert(change);
    QCOMPARE(rowIds(model), rows);
    QCOMPARE(moved.count(), moves);
    QCOMPARE(inserted.count(), inserts);
    QCOMPARE(changed.count(), inserts ? 0 : 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.info(model.rowOf(change.id)), change);
    for (int row = 0; row < rows.size(); ++row)
        QCOMPARE(model.rowOf(rows.at(row)), row);
}

void TestConversationListModel::pinMovesUp()
{
    L model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setConversations(four());
    QSignalSpy moved(&model, &L::rowsMoved);
    Info last = model.info(3);
    last.pinned = true;
    model.upsert(last);
    QCOMPARE(rowIds(model), (Ids{ 1, 2, 4, 3 }));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(1).toInt(), 3); // start
    QCOMPARE(moved.at(0).at(4).toInt(), 0); // destination
    QCOMPARE(model.index(0).data(L::PinnedRole).toBool(), true);
    // Unpinning puts it back by time.
    last.pinned = false;
    model.upsert(last);
    QCOMPARE(rowIds(model), (Ids{ 2, 4, 3, 1 }));
}

void TestConversationListModel::titleRule()
{
    L model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setConversations(four());
    QSignalSpy changed(&model, &L::dataChanged);
    const QString first =
        QString::fromUtf8("  東京の天気を\n教えてください。明日は雨が降りますか？")
        + QString(80, u'x');
    QVERIFY(model.applyFirstMessageTitle(3, first));
    const QString title = model.info(model.rowOf(3)).title;
    QCOMPARE(title, Conversation::titleFromText(first));
    QVERIFY(!title.contains(u'\n'));
    QVERIFY(title.size() <= 60);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!model.applyFirstMessageTitle(3, first)); // unchanged
    QVERIFY(!model.applyFirstMessageTitle(42, first));

    QVERIFY(model.rename(3, QStringLiteral(" Weather ")));
    QCOMPARE(model.info(model.rowOf(3)).title, QStringLiteral("Weather"));
    QCOMPARE(model.index(model.rowOf(3)).data(L::TitleSetByUserRole).toBool(), true);
    QVERIFY(!model.applyFirstMessageTitle(3, QStringLiteral("something else")));
    QCOMPARE(model.info(model.rowOf(3)).title, QStringLiteral("Weather"));
    QVERIFY(!model.rename(3, QStringLiteral("  ")));
    // A conversation loaded with a user title keeps it too.
    Info named = info(7, 60);
    named.title = QStringLiteral("Mine");
    named.titleSetByUser = true;
    model.upsert(named);
    QVERIFY(!model.applyFirstMessageTitle(7, QStringLiteral("hello")));
}

void TestConversationListModel::flags()
{
    L model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setConversations(four());
    QSignalSpy changed(&model, &L::dataChanged);
    QVERIFY(model.setStreaming(4, true));
    QVERIFY(model.isStreaming(4));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{ L::StreamingRole });
    QVERIFY(model.setStreaming(4, true)); // no change, no signal
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.setUnread(1, true));
    QCOMPARE(changed.at(1).at(2).value<QList<int>>(), QList<int>{ L::UnreadRole });
    QCOMPARE(model.index(3).data(L::UnreadRole).toBool(), true);
    QVERIFY(!model.setUnread(42, true));
    // Flags travel with the row when it moves, and survive an upsert.
    model.upsert(info(1, 99));
    QCOMPARE(model.rowOf(1), 0);
    QVERIFY(model.isUnread(1));
    QCOMPARE(model.index(0).data(L::UnreadRole).toBool(), true);
    QVERIFY(model.setStreaming(4, false));
    QVERIFY(!model.isStreaming(4));
}

void TestConversationListModel::remove()
{
    L model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setConversations(four());
    QVERIFY(model.remove(4));
    QCOMPARE(rowIds(model), (Ids{ 2, 3, 1 }));
    QCOMPARE(model.rowOf(4), -1);
    QCOMPARE(model.rowOf(1), 2);
    QVERIFY(!model.remove(4));
    QCOMPARE(model.info(7).id, qint64(0));
}

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_conversationlistmodel.moc"
