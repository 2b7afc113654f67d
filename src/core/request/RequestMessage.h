// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>
#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

//! One content part of a request message (protocol.md §2.3). A flat value: only the members
//! that belong to `type` are sent; empty optional strings are left out.
struct MessagePart
{
    enum class Type {
        Text, //!< {type: text, text}
        ImageUrl, //!< {type: image_url, image_url: {url, detail?}}
        InputAudio, //!< {type: input_audio, input_audio: {data, format}}
        File, //!< {type: file, file: {file_data?, file_id?, filename?}}
        Refusal, //!< {type: refusal, refusal} (assistant only)
    };

    Type type = Type::Text;
    QString text; //!< Text: the text; Refusal: the refusal
    QString url; //!< ImageUrl: http(s) URL or data URL
    QString detail; //!< ImageUrl: auto, low, high; empty = not sent
    QString data; //!< InputAudio: base64 audio
    QString format; //!< InputAudio: wav or mp3
    QString fileData; //!< File: data URL; empty = not sent
    QString fileId; //!< File: id of an uploaded file; empty = not sent
    QString filename; //!< File: empty = not sent
    bool cacheBreakpoint = false; //!< sends prompt_cache_breakpoint: {mode: explicit}

    friend bool operator==(const MessagePart &, const MessagePart &) = default;

    static MessagePart makeText(const QString &text);
    static MessagePart makeImageUrl(const QString &url, const QString &detail = {});
    static MessagePart makeInputAudio(const QString &base64, const QString &format);
    static MessagePart makeFile(
        const QString &fileData, const QString &filename, const QString &fileId = {});
    static MessagePart makeRefusal(const QString &refusal);

    static QString typeName(Type type); //!< "text", "image_url", …
};

//! A tool call the assistant made, replayed in history (ChatCompletionMessageToolCalls).
struct RequestToolCall
{
    enum class Type { Function, Custom };
    Type type = Type::Function;
    QString id;
    QString name;
    QString arguments; //!< Function: the JSON text of the arguments; Custom: the input text

    friend bool operator==(const RequestToolCall &, const RequestToolCall &) = default;
};

//! One message of `messages` (protocol.md §2.2). `parts` wins over `text` when both are set; an
//! assistant message with neither omits `content`, a function message sends `content: null`.
struct RequestMessage
{
    enum class Role { Developer, System, User, Assistant, Tool, Function };

    Role role = Role::User;
    std::optional<QString> text; //!< content as a plain string
    QList<MessagePart> parts; //!< content as an array of parts
    QString name; //!< optional participant name; Function: required function name
    QList<RequestToolCall> toolCalls; //!< Assistant
    std::optional<QString> refusal; //!< Assistant
    QString audioId; //!< Assistant: audio: {id} of an earlier spoken answer; empty = not sent
    std::optional<RequestToolCall> functionCall; //!< Assistant, deprecated: {name, arguments}
    QString toolCallId; //!< Tool: the id of the call this answers

    friend bool operator==(const RequestMessage &, const RequestMessage &) = default;

    static RequestMessage developer(const QString &text);
    static RequestMessage system(const QString &text);
    static RequestMessage user(const QString &text);
    static RequestMessage user(const QList<MessagePart> &parts);
    static RequestMessage assistant(const QString &text);
    static RequestMessage tool(const QString &toolCallId, const QString &text);

    static QString roleName(Role role); //!< "developer", "system", …
    static std::optional<Role> roleFromName(const QString &name);
};

QJsonObject toJson(const MessagePart &part);
QJsonObject toJson(const RequestToolCall &call);
QJsonObject toJson(const RequestMessage &message);

//! Reads user-supplied JSON into the typed forms; errors name the path ("messages[1].role …").
std::expected<MessagePart, QString> messagePartFromJson(
    const QJsonValue &value, const QString &path);
std::expected<RequestToolCall, QString> toolCallFromJson(
    const QJsonValue &value, const QString &path);
std::expected<RequestMessage, QString> messageFromJson(
    const QJsonValue &value, const QString &path);
