// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ChatCommand.h"

#include <cstdio>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "cli/CliSession.h"
#include "cli/SavedChat.h"
#include "cli/StdoutPrinter.h"
#include "core/api/ChatStream.h"
#include "core/api/JsonReply.h"
#include "core/request/ChatRequest.h"
#include "core/request/CompletionRequest.h"
#include "core/request/MediaParts.h"

namespace {
// Applies every --param KEY=JSON (or KEY=@file) with the request type's own applyParam.
template <typename Request>
QString applyParams(Request &request, const QStringList &params)
{
    for (const QString &param : params) {
        const qsizetype eq = param.indexOf(u'=');
        if (eq <= 0)
            return QCoreApplication::translate(
                "kaiwa-cli", "--param must look like KEY=JSON, got \"%1\"")
                .arg(param);
        QString text = param.mid(eq + 1);
        if (text.startsWith(u'@')) {
            QFile file(text.mid(1));
            if (!file.open(QIODevice::ReadOnly))
                return QCoreApplication::translate("kaiwa-cli", "cannot read %1: %2")
                    .arg(file.fileName(), file.errorString());
            text = QString::fromUtf8(file.readAll());
        }
        const QString problem = applyParam(request, param.left(eq), parseParamValue(text));
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll());
}

// The prompt: the words after the command, or standard input when it is not a terminal.
QString promptFrom(const QStringList &words)
{
    if (words.size() > 1)
        return words.mid(1).join(u' ');
    if (!isatty(STDIN_FILENO))
        return readStdin().trimmed();
    return {};
}

QString buildMessages(CliSession &session, ChatRequest &request, const QString &prompt)
{
    const CliOptions &o = session.options();
    if (!o.system.isEmpty())
        request.messages.append(RequestMessage::system(o.system));
    if (!o.messagesFile.isEmpty()) {
        QFile file(o.messagesFile);
        if (!file.open(QIODevice::ReadOnly))
            return QCoreApplication::translate("kaiwa-cli", "cannot read %1: %2")
                .arg(o.messagesFile, file.errorString());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (!doc.isArray())
            return QCoreApplication::translate(
                "kaiwa-cli", "%1 must hold a JSON array of messages (%2)")
                .arg(o.messagesFile, error.errorString());
        const QJsonArray array = doc.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            auto message = messageFromJson(array.at(i), QStringLiteral("messages[%1]").arg(i));
            if (!message)
                //: %1 a file name, %2 what is wrong in it
                return QCoreApplication::translate("kaiwa-cli", "%1: %2")
                    .arg(o.messagesFile, message.error());
            request.messages.append(*message);
        }
    }
    QList<MessagePart> media;
    for (const QString &image : o.images) {
        auto part = MediaParts::image(image);
        if (!part)
            return part.error();
        media.append(*part);
    }
    if (!o.audio.isEmpty()) {
        auto part = MediaParts::audio(o.audio);
        if (!part)
            return part.error();
        media.append(*part);
    }
    if (!media.isEmpty()) {
        if (!prompt.isEmpty())
            media.prepend(MessagePart::makeText(prompt));
        request.messages.append(RequestMessage::user(media));
    } else if (!prompt.isEmpty()) {
        request.messages.append(RequestMessage::user(prompt));
    }
    if (request.messages.isEmpty())
        return QCoreApplication::translate(
            "kaiwa-cli", "nothing to send: give a PROMPT, --messages-file or pipe text in");
    return {};
}

// Runs a chat or text completion and prints it; shared by chat and complete.
int runStream(CliSession &session, ChatStream *stream)
{
    const CliOptions &o = session.options();
    StdoutPrinter printer;
    if (!session.json()) {
        stream->setListener(&printer);
        QObject::connect(stream, &ChatStream::updated, stream, []() { std::fflush(stdout); });
    }
    const ApiError error = CliSession::run(*stream);
    if (session.json()) {
        if (o.noStream && !stream->completeBody().isEmpty() && !error.isError())
            CliSession::print(stream->completeBody().trimmed() + '\n');
        else
            CliSession::printJson(stream->result());
    } else if (!printer.endsWithNewline()) {
        CliSession::print("\n");
    }
    std::fflush(stdout);
    if (!session.json() && !error.isError()) {
        // Tool calls have no text; show them rather than print nothing.
        const auto &choices = stream->accumulator().choices();
        if (!choices.empty()) {
            for (const ToolCallState &call : choices.front().toolCalls) {
                //: %1 the call's id, %2 the function's name, %3 its JSON arguments
                if (call.present)
                    CliSession::print(
                        QCoreApplication::translate("kaiwa-cli", "[tool call %1] %2 %3")
                            .arg(QString::fromStdString(call.id), QString::fromStdString(call.name),
                                QString::fromStdString(call.arguments))
                            .toUtf8()
                        + '\n');
            }
        }
    }
    return error.isError() ? CliSession::fail(error) : CliSession::Success;
}
} // namespace

int ChatCommand::chat(CliSession &session)
{
    const CliOptions &o = session.options();
    ChatRequest request;
    const QString model = o.model.isEmpty() ? session.profile().defaultModel : o.model;
    if (model.isEmpty())
        return CliSession::usage(QCoreApplication::translate(
            "kaiwa-cli", "no model: pass --model or save a default model in the profile"));
    request.model = model;
    if (const QString problem = buildMessages(session, request, promptFrom(o.words));
        !problem.isEmpty())
        return CliSession::usage(problem);
    if (!o.noStream)
        request.stream = true;
    if (o.store)
        request.store = true;
    if (!o.metadata.isEmpty()) {
        QMap<QString, QString> metadata;
        for (const auto &[key, value] : o.metadata)
            metadata.insert(key, value);
        request.metadata = metadata;
    }
    if (const QString problem = applyParams(request, o.params); !problem.isEmpty())
        return CliSession::usage(problem);
    if (o.save)
        return SavedChat::run(session, request);
    auto stream = session.client().chat(request);
    if (!stream)
        return CliSession::fail(stream.error());
    return runStream(session, *stream);
}

int ChatCommand::complete(CliSession &session)
{
    const CliOptions &o = session.options();
    CompletionRequest request;
    const QString model = o.model.isEmpty() ? session.profile().defaultModel : o.model;
    if (model.isEmpty())
        return CliSession::usage(QCoreApplication::translate(
            "kaiwa-cli", "no model: pass --model or save a default model in the profile"));
    request.model = model;
    const QString prompt = promptFrom(o.words);
    if (prompt.isEmpty())
        return CliSession::usage(
            QCoreApplication::translate("kaiwa-cli", "complete needs a PROMPT"));
    request.prompt = prompt;
    if (!o.suffix.isEmpty())
        request.suffix = o.suffix;
    if (!o.noStream)
        request.stream = true;
    if (const QString problem = applyParams(request, o.params); !problem.isEmpty())
        return CliSession::usage(problem);
    auto stream = session.client().complete(request);
    if (!stream)
        return CliSession::fail(stream.error());
    return runStream(session, *stream);
}

int ChatCommand::models(CliSession &session)
{
    auto reply = session.client().listModels();
    if (!reply)
        return CliSession::fail(reply.error());
    const ApiError error = CliSession::run(**reply);
    if (error.isError())
        return CliSession::fail(error);
    if (session.json()) {
        CliSession::printJson((*reply)->json());
        return CliSession::Success;
    }
    const QJsonArray data = (*reply)->json().value(QLatin1String("data")).toArray();
    for (const QJsonValue &model : data)
        CliSession::print(model.toObject().value(QLatin1String("id")).toString().toUtf8() + '\n');
    return CliSession::Success;
}
