// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chat/StoredErrors.h"

#include <QCoreApplication>
#include <QDateTime>

#include "core/api/ApiReply.h"

namespace StoredErrors {
namespace {
QString withMessage(const QString &sentence, const ApiError &error)
{
    return error.message.isEmpty() ? sentence
                                   : QCoreApplication::translate("StoredCompletions", "%1 %2",
                                       "Kaiwa's sentence, then the server's own message")
                                         .arg(sentence, error.message);
}

//! A whole sentence for a 429, with the wait the server asked for, if it said.
QString rateLimited(std::optional<qint64> ms)
{
    if (!ms)
        return QCoreApplication::translate(
            "StoredCompletions", "Rate limited (HTTP 429): try again later.");
    // Counts computed first: lupdate 6.4 hangs on a nested expression as translate()'s count.
    const int seconds = int((*ms + 999) / 1000);
    const int minutes = (seconds + 59) / 60;
    if (seconds < 120)
        return QCoreApplication::translate(
            "StoredCompletions", "Rate limited (HTTP 429): try again in %n s.", nullptr, seconds);
    return QCoreApplication::translate(
        "StoredCompletions", "Rate limited (HTTP 429): try again in %n min.", nullptr, minutes);
}
} // namespace

QString describe(const ApiError &error, const RetryPolicy::Headers &headers, Context context)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return QCoreApplication::translate("StoredCompletions", "Cancelled.");
    if (error.kind != ApiError::Kind::Http)
        return error.describe();
    switch (error.httpStatus) {
    case 401:
        return withMessage(
            QCoreApplication::translate("StoredCompletions", "The API key was refused (HTTP 401)."),
            error);
    case 403:
        return withMessage(QCoreApplication::translate("StoredCompletions",
                               "No permission to use stored completions with this key (HTTP 403)."),
            error);
    case 404:
        return context == Context::Api
            ? withMessage(QCoreApplication::translate("StoredCompletions",
                              "This server does not support stored completions (HTTP 404)."),
                error)
            : QCoreApplication::translate("StoredCompletions",
                "This stored completion does not exist (any more) (HTTP 404).");
    case 405:
    case 501:
        return QCoreApplication::translate(
            "StoredCompletions", "This server does not support stored completions (HTTP %1).")
            .arg(error.httpStatus);
    case 429: {
        return rateLimited(RetryPolicy::serverDelayMs(headers, QDateTime::currentDateTimeUtc()));
    }
    default:
        return error.describe();
    }
}

QString describe(const ApiReply &reply, Context context)
{
    return describe(reply.error(), reply.responseHeaders(), context);
}
} // namespace StoredErrors
