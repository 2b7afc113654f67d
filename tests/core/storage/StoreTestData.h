// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "core/conversation/Conversation.h"
#include "core/storage/ConversationStore.h"

//! Values with every field set, for round trips; shared by the storage tests.
namespace StoreTestData {
using namespace Conversation;

inline Part textPart(const QString &text)
{
    Part part;
    part.text = text;
    return part;
}

inline Message textMessage(qint64 conversationId, qint64 parentId, Role role, const QString &text)
{
    Message m;
    m.conversationId = conversationId;
    m.parentId = parentId;
    m.role = role;
    m.parts = { textPart(text) };
    return m;
}

inline Info fullInfo()
{
    Info info;
    info.title = QStringLiteral("東京の天気 🌸 \"quoted\"");
    info.titleSetByUser = true;
    info.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    info.updated = QDateTime(QDate(2026, 1, 3), QTime(4, 5, 6, 789), Qt::UTC);
    info.pinned = true;
    info.settings.profile = QStringLiteral("仕事");
    info.settings.model = QStringLiteral("gpt-4o");
    info.settings.systemPrompt = QStringLiteral("あなたは丁寧なアシスタントです。\nBe brief.");
    info.settings.developerRole = true;
    info.settings.parameters = { { QStringLiteral("temperature"), 0.7 },
        { QStringLiteral("top_p"), 1 },
        { QStringLiteral("stop"), QJsonArray{ QStringLiteral("。") } } };
    info.settings.store = true;
    info.settings.metadata = { { QStringLiteral("project"), QStringLiteral("kaiwa") } };
    return info;
}

//! An assistant answer with every field set; audioHash/imageHash are stored attachments.
inline Message fullAssistant(qint64 conversationId, qint64 parentId, const QByteArray &audioHash)
{
    Message m = textMessage(conversationId, parentId, Role::Assistant,
        QStringLiteral("東京は晴れです ☀️ (sunny) — "
                       "気温は20度。\n改行もあります。"));
    m.reasoning = QStringLiteral("ユーザーは天気を知りたい。");
    m.toolCalls = { { QStringLiteral("call_1"), QStringLiteral("function"),
                        QStringLiteral("get_weather"), QStringLiteral("{\"city\":\"東京\"}") },
        { QStringLiteral("call_2"), QStringLiteral("custom"), QStringLiteral("raw"),
            QStringLiteral("{not json") } };
    m.audio = { QStringLiteral("audio_abc"), audioHash, QStringLiteral("audio/wav"),
        QStringLiteral("東京は晴れです"), 1767225600 };
    m.choices = { { QStringLiteral("二番目の答え"), QStringLiteral("別の考え"), QString(),
                      { { QStringLiteral("call_3"), QStringLiteral("function"), QStringLiteral("f"),
                          QStringLiteral("{}") } },
                      QStringLiteral("tool_calls"),
                      { QJsonObject{ { QStringLiteral("token"), QStringLiteral("二番") },
                          { QStringLiteral("logprob"), -0.7 } } } },
        { QString(), QString(), QStringLiteral("お答えできません"), {}, QStringLiteral("stop"),
            {} } };
    m.logprobs = { QJsonObject{ { QStringLiteral("token"), QStringLiteral("東京") },
        { QStringLiteral("logprob"), -0.01 }, { QStringLiteral("bytes"), QJsonArray{ 230, 157 } },
        { QStringLiteral("top_logprobs"), QJsonArray{} } } };
    m.activeChoice = 2;
    m.usage = { { QStringLiteral("prompt_tokens"), 12 },
        { QStringLiteral("completion_tokens"), 34 },
        { QStringLiteral("completion_tokens_details"),
            QJsonObject{ { QStringLiteral("reasoning_tokens"), 5 } } } };
    m.finishReason = QStringLiteral("stop");
    m.state = State::Complete;
    m.error = QStringLiteral("none");
    m.created = QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6, 7), Qt::UTC);
    m.model = QStringLiteral("gpt-4o-audio-preview");
    m.request = { { QStringLiteral("model"), QStringLiteral("gpt-4o-audio-preview") },
        { QStringLiteral("n"), 3 },
        { QStringLiteral("modalities"),
            QJsonArray{ QStringLiteral("text"), QStringLiteral("audio") } } };
    return m;
}

//! A user message with text, an image attachment, a remote image and a file.
inline Message fullUser(qint64 conversationId, const QByteArray &imageHash)
{
    Message m = textMessage(conversationId, 0, Role::User, QStringLiteral("この画像は何？ 🐱"));
    Part image;
    image.type = Part::Type::Image;
    image.attachment = imageHash;
    image.mimeType = QStringLiteral("image/png");
    image.detail = QStringLiteral("high");
    Part remote;
    remote.type = Part::Type::Image;
    remote.url = QStringLiteral("https://example.com/猫.png");
    remote.detail = QStringLiteral("low");
    Part file;
    file.type = Part::Type::File;
    file.attachment = imageHash;
    file.mimeType = QStringLiteral("application/pdf");
    file.fileName = QStringLiteral("資料.pdf");
    m.parts.append({ image, remote, file, textPart(QStringLiteral(" second text")) });
    m.created = QDateTime(QDate(2026, 2, 3), QTime(4, 5, 0), Qt::UTC);
    return m;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

//! One value from the store's own connection (PRAGMAs, row counts).
inline QVariant scalar(const ConversationStore &store, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}
} // namespace StoreTestData
