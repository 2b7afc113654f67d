// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/RetryPolicy.h"

#include <algorithm>
#include <cmath>

#include <QLocale>

namespace {
QByteArray header(const RetryPolicy::Headers &headers, const char *name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

bool isRetryableStatus(int status)
{
    return status == 408 || status == 409 || status == 429 || status >= 500;
}
} // namespace

std::optional<qint64> RetryPolicy::serverDelayMs(const Headers &headers, const QDateTime &now)
{
    bool ok = false;
    const QByteArray ms = header(headers, "retry-after-ms");
    if (!ms.isEmpty()) {
        const double value = ms.toDouble(&ok);
        if (ok && value >= 0)
            return qint64(value);
    }
    const QByteArray after = header(headers, "retry-after");
    if (after.isEmpty())
        return std::nullopt;
    const double seconds = after.toDouble(&ok);
    if (ok && seconds >= 0)
        return qint64(seconds * 1000);
    // An HTTP date (RFC 9110 IMF-fixdate, "Wed, 21 Oct 2015 07:28:00 GMT"), read as UTC whatever
    // the machine's time zone (a local-time parse fails in a DST gap).
    const QString text = QString::fromLatin1(after);
    if (!text.endsWith(QLatin1String(" GMT")))
        return std::nullopt;
    const qsizetype space = text.lastIndexOf(u' ', text.size() - 5);
    const QDate day = QLocale::c().toDate(text.left(space), QStringLiteral("ddd, dd MMM yyyy"));
    const QTime time = QLocale::c().toTime(
        text.mid(space + 1, text.size() - space - 5), QStringLiteral("HH:mm:ss"));
    const QDateTime date(day, time, Qt::UTC);
    if (!date.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(date));
}

int RetryPolicy::backoffMs(int retry, double jitter)
{
    const double base = std::min(500.0 * std::pow(2.0, retry), 8000.0);
    return int(base * (1.0 - 0.25 * std::clamp(jitter, 0.0, 1.0)));
}

RetryPolicy::Decision RetryPolicy::decide(const ApiError &error, const Headers &headers,
    int retriesDone, int maxRetries, bool answerStarted, const QDateTime &now, double jitter)
{
    if (answerStarted || retriesDone >= maxRetries)
        return {};
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Http:
        break;
    default:
        return {}; // TLS, cancellation, errors inside a stream, Kaiwa's own limits: no
    }
    const QByteArray verdict = header(headers, "x-should-retry");
    bool retry = error.kind != ApiError::Kind::Http || isRetryableStatus(error.httpStatus);
    if (error.httpStatus == 429 && error.code == QLatin1String("insufficient_quota"))
        retry = false; // needs the user to pay, not to wait
    if (verdict == "true")
        retry = true;
    else if (verdict == "false")
        retry = false;
    if (!retry)
        return {};
    int delay = backoffMs(retriesDone, jitter);
    if (const auto server = serverDelayMs(headers, now)) {
        if (*server > kMaxServerDelayMs)
            return {}; // minutes of waiting: better to report it now
        if (*server > 0) // 0 says nothing useful: keep the backoff, as openai-python does
            delay = int(*server);
    }
    return { true, delay };
}
