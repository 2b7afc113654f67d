// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inspect/RequestRecord.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
QByteArray find(const QList<RequestRecord::Header> &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

QJsonArray headersJson(const QList<RequestRecord::Header> &headers)
{
    QJsonArray array;
    for (const auto &h : headers) {
        array.append(QJsonObject{ { QStringLiteral("name"), QString::fromLatin1(h.name) },
            { QStringLiteral("value"), QString::fromUtf8(h.value) } });
    }
    return array;
}

//! The body as JSON when it is JSON (easier to read in the saved file), else as text.
QJsonValue bodyJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    if (error.error == QJsonParseError::NoError && doc.isArray())
        return doc.array();
    return QString::fromUtf8(body);
}
} // namespace

bool RequestRecord::tokensFromUsage() const
{
    return usage.value(QLatin1String("completion_tokens")).toInteger(-1) >= 0;
}

double RequestRecord::tokensPerSecond() const
{
    const qint64 fromUsage = usage.value(QLatin1String("completion_tokens")).toInteger(-1);
    const double tokens = fromUsage >= 0 ? double(fromUsage) : double(contentDeltas);
    if (tokens <= 0)
        return -1;
    qint64 spanMs = -1;
    if (streamed && ttftMs >= 0 && lastTokenMs > ttftMs)
        spanMs = lastTokenMs - ttftMs;
    else if (!streamed && durationMs > 0)
        spanMs = durationMs;
    if (spanMs <= 0)
        return -1;
    // Between first and last token there are tokens - 1 intervals when counted by delta.
    const double counted = streamed && fromUsage < 0 ? tokens - 1 : tokens;
    return counted > 0 ? counted * 1000.0 / double(spanMs) : -1;
}

QByteArray RequestRecord::requestHeader(const QByteArray &name) const
{
    return find(requestHeaders, name);
}

QByteArray RequestRecord::responseHeader(const QByteArray &name) const
{
    return find(responseHeaders, name);
}

QJsonObject RequestRecord::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("started"), started.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("attempt"), attempt);
    o.insert(QStringLiteral("method"), QString::fromLatin1(method));
    o.insert(QStringLiteral("url"), url.toString());
    o.insert(QStringLiteral("request_headers"), headersJson(requestHeaders));
    o.insert(QStringLiteral("body"), bodyJson(body));
    o.insert(QStringLiteral("body_bytes"), bodyBytes);
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("response_headers"), headersJson(responseHeaders));
    if (!requestId.isEmpty())
        o.insert(QStringLiteral("request_id"), QString::fromLatin1(requestId));
    if (!responseBody.isEmpty())
        o.insert(QStringLiteral("response_body"), bodyJson(responseBody));
    o.insert(QStringLiteral("streamed"), streamed);
    QJsonArray frameArray;
    for (const Frame &f : frames) {
        QJsonObject frame{ { QStringLiteral("ms"), f.ms },
            { QStringLiteral("data"), QString::fromUtf8(f.data) } };
        if (f.event != "message")
            frame.insert(QStringLiteral("event"), QString::fromUtf8(f.event));
        frameArray.append(frame);
    }
    if (streamed) {
        o.insert(QStringLiteral("frames"), frameArray);
        if (framesDropped > 0)
            o.insert(QStringLiteral("frames_dropped"), framesDropped);
    }
    if (ttftMs >= 0)
        o.insert(QStringLiteral("ttft_ms"), ttftMs);
    if (durationMs >= 0)
        o.insert(QStringLiteral("duration_ms"), durationMs);
    if (const double tps = tokensPerSecond(); tps >= 0)
        o.insert(QStringLiteral("tokens_per_second"), tps);
    if (!usage.isEmpty())
        o.insert(QStringLiteral("usage"), usage);
    if (error.isError())
        o.insert(QStringLiteral("error"), error.describe());
    return o;
}
