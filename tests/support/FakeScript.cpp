// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeScript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include "FakeOpenAiServer.h"

// Script format: a JSON array; each element is an object with these optional keys.
//   "route":      "/chat/completions" or "POST /chat/completions" (default: general FIFO queue)
//   "repeat":     true → answer every matching request with it (a default, not a one-shot)
//   "status":     HTTP status (default 200; 400 when "error" is given), "reason": reason phrase
//   "headers":    {"name": "value", …}
//   body, one of:
//     "body":     string (sent as is) or JSON object/array (sent compact, application/json)
//     "error":    {"message", "code", "type", "param"} → OpenAI error object, application/json
//     "events":   [payload, …] → text/event-stream, "data: <payload>\n\n" each, chunked;
//                 a payload is a string ("[DONE]") or a JSON object (sent compact)
//     "sse_raw":  string → text/event-stream bytes as is, chunked
//     "file":     path (relative to the script) → text/event-stream read from the file
//   "framing":    "length" | "chunked" | "close" (overrides the body's default)
//   "fragment":   re-split the body into pieces of N bytes
//   "delay_ms":   delay before the status line and between pieces
//   "stall_after": N → stop after N body bytes, keep the connection open
//   "disconnect_after": N → abort the connection after N body bytes
//   "close_without_response": true, "drop_connection": true, "close_connection": true

namespace {
std::expected<FakeResponse, QString> parseResponse(const QJsonObject &o, const QString &baseDir)
{
    FakeResponse r;
    if (o.contains(QLatin1String("error"))) {
        const QJsonObject e = o.value(QLatin1String("error")).toObject();
        r = FakeResponse::error(400, e.value(QLatin1String("message")).toString(),
            e.value(QLatin1String("code")).toString(),
            e.value(QLatin1String("type")).toString(QStringLiteral("invalid_request_error")),
            e.value(QLatin1String("param")).toString());
    } else if (o.contains(QLatin1String("events"))) {
        QList<QByteArray> payloads;
        for (const QJsonValue &v : o.value(QLatin1String("events")).toArray()) {
            payloads.append(v.isObject()
                    ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                    : v.toString().toUtf8());
        }
        r = FakeResponse::sse(payloads);
    } else if (o.contains(QLatin1String("sse_raw"))) {
        r = FakeResponse::sseRaw(o.value(QLatin1String("sse_raw")).toString().toUtf8());
    } else if (o.contains(QLatin1String("file"))) {
        const QString file = o.value(QLatin1String("file")).toString();
        const QString path = QDir(baseDir).absoluteFilePath(file);
        if (!QFileInfo::exists(path))
            return std::unexpected(QStringLiteral("file not found: %1").arg(path));
        r = FakeResponse::sseFile(path);
    } else if (o.contains(QLatin1String("body"))) {
        const QJsonValue body = o.value(QLatin1String("body"));
        if (body.isObject())
            r = FakeResponse::json(200, body.toObject());
        else if (body.isArray())
            r = FakeResponse::json(
                200, QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact));
        else
            r.pieces = { body.toString().toUtf8() };
    }
    r.status = o.value(QLatin1String("status")).toInt(r.status);
    r.reason = o.value(QLatin1String("reason")).toString().toUtf8();
    const QJsonObject headers = o.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        // A script header replaces a builder's header of the same name (e.g. Content-Type).
        r.headers.removeIf([&](const auto &h) {
            return h.first.compare(it.key().toUtf8(), Qt::CaseInsensitive) == 0;
        });
        r.headers.append({ it.key().toUtf8(), it.value().toString().toUtf8() });
    }
    const QString framing = o.value(QLatin1String("framing")).toString();
    if (framing == QLatin1String("length"))
        r.framing = FakeResponse::Framing::ContentLength;
    else if (framing == QLatin1String("chunked"))
        r.framing = FakeResponse::Framing::Chunked;
    else if (framing == QLatin1String("close"))
        r.framing = FakeResponse::Framing::CloseDelimited;
    else if (!framing.isEmpty())
        return std::unexpected(QStringLiteral("unknown framing \"%1\"").arg(framing));
    r.fragmentSize = o.value(QLatin1String("fragment")).toInteger(0);
    r.delayMs = o.value(QLatin1String("delay_ms")).toInt(0);
    r.stallAfterBytes = o.value(QLatin1String("stall_after")).toInteger(-1);
    r.disconnectAfterBytes = o.value(QLatin1String("disconnect_after")).toInteger(-1);
    r.closeWithoutResponse = o.value(QLatin1String("close_without_response")).toBool();
    r.dropConnectionImmediately = o.value(QLatin1String("drop_connection")).toBool();
    r.closeConnection = o.value(QLatin1String("close_connection")).toBool();
    return r;
}
} // namespace

std::expected<QList<FakeScriptEntry>, QString> FakeScript::parse(
    const QJsonArray &script, const QString &baseDir)
{
    QList<FakeScriptEntry> entries;
    for (qsizetype i = 0; i < script.size(); ++i) {
        if (!script.at(i).isObject())
            return std::unexpected(QStringLiteral("entry %1 is not an object").arg(i));
        const QJsonObject o = script.at(i).toObject();
        auto response = parseResponse(o, baseDir);
        if (!response)
            return std::unexpected(QStringLiteral("entry %1: %2").arg(i).arg(response.error()));
        entries.append({ o.value(QLatin1String("route")).toString().toUtf8(),
            o.value(QLatin1String("repeat")).toBool(), *response });
    }
    return entries;
}

std::expected<QList<FakeScriptEntry>, QString> FakeScript::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isArray()) {
        return std::unexpected(
            QStringLiteral("%1: expected a JSON array (%2)").arg(path, error.errorString()));
    }
    return parse(doc.array(), QFileInfo(path).absolutePath());
}

void FakeScript::apply(const QList<FakeScriptEntry> &entries, FakeOpenAiServer &server)
{
    for (const FakeScriptEntry &e : entries) {
        if (e.repeat && e.route.isEmpty())
            server.setDefaultResponse(e.response);
        else if (e.repeat)
            server.setDefaultResponse(e.route, e.response);
        else if (e.route.isEmpty())
            server.enqueue(e.response);
        else
            server.enqueue(e.route, e.response);
    }
}
