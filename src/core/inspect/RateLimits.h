// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

//! The rate-limit state a response reports (protocol.md §8.3): x-ratelimit-limit-*,
//! x-ratelimit-remaining-*, x-ratelimit-reset-* per bucket (requests, tokens, and variants such
//! as tokens_usage_based), plus retry-after(-ms).
struct RateLimits
{
    struct Bucket
    {
        QString name; //!< "requests", "tokens", "tokens_usage_based"; "" for x-ratelimit-limit
        std::optional<qint64> limit;
        std::optional<qint64> remaining;
        std::optional<qint64> resetMs; //!< time until the budget is restored

        friend bool operator==(const Bucket &, const Bucket &) = default;
    };

    QList<Bucket> buckets; //!< requests first, then tokens, then the others by name
    std::optional<qint64> retryAfterMs; //!< retry-after-ms or retry-after (seconds or a date)

    bool isEmpty() const { return buckets.isEmpty() && !retryAfterMs; }

    const Bucket *bucket(const QString &name) const;

    //! Reads the headers of one response (names case-insensitive); `now` resolves HTTP dates.
    static RateLimits parse(
        const QList<QPair<QByteArray, QByteArray>> &headers, const QDateTime &now);
};

namespace RateLimitText {
//! A Go time.Duration string ("6m0s", "1.5s", "20ms", "1h2m3s", "250us") in milliseconds; a bare
//! number is seconds. nullopt when it is not one.
std::optional<qint64> parseDuration(QByteArrayView text);
//! Milliseconds in the same style: 0s, 20ms, 1.5s, 6m0s, 1h2m3s.
QString formatDuration(qint64 ms);
} // namespace RateLimitText
