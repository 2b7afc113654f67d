// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kaiwa-cli: Kaiwa's core on the command line, for scripts and black-box tests.
#include <csignal>
#include <cstdio>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include "cli/ChatCommand.h"
#include "cli/CliOptions.h"
#include "cli/CliSession.h"
#include "cli/ConversationsCommand.h"
#include "cli/ProfileCommand.h"
#include "cli/StoredCommand.h"

int main(int argc, char **argv)
{
    // Request lines are for the GUI's log; on a terminal they would mix with the answer. Users turn
    // them on with QT_LOGGING_RULES="kaiwa.*.info=true".
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("kaiwa.*.info=false\nkaiwa.*.warning=false"));
    QCoreApplication app(argc, argv);
    // The same names as the desktop app, so both see the same saved profiles.
    QCoreApplication::setOrganizationName(QStringLiteral("Kaiwa"));
    QCoreApplication::setApplicationName(QStringLiteral("Kaiwa"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAIWA_VERSION));
    QTranslator translator;
    QTranslator qtTranslator; // QCommandLineParser's own messages ("Unknown option …")
    if (translator.load(QLocale::system(), QStringLiteral("kaiwa"), QStringLiteral("_"),
            QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
        if (qtTranslator.load(QLocale(translator.language()), QStringLiteral("qtbase"),
                QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qtTranslator);
    }
    std::signal(SIGPIPE, SIG_IGN); // `kaiwa-cli chat … | head` must not die silently mid-write

    CliOptions options;
    QString help;
    const QString problem = CliOptions::parse(app.arguments(), options, &help);
    if (!help.isEmpty()) {
        std::fputs(help.toUtf8().constData(), stdout);
        return CliSession::Success;
    }
    if (!problem.isEmpty())
        return CliSession::usage(problem);

    CliSession session(options);
    const QString command = options.words.first();
    if (command == QLatin1String("profile"))
        return ProfileCommand::run(session);
    if (command == QLatin1String("conversations"))
        return ConversationsCommand::run(session);
    // CliOptions::parse refused unknown commands and answered help; the rest talk to a server.
    if (const int prepared = session.prepare(); prepared != CliSession::Success)
        return prepared;
    if (command == QLatin1String("models"))
        return ChatCommand::models(session);
    if (command == QLatin1String("chat"))
        return ChatCommand::chat(session);
    if (command == QLatin1String("complete"))
        return ChatCommand::complete(session);
    return StoredCommand::run(session);
}
