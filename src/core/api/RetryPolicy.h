// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

#include "core/api/ApiError.h"

//! When and how long to wait before sending a failed request again; the rules of the official
//! SDKs (protocol.md §8.3): connection errors, 408, 409, 429 and 5xx are retried with exponential
//! backoff unless the server says otherwise (`x-should-retry`), honouring `retry-after-ms` and
//! `retry-after`; never once any part of the answer has arrived.
namespace RetryPolicy {
using Headers = QList<QPair<QByteArray, QByteArray>>;

constexpr int kDefaultMaxRetries = 2;
constexpr int kMaxServerDelayMs =
    60'000; //!< a longer retry-after means: don't retry, tell the user

struct Decision
{
    bool retry = false;
    int delayMs = 0;
};

//! The server's requested delay from retry-after-ms, or retry-after as seconds or an HTTP date.
std::optional<qint64> serverDelayMs(const Headers &headers, const QDateTime &now);

//! Exponential backoff for retry number `retry` (0-based): 0.5 s × 2^n, capped at 8 s, minus up to
//! 25 % jitter (`jitter` in [0, 1)).
int backoffMs(int retry, double jitter);

//! Whether to retry after `error` (with the reply's headers), given `retriesDone` so far.
Decision decide(const ApiError &error, const Headers &headers, int retriesDone, int maxRetries,
    bool answerStarted, const QDateTime &now, double jitter);
} // namespace RetryPolicy
