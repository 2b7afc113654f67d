// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "StoreTestData.h"

using namespace Conversation;
using namespace StoreTestData;

class TestConversationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pragmas();
    void infoRoundTrip();
    void messageRoundTrip();
    void conversationOrder();
    void treeAndActivePath();
    void reopen();
    void unfinishedBecomeInterrupted();
    void checkpoint();
    void attachmentsStoredOnce();
    void deleteCascades();
    void failedWriteKeepsCallerData();
    void importAllOrNothing();
    void importMapsIds();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("kaiwa.sqlite3")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConversationStore> m_store;
};

void TestConversationStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ConversationStore>();
    const auto opened = m_store->open(dbPath());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().describe()));
}

void TestConversationStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestConversationStore::pragmas()
{
    QCOMPARE(
        scalar(*m_store, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(*m_store, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(*m_store, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QCOMPARE(scalar(*m_store, QStringLiteral("PRAGMA user_version")).toInt(),
        ConversationStore::SchemaVersion);
    QVERIFY(scalar(*m_store, QStringLiteral("SELECT sqlite_version()")).toString()
        >= QStringLiteral("3.34"));
    QVERIFY(m_store->isOpen());
    QCOMPARE(m_store->path(), dbPath());
    QVERIFY(ConversationStore::defaultPath().endsWith(QStringLiteral("/kaiwa.sqlite3")));
}

void TestConversationStore::infoRoundTrip()
{
    Info info = fullInfo();
    const auto id = m_store->createConversation(info);
    QVERIFY(id);
    QCOMPARE(info.id, *id);
    QVERIFY(info.id > 0);
    const auto read = m_store->conversation(info.id);
    QVERIFY(read);
    QCOMPARE(*read, info);

    info.title = QStringLiteral("改名 ✏️");
    info.pinned = false;
    info.settings.parameters.insert(QStringLiteral("seed"), 42);
    QVERIFY(m_store->updateConversation(info));
    QCOMPARE(*m_store->conversation(info.id), info);

    Info unset; // no times: the store sets created and updated
    QVERIFY(m_store->createConversation(unset));
    QVERIFY(unset.created.isValid());
    QCOMPARE(unset.updated, unset.created);
    QCOMPARE(m_store->conversation(unset.id)->settings, Settings());

    const auto missing = m_store->conversation(9999);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, StoreError::Kind::NotFound);
}

void TestConversationStore::messageRoundTrip()
{
    Info info = fullInfo();
    QVERIFY(m_store->createConversation(info));
    const QByteArray png("\x89PNG\r\n\x1a\n fake image bytes", 24);
    const auto imageHash = m_store->putAttachment(png, QStringLiteral("image/png"));
    const auto audioHash =
        m_store->putAttachment(QByteArray(1000, 'a'), QStringLiteral("audio/wav"));
    QVERIFY(imageHash && audioHash);

    Message user = fullUser(info.id, *imageHash);
    QVERIFY(m_store->addMessage(user));
    Message assistant = fullAssistant(info.id, user.id, *audioHash);
    QVERIFY(m_store->addMessage(assistant));
    Message tool = textMessage(info.id, assistant.id, Role::Tool, QStringLiteral("{\"temp\":20}"));
    tool.toolCallId = QStringLiteral("call_1");
    tool.state = State::Failed;
    tool.error = QStringLiteral("HTTP 500");
    QVERIFY(m_store->addMessage(tool));
    Message empty = textMessage(info.id, tool.id, Role::System, QString());
    empty.parts.clear(); // no parts at all stays no parts
    QVERIFY(m_store->addMessage(empty));
    Message emptyText = textMessage(info.id, empty.id, Role::Developer, QString());
    QVERIFY(m_store->addMessage(emptyText));
    QVERIFY(tool.created.isValid()); // set by the store

    const auto all = m_store->messages(info.id);
    QVERIFY(all);
    QCOMPARE(all->size(), 5);
    QCOMPARE(all->at(0), user);
    QCOMPARE(all->at(1), assistant);
    QCOMPARE(all->at(2), tool);
    QCOMPARE(all->at(3), empty);
    QCOMPARE(all->at(4), emptyText);
    QCOMPARE(*m_store->message(assistant.id), assistant);
    QCOMPARE(*m_store->attachment(*audioHash), QByteArray(1000, 'a'));
    QCOMPARE(*m_store->attachment(*imageHash), png);
    QCOMPARE(*m_store->attachmentMimeType(*imageHash), QStringLiteral("image/png"));

    // addMessage moves the active leaf and the updated time
    const Info after = *m_store->conversation(info.id);
    QCOMPARE(after.activeLeafId, emptyText.id);
    QVERIFY(after.updated > info.updated);

    // updateMessage writes every column
    Message changed = fullAssistant(info.id, user.id, *audioHash);
    changed.id = assistant.id;
    changed.parts = { textPart(QStringLiteral("書き直し")), textPart(QStringLiteral(" part two")) };
    changed.toolCalls.clear();
    changed.audio = {};
    changed.choices.clear();
    changed.usage = {};
    changed.request = {};
    changed.state = State::Interrupted;
    changed.role = Role::User;
    QVERIFY(m_store->updateMessage(changed));
    QCOMPARE(*m_store->message(assistant.id), changed);
    // the audio is no longer referred to by anything: gone; the image is still used
    QCOMPARE(m_store->attachment(*audioHash).error().kind, StoreError::Kind::NotFound);
    QVERIFY(m_store->attachment(*imageHash));
}

void TestConversationStore::conversationOrder()
{
    const QDateTime t0(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        Info info;
        info.title = QString::number(i);
        info.created = info.updated = t0.addSecs(i * 60);
        info.pinned = i == 1;
        QVERIFY(m_store->createConversation(info));
        ids.append(info.id);
    }
    const auto list = m_store->conversations();
    QVERIFY(list);
    QList<qint64> order;
    for (const Info &info : *list)
        order.append(info.id);
    QCOMPARE(order, (QList<qint64>{ ids[1], ids[3], ids[2], ids[0] })); // pinned, then newest
}

void TestConversationStore::treeAndActivePath()
{
    Info info;
    QVERIFY(m_store->createConversation(info));
    Message q1 = textMessage(info.id, 0, Role::User, QStringLiteral("質問"));
    QVERIFY(m_store->addMessage(q1));
    Message a1 = textMessage(info.id, q1.id, Role::Assistant, QStringLiteral("答え1"));
    QVERIFY(m_store->addMessage(a1));
    Message a2 =
        textMessage(info.id, q1.id, Role::Assistant, QStringLiteral("答え2 (regenerated)"));
    QVERIFY(m_store->addMessage(a2));
    Message q2 = textMessage(info.id, a1.id, Role::User, QStringLiteral("続き"));
    QVERIFY(m_store->addMessage(q2));
    Message q1b = textMessage(info.id, 0, Role::User, QStringLiteral("質問 (edited)"));
    QVERIFY(m_store->addMessage(q1b));

    const auto all = *m_store->messages(info.id);
    QCOMPARE(all.size(), 5);
    QCOMPARE(all[2].parentId, q1.id); // a2 is a sibling of a1
    QCOMPARE(all[4].parentId, 0);
    QCOMPARE(*m_store->activePath(info.id), (QList<qint64>{ q1b.id }));

    Info current = *m_store->conversation(info.id);
    current.activeLeafId = q2.id; // the user switches back to the first branch
    QVERIFY(m_store->updateConversation(current));
    QCOMPARE(*m_store->activePath(info.id), (QList<qint64>{ q1.id, a1.id, q2.id }));
    auto page = *m_store->messagesPage(info.id, 0, 2);
    QCOMPARE(page.size(), 2);
    QCOMPARE(page[0], q1);
    QCOMPARE(page[1], a1);
    page = *m_store->messagesPage(info.id, -1, 50);
    QCOMPARE(page.size(), 1);
    QCOMPARE(page[0], q2);
    QCOMPARE(m_store->messagesPage(info.id, 10, 5)->size(), 0);

    current.activeLeafId = 0; // unset or foreign leaf: the newest message
    QVERIFY(m_store->updateConversation(current));
    QCOMPARE(*m_store->activePath(info.id), (QList<qint64>{ q1b.id }));
    Info other;
    QVERIFY(m_store->createConversation(other));
    QCOMPARE(m_store->activePath(other.id)->size(), 0);
    QCOMPARE(m_store->messagesPage(other.id, 0, 50)->size(), 0);
}

void TestConversationStore::reopen()
{
    Info info = fullInfo();
    QVERIFY(m_store->createConversation(info));
    Message user = textMessage(info.id, 0, Role::User, QStringLiteral("保存して 💾"));
    QVERIFY(m_store->addMessage(user));
    const Info stored = *m_store->conversation(info.id);
    m_store->close();
    QVERIFY(!m_store->isOpen());
    QCOMPARE(m_store->messages(info.id).error().kind, StoreError::Kind::Io);

    ConversationStore second;
    QVERIFY(second.open(dbPath()));
    QCOMPARE(*second.conversation(info.id), stored);
    QCOMPARE(second.messages(info.id)->value(0), user);
    // two stores on one file at once (two windows): distinct connections
    QVERIFY(m_store->open(dbPath()));
    QVERIFY(m_store->connectionName() != second.connectionName());
    QCOMPARE(m_store->messages(info.id)->size(), 1);
}

void TestConversationStore::unfinishedBecomeInterrupted()
{
    Info info;
    QVERIFY(m_store->createConversation(info));
    Message user = textMessage(info.id, 0, Role::User, QStringLiteral("長い話をして"));
    QVERIFY(m_store->addMessage(user));
    Message streaming = textMessage(info.id, user.id, Role::Assistant, QString());
    streaming.state = State::Streaming;
    QVERIFY(m_store->addMessage(streaming));
    QVERIFY(m_store->checkpoint(streaming.id, QStringLiteral("昔々、あるところに"),
        QStringLiteral("考え中"), State::Streaming));
    Message pending = textMessage(info.id, user.id, Role::Assistant, QString());
    pending.state = State::Pending;
    pending.error = QStringLiteral("earlier reason");
    QVERIFY(m_store->addMessage(pending));
    m_store.reset(); // the process "dies" without finishing the answers

    ConversationStore reopened;
    QVERIFY(reopened.open(dbPath()));
    const auto all = *reopened.messages(info.id);
    QCOMPARE(all[0].state, State::Complete);
    QCOMPARE(all[1].state, State::Interrupted);
    QCOMPARE(all[1].text(), QStringLiteral("昔々、あるところに"));
    QCOMPARE(all[1].reasoning, QStringLiteral("考え中"));
    QVERIFY(!all[1].error.isEmpty());
    QCOMPARE(all[2].state, State::Interrupted);
    QCOMPARE(all[2].error, QStringLiteral("earlier reason"));
}

void TestConversationStore::checkpoint()
{
    Info info;
    QVERIFY(m_store->createConversation(info));
    Message answer = textMessage(info.id, 0, Role::Assistant, QString());
    answer.state = State::Streaming;
    QVERIFY(m_store->addMessage(answer));
    QString text;
    for (int i = 0; i < 50; ++i) {
        text += QStringLiteral("トークン%1 ").arg(i);
        QVERIFY(m_store->checkpoint(answer.id, text, QString(), State::Streaming));
    }
    QVERIFY(m_store->checkpoint(answer.id, text, QStringLiteral("done"), State::Complete));
    const Message read = *m_store->message(answer.id);
    QCOMPARE(read.text(), text);
    QCOMPARE(read.parts.size(), 1);
    QCOMPARE(read.state, State::Complete);
    QCOMPARE(read.reasoning, QStringLiteral("done"));

    QSignalSpy failed(m_store.get(), &ConversationStore::failed);
    const auto missing = m_store->checkpoint(123456, text, QString(), State::Complete);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, StoreError::Kind::NotFound);
    QCOMPARE(failed.size(), 1);
}

void TestConversationStore::attachmentsStoredOnce()
{
    const QByteArray bytes = QByteArray("RIFF....WAVE") + QByteArray(5000, '\x01');
    const auto first = m_store->putAttachment(bytes, QStringLiteral("audio/wav"));
    const auto second = m_store->putAttachment(bytes, QStringLiteral("audio/wav"));
    QVERIFY(first && second);
    QCOMPARE(*first, *second);
    QCOMPARE(first->size(), 64); // hex SHA-256
    QCOMPARE(*first, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM attachments")).toInt(), 1);
    QCOMPARE(*m_store->attachment(*first), bytes);
    QCOMPARE(*m_store->attachment(first->toUpper()), bytes);
    QCOMPARE(*m_store->putAttachment(QByteArray(), QStringLiteral("text/plain")),
        QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(m_store->attachment(QByteArray(64, 'f')).error().kind, StoreError::Kind::NotFound);
}

void TestConversationStore::deleteCascades()
{
    const auto shared = *m_store->putAttachment(QByteArray("shared"), QStringLiteral("image/png"));
    const auto own = *m_store->putAttachment(QByteArray("own"), QStringLiteral("image/png"));
    Info a, b;
    QVERIFY(m_store->createConversation(a) && m_store->createConversation(b));
    Message ma = fullUser(a.id, shared);
    ma.parts.append(fullUser(a.id, own).parts);
    QVERIFY(m_store->addMessage(ma));
    Message reply = textMessage(a.id, ma.id, Role::Assistant, QStringLiteral("削除される返事"));
    QVERIFY(m_store->addMessage(reply));
    Message mb = fullUser(b.id, shared);
    QVERIFY(m_store->addMessage(mb));
    QCOMPARE(m_store->search(QStringLiteral("削除される"))->size(), 1);

    QVERIFY(m_store->deleteConversation(a.id));
    QCOMPARE(m_store->conversation(a.id).error().kind, StoreError::Kind::NotFound);
    QCOMPARE(m_store->messages(a.id)->size(), 0);
    QCOMPARE(m_store->message(reply.id).error().kind, StoreError::Kind::NotFound);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM messages")).toInt(), 1);
    QCOMPARE(m_store->search(QStringLiteral("削除される"))->size(), 0); // index entries went too
    QVERIFY(m_store->attachment(shared)); // still used by b
    QCOMPARE(m_store->attachment(own).error().kind, StoreError::Kind::NotFound);
    QCOMPARE(m_store->deleteConversation(a.id).error().kind, StoreError::Kind::NotFound);
}

void TestConversationStore::failedWriteKeepsCallerData()
{
    QSignalSpy failed(m_store.get(), &ConversationStore::failed);
    Message orphan = textMessage(4242, 0, Role::User, QStringLiteral("消えてはいけない"));
    const Message before = orphan;
    const auto added = m_store->addMessage(orphan); // no such conversation: foreign key
    QVERIFY(!added);
    QCOMPARE(added.error().kind, StoreError::Kind::Invalid);
    QCOMPARE(orphan, before); // untouched: no id, no created time
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.at(0).at(0).value<StoreError>().advice.isEmpty());

    Info info;
    QVERIFY(m_store->createConversation(info));
    Message badParent = textMessage(info.id, 777, Role::User, QStringLiteral("親がない"));
    QCOMPARE(m_store->addMessage(badParent).error().kind, StoreError::Kind::Invalid);
    QCOMPARE(badParent.id, 0);
    QCOMPARE(m_store->conversation(info.id)->activeLeafId, 0); // rolled back as a whole
    Info ghost;
    ghost.id = 31337;
    QCOMPARE(m_store->updateConversation(ghost).error().kind, StoreError::Kind::NotFound);
    QCOMPARE(failed.size(), 3);
}

void TestConversationStore::importAllOrNothing()
{
    Info existing;
    QVERIFY(m_store->createConversation(existing));
    auto conversation = [](const QString &title, qint64 badParent) {
        ImportedConversation c;
        c.info.title = title;
        c.messages.append(textMessage(0, 0, Role::User, title + QStringLiteral(" 質問")));
        c.messages[0].id = 1;
        c.messages.append(textMessage(
            0, badParent ? badParent : 1, Role::Assistant, title + QStringLiteral(" 答え")));
        c.messages[1].id = 2;
        c.attachments.insert(
            QCryptographicHash::hash(title.toUtf8(), QCryptographicHash::Sha256).toHex(),
            { title.toUtf8(), QStringLiteral("text/plain") });
        return c;
    };
    QSignalSpy failed(m_store.get(), &ConversationStore::failed);
    const auto result = m_store->importConversations({ conversation(QStringLiteral("一つ目"), 0),
        conversation(QStringLiteral("二つ目"), 99), conversation(QStringLiteral("三つ目"), 0) });
    QVERIFY(!result);
    QCOMPARE(result.error().kind, StoreError::Kind::Invalid);
    QVERIFY(result.error().message.contains(QStringLiteral("二つ目")));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_store->conversations()->size(), 1); // nothing half-imported
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM messages")).toInt(), 0);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM attachments")).toInt(), 0);
    QCOMPARE(m_store->search(QStringLiteral("一つ目"))->size(), 0);

    ImportedConversation badHash = conversation(QStringLiteral("ハッシュ"), 0);
    badHash.attachments.insert(QByteArray(64, '0'), { QByteArray("x"), QString() });
    QCOMPARE(m_store->importConversations({ badHash }).error().kind, StoreError::Kind::Invalid);
    QCOMPARE(m_store->conversations()->size(), 1);
}

void TestConversationStore::importMapsIds()
{
    ImportedConversation c;
    c.info = fullInfo();
    c.info.id = 555;
    c.info.activeLeafId = 30; // the import's own ids
    c.messages = { textMessage(0, 0, Role::User, QStringLiteral("Q")),
        textMessage(0, 10, Role::Assistant, QStringLiteral("A1")),
        textMessage(0, 10, Role::Assistant, QStringLiteral("A2")) };
    c.messages[0].id = 10;
    c.messages[1].id = 20;
    c.messages[2].id = 30;
    const auto ids = m_store->importConversations({ c, c });
    QVERIFY(ids);
    QCOMPARE(ids->size(), 2);
    for (qint64 id : *ids) {
        const Info info = *m_store->conversation(id);
        QCOMPARE(info.title, c.info.title);
        QCOMPARE(info.settings, c.info.settings);
        QCOMPARE(info.updated, c.info.updated);
        const auto all = *m_store->messages(id);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[1].parentId, all[0].id);
        QCOMPARE(all[2].parentId, all[0].id);
        QCOMPARE(info.activeLeafId, all[2].id);
        QCOMPARE(all[0].created, c.info.created); // no time of its own: the conversation's
        QCOMPARE(*m_store->activePath(id), (QList<qint64>{ all[0].id, all[2].id }));
    }
    QCOMPARE(m_store->search(QStringLiteral("A2"))->size(), 2);
}

QTEST_GUILESS_MAIN(TestConversationStore)
#include "tst_conversationstore.moc"
