// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include "core/storage/ConversationImport.h"

//! Helpers shared by the importers (private to ConversationImport*.cpp): typed reads from JSON
//! that remember the first error with its place.
namespace ConversationImport::Detail {
QString tr(const char *text);

QString member(const QString &path, const QString &key); //!< path.key (key alone at the top)
QString item(const QString &path, qsizetype index); //!< path[index]
QString keyed(const QString &path, const QString &key); //!< path["key"]

//! The document, or an error giving the parse error and its byte, line and column.
std::expected<QJsonDocument, ImportError> parse(const QByteArray &data);

//! Reads members of JSON objects by type. A member that is absent or null reads as the default;
//! one of another type records an error (the first one wins) and reads as the default too, so
//! callers read on and check failed() once per item.
class Reader final
{
public:
    QString string(const QJsonObject &object, const QString &path, const char *key);
    bool boolean(const QJsonObject &object, const QString &path, const char *key);
    qint64 integer(const QJsonObject &object, const QString &path, const char *key);
    double number(const QJsonObject &object, const QString &path, const char *key);
    QJsonObject object(const QJsonObject &object, const QString &path, const char *key);
    QJsonArray array(const QJsonObject &object, const QString &path, const char *key);
    //! ISO 8601 text → UTC; invalid text is an error.
    QDateTime time(const QJsonObject &object, const QString &path, const char *key);
    //! Present and not null.
    static bool has(const QJsonObject &object, const char *key);

    //! Records an error unless one is recorded already.
    void fail(const QString &message, const QString &where);
    //! "expected a string, found a number"
    void wrongType(const QJsonValue &value, const char *expected, const QString &where);

    bool failed() const { return m_failed; }

    ImportError error() const { return m_error; }

    std::unexpected<ImportError> unexpected() const { return std::unexpected(m_error); }

private:
    bool m_failed = false;
    ImportError m_error;
};

//! `object.logprobs`: an array of tokens as the API's `logprobs.content` has them (token and
//! logprob required, bytes and top_logprobs optional, the alternatives shaped alike). Anything
//! else records an error at its place; the array is returned as it was.
QJsonArray readLogprobs(Reader &reader, const QJsonObject &object, const QString &path);
} // namespace ConversationImport::Detail
