// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliOptionTable.h"

#include <QCoreApplication>

namespace {
using Scope = CliOptionInfo::Scope;

// Every option of kaiwa-cli. Adding one here puts it in the parser and in the help of the
// commands it names; tests/cli/tst_kaiwacli_manpage fails until docs/man/kaiwa-cli.1 has it too.
constexpr CliOptionInfo kOptions[] = {
    { "help", "h", nullptr,
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Show help (for a command: its own)."), Scope::Global,
        "" },
    { "version", nullptr, nullptr, QT_TRANSLATE_NOOP("kaiwa-cli help", "Show the version."),
        Scope::Global, "" },
    { "output", nullptr, "FORMAT",
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "text (default) or json: the server's JSON, or one JSON document for local data."),
        Scope::Global, "" },

    { "base-url", nullptr, "URL",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Base URL of the API, e.g. https://api.openai.com/v1."),
        Scope::Connection, "profile add" },
    { "provider", nullptr, "KIND",
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "openai (default), azure-openai, azure-inference, gateway or local: sets the "
            "authentication and URL style."),
        Scope::Connection, "profile add" },
    { "api-key-env", nullptr, "VAR",
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Read the API key from this environment variable instead of KAIWA_API_KEY or "
            "OPENAI_API_KEY (also instead of the keychain with --profile)."),
        Scope::Connection, "" },
    { "api-version", nullptr, "VERSION",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "The api-version query parameter (Azure)."),
        Scope::Connection, "profile add" },
    { "header", nullptr, "HEADER",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Extra request header 'Name: value' (repeatable)."),
        Scope::Connection, "profile add" },
    { "profile", nullptr, "NAME",
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Use a saved profile (its key comes from the OS keychain); the options above override "
            "its settings for this run."),
        Scope::Connection, "" },
    { "timeout", nullptr, "SECONDS",
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Seconds without data before giving up (connect and stream; default 60)."),
        Scope::Connection, "" },
    { "retries", nullptr, "N",
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Retries for connection errors, 408, 409, 429 and 5xx before any answer arrived "
            "(default 2)."),
        Scope::Connection, "" },
    { "proxy", nullptr, "URL",
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "system (default), none, http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT; the "
            "password comes from the keychain (profile set-proxy-password)."),
        Scope::Connection, "profile add" },
    { "ca-file", nullptr, "PATH",
        QT_TRANSLATE_NOOP(
            "kaiwa-cli help", "PEM file of CA certificates trusted besides the system's."),
        Scope::Connection, "profile add" },
    { "client-cert", nullptr, "PATH",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "PEM client certificate (mutual TLS)."),
        Scope::Connection, "profile add" },
    { "client-key", nullptr, "PATH",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Its PEM private key (without a passphrase)."),
        Scope::Connection, "profile add" },
    { "pin", nullptr, "SHA256",
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "SHA-256 fingerprint that the server's certificate or its CA must have (repeatable)."),
        Scope::Connection, "profile add" },
    { "trust", nullptr, "SHA256",
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Accept this one certificate despite its TLS errors (SHA-256, repeatable)."),
        Scope::Connection, "profile add" },

    { "model", nullptr, "MODEL",
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Model id or Azure deployment (chat, complete: default from the profile; stored "
            "list: only this model's; profile add: the profile's default)."),
        Scope::Command, "chat|complete|stored list|profile add" },
    { "system", nullptr, "TEXT", QT_TRANSLATE_NOOP("kaiwa-cli help", "System prompt."),
        Scope::Command, "chat" },
    { "messages-file", nullptr, "FILE",
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "JSON array of messages sent before PROMPT (the API's own message format)."),
        Scope::Command, "chat" },
    { "image", nullptr, "FILE_OR_URL",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Image file or URL to attach (repeatable)."),
        Scope::Command, "chat" },
    { "audio", nullptr, "FILE",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Audio file to attach (wav or mp3)."), Scope::Command,
        "chat" },
    { "param", nullptr, "KEY=JSON",
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Request parameter KEY=JSON, or KEY=@file.json (repeatable), e.g. temperature=0.2."),
        Scope::Command, "chat|complete" },
    { "no-stream", nullptr, nullptr,
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Ask for one JSON answer instead of a stream."),
        Scope::Command, "chat|complete" },
    { "store", nullptr, nullptr,
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Store the completion on the server (store: true)."),
        Scope::Command, "chat" },
    { "save", nullptr, nullptr,
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Also save the exchange in Kaiwa's conversation history (a text prompt only)."),
        Scope::Command, "chat" },
    { "metadata", nullptr, "K=V",
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Metadata pair (repeatable): sent with chat, a filter for stored list, the new map "
            "for stored update."),
        Scope::Command, "chat|stored list|stored update" },
    { "suffix", nullptr, "TEXT",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Text that follows the completion."), Scope::Command,
        "complete" },
    { "limit", nullptr, "N", QT_TRANSLATE_NOOP("kaiwa-cli help", "Items per page."), Scope::Command,
        "stored list|stored messages" },
    { "order", nullptr, "ORDER", QT_TRANSLATE_NOOP("kaiwa-cli help", "asc or desc."),
        Scope::Command, "stored list|stored messages" },
    { "after", nullptr, "ID", QT_TRANSLATE_NOOP("kaiwa-cli help", "Start after this id."),
        Scope::Command, "stored list|stored messages" },
    { "all", nullptr, nullptr,
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Follow every page and print them as one list."),
        Scope::Command, "stored list|stored messages" },
    { "auth", nullptr, "STYLE",
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "How the key is sent: bearer, api-key, both or none (default: the provider's)."),
        Scope::Command, "profile add" },
    { "token-field", nullptr, "FIELD",
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Name of the token-limit field: max_completion_tokens or max_tokens."),
        Scope::Command, "profile add" },
    { "extra-body", nullptr, "JSON",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "JSON object merged into every request body."),
        Scope::Command, "profile add" },
    { "extra-parameters", nullptr, "VALUE",
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Value of the extra-parameters header (Azure AI inference: pass-through, drop or "
            "error)."),
        Scope::Command, "profile add" },
    { "format", nullptr, "FORMAT",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "json (default) or markdown (one conversation)."),
        Scope::Command, "conversations export" },
};

bool namesPath(const char *commands, const QString &path)
{
    const QStringList paths = QString::fromLatin1(commands).split(u'|', Qt::SkipEmptyParts);
    return paths.contains(path);
}

} // namespace

QString CliOptionInfo::synopsis() const
{
    QString text = QStringLiteral("--") + longName();
    if (shortName)
        text = u'-' + QString::fromLatin1(shortName) + QStringLiteral(", ") + text;
    if (valueName)
        text += u' ' + QString::fromLatin1(valueName);
    return text;
}

QString CliOptionInfo::translatedDescription() const
{
    return QCoreApplication::translate("kaiwa-cli help", description);
}

bool CliOptionInfo::listedFor(const QString &path) const
{
    return scope != Scope::Global && namesPath(commands, path);
}

std::span<const CliOptionInfo> CliOptionTable::all()
{
    return kOptions;
}

const CliOptionInfo *CliOptionTable::find(const QString &longName)
{
    for (const CliOptionInfo &option : kOptions) {
        if (longName == QLatin1String(option.name))
            return &option;
    }
    return nullptr;
}

QList<const CliOptionInfo *> CliOptionTable::listedFor(const QString &path)
{
    QList<const CliOptionInfo *> list;
    for (const CliOptionInfo &option : kOptions) {
        if (option.listedFor(path))
            list.append(&option);
    }
    return list;
}

QList<const CliOptionInfo *> CliOptionTable::inScope(CliOptionInfo::Scope scope)
{
    QList<const CliOptionInfo *> list;
    for (const CliOptionInfo &option : kOptions) {
        if (option.scope == scope)
            list.append(&option);
    }
    return list;
}

bool CliOptionTable::accepts(const CliOptionInfo &option, const QString &path)
{
    // Connection options stay accepted everywhere, so that `alias k='kaiwa-cli --profile work'`
    // works with every command.
    if (option.scope != Scope::Command || namesPath(option.commands, path))
        return true;
    if (path.contains(u' '))
        return false;
    const QStringList paths = QString::fromLatin1(option.commands).split(u'|');
    for (const QString &named : paths) {
        if (named.startsWith(path + u' '))
            return true;
    }
    return false;
}

QList<QCommandLineOption> CliOptionTable::parserOptions()
{
    QList<QCommandLineOption> list;
    for (const CliOptionInfo &option : kOptions) {
        QStringList names{ option.longName() };
        if (option.shortName)
            names.prepend(QString::fromLatin1(option.shortName));
        list.append(option.valueName ? QCommandLineOption(names, option.translatedDescription(),
                        QString::fromLatin1(option.valueName))
                                     : QCommandLineOption(names, option.translatedDescription()));
    }
    return list;
}
