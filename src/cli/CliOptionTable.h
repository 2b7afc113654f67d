// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

#include <QCommandLineOption>
#include <QList>
#include <QString>

//! One kaiwa-cli option: the single table that the parser, the help and the "does not apply"
//! check all read.
struct CliOptionInfo
{
    enum class Scope {
        Global, //!< accepted with every command (--help, --version, --output)
        Connection, //!< how to reach the server; accepted everywhere, used by the API commands
        Command, //!< only with the commands in `commands`
    };

    const char *name; //!< long name without dashes
    const char *shortName; //!< one letter or nullptr
    const char *valueName; //!< nullptr: a flag
    const char *description; //!< English, translated in the "kaiwa-cli help" context
    Scope scope;
    //! Command paths it applies to, separated by '|' ("chat|stored list"); for a Connection option,
    //! the commands besides the API ones that take it (profile add saves it).
    const char *commands;

    QString longName() const { return QString::fromLatin1(name); }

    //! "--name VALUE" (or "-h, --help").
    QString synopsis() const;
    QString translatedDescription() const;
    //! Whether the help of `path` lists it in full (not only as a connection or global option).
    bool listedFor(const QString &path) const;
};

namespace CliOptionTable {
std::span<const CliOptionInfo> all();
const CliOptionInfo *find(const QString &longName);
//! The options in full for the help of `path` (a command or "GROUP SUBCOMMAND"), in table order.
QList<const CliOptionInfo *> listedFor(const QString &path);
QList<const CliOptionInfo *> inScope(CliOptionInfo::Scope scope);
//! Whether `option` may be given with `path`. A group path ("stored") accepts what any of its
//! subcommands accepts.
bool accepts(const CliOptionInfo &option, const QString &path);
//! Every option, for QCommandLineParser.
QList<QCommandLineOption> parserOptions();
} // namespace CliOptionTable
