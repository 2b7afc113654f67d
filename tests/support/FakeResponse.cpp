// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeResponse.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
FakeHeaders sseHeaders()
{
    return { { QByteArrayLiteral("Content-Type"),
                 QByteArrayLiteral("text/event-stream; charset=utf-8") },
        { QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache") } };
}

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject chunk(const QString &model, const QJsonObject &delta, const QJsonValue &finishReason)
{
    return { { QStringLiteral("id"), QStringLiteral("chatcmpl-fake") },
        { QStringLiteral("object"), QStringLiteral("chat.completion.chunk") },
        { QStringLiteral("created"), 1700000000 }, { QStringLiteral("model"), model },
        { QStringLiteral("choices"),
            QJsonArray{
                QJsonObject{ { QStringLiteral("index"), 0 }, { QStringLiteral("delta"), delta },
                    { QStringLiteral("logprobs"), QJsonValue::Null },
                    { QStringLiteral("finish_reason"), finishReason } } } } };
}
} // namespace

QByteArray FakeResponse::body() const
{
    return pieces.join();
}

qint64 FakeResponse::bodySize() const
{
    if (!bodyFile.isEmpty())
        return QFileInfo(bodyFile).size();
    qint64 n = 0;
    for (const QByteArray &p : pieces)
        n += p.size();
    return n;
}

QByteArray FakeResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

FakeResponse &FakeResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({ name, value });
    return *this;
}

FakeResponse &FakeResponse::withFraming(Framing f)
{
    framing = f;
    return *this;
}

FakeResponse &FakeResponse::withFragmentSize(qsizetype bytes)
{
    fragmentSize = bytes;
    return *this;
}

FakeResponse &FakeResponse::withDelay(int ms)
{
    delayMs = ms;
    return *this;
}

FakeResponse &FakeResponse::stallingAfter(qint64 bodyBytes)
{
    stallAfterBytes = bodyBytes;
    return *this;
}

FakeResponse &FakeResponse::disconnectingAfter(qint64 bodyBytes)
{
    disconnectAfterBytes = bodyBytes;
    return *this;
}

FakeResponse &FakeResponse::closingConnection()
{
    closeConnection = true;
    return *this;
}

FakeResponse FakeResponse::json(int status, const QJsonObject &body, const FakeHeaders &extra)
{
    return json(status, compact(body), extra);
}

FakeResponse FakeResponse::json(int status, const QByteArray &body, const FakeHeaders &extra)
{
    FakeResponse r;
    r.status = status;
    r.headers = { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } };
    r.headers.append(extra);
    r.pieces = { body };
    return r;
}

FakeResponse FakeResponse::error(int status, const QString &message, const QString &code,
    const QString &type, const QString &param)
{
    const QJsonObject error{ { QStringLiteral("message"), message },
        { QStringLiteral("type"), type }, { QStringLiteral("param"), nullable(param) },
        { QStringLiteral("code"), nullable(code) } };
    return json(status, QJsonObject{ { QStringLiteral("error"), error } });
}

FakeResponse FakeResponse::sse(const QList<QByteArray> &dataPayloads)
{
    QList<QByteArray> events;
    events.reserve(dataPayloads.size());
    for (const QByteArray &payload : dataPayloads)
        events.append(QByteArrayLiteral("data: ") + payload + QByteArrayLiteral("\n\n"));
    return sseRaw(events);
}

FakeResponse FakeResponse::sseRaw(const QList<QByteArray> &pieces)
{
    FakeResponse r;
    r.headers = sseHeaders();
    r.pieces = pieces;
    r.framing = Framing::Chunked;
    // QNAM reads in its own thread: pieces a mere event-loop turn apart often arrive as one read.
    r.delayMs = 2;
    return r;
}

FakeResponse FakeResponse::sseRaw(const QByteArray &raw)
{
    return sseRaw(QList<QByteArray>{ raw });
}

FakeResponse FakeResponse::sseFile(const QString &path, Framing framing)
{
    FakeResponse r;
    r.headers = sseHeaders();
    r.bodyFile = path;
    r.framing = framing;
    return r;
}

FakeResponse FakeResponse::html(int status, const QByteArray &page)
{
    FakeResponse r;
    r.status = status;
    r.headers = { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html") } };
    r.pieces = { page };
    return r;
}

FakeResponse FakeResponse::models(const QStringList &ids)
{
    QJsonArray data;
    for (const QString &id : ids) {
        data.append(QJsonObject{ { QStringLiteral("id"), id },
            { QStringLiteral("object"), QStringLiteral("model") },
            { QStringLiteral("created"), 1700000000 },
            { QStringLiteral("owned_by"), QStringLiteral("kaiwa-fake") } });
    }
    return json(200,
        QJsonObject{ { QStringLiteral("object"), QStringLiteral("list") },
            { QStringLiteral("data"), data } });
}

FakeResponse FakeResponse::chatCompletion(
    const QString &content, const QString &model, const QString &finishReason)
{
    const QJsonObject message{ { QStringLiteral("role"), QStringLiteral("assistant") },
        { QStringLiteral("content"), content }, { QStringLiteral("refusal"), QJsonValue::Null } };
    const QJsonObject choice{ { QStringLiteral("index"), 0 },
        { QStringLiteral("message"), message }, { QStringLiteral("logprobs"), QJsonValue::Null },
        { QStringLiteral("finish_reason"), finishReason } };
    const QJsonObject usage{ { QStringLiteral("prompt_tokens"), 9 },
        { QStringLiteral("completion_tokens"), 12 }, { QStringLiteral("total_tokens"), 21 } };
    return json(200,
        QJsonObject{ { QStringLiteral("id"), QStringLiteral("chatcmpl-fake") },
            { QStringLiteral("object"), QStringLiteral("chat.completion") },
            { QStringLiteral("created"), 1700000000 }, { QStringLiteral("model"), model },
            { QStringLiteral("choices"), QJsonArray{ choice } },
            { QStringLiteral("usage"), usage } });
}

FakeResponse FakeResponse::chatStream(
    const QStringList &deltas, const QString &model, const QString &finishReason)
{
    QList<QByteArray> payloads;
    payloads.append(compact(chunk(model,
        { { QStringLiteral("role"), QStringLiteral("assistant") },
            { QStringLiteral("content"), QString() } },
        QJsonValue::Null)));
    for (const QString &delta : deltas)
        payloads.append(
            compact(chunk(model, { { QStringLiteral("content"), delta } }, QJsonValue::Null)));
    payloads.append(compact(chunk(model, {}, finishReason)));
    payloads.append(QByteArrayLiteral("[DONE]"));
    return sse(payloads);
}

FakeResponse FakeResponse::closeWithoutAnswer()
{
    FakeResponse r;
    r.closeWithoutResponse = true;
    return r;
}

FakeResponse FakeResponse::dropConnection()
{
    FakeResponse r;
    r.dropConnectionImmediately = true;
    return r;
}

QByteArray FakeResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}
