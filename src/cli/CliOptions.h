// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include "core/net/NetworkSettings.h"

//! kaiwa-cli's command line: global options, every command's options, and the positional words
//! (command, subcommand, arguments). Options may appear anywhere on the line.
struct CliOptions
{
    enum class Output { Text, Json };

    QStringList words; //!< command, subcommand and arguments
    QString baseUrl;
    QString provider;
    QString apiKeyEnv;
    bool apiKeyEnvGiven = false;
    QString apiVersion;
    QList<QPair<QByteArray, QByteArray>> headers; //!< from --header 'Name: value'
    QString profile;
    int timeoutSeconds = 60;
    int retries = 2;
    Output output = Output::Text;

    QString model;
    QString system;
    QString messagesFile;
    QStringList images;
    QString audio;
    QStringList params; //!< KEY=JSON
    bool noStream = false;
    bool store = false;
    bool save = false; //!< record the exchange in Kaiwa's conversation history
    QList<QPair<QString, QString>> metadata; //!< from --metadata K=V, in order
    QString suffix;
    QString format; //!< conversations export: json or markdown

    int limit = -1;
    QString order;
    QString after;
    bool all = false;

    QString auth;
    QString tokenField;
    QString extraBody;
    QString extraParameters;

    // Proxy and TLS (a profile's, or this run's): see applyNetwork().
    QString proxy; //!< system, none, http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT
    QString caFile;
    QString clientCert;
    QString clientKey;
    QStringList pins;
    QStringList trusts;

    //! Puts the proxy and TLS options into `n`; an English usage message when one is invalid.
    QString applyNetwork(NetworkSettings &n) const;

    //! Parses argv. On failure returns an English message for a usage error; `helpText` receives
    //! the help when --help was asked for.
    static QString parse(const QStringList &arguments, CliOptions &options, QString *helpText);
};
