// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kaiwa-fake-server: FakeOpenAiServer as a process, for CLI tests and the benchmark.
// Prints "listening on PORT" once, then serves until killed.
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include "FakeOpenAiServer.h"
#include "FakeScript.h"
#include "FakeStoredCompletions.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kaiwa-fake-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Scripted OpenAI-compatible HTTP server on 127.0.0.1 for tests."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
        QStringLiteral("Port to listen on (0: any free port)."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption sseFileOption(QStringLiteral("sse-file"),
        QStringLiteral("Answer every POST …/chat/completions with FILE as text/event-stream."),
        QStringLiteral("FILE"));
    const QCommandLineOption chunkedOption(QStringLiteral("chunked"),
        QStringLiteral("Send --sse-file chunked instead of with Content-Length."));
    const QCommandLineOption scriptOption(QStringLiteral("script"),
        QStringLiteral("JSON array of scripted responses (format: tests/support/FakeScript.cpp)."),
        QStringLiteral("FILE"));
    const QCommandLineOption modelsOption(QStringLiteral("models"),
        QStringLiteral("Comma-separated model ids served on GET …/models."), QStringLiteral("IDS"));
    const QCommandLineOption storedOption(QStringLiteral("stored"),
        QStringLiteral(
            "Serve N generated stored completions (list, get, update, delete, messages)."),
        QStringLiteral("N"));
    parser.addOptions(
        { portOption, sseFileOption, chunkedOption, scriptOption, modelsOption, storedOption });
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "kaiwa-fake-server: bad --port\n");
        return 2;
    }

    FakeOpenAiServer server(quint16(port), nullptr);
    if (!server.isListening())
        return 1;

    if (parser.isSet(scriptOption)) {
        const auto entries = FakeScript::load(parser.value(scriptOption));
        if (!entries) {
            std::fprintf(stderr, "kaiwa-fake-server: %s\n", qPrintable(entries.error()));
            return 2;
        }
        FakeScript::apply(*entries, server);
    }
    if (parser.isSet(sseFileOption)) {
        const QString file = parser.value(sseFileOption);
        if (!QFileInfo(file).isReadable()) {
            std::fprintf(stderr, "kaiwa-fake-server: cannot read %s\n", qPrintable(file));
            return 2;
        }
        server.setDefaultResponse(QByteArrayLiteral("POST /chat/completions"),
            FakeResponse::sseFile(file,
                parser.isSet(chunkedOption) ? FakeResponse::Framing::Chunked
                                            : FakeResponse::Framing::ContentLength));
    }
    if (parser.isSet(modelsOption)) {
        server.setDefaultResponse(QByteArrayLiteral("GET /models"),
            FakeResponse::models(parser.value(modelsOption).split(u',', Qt::SkipEmptyParts)));
    }

    FakeStoredCompletions stored;
    if (parser.isSet(storedOption)) {
        const int count = parser.value(storedOption).toInt(&ok);
        if (!ok || count < 0) {
            std::fprintf(stderr, "kaiwa-fake-server: bad --stored\n");
            return 2;
        }
        stored.generate(count);
        stored.install(server);
    }

    std::printf("listening on %u\n", unsigned(server.serverPort()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
