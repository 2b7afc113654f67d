// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/StoreError.h"

#include <QCoreApplication>
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
    return QCoreApplication::translate(
        "StoreError", "%1 %2", "what happened, then what the user can do (the advice sentence)")
        .arg(message, advice);
}

QString StoreError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Corrupt:
        return QStringLiteral("damaged");
    case Kind::ReadOnly:
        return QStringLiteral("read-only");
    case Kind::DiskFull:
        return QStringLiteral("disk full");
    case Kind::Locked:
        return QStringLiteral("locked");
    case Kind::NotFound:
        return QStringLiteral("not found");
    case Kind::Io:
        return QStringLiteral("input/output error");
    case Kind::Invalid:
        return QStringLiteral("invalid data");
    case Kind::TooNew:
        return QStringLiteral("written by a newer Kaiwa");
    }
    return {};
}

QString StoreError::logText() const
{
    QString text = kindName(kind);
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    if (!path.isEmpty())
        text += QStringLiteral(" (") + path + u')';
    return text;
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

StoreError StoreError::fromSql(const QSqlError &error, const char *action, const QString &path)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.driverText();
    return fromSqliteCode(ok ? code : 0, detail, action, path);
}

namespace {
// "Could not save a message. The disk holding … is full. SQLite says: database or disk is full.":
// the action and the cause are whole sentences each; SQLite's own English text follows, labelled.
QString sentences(const char *action, const QString &cause, const QString &detail)
{
    const QString text = QCoreApplication::translate("StoreError", "%1 %2",
        "an action sentence (\"Could not save a message.\"), then a cause sentence")
                             .arg(QCoreApplication::translate("StoreError", action), cause);
    if (detail.isEmpty())
        return text;
    return QCoreApplication::translate(
        "StoreError", "%1 SQLite says: %2.", "a message, then SQLite's own English error text")
        .arg(text, detail);
}
} // namespace

StoreError StoreError::fromSqliteCode(
    int code, const QString &detail, const char *action, const QString &path)
{
    StoreError error = mapSqliteCode(code, detail, action, path);
    error.detail = detail;
    return error;
}

StoreError StoreError::mapSqliteCode(
    int code, const QString &detail, const char *action, const QString &path)
{
    const QString file = path.isEmpty()
        ? QCoreApplication::translate("StoreError", "(no file)", "in place of a file name")
        : path;
    switch (code & 0xff) { // extended codes keep the primary code in the low byte
    case SqliteCorrupt:
    case SqliteNotADb:
        return make(Kind::Corrupt,
            sentences(action,
                QCoreApplication::translate(
                    "StoreError", "The conversation database %1 is damaged.")
                    .arg(file),
                detail),
            QCoreApplication::translate("StoreError",
                "Kaiwa did not change the file and your open conversation is still in memory; "
                "copy the file somewhere safe, then move it away (or restore a %1.bak-… copy) "
                "and start Kaiwa again.")
                .arg(file),
            path);
    case SqliteReadOnly:
    case SqlitePerm:
        return make(Kind::ReadOnly,
            sentences(action,
                QCoreApplication::translate(
                    "StoreError", "The conversation database %1 is read-only.")
                    .arg(file),
                detail),
            QCoreApplication::translate("StoreError",
                "Make the file and its folder writable for your user (or move them off "
                "read-only media) and try again; nothing in memory was lost."),
            path);
    case SqliteFull:
        return make(Kind::DiskFull,
            sentences(action,
                QCoreApplication::translate("StoreError", "The disk holding %1 is full.").arg(file),
                detail),
            QCoreApplication::translate("StoreError",
                "Free some space on that disk and try again; the conversation stays in memory "
                "until it is saved."),
            path);
    case SqliteBusy:
    case SqliteLocked:
        return make(Kind::Locked,
            sentences(action,
                QCoreApplication::translate("StoreError", "Another program is using %1.").arg(file),
                detail),
            QCoreApplication::translate("StoreError",
                "Close other Kaiwa windows or programs that use this file, then try again; "
                "nothing in memory was lost."),
            path);
    case SqliteCantOpen:
        return make(Kind::Io,
            sentences(action,
                QCoreApplication::translate("StoreError", "The file %1 could not be opened.")
                    .arg(file),
                detail),
            QCoreApplication::translate("StoreError",
                "Check that the file and its folder exist and are writable for your user, then "
                "start Kaiwa again."),
            path);
    case SqliteConstraint:
    case SqliteMismatch:
    case SqliteTooBig:
        return make(Kind::Invalid,
            sentences(action,
                QCoreApplication::translate(
                    "StoreError", "The data does not fit the database's rules."),
                detail),
            QCoreApplication::translate("StoreError",
                "This is a bug in Kaiwa; please report it. The data is still in memory."),
            path);
    case SqliteNotFound:
    case SqliteIoErr:
    default:
        return make(Kind::Io,
            sentences(action,
                QCoreApplication::translate(
                    "StoreError", "Reading or writing the conversation database %1 failed.")
                    .arg(file),
                detail),
            QCoreApplication::translate("StoreError",
                "Check that the disk is connected and working, then try again; the conversation "
                "stays in memory."),
            path);
    }
}
