// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

#include <QString>
#include <QStringList>

//! One kaiwa-cli command, subcommand ("stored list") or command group ("stored"): what its help
//! says. The texts are English and translated in the "kaiwa-cli help" context.
struct CliCommandInfo
{
    enum class Exits {
        None, //!< no exit status paragraph (a group: see its subcommands)
        Api, //!< 0, 2, 3, 4 (and 1 for a keychain failure)
        Local, //!< 0, 1 (database, settings or keychain failure), 2
        Help, //!< 0, 2
    };

    struct Argument
    {
        const char *name;
        const char *description;
    };

    const char *path; //!< "chat", "stored list"; a group has subcommands "GROUP SUB"
    const char *arguments; //!< synopsis after the path: "[PROMPT]", "ID"; "" for none
    const char *summary; //!< one line for the overview
    const char *description; //!< paragraphs separated by "\n\n"
    Argument argumentHelp[2];
    const char *examples[3]; //!< command lines, not translated; nullptr ends the list
    Exits exits;
    bool usesConnection; //!< talks to the server, so takes the connection options

    QString name() const { return QString::fromLatin1(path); }

    QString synopsis() const; //!< "stored get ID"
    bool isGroup() const;
};

namespace CliCommandTable {
std::span<const CliCommandInfo> all();
const CliCommandInfo *find(const QString &path);
//! Commands and subcommands that can be run (every entry that is not a group), in table order.
QList<const CliCommandInfo *> runnable();
//! The subcommands of a group, in table order.
QList<const CliCommandInfo *> subcommandsOf(const QString &group);

//! Finds the command that `words` (COMMAND [SUBCOMMAND] [ARGUMENTS]) name. Returns a translated
//! usage problem when the command or a group's subcommand is unknown; a group without a
//! subcommand leaves `path` at the group. No words: an empty path.
QString resolve(const QStringList &words, QString *path);
//! "unknown command "X"; the commands are: …"
QString unknownCommand(const QString &name);
} // namespace CliCommandTable
