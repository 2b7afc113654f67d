// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeStoredCompletions.h"

#include <algorithm>

#include <QJsonDocument>

#include "FakeOpenAiServer.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 BaseCreated = 1'760'000'000;
const QByteArray Prefix = "/chat/completions";

QJsonObject message(const QString &id, const QString &role, const QString &content)
{
    return { { u"id"_s, id }, { u"role"_s, role }, { u"content"_s, content },
        { u"content_parts"_s, QJsonValue::Null }, { u"name"_s, QJsonValue::Null } };
}

FakeResponse page(const QJsonArray &data, bool hasMore)
{
    const QJsonValue first =
        data.isEmpty() ? QJsonValue(QJsonValue::Null) : data.first().toObject().value("id"_L1);
    const QJsonValue last =
        data.isEmpty() ? QJsonValue(QJsonValue::Null) : data.last().toObject().value("id"_L1);
    return FakeResponse::json(200,
        QJsonObject{ { u"object"_s, u"list"_s }, { u"data"_s, data }, { u"first_id"_s, first },
            { u"last_id"_s, last }, { u"has_more"_s, hasMore } });
}

// Paging over `ordered`: the items after the one whose id is `after`, at most `limit`.
std::optional<FakeResponse> slice(
    const QList<std::pair<QString, const QJsonObject *>> &ordered, const QUrlQuery &query)
{
    bool ok = true;
    int limit = 20;
    if (query.hasQueryItem(u"limit"_s)) {
        limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > 100)
            return FakeResponse::error(400, u"limit must be between 1 and 100"_s,
                u"invalid_value"_s, u"invalid_request_error"_s, u"limit"_s);
    }
    qsizetype start = 0;
    const QString after = query.queryItemValue(u"after"_s, QUrl::FullyDecoded);
    if (!after.isEmpty()) {
        start = -1;
        for (qsizetype i = 0; i < ordered.size(); ++i) {
            if (ordered.at(i).first == after) {
                start = i + 1;
                break;
            }
        }
        if (start < 0)
            return FakeResponse::error(404, u"No item found with id '%1'."_s.arg(after),
                u"not_found"_s, u"invalid_request_error"_s, u"after"_s);
    }
    QJsonArray data;
    for (qsizetype i = start; i < ordered.size() && data.size() < limit; ++i)
        data.append(*ordered.at(i).second);
    return page(data, start + data.size() < ordered.size());
}

QList<std::pair<QString, const QJsonObject *>> inOrder(
    QList<std::pair<QString, const QJsonObject *>> items, const QUrlQuery &query)
{
    if (query.queryItemValue(u"order"_s) == "desc"_L1)
        std::reverse(items.begin(), items.end());
    return items;
}

std::optional<FakeResponse> badOrder(const QUrlQuery &query)
{
    const QString order = query.queryItemValue(u"order"_s);
    if (order.isEmpty() || order == "asc"_L1 || order == "desc"_L1)
        return std::nullopt;
    return FakeResponse::error(400, u"order must be asc or desc"_s, u"invalid_value"_s,
        u"invalid_request_error"_s, u"order"_s);
}

FakeResponse notFound(const QString &id)
{
    return FakeResponse::error(404, u"No chat completion found with id '%1'."_s.arg(id),
        u"not_found"_s, u"invalid_request_error"_s);
}
} // namespace

FakeStoredCompletions::FakeStoredCompletions(int count)
{
    generate(count);
}

void FakeStoredCompletions::generate(int count)
{
    static const QStringList models = { u"gpt-4o-mini"_s, u"gpt-4.1"_s, u"gpt-5.4"_s };
    const int base = int(m_items.size());
    for (int n = 0; n < count; ++n) {
        const int i = base + n;
        const QString id = u"chatcmpl-stored-%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        QJsonArray messages;
        if (i % 4 == 0)
            messages.append(message({}, u"system"_s, u"You are a concise assistant."_s));
        const int turns = 1 + i % 3;
        for (int t = 0; t < turns; ++t) {
            messages.append(message({}, u"user"_s, u"Question %1.%2 about Tokyo"_s.arg(i).arg(t)));
            if (t + 1 < turns)
                messages.append(
                    message({}, u"assistant"_s, u"Earlier answer %1.%2"_s.arg(i).arg(t)));
        }
        const QString answer = u"Answer %1: Tokyo is the capital of Japan."_s.arg(i);
        QJsonObject completion{ { u"id"_s, id }, { u"object"_s, u"chat.completion"_s },
            { u"created"_s, BaseCreated + 60 * i }, { u"model"_s, models.at(i % 3) },
            { u"metadata"_s,
                QJsonObject{ { u"app"_s, u"kaiwa"_s }, { u"user"_s, u"user-%1"_s.arg(i % 5) },
                    { u"topic"_s, i % 2 ? u"odd"_s : u"even"_s } } },
            { u"choices"_s,
                QJsonArray{ QJsonObject{ { u"index"_s, 0 }, { u"finish_reason"_s, u"stop"_s },
                    { u"logprobs"_s, QJsonValue::Null },
                    { u"message"_s,
                        QJsonObject{ { u"role"_s, u"assistant"_s }, { u"content"_s, answer },
                            { u"refusal"_s, QJsonValue::Null } } } } } },
            { u"usage"_s,
                QJsonObject{ { u"prompt_tokens"_s, 20 + i % 7 }, { u"completion_tokens"_s, 12 },
                    { u"total_tokens"_s, 32 + i % 7 } } },
            { u"request_id"_s, u"req_%1"_s.arg(i) }, { u"seed"_s, 42 }, { u"temperature"_s, 1.0 },
            { u"top_p"_s, 1.0 }, { u"input_user"_s, QJsonValue::Null },
            { u"service_tier"_s, u"default"_s } };
        add(completion, messages);
    }
}

void FakeStoredCompletions::add(QJsonObject completion, QJsonArray messages)
{
    const QString id = completion.value("id"_L1).toString();
    for (qsizetype k = 0; k < messages.size(); ++k) {
        QJsonObject m = messages.at(k).toObject();
        if (m.value("id"_L1).toString().isEmpty()) {
            m.insert(u"id"_s, u"%1-%2"_s.arg(id).arg(k));
            messages.replace(k, m);
        }
    }
    if (!completion.contains("metadata"_L1))
        completion.insert(u"metadata"_s, QJsonObject());
    m_items.append({ completion, messages, id });
}

void FakeStoredCompletions::install(FakeOpenAiServer &server)
{
    server.setHandler([this](const RecordedRequest &request) { return handle(request); });
}

QJsonObject FakeStoredCompletions::completion(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? QJsonObject() : m_items.at(i).completion;
}

QJsonArray FakeStoredCompletions::messages(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? QJsonArray() : m_items.at(i).messages;
}

int FakeStoredCompletions::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return int(i);
    }
    return -1;
}

std::optional<FakeResponse> FakeStoredCompletions::handle(const RecordedRequest &request)
{
    const QByteArray path = request.pathOnly();
    const qsizetype at = path.indexOf(Prefix);
    if (at < 0)
        return std::nullopt;
    const QByteArray rest = path.mid(at + Prefix.size()); // "", "/{id}" or "/{id}/messages"
    const bool isCollection = rest.isEmpty() || rest == "/";
    if (isCollection && request.method == "POST") {
        record(request.json()); // store: true keeps a copy; the answer is scripted elsewhere
        return std::nullopt;
    }
    if (isCollection && request.method != "GET")
        return std::nullopt;
    if (m_unsupportedStatus == 403)
        return FakeResponse::error(403,
            u"You have insufficient permissions for this operation. Missing scopes: "
            u"api.model.read."_s,
            {}, u"invalid_request_error"_s);
    if (m_unsupportedStatus)
        return FakeResponse::error(m_unsupportedStatus,
            u"Unknown request URL: %1 %2"_s.arg(
                QString::fromLatin1(request.method), QString::fromUtf8(path)),
            u"unknown_url"_s);
    if (m_rateLimitCount > 0) {
        --m_rateLimitCount;
        return FakeResponse::error(
            429, u"Rate limit reached for requests"_s, u"rate_limit_exceeded"_s, u"requests"_s)
            .withHeader("retry-after", QByteArray::number(m_retryAfter));
    }
    const QUrlQuery query = request.query();
    if (isCollection)
        return list(query);

    QList<QByteArray> segments = rest.mid(1).split('/');
    const QString id = QUrl::fromPercentEncoding(segments.value(0));
    const int index = indexOf(id);
    if (segments.size() == 2 && segments.at(1) == "messages" && request.method == "GET") {
        if (index < 0)
            return notFound(id);
        return listMessages(m_items.at(index), query);
    }
    if (segments.size() != 1)
        return FakeResponse::error(404, u"Unknown request URL"_s, u"unknown_url"_s);
    if (index < 0)
        return notFound(id);
    if (request.method == "GET")
        return FakeResponse::json(200, m_items.at(index).completion);
    if (request.method == "POST")
        return update(index, request.body);
    if (request.method == "DELETE") {
        if (m_failingDeletes.contains(id))
            return FakeResponse::error(
                500, u"The server had an error while deleting %1"_s.arg(id), {}, u"server_error"_s);
        m_items.removeAt(index);
        return FakeResponse::json(200,
            QJsonObject{ { u"object"_s, u"chat.completion.deleted"_s }, { u"id"_s, id },
                { u"deleted"_s, true } });
    }
    return FakeResponse::error(405, u"Method not allowed"_s);
}

FakeResponse FakeStoredCompletions::list(const QUrlQuery &query) const
{
    if (auto bad = badOrder(query))
        return *bad;
    const QString model = query.queryItemValue(u"model"_s, QUrl::FullyDecoded);
    QList<std::pair<QString, QString>> metadata;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key.startsWith("metadata["_L1) && key.endsWith(u']'))
            metadata.append({ key.mid(9, key.size() - 10), value });
    }
    QList<std::pair<QString, const QJsonObject *>> matching;
    matching.reserve(m_items.size());
    for (const Item &item : m_items) {
        const QJsonObject &c = item.completion;
        if (!model.isEmpty() && c.value("model"_L1).toString() != model)
            continue;
        bool match = true;
        if (!metadata.isEmpty()) {
            const QJsonObject meta = c.value("metadata"_L1).toObject();
            for (const auto &[key, value] : metadata)
                match = match && meta.contains(key) && meta.value(key).toString() == value;
        }
        if (match)
            matching.append({ item.id, &c });
    }
    return *slice(inOrder(matching, query), query);
}

FakeResponse FakeStoredCompletions::listMessages(const Item &item, const QUrlQuery &query) const
{
    if (auto bad = badOrder(query))
        return *bad;
    QList<QJsonObject> messages;
    for (const QJsonValue &m : item.messages)
        messages.append(m.toObject());
    QList<std::pair<QString, const QJsonObject *>> pointers;
    for (const QJsonObject &m : std::as_const(messages))
        pointers.append({ m.value("id"_L1).toString(), &m });
    return *slice(inOrder(pointers, query), query);
}

FakeResponse FakeStoredCompletions::update(int index, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue metadata = doc.object().value("metadata"_L1);
    if (!doc.isObject() || !metadata.isObject())
        return FakeResponse::error(400, u"Missing required parameter: 'metadata'."_s,
            u"missing_required_parameter"_s, u"invalid_request_error"_s, u"metadata"_s);
    const QJsonObject map = metadata.toObject();
    if (map.size() > 16)
        return FakeResponse::error(400,
            u"Invalid 'metadata': too many properties. Expected an object with at most 16 "
            u"properties, but got an object with %1 properties instead."_s.arg(map.size()),
            u"object_above_max_properties"_s, u"invalid_request_error"_s, u"metadata"_s);
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.key().size() > 64)
            return FakeResponse::error(400,
                u"Invalid 'metadata': key '%1' is longer than 64 characters."_s.arg(it.key()),
                u"string_above_max_length"_s, u"invalid_request_error"_s, u"metadata"_s);
        if (!it.value().isString() || it.value().toString().size() > 512)
            return FakeResponse::error(400,
                u"Invalid 'metadata.%1': expected a string of at most 512 characters."_s.arg(
                    it.key()),
                u"invalid_type"_s, u"invalid_request_error"_s, u"metadata.%1"_s.arg(it.key()));
    }
    m_items[index].completion.insert(u"metadata"_s, map);
    return FakeResponse::json(200, m_items.at(index).completion);
}

void FakeStoredCompletions::record(const QJsonObject &request)
{
    if (!request.value("store"_L1).toBool())
        return;
    const int n = int(m_items.size());
    const QString id = u"chatcmpl-created-%1"_s.arg(n, 5, 10, QLatin1Char('0'));
    QJsonArray messages;
    for (const QJsonValue &value : request.value("messages"_L1).toArray()) {
        QJsonObject m = value.toObject();
        const QJsonValue content = m.value("content"_L1);
        if (content.isArray()) { // parts: content_parts, and their text as content
            QString text;
            for (const QJsonValue &part : content.toArray())
                text += part.toObject().value("text"_L1).toString();
            m.insert(u"content_parts"_s, content);
            m.insert(u"content"_s, text);
        } else {
            m.insert(u"content_parts"_s, QJsonValue::Null);
        }
        messages.append(m);
    }
    const qint64 created = m_items.isEmpty()
        ? BaseCreated
        : qint64(m_items.constLast().completion.value("created"_L1).toDouble()) + 60;
    add(QJsonObject{ { u"id"_s, id }, { u"object"_s, u"chat.completion"_s },
            { u"created"_s, created }, { u"model"_s, request.value("model"_L1).toString() },
            { u"metadata"_s, request.value("metadata"_L1).toObject() },
            { u"choices"_s,
                QJsonArray{ QJsonObject{ { u"index"_s, 0 }, { u"finish_reason"_s, u"stop"_s },
                    { u"message"_s,
                        QJsonObject{ { u"role"_s, u"assistant"_s },
                            { u"content"_s, u"(answer stored by the fake server)"_s } } } } } },
            { u"usage"_s,
                QJsonObject{ { u"prompt_tokens"_s, 10 }, { u"completion_tokens"_s, 5 },
                    { u"total_tokens"_s, 15 } } } },
        messages);
}
