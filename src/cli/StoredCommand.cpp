// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/StoredCommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include "cli/CliSession.h"
#include "core/api/JsonReply.h"

namespace {
QByteArray compact(const QJsonValue &value)
{
    return value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                            : QByteArray("{}");
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// Text of a stored message or of a completion's first choice (content may be parts or null).
QString messageText(const QJsonObject &message)
{
    const QJsonValue content = message.value(QLatin1String("content"));
    if (content.isString())
        return content.toString();
    QStringList texts;
    const QJsonArray parts = message.value(QLatin1String("content_parts")).toArray();
    for (const QJsonValue &part : parts)
        texts << (part.toObject().contains(QLatin1String("text"))
                ? str(part.toObject(), "text")
                : u'[' + str(part.toObject(), "type") + u']');
    return texts.join(u' ');
}

Endpoint::ListQuery queryFrom(const CliOptions &o)
{
    Endpoint::ListQuery query;
    query.after = o.after;
    if (o.limit > 0)
        query.limit = o.limit;
    query.order = o.order;
    query.model = o.model;
    query.metadata = o.metadata;
    return query;
}

// Lists one page, or every page with --all (after = last_id while has_more), into one list.
int list(CliSession &session, const QString &messagesOf)
{
    const CliOptions &o = session.options();
    Endpoint::ListQuery query = queryFrom(o);
    QJsonArray data;
    QJsonObject last;
    for (;;) {
        auto reply = messagesOf.isEmpty() ? session.client().listStored(query)
                                          : session.client().listStoredMessages(messagesOf, query);
        if (!reply)
            return CliSession::fail(reply.error());
        const ApiError error = CliSession::run(**reply);
        if (error.isError())
            return CliSession::fail(error);
        last = (*reply)->json();
        const QJsonArray page = last.value(QLatin1String("data")).toArray();
        for (const QJsonValue &item : page)
            data.append(item);
        const QString lastId = str(last, "last_id");
        if (!o.all || !last.value(QLatin1String("has_more")).toBool() || lastId.isEmpty()
            || lastId == query.after)
            break;
        query.after = lastId;
    }
    if (session.json()) {
        last.insert(QLatin1String("data"), data);
        if (!data.isEmpty())
            last.insert(QLatin1String("first_id"), str(data.first().toObject(), "id"));
        CliSession::printJson(last);
        return CliSession::Success;
    }
    for (const QJsonValue &value : data) {
        const QJsonObject item = value.toObject();
        QString line;
        if (messagesOf.isEmpty()) {
            const QDateTime created = QDateTime::fromSecsSinceEpoch(
                qint64(item.value(QLatin1String("created")).toDouble()), Qt::UTC);
            line = str(item, "id") + u'\t' + created.toString(Qt::ISODate) + u'\t'
                + str(item, "model") + u'\t'
                + QString::fromUtf8(compact(item.value(QLatin1String("metadata"))));
        } else {
            line = str(item, "role") + QStringLiteral(": ") + messageText(item);
        }
        CliSession::print(line.toUtf8() + '\n');
    }
    return CliSession::Success;
}

// Prints the completion the reply returned; `done` ("deleted %1") says what happened to its id.
int single(CliSession &session, std::expected<JsonReply *, ApiError> reply, const QString &done)
{
    if (!reply)
        return CliSession::fail(reply.error());
    const ApiError error = CliSession::run(**reply);
    if (error.isError())
        return CliSession::fail(error);
    const QJsonObject json = (*reply)->json();
    if (session.json()) {
        CliSession::printJson(json);
        return CliSession::Success;
    }
    QString text = done.isEmpty() ? str(json, "id") : done.arg(str(json, "id"));
    if (json.contains(QLatin1String("model")))
        text += u'\t' + str(json, "model") + u'\t'
            + QString::fromUtf8(compact(json.value(QLatin1String("metadata"))));
    const QJsonArray choices = json.value(QLatin1String("choices")).toArray();
    if (!choices.isEmpty())
        text += u'\n'
            + messageText(choices.first().toObject().value(QLatin1String("message")).toObject());
    CliSession::print(text.toUtf8() + '\n');
    return CliSession::Success;
}
} // namespace

int StoredCommand::run(CliSession &session)
{
    const CliOptions &o = session.options();
    const QString sub = o.words.value(1);
    const QString id = o.words.value(2);
    if (sub == QLatin1String("list"))
        return list(session, {});
    if (id.isEmpty())
        return CliSession::usage(
            QCoreApplication::translate("kaiwa-cli", "stored %1 needs a completion ID")
                .arg(sub.isEmpty() ? QStringLiteral("…") : sub));
    if (sub == QLatin1String("get"))
        return single(session, session.client().getStored(id), {});
    if (sub == QLatin1String("messages"))
        return list(session, id);
    if (sub == QLatin1String("delete"))
        return single(session, session.client().deleteStored(id),
            QCoreApplication::translate("kaiwa-cli", "deleted %1"));
    if (sub == QLatin1String("update")) {
        if (o.metadata.isEmpty())
            return CliSession::usage(QCoreApplication::translate("kaiwa-cli",
                "stored update needs --metadata K=V (the server replaces the whole map)"));
        QMap<QString, QString> metadata;
        for (const auto &[key, value] : o.metadata)
            metadata.insert(key, value);
        return single(session, session.client().updateStored(id, metadata),
            QCoreApplication::translate("kaiwa-cli", "updated %1"));
    }
    return CliSession::usage(QCoreApplication::translate(
        "kaiwa-cli", "unknown stored command \"%1\" (list, get, messages, update, delete)")
                                 .arg(sub));
}
