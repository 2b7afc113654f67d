// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/ProviderProfile.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<ProviderProfile::Kind, const char *>, 5> kKinds{ {
    { ProviderProfile::Kind::OpenAI, "openai" },
    { ProviderProfile::Kind::AzureOpenAI, "azure-openai" },
    { ProviderProfile::Kind::AzureInference, "azure-inference" },
    { ProviderProfile::Kind::Gateway, "gateway" },
    { ProviderProfile::Kind::Local, "local" },
} };
constexpr std::array<std::pair<ProviderProfile::Auth, const char *>, 4> kAuths{ {
    { ProviderProfile::Auth::Bearer, "bearer" },
    { ProviderProfile::Auth::ApiKeyHeader, "api-key" },
    { ProviderProfile::Auth::Both, "both" },
    { ProviderProfile::Auth::None, "none" },
} };
constexpr std::array<std::pair<ProviderProfile::TokenLimitField, const char *>, 2> kFields{ {
    { ProviderProfile::TokenLimitField::MaxCompletionTokens, "max_completion_tokens" },
    { ProviderProfile::TokenLimitField::MaxTokens, "max_tokens" },
} };

template <typename Table, typename Value>
QString nameOf(const Table &table, Value value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename Table, typename Value>
bool valueOf(const Table &table, const QString &name, Value *value)
{
    for (const auto &[v, n] : table) {
        if (name == QLatin1String(n)) {
            *value = v;
            return true;
        }
    }
    return false;
}
} // namespace

ProviderProfile ProviderProfile::defaultsFor(Kind kind)
{
    ProviderProfile p;
    p.kind = kind;
    switch (kind) {
    case Kind::OpenAI:
        p.baseUrl = QUrl(QStringLiteral("https://api.openai.com/v1"));
        break;
    case Kind::AzureOpenAI:
        p.auth = Auth::ApiKeyHeader;
        break;
    case Kind::AzureInference:
        p.auth = Auth::Both;
        p.tokenLimitField = TokenLimitField::MaxTokens;
        p.apiVersion = QStringLiteral("2024-05-01-preview");
        break;
    case Kind::Gateway:
        break;
    case Kind::Local:
        p.auth = Auth::None;
        p.tokenLimitField = TokenLimitField::MaxTokens;
        p.baseUrl = QUrl(QStringLiteral("http://localhost:8080/v1"));
        break;
    }
    return p;
}

QString ProviderProfile::kindName(Kind kind)
{
    return nameOf(kKinds, kind);
}

bool ProviderProfile::kindFromName(const QString &name, Kind *kind)
{
    return valueOf(kKinds, name, kind);
}

QString ProviderProfile::authName(Auth auth)
{
    return nameOf(kAuths, auth);
}

bool ProviderProfile::authFromName(const QString &name, Auth *auth)
{
    return valueOf(kAuths, name, auth);
}

QString ProviderProfile::tokenLimitFieldName(TokenLimitField field)
{
    return nameOf(kFields, field);
}

bool ProviderProfile::tokenLimitFieldFromName(const QString &name, TokenLimitField *field)
{
    return valueOf(kFields, name, field);
}
