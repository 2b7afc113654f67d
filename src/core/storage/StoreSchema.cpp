// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/StoreSchema.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "core/Logging.h"

namespace {
bool run(QSqlDatabase &db, const QStringList &statements, QSqlError *error)
{
    QSqlQuery query(db);
    for (const QString &sql : statements) {
        if (!query.exec(sql)) {
            *error = query.lastError();
            return false;
        }
    }
    return true;
}

// v1: conversations, the message tree, attachments by hash and a trigram full-text index.
// Message content that search needs is in `text`; the rest is JSON (see MessageRow.cpp).
// messages_fts is contentless: the triggers index text || two U+001F so that every occurrence of a
// 1- or 2-character query is the start of some indexed trigram (see StoreSearch.cpp).
bool migrateTo1(QSqlDatabase &db, QSqlError *error)
{
    return run(db,
        {
            QStringLiteral("CREATE TABLE conversations ("
                           " id INTEGER PRIMARY KEY,"
                           " title TEXT NOT NULL DEFAULT '',"
                           " title_set_by_user INTEGER NOT NULL DEFAULT 0,"
                           " created INTEGER,"
                           " updated INTEGER,"
                           " pinned INTEGER NOT NULL DEFAULT 0,"
                           " active_leaf_id INTEGER NOT NULL DEFAULT 0,"
                           " settings TEXT NOT NULL DEFAULT '{}')"),
            QStringLiteral("CREATE INDEX conversations_order ON conversations (pinned DESC, "
                           "updated DESC)"),
            QStringLiteral("CREATE TABLE messages ("
                           " id INTEGER PRIMARY KEY,"
                           " conversation_id INTEGER NOT NULL"
                           "  REFERENCES conversations (id) ON DELETE CASCADE,"
                           " parent_id INTEGER REFERENCES messages (id) ON DELETE CASCADE,"
                           " role TEXT NOT NULL,"
                           " text TEXT NOT NULL DEFAULT '',"
                           " parts TEXT,"
                           " reasoning TEXT NOT NULL DEFAULT '',"
                           " tool_calls TEXT,"
                           " tool_call_id TEXT NOT NULL DEFAULT '',"
                           " audio TEXT,"
                           " choices TEXT,"
                           " active_choice INTEGER NOT NULL DEFAULT 0,"
                           " usage TEXT,"
                           " finish_reason TEXT NOT NULL DEFAULT '',"
                           " state TEXT NOT NULL,"
                           " error TEXT NOT NULL DEFAULT '',"
                           " created INTEGER,"
                           " model TEXT NOT NULL DEFAULT '',"
                           " request TEXT)"),
            QStringLiteral("CREATE INDEX messages_conversation ON messages (conversation_id, id)"),
            QStringLiteral("CREATE INDEX messages_parent ON messages (parent_id)"),
            QStringLiteral("CREATE INDEX messages_unfinished ON messages (state)"
                           " WHERE state IN ('pending', 'streaming')"),
            QStringLiteral("CREATE TABLE attachments ("
                           " hash TEXT PRIMARY KEY,"
                           " mime_type TEXT NOT NULL DEFAULT '',"
                           " size INTEGER NOT NULL,"
                           " data BLOB NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE message_attachments ("
                " message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,"
                " hash TEXT NOT NULL,"
                " PRIMARY KEY (message_id, hash)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX message_attachments_hash ON message_attachments (hash)"),
            QStringLiteral("CREATE VIRTUAL TABLE messages_fts USING fts5(text, content='',"
                           " tokenize='trigram')"),
            QStringLiteral("CREATE VIRTUAL TABLE messages_fts_vocab USING fts5vocab(messages_fts,"
                           " 'row')"),
            QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
                           " INSERT INTO messages_fts (rowid, text)"
                           "  VALUES (new.id, new.text || char(31, 31)); END"),
            QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
                           " INSERT INTO messages_fts (messages_fts, rowid, text)"
                           "  VALUES ('delete', old.id, old.text || char(31, 31)); END"),
            QStringLiteral("CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages"
                           " WHEN old.text IS NOT new.text BEGIN"
                           " INSERT INTO messages_fts (messages_fts, rowid, text)"
                           "  VALUES ('delete', old.id, old.text || char(31, 31));"
                           " INSERT INTO messages_fts (rowid, text)"
                           "  VALUES (new.id, new.text || char(31, 31)); END"),
        },
        error);
}

// v2: streaming answers are saved in appended pieces (message_chunks) and enter the search
// index only once they stop streaming; `writers` lists the stores that have the file open.
// v1's triggers indexed streaming text at every checkpoint: those entries are taken out first.
bool migrateTo2(QSqlDatabase &db, QSqlError *error)
{
    return run(db,
        {
            // Every ConversationStore with the file open, so that open() can tell an answer a
            // live Kaiwa process is still streaming from one a dead process left behind.
            QStringLiteral("CREATE TABLE writers (id INTEGER PRIMARY KEY, pid INTEGER NOT NULL)"),
            // Text of a streaming answer, in the pieces its checkpoints appended; folded into the
            // message when it is saved whole, or when open() recovers it after a crash.
            QStringLiteral(
                "CREATE TABLE message_chunks ("
                " message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,"
                " seq INTEGER NOT NULL,"
                " text TEXT NOT NULL,"
                " reasoning TEXT NOT NULL,"
                " PRIMARY KEY (message_id, seq)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO messages_fts (messages_fts, rowid, text)"
                           " SELECT 'delete', id, text || char(31, 31) FROM messages"
                           " WHERE state IN ('pending', 'streaming')"),
            QStringLiteral("DROP TRIGGER messages_fts_insert"),
            QStringLiteral("DROP TRIGGER messages_fts_delete"),
            QStringLiteral("DROP TRIGGER messages_fts_update"),
            // A message is in the search index once it stops streaming: re-indexing a growing
            // answer at every checkpoint would make the cost of streaming grow with its length.
            // An answer left streaming by a crash is indexed when open() marks it interrupted.
            QStringLiteral("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages"
                           " WHEN new.state NOT IN ('pending', 'streaming') BEGIN"
                           " INSERT INTO messages_fts (rowid, text)"
                           "  VALUES (new.id, new.text || char(31, 31)); END"),
            QStringLiteral("CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages"
                           " WHEN old.state NOT IN ('pending', 'streaming') BEGIN"
                           " INSERT INTO messages_fts (messages_fts, rowid, text)"
                           "  VALUES ('delete', old.id, old.text || char(31, 31)); END"),
            QStringLiteral(
                "CREATE TRIGGER messages_fts_update AFTER UPDATE OF text, state ON messages BEGIN"
                " INSERT INTO messages_fts (messages_fts, rowid, text)"
                "  SELECT 'delete', old.id, old.text || char(31, 31)"
                "  WHERE old.state NOT IN ('pending', 'streaming')"
                "   AND (old.text IS NOT new.text OR new.state IN ('pending', 'streaming'));"
                " INSERT INTO messages_fts (rowid, text)"
                "  SELECT new.id, new.text || char(31, 31)"
                "  WHERE new.state NOT IN ('pending', 'streaming')"
                "   AND (old.text IS NOT new.text OR old.state IN ('pending', 'streaming')); END"),
        },
        error);
}

// v3: an answer's token log probabilities (`logprobs.content` of choice 0, JSON; NULL when the
// request didn't ask for them). Extra choices keep theirs inside `choices`.
bool migrateTo3(QSqlDatabase &db, QSqlError *error)
{
    return run(db, { QStringLiteral("ALTER TABLE messages ADD COLUMN logprobs TEXT") }, error);
}

using Step = bool (*)(QSqlDatabase &, QSqlError *);
// steps[i] migrates from version i to i + 1.
constexpr Step steps[] = {
    migrateTo1,
    migrateTo2,
    migrateTo3,
};
} // namespace

namespace StoreSchema {
int currentVersion()
{
    return int(std::size(steps));
}

bool migrate(QSqlDatabase &db, int from, QSqlError *error)
{
    for (int version = from; version < currentVersion(); ++version) {
        qCInfo(lcStore) << "migrating the schema from version" << version << "to" << version + 1;
        if (!steps[version](db, error))
            return false;
    }
    return run(db, { QStringLiteral("PRAGMA user_version = %1").arg(currentVersion()) }, error);
}

QString backupPath(const QString &path, int version)
{
    const QString base =
        QStringLiteral("%1.bak-v%2-%3")
            .arg(path)
            .arg(version)
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QStringLiteral("-%1").arg(n);
    return candidate;
}
} // namespace StoreSchema
