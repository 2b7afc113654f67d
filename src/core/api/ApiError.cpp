// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ApiError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
constexpr qsizetype kMaxBodyKept = 4096;
constexpr qsizetype kMaxPlainMessage = 300;

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

// Fills message/code/type/param from an OpenAI, Azure, Azure.Core or OpenRouter error object.
void fillFromErrorObject(ApiError &error, const QJsonObject &object)
{
    error.message = valueText(object.value(QLatin1String("message")));
    error.code = valueText(object.value(QLatin1String("code")));
    error.type = valueText(object.value(QLatin1String("type")));
    error.param = valueText(object.value(QLatin1String("param")));
    if (error.param.isEmpty()) // Azure.Core names the offending field "target"
        error.param = valueText(object.value(QLatin1String("target")));
    const QJsonObject inner = object.value(QLatin1String("innererror")).toObject();
    if (error.code.isEmpty())
        error.code = valueText(inner.value(QLatin1String("code")));
    // OpenRouter puts the upstream provider's own words into metadata.raw.
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QString raw = valueText(metadata.value(QLatin1String("raw")));
    const QString provider = valueText(metadata.value(QLatin1String("provider_name")));
    if (!raw.isEmpty())
        error.message += QStringLiteral(" (") + (provider.isEmpty() ? QString() : provider + u": ")
            + raw.left(kMaxPlainMessage) + u')';
}

// Returns true when `document` held an error in one of the shapes servers use.
bool fillFromJson(ApiError &error, const QJsonDocument &document)
{
    if (!document.isObject())
        return false;
    const QJsonObject root = document.object();
    const QJsonValue errorValue = root.value(QLatin1String("error"));
    if (errorValue.isObject()) {
        fillFromErrorObject(error, errorValue.toObject());
        return true;
    }
    if (errorValue.isString()) {
        error.message = errorValue.toString();
        return true;
    }
    if (root.value(QLatin1String("object")).toString() == QLatin1String("error")
        || root.contains(QLatin1String("message")) || root.contains(QLatin1String("detail"))) {
        fillFromErrorObject(error, root); // vLLM's top-level error, or {"message": …}
        const QJsonValue detail = root.value(QLatin1String("detail"));
        if (error.message.isEmpty() && detail.isArray()) {
            // FastAPI validation errors: [{"loc": ["body", "messages"], "msg": "field required"}]
            QStringList problems;
            const QJsonArray items = detail.toArray();
            for (const QJsonValue &item : items) {
                QStringList where;
                const QJsonArray loc = item.toObject().value(QLatin1String("loc")).toArray();
                for (const QJsonValue &part : loc)
                    where << valueText(part);
                const QString msg = valueText(item.toObject().value(QLatin1String("msg")));
                problems << (where.isEmpty() ? msg : where.join(u'.') + QStringLiteral(": ") + msg);
            }
            error.message = problems.join(QStringLiteral("; "));
        } else if (error.message.isEmpty()) {
            error.message = valueText(detail);
        }
        return true;
    }
    return false;
}

QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression title(
        QStringLiteral("<title[^>]*>([^<]*)</title>"), QRegularExpression::CaseInsensitiveOption);
    const auto match = title.match(QString::fromUtf8(body.left(kMaxBodyKept)));
    return match.hasMatch() ? match.captured(1).simplified() : QString();
}
} // namespace

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network error");
    case Kind::Tls:
        return QStringLiteral("TLS error");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Http:
        return QStringLiteral("HTTP error");
    case Kind::Api:
        return QStringLiteral("API error");
    case Kind::Truncated:
        return QStringLiteral("stream ended early");
    case Kind::Parse:
        return QStringLiteral("malformed response");
    case Kind::Limit:
        return QStringLiteral("response too large");
    case Kind::Keychain:
        return QStringLiteral("keychain error");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Usage:
        return QStringLiteral("usage error");
    }
    return {};
}

QString ApiError::kindText(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QCoreApplication::translate("ApiError", "none");
    case Kind::Network:
        return QCoreApplication::translate("ApiError", "network error");
    case Kind::Tls:
        return QCoreApplication::translate("ApiError", "TLS error");
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError", "timeout");
    case Kind::Http:
        return QCoreApplication::translate("ApiError", "HTTP error");
    case Kind::Api:
        return QCoreApplication::translate("ApiError", "API error");
    case Kind::Truncated:
        return QCoreApplication::translate("ApiError", "stream ended early");
    case Kind::Parse:
        return QCoreApplication::translate("ApiError", "malformed response");
    case Kind::Limit:
        return QCoreApplication::translate("ApiError", "response too large");
    case Kind::Keychain:
        return QCoreApplication::translate("ApiError", "keychain error");
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "cancelled");
    case Kind::Usage:
        return QCoreApplication::translate("ApiError", "usage error");
    }
    return {};
}

QString ApiError::describe() const
{
    // "HTTP 401: …" for an error status; "API error (HTTP 200): …" for one inside a stream. Each
    // step is one labelled format; the message is the server's own text or Kaiwa's translated one.
    QString text = kind == Kind::Http && httpStatus > 0
        ? QCoreApplication::translate("ApiError", "HTTP %1").arg(httpStatus)
        : kindText(kind);
    if (kind != Kind::Http && httpStatus > 0)
        text =
            QCoreApplication::translate("ApiError", "%1 (HTTP %2)", "an error kind, then a status")
                .arg(text)
                .arg(httpStatus);
    if (!message.isEmpty() && message != kindText(kind) && message != kindName(kind))
        text = QCoreApplication::translate("ApiError", "%1: %2", "an error label, then the message")
                   .arg(text, message);
    if (!code.isEmpty() && !message.contains(code))
        text = QCoreApplication::translate(
            "ApiError", "%1 (%2)", "a message, then the server's error code")
                   .arg(text, code);
    if (!requestId.isEmpty())
        text = QCoreApplication::translate(
            "ApiError", "%1 [request %2]", "a message, then the request id")
                   .arg(text, QString::fromLatin1(requestId));
    return text;
}

QString ApiError::logText() const
{
    QString text = kind == Kind::Http && httpStatus > 0 ? QStringLiteral("HTTP %1").arg(httpStatus)
                                                        : kindName(kind);
    if (kind != Kind::Http && httpStatus > 0)
        text += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    if (!code.isEmpty())
        text += QStringLiteral(" (") + code + u')';
    if (!requestId.isEmpty())
        text += QStringLiteral(" [request ") + QString::fromLatin1(requestId) + u']';
    return text;
}

namespace {
//! What a bare status means to the user, for error responses without a body.
QString statusMeaning(int status)
{
    switch (status) {
    case 400:
        return QCoreApplication::translate(
            "ApiError", "the server refused the request as malformed");
    case 401:
        return QCoreApplication::translate(
            "ApiError", "the API key was refused; check it in the profile");
    case 403:
        return QCoreApplication::translate(
            "ApiError", "this key may not use this model or endpoint");
    case 404:
        return QCoreApplication::translate(
            "ApiError", "not found; check the profile's base URL and the model name");
    case 408:
        return QCoreApplication::translate(
            "ApiError", "the server gave up waiting for the request");
    case 409:
        return QCoreApplication::translate(
            "ApiError", "the request conflicts with the server's state; try again");
    case 413:
        return QCoreApplication::translate("ApiError", "the request is too large for the server");
    case 429:
        return QCoreApplication::translate("ApiError", "too many requests; wait and try again");
    case 500:
        return QCoreApplication::translate("ApiError", "the server failed with an internal error");
    case 502:
        return QCoreApplication::translate(
            "ApiError", "a gateway in between got no valid answer from the server");
    case 503:
        return QCoreApplication::translate(
            "ApiError", "the service is unavailable or overloaded; try again later");
    case 504:
        return QCoreApplication::translate(
            "ApiError", "a gateway in between timed out waiting for the server");
    default:
        return status >= 300 && status < 400
            ? QCoreApplication::translate("ApiError", "the server redirected the request")
            : QCoreApplication::translate("ApiError", "the server gave no message");
    }
}
} // namespace

ApiError ApiErrors::fromHttpBody(int status, const QByteArray &body, const QByteArray &contentType)
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = status;
    error.body = body.left(kMaxBodyKept);
    const QByteArray trimmed = body.trimmed();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error == QJsonParseError::NoError && fillFromJson(error, document)) {
        if (error.message.isEmpty())
            error.message = QCoreApplication::translate("ApiError", "the server gave no message");
        return error;
    }
    const bool html = contentType.contains("html") || trimmed.startsWith('<');
    if (html) {
        const QString title = htmlTitle(trimmed);
        error.message = title.isEmpty()
            ? QCoreApplication::translate("ApiError",
                "the server answered with an HTML page instead of JSON (a proxy or gateway in "
                "between?)")
            : QCoreApplication::translate("ApiError",
                "the server answered with an HTML page instead of JSON (a proxy or gateway in "
                "between?): %1")
                  .arg(title);
    } else if (!trimmed.isEmpty()) {
        error.message = QString::fromUtf8(trimmed.left(kMaxPlainMessage)).simplified();
    }
    if (error.message.isEmpty())
        error.message = statusMeaning(status);
    return error;
}

ApiError ApiErrors::fromStreamPayload(const QByteArray &payload)
{
    ApiError error;
    error.kind = ApiError::Kind::Api;
    error.body = payload.left(kMaxBodyKept);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !fillFromJson(error, document))
        error.message = QString::fromUtf8(payload.left(kMaxPlainMessage)).simplified();
    if (error.message.isEmpty())
        error.message =
            QCoreApplication::translate("ApiError", "an error occurred during streaming");
    return error;
}

ApiError ApiErrors::fromNetworkError(QNetworkReply::NetworkError code, const QString &errorString)
{
    ApiError error;
    error.networkError = code;
    error.message = errorString;
    switch (code) {
    case QNetworkReply::TimeoutError:
        error.kind = ApiError::Kind::Timeout;
        break;
    case QNetworkReply::OperationCanceledError:
        error.kind = ApiError::Kind::Cancelled;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ApiError::Kind::Tls;
        break;
    default:
        error.kind = ApiError::Kind::Network;
        break;
    }
    return error;
}

QList<QByteArray> ApiErrors::secretsOf(const QNetworkRequest &request)
{
    QList<QByteArray> secrets;
    for (const char *name : { "Authorization", "api-key", "Proxy-Authorization" }) {
        QByteArray value = request.rawHeader(name).trimmed();
        const qsizetype space = value.indexOf(' ');
        const bool hasScheme = qstrcmp(name, "api-key") != 0; // "Bearer sk-…"
        if (hasScheme && space > 0)
            value = value.mid(space + 1).trimmed();
        if (value.size() >= 8) // shorter is no key worth the name, and would hit ordinary words
            secrets.append(value);
    }
    return secrets;
}

void ApiErrors::redact(ApiError &error, const QList<QByteArray> &secrets)
{
    static const QString mask = QStringLiteral("[API key]");
    for (const QByteArray &secret : secrets) {
        const QString text = QString::fromUtf8(secret);
        for (QString *field : { &error.message, &error.code, &error.type, &error.param })
            field->replace(text, mask);
        error.body.replace(secret, mask.toUtf8());
    }
}
