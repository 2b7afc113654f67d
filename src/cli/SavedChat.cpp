// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/SavedChat.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

#include "cli/CliSession.h"
#include "cli/StdoutPrinter.h"
#include "core/api/ChatStream.h"
#include "core/chat/ChatSession.h"
#include "core/models/MessageModel.h"
#include "core/request/ChatRequest.h"
#include "core/storage/ConversationStore.h"

int SavedChat::run(CliSession &session, const ChatRequest &request)
{
    const CliOptions &o = session.options();
    const RequestMessage &last = request.messages.constLast();
    if (!o.messagesFile.isEmpty() || !o.images.isEmpty() || !o.audio.isEmpty() || o.noStream
        || !last.parts.isEmpty())
        return CliSession::usage(QCoreApplication::translate("kaiwa-cli",
            "--save takes a text prompt (not --messages-file, --image, --audio or --no-stream)"));
    ConversationStore store;
    if (auto opened = store.open(); !opened)
        return CliSession::error(opened.error().describe());
    MessageModel model;
    ChatSession chat(store, model);
    chat.setClient(&session.client());
    QObject::connect(&chat, &ChatSession::storeFailed, &chat,
        [](const StoreError &error) { CliSession::warn(error.describe()); });

    // The conversation keeps what the request says, so the app can continue it later.
    Conversation::Settings settings;
    settings.profile = o.profile;
    settings.model = request.model.value_or(QString());
    settings.systemPrompt = o.system;
    QJsonObject parameters = toJson(request, session.profile());
    for (const char *key : { "messages", "model", "stream", "store", "metadata" })
        parameters.remove(QLatin1String(key));
    settings.parameters = parameters;
    settings.store = request.store.value_or(false);
    if (request.metadata) {
        for (auto it = request.metadata->cbegin(); it != request.metadata->cend(); ++it)
            settings.metadata.insert(it.key(), it.value());
    }
    if (auto created = chat.create(settings); !created)
        return CliSession::error(created.error().describe());

    StdoutPrinter printer;
    if (!session.json())
        chat.setDeltaListener(&printer);
    QPointer<ChatStream> current;
    QObject::connect(
        &chat, &ChatSession::streamStarted, &chat, [&current, &session](ChatStream *stream) {
            current = stream;
            if (!session.json())
                QObject::connect(
                    stream, &ChatStream::updated, stream, []() { std::fflush(stdout); });
        });
    QJsonObject result;
    ApiError error;
    bool finished = false;
    QObject::connect(&chat, &ChatSession::answerFinished, &chat, [&]() {
        finished = true;
        if (current) {
            result = current->result();
            error = current->error();
        }
    });
    Conversation::Part prompt;
    prompt.text = last.text.value_or(QString());
    if (auto sent = chat.send({ prompt }); !sent)
        return CliSession::fail(sent.error());
    if (!finished) {
        CliSession::waitUntil(
            [&chat](QEventLoop &loop) {
                QObject::connect(&chat, &ChatSession::answerFinished, &loop, &QEventLoop::quit);
            },
            [&chat]() { chat.stop(); });
    }
    if (session.json())
        CliSession::printJson(result);
    else if (!printer.endsWithNewline())
        CliSession::print("\n");
    std::fflush(stdout);
    return error.isError() ? CliSession::fail(error) : CliSession::Success;
}
