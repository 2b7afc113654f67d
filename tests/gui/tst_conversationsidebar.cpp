// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sidebar over a real store: date groups with pinned first, search by title and by message
// text, rename in place, delete with undo and its timeout.
#include <QAbstractItemModelTester>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/chat/ClientPool.h"
#include "core/chat/SessionRegistry.h"
#include "core/models/ConversationListModel.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/settings/ProfileStore.h"
#include "core/storage/ConversationStore.h"
#include "gui/sidebar/ConversationListDelegate.h"
#include "gui/sidebar/ConversationListProxy.h"
#include "gui/sidebar/ConversationSidebar.h"

using Group = ConversationListDelegate::Group;

namespace {
struct Fixture
{
    Fixture()
    {
        QVERIFY(store.open(dir.filePath(QStringLiteral("kaiwa.sqlite3"))));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        add(QStringLiteral("旅行の計画"), now, QStringLiteral("京都で紅葉を見たい"));
        add(QStringLiteral("Rust lifetimes"), now.addDays(-1), QStringLiteral("borrow checker"));
        add(QStringLiteral("Weekly report"), now.addDays(-4), QStringLiteral("numbers"));
        add(QStringLiteral("Old recipe"), now.addDays(-90), QStringLiteral("miso soup"));
        pinnedId = add(QStringLiteral("Pinned notes"), now.addDays(-200), QStringLiteral("keep"));
        auto info = *store.conversation(pinnedId);
        info.pinned = true;
        QVERIFY(store.updateConversation(info));
        QVERIFY(sessions.loadList());
        sidebar.resize(300, 600);
        sidebar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&sidebar));
    }

    qint64 add(const QString &title, const QDateTime &updated, const QString &text)
    {
        Conversation::Info info;
        info.title = title;
        info.created = info.updated = updated;
        const qint64 id = *store.createConversation(info);
        Conversation::Message m;
        m.conversationId = id;
        m.role = Conversation::Role::User;
        Conversation::Part part;
        part.text = text;
        m.parts = { part };
        m.created = updated;
        store.addMessage(m);
        info.id = id;
        info.updated = updated;
        store.updateConversation(info);
        return id;
    }

    QStringList visibleTitles() const
    {
        QStringList titles;
        const auto *proxy = sidebar.proxy();
        for (int row = 0; row < proxy->rowCount(); ++row)
            titles << proxy->index(row, 0).data(ConversationListModel::TitleRole).toString();
        return titles;
    }

    QTemporaryDir dir;
    ConversationStore store;
    ProfileStore profiles{ dir.filePath(QStringLiteral("profiles.ini")) };
    MemorySecretStore secrets;
    QNetworkAccessManager nam;
    ClientPool clients{ profiles, secrets, nam };
    ConversationListModel list;
    SessionRegistry sessions{ store, list, clients };
    ConversationSidebar sidebar{ list, sessions, store };
    QAbstractItemModelTester tester{ sidebar.proxy() };
    qint64 pinnedId = 0;
};
} // namespace

class TestConversationSidebar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsByDate_data();
    void groupsByDate();
    void pinnedFirstWithHeadings();
    void searchMatchesTitleAndMessageText();
    void renameInPlaceStoresTitle();
    void deleteHidesThenUndoRestores();
    void deleteCommitsAfterTimeout();
    void activatingEmitsConversation();
};

void TestConversationSidebar::groupsByDate_data()
{
    QTest::addColumn<int>("daysAgo");
    QTest::addColumn<bool>("pinned");
    QTest::addColumn<Group>("group");
    QTest::newRow("today") << 0 << false << Group::Today;
    QTest::newRow("yesterday") << 1 << false << Group::Yesterday;
    QTest::newRow("3 days") << 3 << false << Group::Previous7Days;
    QTest::newRow("7 days") << 7 << false << Group::Previous7Days;
    QTest::newRow("8 days") << 8 << false << Group::Previous30Days;
    QTest::newRow("31 days") << 31 << false << Group::Older;
    QTest::newRow("pinned old") << 400 << true << Group::Pinned;
}

void TestConversationSidebar::groupsByDate()
{
    QFETCH(int, daysAgo);
    QFETCH(bool, pinned);
    QFETCH(Group, group);
    const QDate today(2026, 11, 21);
    const QDateTime updated(today.addDays(-daysAgo), QTime(12, 0));
    QCOMPARE(ConversationListDelegate::groupFor(pinned, updated.toUTC(), today), group);
}

void TestConversationSidebar::pinnedFirstWithHeadings()
{
    Fixture f;
    QCOMPARE(f.visibleTitles(),
        QStringList({ QStringLiteral("Pinned notes"), QStringLiteral("旅行の計画"),
            QStringLiteral("Rust lifetimes"), QStringLiteral("Weekly report"),
            QStringLiteral("Old recipe") }));
    const auto *delegate = f.sidebar.delegate();
    const auto *proxy = f.sidebar.proxy();
    QList<bool> starts;
    for (int row = 0; row < proxy->rowCount(); ++row)
        starts << delegate->startsGroup(proxy->index(row, 0));
    QCOMPARE(starts, QList<bool>({ true, true, true, true, true }));
    // A heading makes the row taller than one without.
    const auto *view = f.sidebar.listView();
    QVERIFY(view->visualRect(proxy->index(0, 0)).height() > 30);
}

void TestConversationSidebar::searchMatchesTitleAndMessageText()
{
    Fixture f;
    auto *search = f.sidebar.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("rust"));
    QTRY_COMPARE(f.visibleTitles(), QStringList{ QStringLiteral("Rust lifetimes") });
    search->clear();
    search->setText(QStringLiteral("紅葉")); // only in the message, not the title
    QTRY_COMPARE(f.visibleTitles(), QStringList{ QStringLiteral("旅行の計画") });
    search->setText(QStringLiteral("miso"));
    QTRY_COMPARE(f.visibleTitles(), QStringList{ QStringLiteral("Old recipe") });
    search->clear();
    QTRY_COMPARE(f.visibleTitles().size(), 5);
}

void TestConversationSidebar::renameInPlaceStoresTitle()
{
    Fixture f;
    const qint64 id = f.list.info(1).id; // 旅行の計画
    f.sidebar.renameConversation(id);
    auto *editor = f.sidebar.findChild<QLineEdit *>(QStringLiteral("renameEditor"));
    QVERIFY(editor);
    QTRY_VERIFY(editor->hasFocus());
    QCOMPARE(editor->selectedText(), QStringLiteral("旅行の計画"));
    // Japanese arrives as an input method commit, as from a real IME.
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("京都旅行"));
    QCoreApplication::sendEvent(editor, &commit);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(f.store.conversation(id)->title, QStringLiteral("京都旅行"));
    QVERIFY(f.store.conversation(id)->titleSetByUser);
    QVERIFY(f.visibleTitles().contains(QStringLiteral("京都旅行")));
}

void TestConversationSidebar::deleteHidesThenUndoRestores()
{
    Fixture f;
    const qint64 id = f.list.info(2).id; // Rust lifetimes
    f.sidebar.listView()->setFocus();
    f.sidebar.listView()->setCurrentIndex(f.sidebar.proxy()->index(2, 0));
    QTest::keyClick(f.sidebar.listView(), Qt::Key_Delete);
    QVERIFY(!f.visibleTitles().contains(QStringLiteral("Rust lifetimes")));
    QVERIFY(f.sidebar.isUndoVisible());
    QVERIFY(f.store.conversation(id)); // not gone yet
    f.sidebar.undoDelete();
    QVERIFY(f.visibleTitles().contains(QStringLiteral("Rust lifetimes")));
    QVERIFY(!f.sidebar.isUndoVisible());
    QVERIFY(f.store.conversation(id));
}

void TestConversationSidebar::deleteCommitsAfterTimeout()
{
    Fixture f;
    f.sidebar.setUndoTimeout(50);
    const qint64 id = f.list.info(3).id; // Weekly report
    f.sidebar.deleteConversation(id);
    QTRY_VERIFY(!f.store.conversation(id));
    QTRY_VERIFY(!f.sidebar.isUndoVisible());
    QCOMPARE(f.list.rowOf(id), -1);
    QCOMPARE(f.visibleTitles().size(), 4);
}

void TestConversationSidebar::activatingEmitsConversation()
{
    Fixture f;
    QSignalSpy activated(&f.sidebar, &ConversationSidebar::conversationActivated);
    auto *view = f.sidebar.listView();
    const QModelIndex index = f.sidebar.proxy()->index(4, 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(),
        index.data(ConversationListModel::IdRole).toLongLong());
    // Showing a conversation from elsewhere (the window) highlights it without re-activating.
    f.sidebar.setCurrentConversation(f.pinnedId);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(view->currentIndex().data(ConversationListModel::IdRole).toLongLong(), f.pinnedId);
}

QTEST_MAIN(TestConversationSidebar)
#include "tst_conversationsidebar.moc"
