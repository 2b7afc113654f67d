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
    return error.message.isEmpty() ? sentence : sentence + QLatin1Char(' ') + error.message;
}

QString waitText(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 120)
        return QCoreApplication::translate("StoredCompletions", "try again in %1 s.").arg(seconds);
    return QCoreApplication::translate("StoredCompletions", "try again in %1 min.")
        .arg((seconds + 59) / 60);
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
        const auto delay = RetryPolicy::serverDelayMs(headers, QDateTime::currentDateTimeUtc());
        return QCoreApplication::translate("StoredCompletions", "Rate limited (HTTP 429): %1")
            .arg(delay ? waitText(*delay)
                       : QCoreApplication::translate("StoredCompletions", "try again later."));
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
