// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ConversationStore.h"

#include <atomic>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

#include "core/Logging.h"
#include "core/storage/MessageRow.h"
#include "core/storage/StoreSchema.h"
#include "core/storage/StoreStatements.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

using namespace Conversation;

namespace {
std::atomic<int> connectionCounter{ 0 };

StoreError readOnlyFolder(const QString &folder, const QString &path)
{
    return StoreError::make(StoreError::Kind::ReadOnly,
        QCoreApplication::translate("ConversationStore",
            "Kaiwa cannot write in the folder %1 that holds its conversation database.")
            .arg(QDir::toNativeSeparators(folder)),
        QCoreApplication::translate("ConversationStore",
            "Make that folder writable for your user (or set XDG_DATA_HOME to a "
            "writable folder) and start Kaiwa again."),
        path);
}

// Runs the statements that make the connection Kaiwa's: WAL (a reader never blocks the writer
// and a commit is one append), FULL sync (a committed message survives a kill or power loss),
// and foreign keys (deleting a conversation deletes its messages).
bool configure(QSqlDatabase &db, QSqlError *error, QString *journalMode)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()) {
        *error = query.lastError();
        return false;
    }
    *journalMode = query.value(0).toString();
    query.finish();
    for (const QString &sql : { QStringLiteral("PRAGMA synchronous = FULL"),
             QStringLiteral("PRAGMA foreign_keys = ON") }) {
        if (!query.exec(sql)) {
            *error = query.lastError();
            return false;
        }
    }
    return true;
}
} // namespace

QString ConversationStore::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        return {};
    return folder + QStringLiteral("/kaiwa.sqlite3");
}

ConversationStore::ConversationStore(QObject *parent)
    : QObject(parent)
{}

namespace {
bool processIsAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid)
    return true; // unknown: leave unfinished answers alone rather than break a live one
#endif
}
} // namespace

std::expected<void, StoreError> ConversationStore::recoverUnfinished()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(
            QStringLiteral("SELECT id FROM messages WHERE state IN ('pending', 'streaming')")))
        return std::unexpected(
            sqlError(query, QT_TRANSLATE_NOOP("StoreError", "Could not find unfinished answers.")));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    query.finish();
    for (const qint64 id : ids) {
        // Saved whole: the checkpoint pieces become its text (and enter the search index).
        auto whole = message(id);
        if (!whole)
            return std::unexpected(whole.error());
        whole->state = State::Interrupted;
        if (whole->error.isEmpty())
            whole->error = QCoreApplication::translate(
                "ConversationStore", "Kaiwa was closed while this answer was arriving.");
        if (auto saved = updateMessage(*whole); !saved)
            return std::unexpected(saved.error());
    }
    if (!ids.isEmpty())
        qCInfo(lcStore) << "marked" << ids.size() << "unfinished messages interrupted";
    return {};
}

ConversationStore::~ConversationStore()
{
    close();
}

bool ConversationStore::isOpen() const
{
    return m_statements != nullptr;
}

QString ConversationStore::path() const
{
    return m_path;
}

QString ConversationStore::connectionName() const
{
    return m_connection;
}

void ConversationStore::close()
{
    if (m_writerId && m_statements) {
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        query.exec(QStringLiteral("DELETE FROM writers WHERE id = %1").arg(m_writerId));
    }
    m_writerId = 0;
    m_statements.reset(); // the queries and the QSqlDatabase copy must go before removeDatabase
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
    }
}

std::unexpected<StoreError> ConversationStore::report(StoreError error)
{
    qCWarning(lcStore).noquote() << error.logText();
    Q_EMIT failed(error);
    return std::unexpected(std::move(error));
}

StoreError ConversationStore::sqlError(const QSqlQuery &query, const char *action) const
{
    return StoreError::fromSql(query.lastError(), action, m_path);
}

std::expected<void, StoreError> ConversationStore::requireOpen() const
{
    if (m_statements)
        return {};
    return std::unexpected(StoreError::make(StoreError::Kind::Io,
        QCoreApplication::translate(
            "ConversationStore", "Kaiwa's conversation database is not open."),
        QCoreApplication::translate("ConversationStore",
            "Restart Kaiwa; if this persists, check the earlier error about the "
            "database file."),
        m_path));
}

std::expected<void, StoreError> ConversationStore::open(const QString &path)
{
    close();
    m_path = path;
    if (path.isEmpty()) {
        return report(StoreError::make(StoreError::Kind::Io,
            QCoreApplication::translate(
                "ConversationStore", "Kaiwa found no folder for its conversation database."),
            QCoreApplication::translate("ConversationStore",
                "Set HOME (or XDG_DATA_HOME) to a writable folder and start Kaiwa "
                "again."),
            path));
    }
    const QFileInfo file(path);
    const QString folder = file.absolutePath();
    if (!QDir().mkpath(folder)) {
        StoreError error = readOnlyFolder(folder, path);
        error.message = QCoreApplication::translate("ConversationStore",
            "Kaiwa cannot create the folder %1 for its conversation "
            "database.")
                            .arg(QDir::toNativeSeparators(folder));
        return report(error);
    }
    const bool existed = file.exists() && file.size() > 0;
    // Precise words for the common cases; the write probe in openConnection() catches the rest
    // (read-only mounts, or running as root where permission bits are not checked).
    if (existed && !file.isWritable()) {
        // SQLITE_READONLY's words, without SQLite's own text: the cause sentence says it all.
        return report(StoreError::fromSqliteCode(8, QString(),
            QT_TRANSLATE_NOOP(
                "StoreError", "Could not open the conversation database for writing."),
            path));
    }
    if (!QFileInfo(folder).isWritable())
        return report(readOnlyFolder(folder, path));

    m_connection = QStringLiteral("kaiwa-store-%1").arg(++connectionCounter);
    auto opened = openConnection(existed);
    if (!opened) {
        close();
        return report(opened.error());
    }
    return {};
}

std::expected<void, StoreError> ConversationStore::openConnection(bool existed)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open())
        return std::unexpected(StoreError::fromSql(db.lastError(),
            QT_TRANSLATE_NOOP("StoreError", "Could not open the conversation database."), m_path));

    // Reading the version is the first access to the file: a damaged file or one from a newer
    // Kaiwa is refused here, before anything (journal mode included) writes to it.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return std::unexpected(sqlError(
            query, QT_TRANSLATE_NOOP("StoreError", "Could not read the conversation database.")));
    const int version = query.value(0).toInt();
    query.finish();
    if (version > SchemaVersion) {
        return std::unexpected(StoreError::make(StoreError::Kind::TooNew,
            QCoreApplication::translate("ConversationStore",
                "The conversation database %1 was written by a newer version of Kaiwa "
                "(schema %2; this version knows up to %3).")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(version)
                .arg(SchemaVersion),
            QCoreApplication::translate("ConversationStore",
                "Update Kaiwa to open it; this version did not change the file."),
            m_path));
    }
    if (version < SchemaVersion && existed) {
        // Fold a leftover WAL into the file first, so the copy holds every committed message.
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        query.finish();
        const QString backup = StoreSchema::backupPath(m_path, version);
        QFile source(m_path);
        if (!source.copy(backup)) {
            return std::unexpected(StoreError::make(StoreError::Kind::Io,
                QCoreApplication::translate(
                    "ConversationStore", "Kaiwa could not copy %1 to %2 before upgrading it (%3).")
                    .arg(m_path, backup, source.errorString()),
                QCoreApplication::translate("ConversationStore",
                    "Free some disk space or make the folder writable, then start "
                    "Kaiwa again; the database was not changed."),
                m_path));
        }
        qCInfo(lcStore) << "copied the database to" << backup << "before migrating";
    }

    QSqlError error;
    QString journalMode;
    if (!configure(db, &error, &journalMode))
        return std::unexpected(StoreError::fromSql(error,
            QT_TRANSLATE_NOOP("StoreError", "Could not set up the conversation database."),
            m_path));

    m_statements = std::make_unique<StoreStatements>(db);
    if (!m_statements->prepare(&error) && version >= SchemaVersion)
        return std::unexpected(StoreError::fromSql(error,
            QT_TRANSLATE_NOOP("StoreError", "Could not set up the conversation database."),
            m_path));
    // The write probe: read-only files, folders and media fail here, with SQLITE_READONLY.
    WriteTransaction transaction(*m_statements);
    if (!transaction.begin())
        return std::unexpected(StoreError::fromSql(transaction.error(),
            QT_TRANSLATE_NOOP("StoreError", "Could not write to the conversation database."),
            m_path));
    if (journalMode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return std::unexpected(StoreError::make(StoreError::Kind::Io,
            QCoreApplication::translate("ConversationStore",
                "Kaiwa could not switch its conversation database %1 to WAL mode "
                "(it stays in %2 mode).")
                .arg(m_path, journalMode),
            QCoreApplication::translate("ConversationStore",
                "Move the file to a local disk (network file systems do not support "
                "WAL) and start Kaiwa again."),
            m_path));
    }
    if (version < SchemaVersion) {
        if (!StoreSchema::migrate(db, version, &error))
            return std::unexpected(StoreError::fromSql(error,
                QT_TRANSLATE_NOOP("StoreError", "Could not upgrade the conversation database."),
                m_path));
        if (!m_statements->prepare(&error))
            return std::unexpected(StoreError::fromSql(error,
                QT_TRANSLATE_NOOP("StoreError", "Could not set up the conversation database."),
                m_path));
    }
    // Who else has the file open? Rows of dead processes go; a live one may be streaming.
    bool othersOpen = false;
    if (!query.exec(QStringLiteral("SELECT id, pid FROM writers")))
        return std::unexpected(sqlError(
            query, QT_TRANSLATE_NOOP("StoreError", "Could not read the list of open windows.")));
    QList<qint64> dead;
    while (query.next()) {
        if (processIsAlive(query.value(1).toLongLong()))
            othersOpen = true;
        else
            dead.append(query.value(0).toLongLong());
    }
    for (const qint64 id : dead)
        query.exec(QStringLiteral("DELETE FROM writers WHERE id = %1").arg(id));
    if (!query.exec(QStringLiteral("INSERT INTO writers (pid) VALUES (%1)")
                        .arg(QCoreApplication::applicationPid())))
        return std::unexpected(
            sqlError(query, QT_TRANSLATE_NOOP("StoreError", "Could not register this window.")));
    m_writerId = query.lastInsertId().toLongLong();
    if (!transaction.commit())
        return std::unexpected(StoreError::fromSql(transaction.error(),
            QT_TRANSLATE_NOOP("StoreError", "Could not write to the conversation database."),
            m_path));
    // A message still Pending or Streaming was cut off when its Kaiwa process died; while another
    // Kaiwa has the file open it may still be arriving there, so it is left alone.
    if (!othersOpen) {
        if (auto recovered = recoverUnfinished(); !recovered)
            return std::unexpected(recovered.error());
    }
    qCInfo(lcStore) << "opened" << m_path << "schema" << SchemaVersion;
    return {};
}
