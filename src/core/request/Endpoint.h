// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

struct ProviderProfile;

//! Builds the URL and headers for every operation Kaiwa performs against a provider
//! (protocol.md §1, §5, §6, §7, §9). Pure functions; nothing is sent and the key is never logged.
namespace Endpoint {
enum class Operation {
    ChatCompletions, //!< POST /chat/completions
    Completions, //!< POST /completions (legacy)
    Models, //!< GET /models
    StoredList, //!< GET /chat/completions?after&limit&order&model&metadata[k]=v
    StoredGet, //!< GET /chat/completions/{id}
    StoredUpdate, //!< POST /chat/completions/{id}
    StoredDelete, //!< DELETE /chat/completions/{id}
    StoredMessages, //!< GET /chat/completions/{id}/messages?after&limit&order
};

//! Paging and filters of the stored-completion lists; unset members are not sent.
struct ListQuery
{
    QString after; //!< id of the last item of the previous page
    std::optional<int> limit;
    QString order; //!< asc or desc
    QString model; //!< StoredList only
    QList<QPair<QString, QString>> metadata; //!< StoredList only: metadata[key]=value filters

    friend bool operator==(const ListQuery &, const ListQuery &) = default;
};

//! The per-call values an operation needs.
struct Call
{
    Operation operation = Operation::ChatCompletions;
    QString model; //!< Azure deployment for chat/completions; falls back to profile.defaultModel
    QString id; //!< stored completion id
    ListQuery query;
    bool streaming = false; //!< Accept: text/event-stream

    friend bool operator==(const Call &, const Call &) = default;
};

//! "GET", "POST" or "DELETE".
QByteArray verb(Operation operation);

//! Whether the operation sends a JSON body.
bool hasBody(Operation operation);

//! The query for a stored-completion list, in a stable order: after, limit, order, model, then
//! metadata[k]=v in the given order. `forMessages` leaves out model and metadata.
QUrlQuery listQuery(const ListQuery &query, bool forMessages = false);

//! The full URL. Fails when Azure deployment routes have no deployment name (model).
std::expected<QUrl, QString> url(const ProviderProfile &profile, const Call &call);

//! URL plus headers: auth per profile.auth (none when apiKey is empty), Content-Type for
//! bodies, Accept, User-Agent, `extra-parameters` (Azure inference), then profile.extraHeaders,
//! which may override any of them.
std::expected<QNetworkRequest, QString> request(
    const ProviderProfile &profile, const QString &apiKey, const Call &call);

//! "Kaiwa/<version>".
QByteArray userAgent();
} // namespace Endpoint
