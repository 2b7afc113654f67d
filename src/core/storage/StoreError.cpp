// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/StoreError.h"

#include <QSqlError>

namespace {
// SQLite's primary result codes (sqlite3.h); the store reaches SQLite only through Qt SQL, whose
// QSqlError::nativeErrorCode() carries them as text.
enum SqliteCode {
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteNotFound = 12,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteMismatch = 20,
    SqliteTooBig = 18,
    SqliteNotADb = 26,
};
} // namespace

QString StoreError::describe() const
{
    if (advice.isEmpty())
        return message;
    return message + QLatin1Char(' ') + advice;
}

StoreError StoreError::make(
    Kind kind, const QString &message, const QString &advice, const QString &path)
{
    StoreError error;
    error.kind = kind;
    error.message = message;
    error.advice = advice;
    error.path = path;
    return error;
}

StoreError StoreError::fromSql(const QSqlError &error, const QString &what, const QString &path)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.driverText();
    return fromSqliteCode(ok ? code : 0, detail, what, path);
}

StoreError StoreError::fromSqliteCode(
    int code, const QString &detail, const QString &what, const QString &path)
{
    const QString file = path.isEmpty() ? QStringLiteral("(no file)") : path;
    const QString because = detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);
    switch (code & 0xff) { // extended codes keep the primary code in the low byte
    case SqliteCorrupt:
    case SqliteNotADb:
        return make(Kind::Corrupt,
            QStringLiteral("Kaiwa could not %1: its conversation database %2 is damaged%3.")
                .arg(what, file, because),
            QStringLiteral("Kaiwa did not change the file and your open conversation is still in "
                           "memory; copy the file somewhere safe, then move it away (or restore a "
                           "%1.bak-… copy) and start Kaiwa again.")
                .arg(file),
            path);
    case SqliteReadOnly:
    case SqlitePerm:
        return make(Kind::ReadOnly,
            QStringLiteral("Kaiwa could not %1 because its conversation database %2 is "
                           "read-only%3.")
                .arg(what, file, because),
            QStringLiteral("Make the file and its folder writable for your user (or move them off "
                           "read-only media) and try again; nothing in memory was lost."),
            path);
    case SqliteFull:
        return make(Kind::DiskFull,
            QStringLiteral("Kaiwa could not %1 because the disk holding %2 is full%3.")
                .arg(what, file, because),
            QStringLiteral("Free some space on that disk and try again; the conversation stays in "
                           "memory until it is saved."),
            path);
    case SqliteBusy:
    case SqliteLocked:
        return make(Kind::Locked,
            QStringLiteral("Kaiwa could not %1 because another program is using %2%3.")
                .arg(what, file, because),
            QStringLiteral("Close other Kaiwa windows or programs that use this file, then try "
                           "again; nothing in memory was lost."),
            path);
    case SqliteCantOpen:
        return make(Kind::Io,
            QStringLiteral("Kaiwa could not %1: the file %2 could not be opened%3.")
                .arg(what, file, because),
            QStringLiteral("Check that the file and its folder exist and are writable for your "
                           "user, then start Kaiwa again."),
            path);
    case SqliteConstraint:
    case SqliteMismatch:
    case SqliteTooBig:
        return make(Kind::Invalid,
            QStringLiteral("Kaiwa could not %1: the data does not fit the database's rules%2.")
                .arg(what, because),
            QStringLiteral("This is a bug in Kaiwa; please report it. The data is still in "
                           "memory."),
            path);
    case SqliteNotFound:
    case SqliteIoErr:
    default:
        return make(Kind::Io,
            QStringLiteral("Kaiwa could not %1 in its conversation database %2%3.")
                .arg(what, file, because),
            QStringLiteral("Check that the disk is connected and working, then try again; the "
                           "conversation stays in memory."),
            path);
    }
}
