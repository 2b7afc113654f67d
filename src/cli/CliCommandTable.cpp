// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliCommandTable.h"

#include <QCoreApplication>

namespace {
using Exits = CliCommandInfo::Exits;

// Every command of kaiwa-cli, in the order of the overview. docs/man/kaiwa-cli.1 describes each
// one; tests/cli/tst_kaiwacli_manpage fails when one is missing there.
constexpr CliCommandInfo kCommands[] = {
    { "models", "", QT_TRANSLATE_NOOP("kaiwa-cli help", "List the model ids the server offers."),
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Lists the models of the server (GET /models), one id per line. With --output "
            "json, prints the server's answer as it came."),
        {},
        { "kaiwa-cli models",
            "kaiwa-cli --provider local --base-url http://localhost:11434/v1 models",
            "kaiwa-cli --profile work --output json models" },
        Exits::Api, true },
    { "chat", "[PROMPT]",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Send a chat completion and stream the answer."),
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Sends a Chat Completions request and prints choice 0 of the answer as it "
            "streams in. With --output json, prints one chat.completion assembled from the "
            "stream (with --no-stream, the server's object). Tool calls are printed as "
            "\"[tool call ID] NAME ARGUMENTS\".\n\nThe model comes from --model or the "
            "profile's default model. Ctrl+C stops the request and keeps the partial "
            "answer."),
        { { "PROMPT",
            QT_TRANSLATE_NOOP("kaiwa-cli help",
                "The user message: the words after chat, or standard input when it is not "
                "a terminal.") } },
        { "kaiwa-cli chat --model gpt-4o-mini \"Hello\"",
            "echo \"Summarise this\" | kaiwa-cli chat --model gpt-4o-mini --system \"Brief\"",
            "kaiwa-cli chat --model gpt-4o --image cat.png --param temperature=0.2 \"What?\"" },
        Exits::Api, true },
    { "complete", "PROMPT",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Send a legacy text completion (/completions)."),
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Sends a legacy Completions request (POST /completions) and prints the text as "
            "it streams in."),
        { { "PROMPT",
            QT_TRANSLATE_NOOP("kaiwa-cli help",
                "The text to continue: the words after complete, or standard input.") } },
        { "kaiwa-cli complete --model gpt-3.5-turbo-instruct --suffix \"}\" \"int main() {\"" },
        Exits::Api, true },

    { "stored", "SUBCOMMAND [ARGUMENTS]",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Completions stored on the server (chat --store)."),
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Lists, shows, updates and deletes the chat completions that the server stored "
            "because the request had store: true (kaiwa-cli chat --store)."),
        {}, { "kaiwa-cli stored list --all" }, Exits::None, true },
    { "stored list", "", QT_TRANSLATE_NOOP("kaiwa-cli help", "List stored completions."),
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Lists stored completions, one per line: id, creation time (UTC), model and "
            "metadata. --model and --metadata filter; --all follows every page."),
        {},
        { "kaiwa-cli stored list --limit 20 --order desc",
            "kaiwa-cli stored list --model gpt-4o --metadata topic=demo --all" },
        Exits::Api, true },
    { "stored get", "ID", QT_TRANSLATE_NOOP("kaiwa-cli help", "Show one stored completion."),
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Prints the id, model and metadata of a stored completion, then the text of "
            "its answer."),
        { { "ID", QT_TRANSLATE_NOOP("kaiwa-cli help", "The completion's id (chatcmpl-…).") } },
        { "kaiwa-cli stored get chatcmpl-abc123",
            "kaiwa-cli --output json stored get chatcmpl-abc123" },
        Exits::Api, true },
    { "stored messages", "ID",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "List the request messages of a stored completion."),
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Lists the messages of the request that produced a stored completion, one "
            "\"role: text\" line each."),
        { { "ID", QT_TRANSLATE_NOOP("kaiwa-cli help", "The completion's id (chatcmpl-…).") } },
        { "kaiwa-cli stored messages chatcmpl-abc123 --all" }, Exits::Api, true },
    { "stored update", "ID",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Replace the metadata of a stored completion."),
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Sets the metadata of a stored completion to the --metadata pairs given; the "
            "server replaces the whole map."),
        { { "ID", QT_TRANSLATE_NOOP("kaiwa-cli help", "The completion's id (chatcmpl-…).") } },
        { "kaiwa-cli stored update chatcmpl-abc123 --metadata topic=kept" }, Exits::Api, true },
    { "stored delete", "ID", QT_TRANSLATE_NOOP("kaiwa-cli help", "Delete a stored completion."),
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Deletes a stored completion from the server."),
        { { "ID", QT_TRANSLATE_NOOP("kaiwa-cli help", "The completion's id (chatcmpl-…).") } },
        { "kaiwa-cli stored delete chatcmpl-abc123" }, Exits::Api, true },

    { "profile", "SUBCOMMAND [NAME]",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Saved provider profiles."),
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Manages the provider profiles that kaiwa-cli and the Kaiwa app share. A "
            "profile keeps everything but its secrets in profiles.ini; the API key and the "
            "proxy password go to the OS keychain and are read from standard input, never "
            "from the command line. Use a profile with --profile NAME."),
        {}, { "kaiwa-cli profile list" }, Exits::None, false },
    { "profile list", "", QT_TRANSLATE_NOOP("kaiwa-cli help", "List saved profiles."),
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Lists the saved profiles, one per line: name, provider, base URL and default "
            "model. With --output json, every setting of each profile (never the key)."),
        {}, { "kaiwa-cli profile list", "kaiwa-cli --output json profile list" }, Exits::Local,
        false },
    { "profile add", "NAME",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Save a profile, or change a saved one."),
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Saves the profile NAME with the options given. For a profile that exists, the "
            "options given replace its settings and the others stay; --provider starts "
            "again from that provider's defaults. Then set its key with profile set-key."),
        { { "NAME", QT_TRANSLATE_NOOP("kaiwa-cli help", "The profile's name.") } },
        { "kaiwa-cli profile add openrouter --provider gateway \\\n"
          "    --base-url https://openrouter.ai/api/v1 --model openai/gpt-4o-mini",
            "kaiwa-cli profile add azure --provider azure-openai \\\n"
            "    --base-url https://RES.openai.azure.com --api-version 2024-10-21",
            "kaiwa-cli profile add corp --proxy http://me@proxy:3128 --ca-file ca.pem" },
        Exits::Local, false },
    { "profile remove", "NAME",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Delete a profile and its secrets."),
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Deletes the profile, its key and its proxy password."),
        { { "NAME", QT_TRANSLATE_NOOP("kaiwa-cli help", "The profile's name.") } },
        { "kaiwa-cli profile remove old" }, Exits::Local, false },
    { "profile set-key", "NAME",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Store a profile's API key in the keychain."),
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Reads the API key from standard input and stores it in the OS keychain (the "
            "Secret Service on Linux). Without a keychain, nothing is stored and the exit "
            "status is 1."),
        { { "NAME", QT_TRANSLATE_NOOP("kaiwa-cli help", "The profile's name.") } },
        { "printf %s \"$OPENROUTER_KEY\" | kaiwa-cli profile set-key openrouter" }, Exits::Local,
        false },
    { "profile set-proxy-password", "NAME",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Store a profile's proxy password in the keychain."),
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Reads the password of the profile's proxy user (profile add sets the proxy) from "
            "standard input "
            "and stores it in the OS keychain, never in profiles.ini."),
        { { "NAME", QT_TRANSLATE_NOOP("kaiwa-cli help", "The profile's name.") } },
        { "printf %s \"$PROXY_PASSWORD\" | kaiwa-cli profile set-proxy-password corp" },
        Exits::Local, false },

    { "conversations", "SUBCOMMAND [ARGUMENTS]",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Kaiwa's conversation history."),
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Lists, searches, exports and imports the conversations of the Kaiwa app (and "
            "of chat --save). They are local: no server is contacted."),
        {}, { "kaiwa-cli conversations list" }, Exits::None, false },
    { "conversations list", "", QT_TRANSLATE_NOOP("kaiwa-cli help", "List conversations."),
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Lists the conversations, one per line: id, last change (UTC) and title."),
        {}, { "kaiwa-cli conversations list", "kaiwa-cli --output json conversations list" },
        Exits::Local, false },
    { "conversations search", "QUERY", QT_TRANSLATE_NOOP("kaiwa-cli help", "Search every message."),
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Searches the text of every message, in any language (one character is "
            "enough). Prints conversation id, message id, title and a snippet per hit."),
        { { "QUERY",
            QT_TRANSLATE_NOOP("kaiwa-cli help", "The words to find (the rest of the line).") } },
        { "kaiwa-cli conversations search kyoto" }, Exits::Local, false },
    { "conversations export", "[ID...]",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Print conversations as JSON or Markdown."),
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Prints the conversations as Kaiwa JSON (lossless, attachments included), or "
            "one conversation as Markdown."),
        { { "ID",
            QT_TRANSLATE_NOOP(
                "kaiwa-cli help", "Conversation ids (default: all; exactly one for Markdown).") } },
        { "kaiwa-cli conversations export > all.json",
            "kaiwa-cli conversations export 12 --format markdown > kyoto.md" },
        Exits::Local, false },
    { "conversations import", "FILE",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Import Kaiwa JSON or a ChatGPT export."),
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Imports a Kaiwa JSON export or a ChatGPT conversations.json, all in one "
            "transaction: nothing is imported when the file has an error."),
        { { "FILE", QT_TRANSLATE_NOOP("kaiwa-cli help", "The file to import.") } },
        { "kaiwa-cli conversations import conversations.json" }, Exits::Local, false },

    { "help", "[COMMAND [SUBCOMMAND]]",
        QT_TRANSLATE_NOOP("kaiwa-cli help", "Show the help of a command."),
        QT_TRANSLATE_NOOP("kaiwa-cli help",
            "Prints the help of a command or subcommand, or this overview without one. "
            "\"kaiwa-cli COMMAND --help\" does the same."),
        { { "COMMAND",
            QT_TRANSLATE_NOOP(
                "kaiwa-cli help", "A command, and for a group one of its subcommands.") } },
        { "kaiwa-cli help chat", "kaiwa-cli help stored list" }, Exits::Help, false },
};

QStringList topLevelNames()
{
    QStringList names;
    for (const CliCommandInfo &command : kCommands) {
        const QString name = command.name();
        if (!name.contains(u' '))
            names.append(name);
    }
    return names;
}
} // namespace

QString CliCommandInfo::synopsis() const
{
    return *arguments ? name() + u' ' + QString::fromLatin1(arguments) : name();
}

bool CliCommandInfo::isGroup() const
{
    return !CliCommandTable::subcommandsOf(name()).isEmpty();
}

std::span<const CliCommandInfo> CliCommandTable::all()
{
    return kCommands;
}

const CliCommandInfo *CliCommandTable::find(const QString &path)
{
    for (const CliCommandInfo &command : kCommands) {
        if (path == QLatin1String(command.path))
            return &command;
    }
    return nullptr;
}

QList<const CliCommandInfo *> CliCommandTable::runnable()
{
    QList<const CliCommandInfo *> list;
    for (const CliCommandInfo &command : kCommands) {
        if (!command.isGroup())
            list.append(&command);
    }
    return list;
}

QList<const CliCommandInfo *> CliCommandTable::subcommandsOf(const QString &group)
{
    QList<const CliCommandInfo *> list;
    const QString prefix = group + u' ';
    for (const CliCommandInfo &command : kCommands) {
        if (command.name().startsWith(prefix))
            list.append(&command);
    }
    return list;
}

QString CliCommandTable::unknownCommand(const QString &name)
{
    return QCoreApplication::translate(
        "kaiwa-cli", "unknown command \"%1\"; the commands are: %2 (see: kaiwa-cli --help)")
        .arg(name, topLevelNames().join(QStringLiteral(", ")));
}

QString CliCommandTable::resolve(const QStringList &words, QString *path)
{
    path->clear();
    if (words.isEmpty())
        return {};
    if (!find(words.first()))
        return unknownCommand(words.first());
    *path = words.first();
    const QList<const CliCommandInfo *> subcommands = subcommandsOf(*path);
    if (subcommands.isEmpty() || words.size() < 2)
        return {};
    const QString candidate = *path + u' ' + words.at(1);
    if (find(candidate)) {
        *path = candidate;
        return {};
    }
    QStringList names;
    for (const CliCommandInfo *sub : subcommands)
        names.append(sub->name().section(u' ', 1));
    return QCoreApplication::translate(
        "kaiwa-cli", "unknown %1 command \"%2\"; its subcommands are: %3 (see: kaiwa-cli help %1)")
        .arg(*path, words.at(1), names.join(QStringLiteral(", ")));
}
