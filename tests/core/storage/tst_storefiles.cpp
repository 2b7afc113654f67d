// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The database file: migrations and their backup, and the files the store refuses.
#include <unistd.h>

#include <QDir>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "StoreTestData.h"

using namespace Conversation;
using namespace StoreTestData;

class TestStoreFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void freshDatabaseHasNoBackup();
    void migrationTakesBackup();
    void version1DatabaseMigrates();
    void version2DatabaseMigrates();
    void tooNewIsRefusedUntouched();
    void corruptIsRefusedUntouched();
    void missingFolderIsCreated();
    void uncreatableFolder();
    void readOnlyFile();
    void readOnlyFolder();
    void diskFull();
    void errorMapping_data();
    void errorMapping();
    void everyErrorExplains();

private:
    //! A database made by hand with plain SQL (not by ConversationStore).
    void makeDatabase(const QString &path, const QStringList &statements);

    QString dbPath() const { return m_dir->filePath(QStringLiteral("kaiwa.sqlite3")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreFiles::makeDatabase(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("byhand"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &sql : statements)
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("byhand"));
}

void TestStoreFiles::freshDatabaseHasNoBackup()
{
    ConversationStore store;
    QVERIFY(store.open(dbPath()));
    store.close();
    QVERIFY(store.open(dbPath())); // reopening the current version migrates nothing
    QCOMPARE(QDir(m_dir->path()).entryList({ QStringLiteral("*.bak-*") }, QDir::Files).size(), 0);
}

void TestStoreFiles::migrationTakesBackup()
{
    // A "version 0" database: what an early build might have left, with data in it.
    makeDatabase(dbPath(),
        { QStringLiteral("CREATE TABLE legacy (x TEXT)"),
            QStringLiteral("INSERT INTO legacy VALUES ('古いデータ')") });
    const QByteArray before = fileBytes(dbPath());
    QVERIFY(!before.isEmpty());

    ConversationStore store;
    const auto opened = store.open(dbPath());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().describe()));
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA user_version")).toInt(),
        ConversationStore::SchemaVersion);
    QCOMPARE(scalar(store, QStringLiteral("SELECT x FROM legacy")).toString(),
        QStringLiteral("古いデータ"));
    const QStringList backups =
        QDir(m_dir->path()).entryList({ QStringLiteral("kaiwa.sqlite3.bak-v0-*") }, QDir::Files);
    QCOMPARE(backups.size(), 1);
    QVERIFY(QRegularExpression(QStringLiteral("^kaiwa\\.sqlite3\\.bak-v0-\\d{8}-\\d{6}$"))
                .match(backups[0])
                .hasMatch());
    QCOMPARE(fileBytes(m_dir->filePath(backups[0])), before);
    Info info;
    QVERIFY(store.createConversation(info)); // the migrated schema works
}

void TestStoreFiles::version1DatabaseMigrates()
{
    // tests/data/kaiwa-v1.sqlite3 was made with the version-1 schema as it first shipped: its
    // search triggers indexed an answer that was still streaming.
    QFile fixture(QFINDTESTDATA("../../data/kaiwa-v1.sqlite3"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray before = fixture.readAll();
    QFile copy(dbPath());
    QVERIFY(copy.open(QIODevice::WriteOnly) && copy.write(before) == before.size());
    copy.close();

    ConversationStore store;
    const auto opened = store.open(dbPath());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().describe()));
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA user_version")).toInt(),
        ConversationStore::SchemaVersion);
    const QStringList backups =
        QDir(m_dir->path()).entryList({ QStringLiteral("kaiwa.sqlite3.bak-v1-*") }, QDir::Files);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(fileBytes(m_dir->filePath(backups[0])), before);

    const auto messages = store.messages(1);
    QVERIFY(messages);
    QCOMPARE(messages->size(), 3);
    QCOMPARE(messages->at(2).state, State::Interrupted); // the answer a crash left streaming
    QCOMPARE(messages->at(2).text(), QStringLiteral("嵐山の竹林"));
    // Found once each: the streaming text v1 had indexed was taken out before re-indexing.
    const auto bamboo = store.search(QStringLiteral("竹林"));
    QVERIFY(bamboo);
    QCOMPARE(bamboo->size(), 1);
    QCOMPARE(bamboo->first().messageId, 3);
    QCOMPARE(store.search(QStringLiteral("金閣寺"))->size(), 1);
    // What v2 adds works on the migrated file.
    Message answer;
    answer.conversationId = 1;
    answer.parentId = 1;
    answer.role = Role::Assistant;
    answer.state = State::Streaming;
    QVERIFY(store.addMessage(answer));
    QVERIFY(store.appendCheckpoint(answer.id, u"伏見稲荷", {}, State::Streaming));
    QCOMPARE(store.message(answer.id)->text(), QStringLiteral("伏見稲荷"));
}

void TestStoreFiles::version2DatabaseMigrates()
{
    // tests/data/kaiwa-v2.sqlite3: the version-2 schema as it shipped (before logprobs), with an
    // answer of two choices.
    QFile fixture(QFINDTESTDATA("../../data/kaiwa-v2.sqlite3"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray before = fixture.readAll();
    QFile copy(dbPath());
    QVERIFY(copy.open(QIODevice::WriteOnly) && copy.write(before) == before.size());
    copy.close();

    ConversationStore store;
    const auto opened = store.open(dbPath());
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().describe()));
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA user_version")).toInt(),
        ConversationStore::SchemaVersion);
    const QStringList backups =
        QDir(m_dir->path()).entryList({ QStringLiteral("kaiwa.sqlite3.bak-v2-*") }, QDir::Files);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(fileBytes(m_dir->filePath(backups[0])), before);

    // The old messages read as before, without logprobs.
    const auto old = store.message(4);
    QVERIFY(old);
    QCOMPARE(old->text(), QStringLiteral("伏見稲荷大社です。"));
    QCOMPARE(old->choices.size(), 1);
    QCOMPARE(old->choices.at(0).content, QStringLiteral("銀閣寺です。"));
    QVERIFY(old->logprobs.isEmpty());
    QVERIFY(old->choices.at(0).logprobs.isEmpty());
    QCOMPARE(store.search(QStringLiteral("稲荷"))->size(), 1);

    // What v3 adds works on the migrated file: an answer's logprobs, and its choices'.
    Message answer = *old;
    answer.logprobs = { QJsonObject{ { QStringLiteral("token"), QStringLiteral("伏見") },
        { QStringLiteral("logprob"), -0.2 } } };
    answer.choices[0].logprobs = { QJsonObject{
        { QStringLiteral("token"), QStringLiteral("銀") }, { QStringLiteral("logprob"), -1.5 } } };
    QVERIFY(store.updateMessage(answer));
    store.close();
    QVERIFY(store.open(dbPath()));
    const auto reread = store.message(4);
    QVERIFY(reread);
    QCOMPARE(reread->logprobs, answer.logprobs);
    QCOMPARE(reread->choices.at(0).logprobs, answer.choices.at(0).logprobs);
    QVERIFY(*reread == answer);
}

void TestStoreFiles::tooNewIsRefusedUntouched()
{
    makeDatabase(dbPath(),
        { QStringLiteral("CREATE TABLE future (x)"), QStringLiteral("PRAGMA user_version = 99") });
    const QByteArray before = fileBytes(dbPath());
    ConversationStore store;
    QSignalSpy failed(&store, &ConversationStore::failed);
    const auto opened = store.open(dbPath());
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, StoreError::Kind::TooNew);
    QVERIFY(opened.error().message.contains(QStringLiteral("99")));
    QCOMPARE(opened.error().path, dbPath());
    QCOMPARE(failed.size(), 1);
    QVERIFY(!store.isOpen());
    QCOMPARE(fileBytes(dbPath()), before);
    QCOMPARE(QDir(m_dir->path()).entryList({ QStringLiteral("*.bak-*") }, QDir::Files).size(), 0);
}

void TestStoreFiles::corruptIsRefusedUntouched()
{
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 7919) % 251));
    QFile file(dbPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(garbage);
    file.close();

    ConversationStore store;
    const auto opened = store.open(dbPath());
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, StoreError::Kind::Corrupt);
    QVERIFY(opened.error().message.contains(dbPath()));
    QVERIFY(!opened.error().advice.isEmpty());
    QVERIFY(!store.isOpen());
    QCOMPARE(fileBytes(dbPath()), garbage); // never overwritten, never deleted
    QCOMPARE(QDir(m_dir->path()).entryList({ QStringLiteral("*.bak-*") }, QDir::Files).size(), 0);
}

void TestStoreFiles::missingFolderIsCreated()
{
    const QString path = m_dir->filePath(QStringLiteral("a/b/c/kaiwa.sqlite3"));
    ConversationStore store;
    QVERIFY(store.open(path));
    QVERIFY(QFileInfo::exists(path));
}

void TestStoreFiles::uncreatableFolder()
{
    // /proc refuses new folders even to root; the same path as an unwritable AppData folder.
    ConversationStore store;
    const auto opened = store.open(QStringLiteral("/proc/kaiwa-test/nowhere/kaiwa.sqlite3"));
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, StoreError::Kind::ReadOnly);
    QVERIFY(opened.error().message.contains(QStringLiteral("/proc/kaiwa-test/nowhere")));
    const auto empty = store.open(QString()); // no AppData location at all
    QVERIFY(!empty);
    QVERIFY(!empty.error().advice.isEmpty());
}

void TestStoreFiles::readOnlyFile()
{
    if (geteuid() == 0)
        QSKIP("root ignores permission bits; ctest runs this case again as nobody "
              "(tst_storefiles_unprivileged)");
    {
        ConversationStore store;
        QVERIFY(store.open(dbPath()));
        Info info;
        QVERIFY(store.createConversation(info));
    }
    QVERIFY(QFile::setPermissions(dbPath(), QFile::ReadOwner | QFile::ReadUser));
    const QByteArray before = fileBytes(dbPath());
    ConversationStore store;
    const auto opened = store.open(dbPath());
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, StoreError::Kind::ReadOnly);
    QCOMPARE(fileBytes(dbPath()), before);
}

void TestStoreFiles::readOnlyFolder()
{
    if (geteuid() == 0)
        QSKIP("root ignores permission bits; ctest runs this case again as nobody "
              "(tst_storefiles_unprivileged)");
    const QString folder = m_dir->filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/kaiwa.sqlite3");
    {
        ConversationStore store;
        QVERIFY(store.open(path));
    }
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    ConversationStore store;
    const auto opened = store.open(path);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, StoreError::Kind::ReadOnly);
    const auto fresh = store.open(m_dir->filePath(QStringLiteral("ro/new.sqlite3")));
    QVERIFY(fresh); // (control: a writable folder works)
}

void TestStoreFiles::diskFull()
{
    // A real SQLITE_FULL through Qt SQL without root or a tiny file system: cap the database's
    // page count, so the next page it needs is "beyond the end of the disk".
    ConversationStore store;
    QVERIFY(store.open(dbPath()));
    Info info;
    QVERIFY(store.createConversation(info));
    const int pages = scalar(store, QStringLiteral("PRAGMA page_count")).toInt();
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).toInt(), pages);

    QSignalSpy failed(&store, &ConversationStore::failed);
    Message big = textMessage(info.id, 0, Role::User, QString(200000, QChar(0x3042)));
    const Message kept = big;
    const auto added = store.addMessage(big);
    QVERIFY(!added);
    QCOMPARE(added.error().kind, StoreError::Kind::DiskFull);
    QVERIFY(added.error().advice.contains(QStringLiteral("space")));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(big, kept); // the caller still has every word
    QCOMPARE(store.messages(info.id)->size(), 0);

    scalar(store, QStringLiteral("PRAGMA max_page_count = 1000000"));
    QVERIFY(store.addMessage(big)); // space again: the same message saves
    QCOMPARE(store.messages(info.id)->value(0).text(), kept.text());
}

void TestStoreFiles::errorMapping_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<StoreError::Kind>("kind");
    QTest::newRow("SQLITE_FULL") << 13 << StoreError::Kind::DiskFull;
    QTest::newRow("SQLITE_CORRUPT") << 11 << StoreError::Kind::Corrupt;
    QTest::newRow("SQLITE_NOTADB") << 26 << StoreError::Kind::Corrupt;
    QTest::newRow("SQLITE_CORRUPT_INDEX") << (11 | (5 << 8)) << StoreError::Kind::Corrupt;
    QTest::newRow("SQLITE_READONLY") << 8 << StoreError::Kind::ReadOnly;
    QTest::newRow("SQLITE_READONLY_DIRECTORY") << (8 | (6 << 8)) << StoreError::Kind::ReadOnly;
    QTest::newRow("SQLITE_PERM") << 3 << StoreError::Kind::ReadOnly;
    QTest::newRow("SQLITE_BUSY") << 5 << StoreError::Kind::Locked;
    QTest::newRow("SQLITE_LOCKED") << 6 << StoreError::Kind::Locked;
    QTest::newRow("SQLITE_IOERR_WRITE") << (10 | (3 << 8)) << StoreError::Kind::Io;
    QTest::newRow("SQLITE_CANTOPEN") << 14 << StoreError::Kind::Io;
    QTest::newRow("SQLITE_CONSTRAINT") << 19 << StoreError::Kind::Invalid;
    QTest::newRow("unknown") << 0 << StoreError::Kind::Io;
}

void TestStoreFiles::errorMapping()
{
    QFETCH(int, code);
    QFETCH(StoreError::Kind, kind);
    const StoreError error = StoreError::fromSqliteCode(code, QStringLiteral("detail"),
        QT_TRANSLATE_NOOP("StoreError", "Could not save a message."),
        QStringLiteral("/x/kaiwa.sqlite3"));
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.path, QStringLiteral("/x/kaiwa.sqlite3"));
    // Whole sentences: the action, then the cause, then SQLite's own words.
    QVERIFY2(error.message.startsWith(QStringLiteral("Could not save a message. ")),
        qPrintable(error.message));
    QVERIFY2(
        error.message.endsWith(QStringLiteral(" SQLite says: detail.")), qPrintable(error.message));
    QVERIFY(!error.advice.isEmpty());
    QCOMPARE(error.describe(), error.message + QLatin1Char(' ') + error.advice);
}

void TestStoreFiles::everyErrorExplains()
{
    QSqlError sql(QStringLiteral("driver"), QStringLiteral("database or disk is full"),
        QSqlError::StatementError, QStringLiteral("13"));
    const StoreError full = StoreError::fromSql(
        sql, QT_TRANSLATE_NOOP("StoreError", "Could not save a message."), dbPath());
    QCOMPARE(full.kind, StoreError::Kind::DiskFull);
    QVERIFY(full.message.contains(QStringLiteral("database or disk is full")));
}

QTEST_GUILESS_MAIN(TestStoreFiles)
#include "tst_storefiles.moc"
