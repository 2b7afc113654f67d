// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ChatAccumulator's JSON side: the assembled chat.completion out, a non-streamed one in.
#include <QCoreApplication>
#include <QJsonDocument>

#include "core/api/ChatAccumulator.h"

namespace {
QString text(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string bytes(const QJsonValue &value)
{
    return value.toString().toStdString();
}

QJsonObject messageJson(const ChoiceState &c)
{
    QJsonObject message;
    message.insert(
        QLatin1String("role"), c.role.empty() ? QStringLiteral("assistant") : text(c.role));
    message.insert(
        QLatin1String("content"), c.hasContent ? QJsonValue(text(c.content)) : QJsonValue());
    if (c.hasRefusal)
        message.insert(QLatin1String("refusal"), text(c.refusal));
    QJsonArray calls;
    for (const ToolCallState &call : c.toolCalls) {
        if (!call.present)
            continue;
        QJsonObject json{ { QLatin1String("id"), text(call.id) } };
        if (call.custom) {
            json.insert(QLatin1String("type"), QStringLiteral("custom"));
            json.insert(QLatin1String("custom"),
                QJsonObject{ { QLatin1String("name"), text(call.name) },
                    { QLatin1String("input"), text(call.arguments) } });
        } else {
            json.insert(QLatin1String("type"),
                call.type.empty() ? QStringLiteral("function") : text(call.type));
            json.insert(QLatin1String("function"),
                QJsonObject{ { QLatin1String("name"), text(call.name) },
                    { QLatin1String("arguments"), text(call.arguments) } });
        }
        calls.append(json);
    }
    if (!calls.isEmpty())
        message.insert(QLatin1String("tool_calls"), calls);
    if (c.hasFunctionCall)
        message.insert(QLatin1String("function_call"),
            QJsonObject{ { QLatin1String("name"), text(c.functionName) },
                { QLatin1String("arguments"), text(c.functionArguments) } });
    if (c.hasAudio) {
        QJsonObject audio{ { QLatin1String("id"), text(c.audioId) },
            { QLatin1String("data"), text(c.audioData) },
            { QLatin1String("transcript"), text(c.audioTranscript) } };
        if (c.audioExpiresAt)
            audio.insert(QLatin1String("expires_at"), double(c.audioExpiresAt));
        message.insert(QLatin1String("audio"), audio);
    }
    if (!c.images.empty()) {
        QJsonArray images;
        for (const std::string &url : c.images)
            images.append(QJsonObject{ { QLatin1String("type"), QLatin1String("image_url") },
                { QLatin1String("image_url"),
                    QJsonObject{ { QLatin1String("url"), text(url) } } } });
        message.insert(QLatin1String("images"), images);
    }
    if (c.hasReasoning)
        message.insert(QLatin1String("reasoning_content"), text(c.reasoning));
    return message;
}
} // namespace

QJsonObject ChatAccumulator::toJson() const
{
    QJsonObject root;
    root.insert(QLatin1String("id"), text(m_id));
    root.insert(QLatin1String("object"), QStringLiteral("chat.completion"));
    root.insert(QLatin1String("created"), double(m_created));
    root.insert(QLatin1String("model"), text(m_model));
    if (!m_systemFingerprint.empty())
        root.insert(QLatin1String("system_fingerprint"), text(m_systemFingerprint));
    if (!m_serviceTier.empty())
        root.insert(QLatin1String("service_tier"), text(m_serviceTier));
    QJsonArray choices;
    for (std::size_t i = 0; i < m_choices.size(); ++i) {
        const ChoiceState &c = m_choices[i];
        if (!c.seen)
            continue;
        QJsonObject choice{ { QLatin1String("index"), int(i) },
            { QLatin1String("message"), messageJson(c) },
            { QLatin1String("finish_reason"),
                c.finished ? QJsonValue(text(c.finishReason)) : QJsonValue() } };
        if (c.hasLogprobs) {
            choice.insert(QLatin1String("logprobs"),
                QJsonObject{ { QLatin1String("content"),
                                 c.logprobsContent.isEmpty() ? QJsonValue() : c.logprobsContent },
                    { QLatin1String("refusal"),
                        c.logprobsRefusal.isEmpty() ? QJsonValue() : c.logprobsRefusal } });
        }
        choices.append(choice);
    }
    root.insert(QLatin1String("choices"), choices);
    if (!m_usageJson.empty())
        root.insert(QLatin1String("usage"), usage());
    return root;
}

QJsonObject ChatAccumulator::toTextCompletionJson() const
{
    QJsonObject root = toJson();
    root.insert(QLatin1String("object"), QStringLiteral("text_completion"));
    QJsonArray choices;
    for (std::size_t i = 0; i < m_choices.size(); ++i) {
        const ChoiceState &c = m_choices[i];
        if (!c.seen)
            continue;
        choices.append(QJsonObject{ { QLatin1String("text"), text(c.content) },
            { QLatin1String("index"), int(i) },
            { QLatin1String("logprobs"),
                c.textLogprobs.isEmpty() ? QJsonValue() : QJsonValue(c.textLogprobs) },
            { QLatin1String("finish_reason"),
                c.finished ? QJsonValue(text(c.finishReason)) : QJsonValue() } });
    }
    root.insert(QLatin1String("choices"), choices);
    return root;
}

void ChatAccumulator::setCompletion(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        ApiError error;
        error.kind = ApiError::Kind::Parse;
        error.message = QCoreApplication::translate(
            "ChatAccumulator", "the server's answer is not a JSON object: %1")
                            .arg(parseError.errorString());
        error.body = json.left(4096);
        setError(error);
        return;
    }
    if (root.contains(QLatin1String("error"))
        || root.value(QLatin1String("object")).toString() == QLatin1String("error")) {
        setError(ApiErrors::fromStreamPayload(json));
        return;
    }
    m_id = bytes(root.value(QLatin1String("id")));
    m_model = bytes(root.value(QLatin1String("model")));
    m_created = qint64(root.value(QLatin1String("created")).toDouble());
    m_systemFingerprint = bytes(root.value(QLatin1String("system_fingerprint")));
    m_serviceTier = bytes(root.value(QLatin1String("service_tier")));
    if (root.value(QLatin1String("usage")).isObject())
        m_usageJson = QJsonDocument(root.value(QLatin1String("usage")).toObject())
                          .toJson(QJsonDocument::Compact)
                          .toStdString();
    const QJsonArray choices = root.value(QLatin1String("choices")).toArray();
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const QJsonObject choice = choices.at(i).toObject();
        const int index = choice.value(QLatin1String("index")).toInt(int(i));
        if (index < 0 || index >= kMaxChoices)
            continue;
        if (m_choices.size() <= std::size_t(index))
            m_choices.resize(std::size_t(index) + 1);
        ChoiceState &c = m_choices[std::size_t(index)];
        const QJsonObject message = choice.value(QLatin1String("message")).toObject();
        c.seen = true;
        c.role = bytes(message.value(QLatin1String("role")));
        const QJsonValue content = choice.contains(QLatin1String("text"))
            ? choice.value(QLatin1String("text"))
            : message.value(QLatin1String("content"));
        c.hasContent = content.isString();
        c.content = bytes(content);
        c.hasRefusal = message.value(QLatin1String("refusal")).isString();
        c.refusal = bytes(message.value(QLatin1String("refusal")));
        for (const auto *key : { "reasoning_content", "reasoning" }) {
            if (message.value(QLatin1String(key)).isString()) {
                c.hasReasoning = true;
                c.reasoning = bytes(message.value(QLatin1String(key)));
            }
        }
        const QJsonArray calls = message.value(QLatin1String("tool_calls")).toArray();
        for (const QJsonValue &value : calls) {
            const QJsonObject call = value.toObject();
            ToolCallState &state = c.toolCalls.emplace_back();
            state.present = true;
            state.id = bytes(call.value(QLatin1String("id")));
            state.type = bytes(call.value(QLatin1String("type")));
            state.custom = state.type == "custom";
            const QJsonObject fn =
                call.value(QLatin1String(state.custom ? "custom" : "function")).toObject();
            state.name = bytes(fn.value(QLatin1String("name")));
            state.arguments = bytes(fn.value(QLatin1String(state.custom ? "input" : "arguments")));
        }
        const QJsonObject audio = message.value(QLatin1String("audio")).toObject();
        if (!audio.isEmpty()) {
            c.hasAudio = true;
            c.audioId = bytes(audio.value(QLatin1String("id")));
            c.audioData = bytes(audio.value(QLatin1String("data")));
            c.audioTranscript = bytes(audio.value(QLatin1String("transcript")));
            c.audioExpiresAt = qint64(audio.value(QLatin1String("expires_at")).toDouble());
        }
        for (const QJsonValue &image : message.value(QLatin1String("images")).toArray()) {
            const QJsonValue url = image.toObject()
                                       .value(QLatin1String("image_url"))
                                       .toObject()
                                       .value(QLatin1String("url"));
            if (url.isString())
                c.images.push_back(bytes(url));
        }
        const QJsonObject fn = message.value(QLatin1String("function_call")).toObject();
        if (!fn.isEmpty()) {
            c.hasFunctionCall = true;
            c.functionName = bytes(fn.value(QLatin1String("name")));
            c.functionArguments = bytes(fn.value(QLatin1String("arguments")));
        }
        const QJsonObject logprobs = choice.value(QLatin1String("logprobs")).toObject();
        if (logprobs.contains(QLatin1String("tokens"))) {
            c.hasLogprobs = true;
            c.textLogprobs = logprobs;
        } else if (!logprobs.isEmpty()) {
            c.hasLogprobs = true;
            c.logprobsContent = logprobs.value(QLatin1String("content")).toArray();
            c.logprobsRefusal = logprobs.value(QLatin1String("refusal")).toArray();
        }
        c.finished = choice.value(QLatin1String("finish_reason")).isString();
        c.finishReason = bytes(choice.value(QLatin1String("finish_reason")));
        if (!c.content.empty()) {
            m_answerStarted = true;
            if (m_listener)
                m_listener->contentDelta(index, c.content);
        }
    }
    m_done = true;
}
