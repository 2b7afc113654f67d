// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SessionRegistry and ClientPool: what the windows rely on. A conversation keeps streaming (and
// saving) after the last window let it go; the sidebar's list follows titles, pins, streaming
// and unread; keys come from the SecretStore once per profile. Real SQLite and loopback HTTP; the
// secret store is the in-memory one, because this is about who asks for the key and when, not
// about the keychain (tst_keychainsecretstore covers that with gnome-keyring).
#include "SessionTestSupport.h"
#include "core/chat/ClientPool.h"
#include "core/chat/SessionRegistry.h"
#include "core/models/ConversationListModel.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/settings/ProfileStore.h"

using namespace SessionTest;

namespace {
struct Registry
{
    Registry()
    {
        QVERIFY(store.open(dir.filePath(QStringLiteral("kaiwa.sqlite3"))));
        ProviderProfile p = ProviderProfile::defaultsFor(ProviderProfile::Kind::OpenAI);
        p.name = QStringLiteral("fake");
        p.baseUrl = server.baseUrl();
        QVERIFY(profiles.save(p));
        QVERIFY(secrets.writeBlocking(QStringLiteral("fake"), QStringLiteral("sk-registry")));
        QVERIFY(sessions.loadList());
    }

    Conversation::Settings settings() const
    {
        Conversation::Settings s;
        s.profile = QStringLiteral("fake");
        s.model = QStringLiteral("gpt-4o-mini");
        return s;
    }

    QList<Conversation::Part> say(const QString &text) const
    {
        Conversation::Part part;
        part.text = text;
        return { part };
    }

    QTemporaryDir dir;
    FakeOpenAiServer server;
    ConversationStore store;
    ProfileStore profiles{ dir.filePath(QStringLiteral("profiles.ini")) };
    MemorySecretStore secrets;
    QNetworkAccessManager nam;
    ClientPool clients{ profiles, secrets, nam };
    ConversationListModel list;
    QAbstractItemModelTester tester{ &list };
    SessionRegistry sessions{ store, list, clients };
};
} // namespace

class TestSessionRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendUsesStoredKeyAndTitlesTheList();
    void streamContinuesAfterRelease();
    void renameAndPinReachStoreAndOpenSession();
    void removeDeletesAndTellsViews();
    void missingProfileIsReported();
    void profileChangeGivesNewClient();
};

void TestSessionRegistry::sendUsesStoredKeyAndTitlesTheList()
{
    Registry r;
    auto session = r.sessions.create(r.settings());
    QVERIFY(session);
    const qint64 id = (*session)->conversationId();
    QCOMPARE(r.list.rowCount(), 1);
    r.server.enqueue(answer({ QStringLiteral("はい、"), QStringLiteral("どうぞ。") }));
    QSignalSpy finished(*session, &ChatSession::answerFinished);
    r.sessions.run(
        id, [&](ChatSession &s) { return s.send(r.say(QStringLiteral("東京の天気は？"))); });
    QVERIFY(finished.wait(5000));
    QCOMPARE(r.server.lastRequest().header("authorization"), QByteArray("Bearer sk-registry"));
    QCOMPARE(r.list.info(0).title, QStringLiteral("東京の天気は？"));
    QCOMPARE(r.store.conversation(id)->title, QStringLiteral("東京の天気は？"));
    QVERIFY(!r.list.isUnread(id)); // the user was looking at it
}

void TestSessionRegistry::streamContinuesAfterRelease()
{
    Registry r;
    auto session = r.sessions.create(r.settings());
    QVERIFY(session);
    const qint64 id = (*session)->conversationId();
    r.server.enqueue(answer({ QStringLiteral("one "), QStringLiteral("two") }).withDelay(100));
    r.sessions.run(id, [&](ChatSession &s) { return s.send(r.say(QStringLiteral("count"))); });
    QTRY_VERIFY(r.list.isStreaming(id));
    // The window switches to another conversation: the answer goes on in the background.
    r.sessions.release(id);
    QCOMPARE(r.sessions.openCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!r.list.isStreaming(id), 5000);
    QVERIFY(r.list.isUnread(id)); // it ended while nobody looked
    QTRY_COMPARE(r.sessions.openCount(), 0); // and then it is closed
    const auto stored = r.store.messages(id);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(1).text(), QStringLiteral("one two"));
    QCOMPARE(stored->at(1).state, Conversation::State::Complete);

    // Opening it again shows it and clears the unread mark.
    auto reopened = r.sessions.acquire(id);
    QVERIFY(reopened);
    QCOMPARE(r.sessions.model(id)->rowCount(), 2);
    r.sessions.markSeen(id);
    QVERIFY(!r.list.isUnread(id));
}

void TestSessionRegistry::renameAndPinReachStoreAndOpenSession()
{
    Registry r;
    auto session = r.sessions.create(r.settings());
    QVERIFY(session);
    const qint64 open = (*session)->conversationId();
    auto other = r.sessions.create(r.settings());
    QVERIFY(other);
    const qint64 closed = (*other)->conversationId();
    r.sessions.release(closed);
    QCOMPARE(r.sessions.openCount(), 1);

    r.sessions.rename(open, QStringLiteral("  旅行の計画  "));
    QCOMPARE((*session)->info().title, QStringLiteral("旅行の計画"));
    r.sessions.rename(closed, QStringLiteral("Closed one"));
    r.sessions.setPinned(closed, true);
    QCOMPARE(r.sessions.openCount(), 1); // opened for the change, closed again
    QCOMPARE(r.store.conversation(closed)->title, QStringLiteral("Closed one"));
    QVERIFY(r.store.conversation(closed)->pinned);
    QCOMPARE(r.list.info(0).id, closed); // pinned first
    QCOMPARE(r.store.conversation(open)->title, QStringLiteral("旅行の計画"));

    // A later change of the open conversation keeps the new title (it holds the same info).
    Conversation::Settings changed = r.settings();
    changed.model = QStringLiteral("gpt-4.1");
    (*session)->setSettings(changed);
    QCOMPARE(r.store.conversation(open)->title, QStringLiteral("旅行の計画"));
    QCOMPARE(r.store.conversation(open)->settings.model, QStringLiteral("gpt-4.1"));
}

void TestSessionRegistry::removeDeletesAndTellsViews()
{
    Registry r;
    auto session = r.sessions.create(r.settings());
    QVERIFY(session);
    const qint64 id = (*session)->conversationId();
    QSignalSpy removed(&r.sessions, &SessionRegistry::conversationRemoved);
    QVERIFY(r.sessions.remove(id));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(r.sessions.openCount(), 0);
    QCOMPARE(r.list.rowCount(), 0);
    QVERIFY(!r.store.conversation(id));
}

void TestSessionRegistry::missingProfileIsReported()
{
    Registry r;
    Conversation::Settings settings = r.settings();
    settings.profile = QStringLiteral("gone");
    auto session = r.sessions.create(settings);
    QVERIFY(session);
    QSignalSpy failed(&r.sessions, &SessionRegistry::actionFailed);
    r.sessions.run((*session)->conversationId(),
        [&](ChatSession &s) { return s.send(r.say(QStringLiteral("hello"))); });
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).value<ApiError>().code, QStringLiteral("profile-not-found"));
    QCOMPARE(r.server.requestCount(), 0);
}

void TestSessionRegistry::profileChangeGivesNewClient()
{
    Registry r;
    ChatClient *first = nullptr;
    r.clients.client(QStringLiteral("fake"), nullptr,
        [&](const ClientPool::Result &c) { first = c.value_or(nullptr); });
    QTRY_VERIFY(first);
    QCOMPARE(r.clients.readyClient(QStringLiteral("fake")), first);
    QVERIFY(r.secrets.writeBlocking(QStringLiteral("fake"), QStringLiteral("sk-new")));
    auto profile = *r.profiles.profile(QStringLiteral("fake"));
    profile.defaultModel = QStringLiteral("gpt-4.1");
    QVERIFY(r.profiles.save(profile)); // profilesChanged retires the old client
    QVERIFY(!r.clients.readyClient(QStringLiteral("fake")));
    ChatClient *second = nullptr;
    r.clients.client(QStringLiteral("fake"), nullptr,
        [&](const ClientPool::Result &c) { second = c.value_or(nullptr); });
    QTRY_VERIFY(second);
    QCOMPARE(second->profile().defaultModel, QStringLiteral("gpt-4.1"));
}

QTEST_MAIN(TestSessionRegistry)
#include "tst_sessionregistry.moc"
