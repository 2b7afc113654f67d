// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

class QSqlError;

//! Why the conversation database could not be read or written. Carries data; the UI shows
//! `describe()` (or message and advice separately) in its banner.
struct StoreError
{
    enum class Kind {
        Corrupt, //!< the file is not a database or is damaged
        ReadOnly, //!< the file or its folder cannot be written
        DiskFull,
        Locked, //!< another program holds the database
        NotFound, //!< no such conversation, message or attachment
        Io, //!< any other input/output failure
        Invalid, //!< the caller passed something the store cannot accept
        TooNew, //!< written by a newer Kaiwa: not opened, not touched
    };
    Kind kind = Kind::Io;
    QString message; //!< what happened, in the UI language: whole sentences (action, cause)
    QString advice; //!< what the user can do, in the UI language, one sentence
    QString path; //!< the database file
    QString detail; //!< SQLite's own English text, if any (also in message)

    //! English for logs, never shown to users: "disk full: database or disk is full (/…/db)".
    QString logText() const;
    static QString kindName(Kind kind); //!< English id for logs: "disk full", "locked", …

    QString describe() const; //!< message, then advice (one translatable format)

    //! The error for a failed SQL operation: maps the SQLite result code (SQLITE_FULL → DiskFull,
    //! SQLITE_CORRUPT/NOTADB → Corrupt, SQLITE_READONLY/PERM → ReadOnly, SQLITE_BUSY/LOCKED →
    //! Locked, …) and writes message and advice for it. `action` is a whole sentence marked with
    //! QT_TRANSLATE_NOOP("StoreError", "Could not save a message.") at the call site; it is
    //! translated here and followed by a whole sentence for the cause, never pieced into one.
    static StoreError fromSql(const QSqlError &error, const char *action, const QString &path);
    //! The same mapping from a bare SQLite primary or extended result code.
    static StoreError fromSqliteCode(
        int code, const QString &detail, const char *action, const QString &path);
    static StoreError make(
        Kind kind, const QString &message, const QString &advice, const QString &path);

private:
    static StoreError mapSqliteCode(
        int code, const QString &detail, const char *action, const QString &path);
};

Q_DECLARE_METATYPE(StoreError)
