// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inspect/RateLimits.h"

#include <cmath>

#include "core/api/RetryPolicy.h"

namespace {
std::optional<double> unitMs(QByteArrayView unit)
{
    if (unit == "h")
        return 3'600'000.0;
    if (unit == "m")
        return 60'000.0;
    if (unit == "s")
        return 1000.0;
    if (unit == "ms")
        return 1.0;
    if (unit == "us" || unit == "\xc2\xb5s" || unit == "\xce\xbcs")
        return 0.001;
    if (unit == "ns")
        return 0.000001;
    return std::nullopt;
}

std::optional<qint64> number(const QByteArray &value)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    if (ok)
        return n;
    const double d = value.trimmed().toDouble(&ok);
    return ok ? std::optional<qint64>(qint64(d)) : std::nullopt;
}

//! x-ratelimit-reset-* values: a Go duration; OpenRouter-style gateways send an epoch instead.
std::optional<qint64> resetMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    bool ok = false;
    const double n = trimmed.toDouble(&ok);
    if (ok) {
        if (n > 1e12)
            return std::max<qint64>(0, qint64(n) - now.toMSecsSinceEpoch()); // epoch ms
        if (n > 1e9)
            return std::max<qint64>(0, qint64(n * 1000) - now.toMSecsSinceEpoch()); // epoch s
    }
    return RateLimitText::parseDuration(trimmed);
}

int bucketOrder(const QString &name)
{
    if (name == QLatin1String("requests"))
        return 0;
    if (name == QLatin1String("tokens"))
        return 1;
    return name.isEmpty() ? 2 : 3;
}
} // namespace

namespace RateLimitText {
std::optional<qint64> parseDuration(QByteArrayView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool plain = false;
    const double seconds = text.toByteArray().toDouble(&plain);
    if (plain)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(std::llround(seconds * 1000));
    double total = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        while (i < text.size() && (std::isdigit(uchar(text[i])) || text[i] == '.'))
            ++i;
        if (i == start)
            return std::nullopt;
        bool ok = false;
        const double value = text.sliced(start, i - start).toByteArray().toDouble(&ok);
        if (!ok)
            return std::nullopt;
        const qsizetype unitStart = i;
        while (i < text.size() && !std::isdigit(uchar(text[i])) && text[i] != '.')
            ++i;
        const auto scale = unitMs(text.sliced(unitStart, i - unitStart));
        if (!scale)
            return std::nullopt;
        total += value * *scale;
    }
    return std::llround(total);
}

QString formatDuration(qint64 ms)
{
    if (ms < 1000)
        return QStringLiteral("%1ms").arg(ms);
    if (ms < 60'000) {
        QString s = QString::number(ms / 1000.0, 'f', 3);
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
        return s + QLatin1Char('s');
    }
    const qint64 h = ms / 3'600'000;
    const qint64 m = (ms / 60'000) % 60;
    const qint64 s = (ms / 1000) % 60;
    return h > 0 ? QStringLiteral("%1h%2m%3s").arg(h).arg(m).arg(s)
                 : QStringLiteral("%1m%2s").arg(m).arg(s);
}
} // namespace RateLimitText

const RateLimits::Bucket *RateLimits::bucket(const QString &name) const
{
    for (const Bucket &b : buckets) {
        if (b.name == name)
            return &b;
    }
    return nullptr;
}

RateLimits RateLimits::parse(
    const QList<QPair<QByteArray, QByteArray>> &headers, const QDateTime &now)
{
    RateLimits limits;
    const auto bucketFor = [&limits](const QString &name) -> Bucket & {
        for (Bucket &b : limits.buckets) {
            if (b.name == name)
                return b;
        }
        limits.buckets.append(Bucket{ name, {}, {}, {} });
        return limits.buckets.last();
    };
    for (const auto &[rawName, value] : headers) {
        const QByteArray name = rawName.toLower();
        if (!name.startsWith("x-ratelimit-"))
            continue;
        const QByteArray rest = name.mid(12);
        for (const char *field : { "limit", "remaining", "reset" }) {
            const QByteArray f(field);
            if (rest != f && !rest.startsWith(QByteArray(f + '-')))
                continue;
            Bucket &b = bucketFor(QString::fromLatin1(rest.mid(f.size() + 1)));
            if (f == "limit")
                b.limit = number(value);
            else if (f == "remaining")
                b.remaining = number(value);
            else
                b.resetMs = resetMs(value, now);
        }
    }
    std::stable_sort(limits.buckets.begin(), limits.buckets.end(),
        [](const Bucket &a, const Bucket &b) { return bucketOrder(a.name) < bucketOrder(b.name); });
    limits.retryAfterMs = RetryPolicy::serverDelayMs(headers, now);
    return limits;
}
