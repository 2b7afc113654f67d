// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/JsonReply.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {
constexpr qsizetype kMaxBody = qsizetype(256) << 20;
}

JsonReply::JsonReply(QNetworkAccessManager &nam, const QNetworkRequest &request,
    const QByteArray &verb, const QByteArray &body, const Options &options, QObject *parent)
    : ApiReply(nam, request, verb, body, options, parent)
{}

ApiError JsonReply::consumeBody(const char *data, qsizetype size)
{
    if (m_body.size() + size > kMaxBody) {
        ApiError error;
        error.kind = ApiError::Kind::Limit;
        error.message =
            QCoreApplication::translate("ChatStream", "the server's answer is larger than 256 MiB");
        return error;
    }
    m_body.append(data, size);
    return {};
}

ApiError JsonReply::finishBody(const ApiError &transportError)
{
    if (transportError.isError())
        return transportError;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        ApiError error;
        error.kind = ApiError::Kind::Parse;
        error.message = parseError.error != QJsonParseError::NoError
            ? QCoreApplication::translate(
                "JsonReply", "the server's answer is not a JSON object (%1)")
                  .arg(parseError.errorString())
            : QCoreApplication::translate(
                "JsonReply", "the server's answer is not a JSON object (another JSON value)");
        error.body = m_body.left(4096);
        return error;
    }
    m_json = document.object();
    return {};
}
