// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include "core/net/NetworkSettings.h"

//! Where and how to reach one OpenAI-compatible server. A plain value; persisted by ProfileStore,
//! the API key lives only in a SecretStore (the keychain) under the profile's name.
struct ProviderProfile
{
    enum class Kind {
        OpenAI, //!< api.openai.com and anything that behaves exactly like it
        AzureOpenAI, //!< {resource}.openai.azure.com: deployment URLs + api-version, or …/openai/v1
        AzureInference, //!< Azure AI model inference: {base}/chat/completions?api-version=…
        Gateway, //!< OpenRouter, OfoxAI, …: provider/model ids, a provider routing object
        Local, //!< llama.cpp, Ollama, vLLM, LM Studio: often no key
    };
    enum class Auth {
        Bearer, //!< Authorization: Bearer <key>
        ApiKeyHeader, //!< api-key: <key>
        Both, //!< both headers (what the azure-ai-inference SDK sends)
        None, //!< no auth header at all
    };
    enum class TokenLimitField {
        MaxCompletionTokens, //!< OpenAI's current field
        MaxTokens, //!< the deprecated field that most other servers still want
    };

    QString name;
    Kind kind = Kind::OpenAI;
    QUrl baseUrl; //!< e.g. https://api.openai.com/v1
    Auth auth = Auth::Bearer;
    QString apiVersion; //!< Azure: api-version query parameter; empty = not sent
    QList<QPair<QByteArray, QByteArray>> extraHeaders; //!< sent with every request
    QJsonObject extraBody; //!< deep-merged into every request body (gateway `provider`, …)
    QString extraParameters; //!< Azure AI inference `extra-parameters` header: drop, pass-through,
                             //!< error
    QString defaultModel;
    TokenLimitField tokenLimitField = TokenLimitField::MaxCompletionTokens;
    NetworkSettings network; //!< proxy and TLS

    friend bool operator==(const ProviderProfile &, const ProviderProfile &) = default;

    //! The defaults that suit a kind: auth style, token-limit field, base URL when empty.
    static ProviderProfile defaultsFor(Kind kind);

    static QString kindName(
        Kind kind); //!< "openai", "azure-openai", "azure-inference", "gateway", "local"
    static bool kindFromName(const QString &name, Kind *kind);
    static QString authName(Auth auth); //!< "bearer", "api-key", "both", "none"
    static bool authFromName(const QString &name, Auth *auth);
    static QString tokenLimitFieldName(TokenLimitField field); //!< the JSON field name
    static bool tokenLimitFieldFromName(const QString &name, TokenLimitField *field);
};
