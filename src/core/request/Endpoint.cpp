// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/request/Endpoint.h"

#include <QCoreApplication>

#include "core/Logging.h"
#include "core/settings/ProviderProfile.h"

using namespace Qt::StringLiterals;

#ifndef KAIWA_REQUEST_VERSION
#define KAIWA_REQUEST_VERSION "0.0.0"
#endif

namespace Endpoint {
namespace {
using Kind = ProviderProfile::Kind;

bool isStored(Operation operation)
{
    switch (operation) {
    case Operation::StoredGet:
    case Operation::StoredUpdate:
    case Operation::StoredDelete:
    case Operation::StoredMessages:
        return true;
    default:
        return false;
    }
}

//! A query component encoded so that '&', '=', '+' and spaces survive every server's parser;
//! brackets stay readable because servers expect metadata[key]=value.
QString encodeComponent(const QString &text, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

QString encodeSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

//! The path below the base for OpenAI-style routes.
QString plainPath(const Call &call)
{
    switch (call.operation) {
    case Operation::ChatCompletions:
    case Operation::StoredList:
        return u"/chat/completions"_s;
    case Operation::Completions:
        return u"/completions"_s;
    case Operation::Models:
        return u"/models"_s;
    case Operation::StoredGet:
    case Operation::StoredUpdate:
    case Operation::StoredDelete:
        return u"/chat/completions/"_s + encodeSegment(call.id);
    case Operation::StoredMessages:
        return u"/chat/completions/"_s + encodeSegment(call.id) + u"/messages"_s;
    }
    return {};
}

QString trimmedBasePath(const QUrl &base)
{
    QString path = base.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

//! Azure OpenAI with a dated api-version (protocol.md §9.2): deployment in the path.
bool isAzureClassic(const ProviderProfile &profile)
{
    return profile.kind == Kind::AzureOpenAI
        && !trimmedBasePath(profile.baseUrl).endsWith(u"/openai/v1"_s, Qt::CaseInsensitive);
}

void setAuth(QNetworkRequest &request, ProviderProfile::Auth auth, const QString &apiKey)
{
    if (apiKey.isEmpty())
        return;
    const QByteArray key = apiKey.toUtf8();
    if (auth == ProviderProfile::Auth::Bearer || auth == ProviderProfile::Auth::Both)
        request.setRawHeader("Authorization", "Bearer " + key);
    if (auth == ProviderProfile::Auth::ApiKeyHeader || auth == ProviderProfile::Auth::Both)
        request.setRawHeader("api-key", key);
}
} // namespace

QByteArray verb(Operation operation)
{
    switch (operation) {
    case Operation::ChatCompletions:
    case Operation::Completions:
    case Operation::StoredUpdate:
        return "POST";
    case Operation::StoredDelete:
        return "DELETE";
    default:
        return "GET";
    }
}

bool hasBody(Operation operation)
{
    return verb(operation) == "POST";
}

QUrlQuery listQuery(const ListQuery &query, bool forMessages)
{
    QStringList items;
    const auto add = [&](const QString &key, const QString &value) {
        items.append(encodeComponent(key, "[]") + u'=' + encodeComponent(value));
    };
    if (!query.after.isEmpty())
        add(u"after"_s, query.after);
    if (query.limit)
        add(u"limit"_s, QString::number(*query.limit));
    if (!query.order.isEmpty())
        add(u"order"_s, query.order);
    if (!forMessages) {
        if (!query.model.isEmpty())
            add(u"model"_s, query.model);
        for (const auto &[key, value] : query.metadata)
            add(u"metadata["_s + key + u']', value);
    }
    return QUrlQuery(items.join(u'&'));
}

std::expected<QUrl, QString> url(const ProviderProfile &profile, const Call &call)
{
    if (!profile.baseUrl.isValid() || profile.baseUrl.scheme().isEmpty())
        return std::unexpected(
            QCoreApplication::translate("Endpoint", "the profile has no valid base URL"));
    if (isStored(call.operation) && call.id.isEmpty())
        return std::unexpected(
            QCoreApplication::translate("Endpoint", "a stored completion id is required"));

    QString path = trimmedBasePath(profile.baseUrl);
    if (isAzureClassic(profile)) {
        // Accept a base that already names /openai, as the Azure portal sometimes shows it.
        if (path.endsWith(u"/openai"_s, Qt::CaseInsensitive))
            path.chop(7);
        path += u"/openai"_s;
        if (call.operation == Operation::ChatCompletions
            || call.operation == Operation::Completions) {
            const QString deployment = call.model.isEmpty() ? profile.defaultModel : call.model;
            if (deployment.isEmpty()) {
                return std::unexpected(QCoreApplication::translate("Endpoint",
                    "Azure OpenAI needs a deployment name: set a model or the profile's default "
                    "model"));
            }
            path += u"/deployments/"_s + encodeSegment(deployment);
        }
    }
    path += plainPath(call);

    QUrl result = profile.baseUrl;
    result.setPath(path, QUrl::TolerantMode);
    QStringList query;
    if (!profile.baseUrl.query(QUrl::FullyEncoded).isEmpty())
        query.append(profile.baseUrl.query(QUrl::FullyEncoded));
    if (!profile.apiVersion.isEmpty())
        query.append(u"api-version="_s + encodeComponent(profile.apiVersion));
    else if (isAzureClassic(profile))
        qCWarning(lcApi) << "Azure OpenAI profile" << profile.name << "has no api-version";
    if (call.operation == Operation::StoredList || call.operation == Operation::StoredMessages) {
        const QString list = listQuery(call.query, call.operation == Operation::StoredMessages)
                                 .query(QUrl::FullyEncoded);
        if (!list.isEmpty())
            query.append(list);
    }
    if (query.isEmpty())
        result.setQuery(QString());
    else
        result.setQuery(query.join(u'&'), QUrl::TolerantMode);
    return result;
}

std::expected<QNetworkRequest, QString> request(
    const ProviderProfile &profile, const QString &apiKey, const Call &call)
{
    const auto target = url(profile, call);
    if (!target)
        return std::unexpected(target.error());
    QNetworkRequest request(*target);
    // Never follow a redirect: Qt would send the key along to wherever it points. The 3xx comes
    // back as an error that names the new address (ApiReply).
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    setAuth(request, profile.auth, apiKey);
    if (hasBody(call.operation))
        request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("Accept", call.streaming ? "text/event-stream" : "application/json");
    request.setRawHeader("User-Agent", userAgent());
    if (profile.kind == Kind::AzureInference && !profile.extraParameters.isEmpty())
        request.setRawHeader("extra-parameters", profile.extraParameters.toUtf8());
    // Last, so a profile can override anything above (e.g. a gateway's own auth header).
    for (const auto &[name, value] : profile.extraHeaders)
        request.setRawHeader(name, value);
    return request;
}

QByteArray userAgent()
{
    return QByteArrayLiteral("Kaiwa/" KAIWA_REQUEST_VERSION);
}
} // namespace Endpoint
