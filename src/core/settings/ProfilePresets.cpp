// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/ProfilePresets.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
using Kind = ProviderProfile::Kind;
using Auth = ProviderProfile::Auth;
using Field = ProviderProfile::TokenLimitField;

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(u"\\{([A-Za-z_-]+)\\}"_s);
    return re;
}

ProfilePreset preset(const QString &id, const char *name, const char *hint, Kind kind,
    const QString &url, const QString &model)
{
    ProfilePreset p;
    p.id = id;
    p.displayNameSource = name;
    p.hintSource = hint;
    p.profile = ProviderProfile::defaultsFor(kind);
    p.urlPattern = url;
    p.profile.baseUrl = ProfilePresets::hasPlaceholder(url) ? QUrl() : QUrl(url);
    p.suggestedModel = model;
    return p;
}

QList<ProfilePreset> makePresets()
{
    QList<ProfilePreset> list;
    list.append(preset(u"openai"_s, QT_TRANSLATE_NOOP("ProfilePresets", "OpenAI"),
        QT_TRANSLATE_NOOP(
            "ProfilePresets", "Create an API key at platform.openai.com under API keys."),
        Kind::OpenAI, u"https://api.openai.com/v1"_s, u"gpt-4o-mini"_s));

    // protocol.md §9.2: classic deployment routes, api-key header, dated api-version (2024-10-21
    // is the current GA data-plane version).
    ProfilePreset azure = preset(u"azure-openai"_s,
        QT_TRANSLATE_NOOP("ProfilePresets", "Azure OpenAI"),
        QT_TRANSLATE_NOOP("ProfilePresets",
            "Replace {resource} with your Azure OpenAI resource name. The key is under Keys and "
            "Endpoint in the Azure portal; the default model is your deployment name."),
        Kind::AzureOpenAI, u"https://{resource}.openai.azure.com"_s, {});
    azure.profile.apiVersion = u"2024-10-21"_s;
    list.append(azure);

    // protocol.md §9.1: api-version required, both auth headers (as the azure-ai-inference SDK),
    // max_tokens only. "drop" lets the service remove body keys it does not define instead of
    // rejecting the request with HTTP 400.
    ProfilePreset inference =
        preset(u"azure-inference"_s, QT_TRANSLATE_NOOP("ProfilePresets", "Azure AI inference"),
            QT_TRANSLATE_NOOP("ProfilePresets",
                "Replace {resource} with your Azure AI services resource name (for a serverless "
                "endpoint, paste its full URL instead). The key is on the endpoint's page."),
            Kind::AzureInference, u"https://{resource}.services.ai.azure.com/models"_s, {});
    inference.profile.extraParameters = u"drop"_s;
    list.append(inference);

    list.append(preset(u"openrouter"_s, QT_TRANSLATE_NOOP("ProfilePresets", "OpenRouter"),
        QT_TRANSLATE_NOOP("ProfilePresets",
            "Create a key at openrouter.ai/keys. Models are named provider/model; routing "
            "preferences go into the extra body as a \"provider\" object."),
        Kind::Gateway, u"https://openrouter.ai/api/v1"_s, u"openai/gpt-4o-mini"_s));
    list.append(preset(u"ofoxai"_s, QT_TRANSLATE_NOOP("ProfilePresets", "OfoxAI"),
        QT_TRANSLATE_NOOP("ProfilePresets",
            "Create a key in the OfoxAI console. Models are named provider/model, e.g. "
            "openai/gpt-4o."),
        Kind::Gateway, u"https://api.ofox.ai/v1"_s, u"openai/gpt-4o-mini"_s));

    // protocol.md §11. Local servers run without a key, but llama-server --api-key and vLLM
    // --api-key expect a Bearer token: keep Bearer so a key typed later is sent (Endpoint sends
    // no header while the key is empty).
    const auto local = [&](const QString &id, const char *name, const char *hint,
                           const QString &url, const QString &model) {
        ProfilePreset p = preset(id, name, hint, Kind::Local, url, model);
        p.profile.auth = Auth::Bearer;
        p.needsKey = false;
        list.append(p);
    };
    local(u"ollama"_s, QT_TRANSLATE_NOOP("ProfilePresets", "Ollama"),
        QT_TRANSLATE_NOOP("ProfilePresets",
            "Start Ollama and pull a model first (ollama pull llama3.2). No key needed."),
        u"http://localhost:11434/v1"_s, u"llama3.2"_s);
    local(u"llama-cpp"_s, QT_TRANSLATE_NOOP("ProfilePresets", "llama.cpp"),
        QT_TRANSLATE_NOOP("ProfilePresets",
            "Start llama-server with a model (-m model.gguf). No key unless you started it "
            "with --api-key."),
        u"http://localhost:8080/v1"_s, {});
    local(u"lm-studio"_s, QT_TRANSLATE_NOOP("ProfilePresets", "LM Studio"),
        QT_TRANSLATE_NOOP("ProfilePresets",
            "Start the local server in LM Studio's Developer tab and load a model. No key "
            "needed."),
        u"http://localhost:1234/v1"_s, {});
    return list;
}

bool isLoopback(const QString &host)
{
    return host == u"localhost"_s || host == u"127.0.0.1"_s || host == u"::1"_s;
}
} // namespace

QString ProfilePreset::displayName() const
{
    return QCoreApplication::translate("ProfilePresets", displayNameSource);
}

QString ProfilePreset::hint() const
{
    return QCoreApplication::translate("ProfilePresets", hintSource);
}

QString ProfilePreset::placeholder() const
{
    const auto match = placeholderPattern().match(urlPattern);
    return match.hasMatch() ? match.captured(1) : QString();
}

QUrl ProfilePreset::baseUrlFor(const QString &value) const
{
    // A whole URL pasted instead of a resource name (e.g. a serverless Azure endpoint) wins.
    if (value.contains(u"://"_s))
        return QUrl(value.trimmed());
    QString url = urlPattern;
    if (const QString name = placeholder(); !name.isEmpty())
        url.replace(u'{' + name + u'}', value.trimmed());
    return QUrl(url);
}

ProviderProfile ProfilePreset::makeProfile(const QString &name, const QString &value) const
{
    ProviderProfile p = profile;
    p.name = name;
    p.baseUrl = baseUrlFor(value);
    p.defaultModel = suggestedModel;
    return p;
}

namespace ProfilePresets {
const QList<ProfilePreset> &all()
{
    static const QList<ProfilePreset> presets = makePresets();
    return presets;
}

std::optional<ProfilePreset> byId(const QString &id)
{
    for (const ProfilePreset &p : all()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<ProfilePreset> match(const ProviderProfile &profile)
{
    const QString host = profile.baseUrl.host().toLower();
    for (const ProfilePreset &p : all()) {
        if (p.profile.kind != profile.kind)
            continue;
        if (p.profile.kind == Kind::Local) {
            if (isLoopback(host) && profile.baseUrl.port() == QUrl(p.urlPattern).port())
                return p;
            continue;
        }
        const QString placeholder = p.placeholder();
        if (placeholder.isEmpty()) {
            if (QUrl(p.urlPattern).host() == host)
                return p;
            continue;
        }
        // "https://{resource}.openai.azure.com" → the host must end in ".openai.azure.com".
        const QString patternHost = p.baseUrlFor(u"x"_s).host();
        if (host.endsWith(patternHost.mid(1)))
            return p;
    }
    return std::nullopt;
}

bool hasPlaceholder(const QString &url)
{
    return placeholderPattern().match(url).hasMatch();
}
} // namespace ProfilePresets
