// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliHelp.h"

#include <QCoreApplication>

#include "cli/CliCommandTable.h"
#include "cli/CliOptionTable.h"

namespace {
constexpr int kColumns = 80; // lines stay below this, so a terminal never wraps them itself
constexpr int kTextColumn = 28; // where descriptions start in a two-column list

// A text from the command table, marked there with QT_TRANSLATE_NOOP.
QString translated(const char *text)
{
    return QCoreApplication::translate("kaiwa-cli help", text);
}

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000;
}

int columnsOf(const QString &text)
{
    int n = 0;
    for (const char32_t c : text.toUcs4())
        n += isWide(c) ? 2 : 1;
    return n;
}

// "  left      right…" with `right` wrapped at kTextColumn.
QString twoColumns(const QString &left, const QString &right)
{
    const QString lead = QStringLiteral("  ") + left;
    const QString body = CliHelp::wrap(right, kTextColumn);
    if (columnsOf(lead) + 2 > kTextColumn)
        return lead + u'\n' + body;
    return lead + QString(kTextColumn - columnsOf(lead), u' ') + body.mid(kTextColumn);
}

QString optionList(const QList<const CliOptionInfo *> &options)
{
    QString text;
    for (const CliOptionInfo *option : options)
        text += twoColumns(option->synopsis(), option->translatedDescription());
    return text;
}

QString namesOf(const QList<const CliOptionInfo *> &options)
{
    QStringList names;
    for (const CliOptionInfo *option : options)
        names.append(QStringLiteral("--") + option->longName());
    return names.join(QStringLiteral(", "));
}

QString exitStatus(CliCommandInfo::Exits exits)
{
    switch (exits) {
    case CliCommandInfo::Exits::None:
        return {};
    case CliCommandInfo::Exits::Api:
        return QCoreApplication::translate("kaiwa-cli help",
            "Exit status: 0 success; 1 the keychain failed; 2 usage error; 3 API error (an "
            "HTTP error status or an error in the stream); 4 network error, timeout, or a "
            "stream that ended early. On 3 and 4, standard output keeps what arrived and "
            "standard error has one line \"kaiwa-cli: error: ...\".");
    case CliCommandInfo::Exits::Local:
        return QCoreApplication::translate("kaiwa-cli help",
            "Exit status: 0 success; 1 the conversation database, the profile file or the "
            "keychain failed; 2 usage error.");
    case CliCommandInfo::Exits::Help:
        return QCoreApplication::translate(
            "kaiwa-cli help", "Exit status: 0 success; 2 unknown command.");
    }
    return {};
}

// The options of a command, or for a group those of all its subcommands, in table order.
QList<const CliOptionInfo *> optionsOf(const CliCommandInfo &command)
{
    QList<const CliOptionInfo *> list;
    for (const CliOptionInfo &option : CliOptionTable::all()) {
        bool listed = option.listedFor(command.name());
        for (const CliCommandInfo *sub : CliCommandTable::subcommandsOf(command.name()))
            listed = listed || option.listedFor(sub->name());
        if (listed)
            list.append(&option);
    }
    return list;
}
} // namespace

QString CliHelp::wrap(const QString &text, int indent, int width)
{
    const QString margin(indent, u' ');
    QString out;
    for (const QString &paragraph : text.split(u'\n')) {
        QString line;
        int used = 0;
        auto flush = [&]() {
            out += (line.isEmpty() ? QString() : margin + line) + u'\n';
            line.clear();
            used = 0;
        };
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            const int w = columnsOf(word);
            if (used > 0 && indent + used + 1 + w < width) {
                line += u' ' + word;
                used += 1 + w;
                continue;
            }
            if (w == word.size()) { // a word longer than a line stays whole (a URL, an option)
                if (used > 0)
                    flush();
                line = word;
                used = w;
                continue;
            }
            // Text without spaces (Japanese, Chinese): break between any two characters.
            if (used > 0 && indent + used + 2 < width) {
                line += u' ';
                ++used;
            }
            for (const char32_t c : word.toUcs4()) {
                const int cw = isWide(c) ? 2 : 1;
                if (used > 0 && indent + used + cw >= width)
                    flush();
                line += QString::fromUcs4(&c, 1);
                used += cw;
            }
        }
        flush();
    }
    return out;
}

QString CliHelp::overview()
{
    QString text = QCoreApplication::translate("kaiwa-cli help",
                       "Usage: kaiwa-cli [OPTIONS] COMMAND [SUBCOMMAND] [ARGUMENTS]")
        + u'\n';
    text += u'\n'
        + wrap(QCoreApplication::translate("kaiwa-cli help",
                   "Talks to any OpenAI-compatible Chat Completions API, and to the profiles and "
                   "conversation history it shares with the Kaiwa app."),
            0);
    text += u'\n' + QCoreApplication::translate("kaiwa-cli help", "Commands:") + u'\n';
    for (const CliCommandInfo *command : CliCommandTable::runnable())
        text += twoColumns(command->synopsis(), translated(command->summary));
    text += u'\n'
        + QCoreApplication::translate(
            "kaiwa-cli help", "Connection options (models, chat, complete, stored):")
        + u'\n';
    text += optionList(CliOptionTable::inScope(CliOptionInfo::Scope::Connection));
    text += u'\n' + QCoreApplication::translate("kaiwa-cli help", "Global options:") + u'\n';
    text += optionList(CliOptionTable::inScope(CliOptionInfo::Scope::Global));
    text += u'\n'
        + wrap(QCoreApplication::translate("kaiwa-cli help",
                   "Options may come anywhere on the line. \"kaiwa-cli help COMMAND\" (or "
                   "\"kaiwa-cli COMMAND --help\") shows a command's own options, arguments and "
                   "examples; \"man kaiwa-cli\" has everything.\n\nThe API key comes from the OS "
                   "keychain (--profile) or from $KAIWA_API_KEY or $OPENAI_API_KEY; it is never "
                   "accepted on the command line."),
            0);
    text += u'\n' + wrap(exitStatus(CliCommandInfo::Exits::Api), 0);
    return text;
}

QString CliHelp::forCommand(const QString &path)
{
    const CliCommandInfo *command = CliCommandTable::find(path);
    if (!command)
        return {};
    const bool group = command->isGroup();
    QString text = QCoreApplication::translate("kaiwa-cli help", "Usage: kaiwa-cli [OPTIONS] %1")
                       .arg(command->synopsis())
        + u'\n';
    text += u'\n' + wrap(translated(command->description), 0);
    if (group) {
        text += u'\n' + QCoreApplication::translate("kaiwa-cli help", "Subcommands:") + u'\n';
        for (const CliCommandInfo *sub : CliCommandTable::subcommandsOf(path))
            text += twoColumns(sub->synopsis().section(u' ', 1), translated(sub->summary));
    }
    if (command->argumentHelp[0].name) {
        text += u'\n' + QCoreApplication::translate("kaiwa-cli help", "Arguments:") + u'\n';
        for (const CliCommandInfo::Argument &argument : command->argumentHelp) {
            if (argument.name)
                text += twoColumns(
                    QString::fromLatin1(argument.name), translated(argument.description));
        }
    }
    const QList<const CliOptionInfo *> options = optionsOf(*command);
    if (!options.isEmpty()) {
        text += u'\n'
            + (group ? QCoreApplication::translate("kaiwa-cli help", "Options of its subcommands:")
                     : QCoreApplication::translate("kaiwa-cli help", "Options:"))
            + u'\n';
        text += optionList(options);
    }
    text += u'\n';
    if (command->usesConnection) {
        QList<const CliOptionInfo *> connection;
        for (const CliOptionInfo *option :
            CliOptionTable::inScope(CliOptionInfo::Scope::Connection)) {
            if (!options.contains(option))
                connection.append(option);
        }
        text += wrap(QCoreApplication::translate(
                         "kaiwa-cli help", "Connection options: %1 (see: kaiwa-cli --help).")
                         .arg(namesOf(connection)),
            0);
    }
    text += wrap(QCoreApplication::translate("kaiwa-cli help", "Global options: %1.")
                     .arg(namesOf(CliOptionTable::inScope(CliOptionInfo::Scope::Global))),
        0);
    if (command->examples[0]) {
        text += u'\n' + QCoreApplication::translate("kaiwa-cli help", "Examples:") + u'\n';
        for (const char *example : command->examples) {
            if (example)
                text += QStringLiteral("  ")
                    + QString::fromUtf8(example).replace(u'\n', QStringLiteral("\n  ")) + u'\n';
        }
    }
    if (group)
        text += u'\n'
            + wrap(QCoreApplication::translate("kaiwa-cli help",
                       "Run \"kaiwa-cli help %1 SUBCOMMAND\" for the options and examples of a "
                       "subcommand.")
                       .arg(path),
                0);
    if (const QString exits = exitStatus(command->exits); !exits.isEmpty())
        text += u'\n' + wrap(exits, 0);
    return text;
}
