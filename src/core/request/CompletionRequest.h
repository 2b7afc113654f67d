// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <variant>

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include "core/request/ChatRequest.h"

struct ProviderProfile;

//! The typed body of the legacy `POST /completions` (protocol.md §6). Unlike chat, `logprobs` is
//! an integer (top-k alternatives) and the token limit is always `max_tokens`.
struct CompletionRequest
{
    using Prompt = std::variant<QString, QStringList>;
    using Stop = std::variant<QString, QStringList>;

    std::optional<QString> model;
    std::optional<Prompt> prompt; //!< token-id prompts can go through extraBody
    std::optional<QString> suffix;
    std::optional<bool> echo;
    std::optional<int> bestOf;
    std::optional<int> logprobs; //!< 0 … 5
    std::optional<int> n;
    std::optional<qint64> maxTokens; //!< the server default is only 16: set it
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<double> frequencyPenalty;
    std::optional<double> presencePenalty;
    std::optional<qint64> seed;
    std::optional<Stop> stop;
    std::optional<bool> stream;
    std::optional<StreamOptions> streamOptions;
    std::optional<QMap<QString, int>> logitBias;
    std::optional<QString> user;
    QJsonObject extraBody; //!< deep-merged last

    friend bool operator==(const CompletionRequest &, const CompletionRequest &) = default;
};

//! Only set fields, then profile.extraBody and request.extraBody deep-merged on top.
QJsonObject toJson(const CompletionRequest &request, const ProviderProfile &profile);

//! Client-side checks: best_of cannot be streamed and must exceed n.
QStringList validate(const CompletionRequest &request);

//! `--param KEY=JSON` for completions; max_completion_tokens is accepted as max_tokens. Unknown
//! keys go into extraBody. Returns an English error or an empty string.
QString applyParam(CompletionRequest &request, const QString &key, const QJsonValue &value);
