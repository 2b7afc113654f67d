// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ConversationsCommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "cli/CliSession.h"
#include "core/storage/ConversationExport.h"
#include "core/storage/ConversationImport.h"
#include "core/storage/ConversationStore.h"

namespace {
int storeFailure(const StoreError &error)
{
    return CliSession::error(error.describe());
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

int list(ConversationStore &store, bool json)
{
    const auto conversations = store.conversations();
    if (!conversations)
        return storeFailure(conversations.error());
    QJsonArray array;
    for (const Conversation::Info &info : *conversations) {
        if (json) {
            array.append(QJsonObject{ { QStringLiteral("id"), double(info.id) },
                { QStringLiteral("title"), info.title },
                { QStringLiteral("created"), iso(info.created) },
                { QStringLiteral("updated"), iso(info.updated) },
                { QStringLiteral("pinned"), info.pinned },
                { QStringLiteral("profile"), info.settings.profile },
                { QStringLiteral("model"), info.settings.model } });
        } else {
            CliSession::print(
                (QString::number(info.id) + u'\t' + iso(info.updated) + u'\t' + info.title).toUtf8()
                + '\n');
        }
    }
    if (json)
        CliSession::print(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return CliSession::Success;
}

int search(ConversationStore &store, const QString &query, bool json)
{
    if (query.trimmed().isEmpty())
        return CliSession::usage(
            QCoreApplication::translate("kaiwa-cli", "conversations search needs a QUERY"));
    const auto hits = store.search(query);
    if (!hits)
        return storeFailure(hits.error());
    QJsonArray array;
    for (const SearchHit &hit : *hits) {
        if (json) {
            array.append(
                QJsonObject{ { QStringLiteral("conversation"), double(hit.conversationId) },
                    { QStringLiteral("message"), double(hit.messageId) },
                    { QStringLiteral("title"), hit.title },
                    { QStringLiteral("snippet"), hit.snippet } });
        } else {
            CliSession::print(
                (QString::number(hit.conversationId) + u'\t' + QString::number(hit.messageId)
                    + u'\t' + hit.title + u'\t' + hit.snippet)
                    .toUtf8()
                + '\n');
        }
    }
    if (json)
        CliSession::print(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return CliSession::Success;
}

std::expected<ExportedConversation, StoreError> load(ConversationStore &store, qint64 id)
{
    ExportedConversation out;
    auto info = store.conversation(id);
    if (!info)
        return std::unexpected(info.error());
    auto messages = store.messages(id);
    if (!messages)
        return std::unexpected(messages.error());
    out.info = *info;
    out.messages = *messages;
    auto keep = [&](const QByteArray &hash) -> std::expected<void, StoreError> {
        if (hash.isEmpty() || out.attachments.contains(hash))
            return {};
        auto bytes = store.attachment(hash);
        auto mime = store.attachmentMimeType(hash);
        if (!bytes || !mime)
            return std::unexpected(bytes ? mime.error() : bytes.error());
        out.attachments.insert(hash, { *bytes, *mime });
        return {};
    };
    for (const Conversation::Message &message : std::as_const(out.messages)) {
        for (const Conversation::Part &part : message.parts) {
            if (auto kept = keep(part.attachment); !kept)
                return std::unexpected(kept.error());
        }
        if (auto kept = keep(message.audio.attachment); !kept)
            return std::unexpected(kept.error());
    }
    return out;
}

int exportConversations(ConversationStore &store, const QStringList &ids, const CliOptions &o)
{
    const bool markdown = o.format == QLatin1String("markdown");
    if (!o.format.isEmpty() && !markdown && o.format != QLatin1String("json"))
        return CliSession::usage(
            QCoreApplication::translate("kaiwa-cli", "--format must be json or markdown"));
    QList<qint64> wanted;
    for (const QString &id : ids) {
        bool ok = false;
        wanted.append(id.toLongLong(&ok));
        if (!ok)
            return CliSession::usage(
                QCoreApplication::translate("kaiwa-cli", "\"%1\" is not a conversation id")
                    .arg(id));
    }
    if (wanted.isEmpty()) {
        const auto all = store.conversations();
        if (!all)
            return storeFailure(all.error());
        for (const Conversation::Info &info : *all)
            wanted.append(info.id);
    }
    if (markdown && wanted.size() != 1)
        return CliSession::usage(QCoreApplication::translate(
            "kaiwa-cli", "Markdown export takes exactly one conversation ID"));
    QList<ExportedConversation> conversations;
    for (const qint64 id : std::as_const(wanted)) {
        auto one = load(store, id);
        if (!one)
            return storeFailure(one.error());
        conversations.append(*one);
    }
    if (markdown) {
        const ExportedConversation &c = conversations.first();
        CliSession::print(ConversationExport::toMarkdown(c.info, c.messages, c.info.activeLeafId));
    } else {
        CliSession::print(ConversationExport::toJson(conversations));
    }
    return CliSession::Success;
}

int importFile(ConversationStore &store, const QString &path, bool json)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return CliSession::usage(QCoreApplication::translate("kaiwa-cli", "cannot read %1: %2")
                                     .arg(path, file.errorString()));
    const auto parsed = ConversationImport::fromAny(file.readAll());
    if (!parsed) {
        return CliSession::usage(
            QCoreApplication::translate("kaiwa-cli", "%1 was not imported: %2 (at %3)")
                .arg(path, parsed.error().message, parsed.error().where));
    }
    const auto ids = store.importConversations(*parsed);
    if (!ids)
        return storeFailure(ids.error());
    if (json) {
        QJsonArray array;
        for (const qint64 id : *ids)
            array.append(double(id));
        CliSession::printJson(QJsonObject{ { QStringLiteral("imported"), array } });
    } else {
        CliSession::print(QCoreApplication::translate(
                              "kaiwa-cli", "imported %n conversation(s)", nullptr, int(ids->size()))
                              .toUtf8()
            + '\n');
    }
    return CliSession::Success;
}
} // namespace

int ConversationsCommand::run(CliSession &session)
{
    const CliOptions &o = session.options();
    const QString sub = o.words.value(1);
    const QStringList rest = o.words.mid(2);
    ConversationStore store;
    if (auto opened = store.open(); !opened)
        return storeFailure(opened.error());
    if (sub == QLatin1String("list"))
        return list(store, session.json());
    if (sub == QLatin1String("search"))
        return search(store, rest.join(u' '), session.json());
    if (sub == QLatin1String("export"))
        return exportConversations(store, rest, o);
    if (sub == QLatin1String("import"))
        return importFile(store, rest.value(0), session.json());
    return CliSession::usage(QCoreApplication::translate(
        "kaiwa-cli", "unknown conversations command \"%1\" (list, search, export, import)")
                                 .arg(sub));
}
