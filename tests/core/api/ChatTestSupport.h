// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by tst_chatclient, tst_chaterrors and tst_chattimeouts: a profile pointing at the fake
// server, a small chat request, and a recorder that waits for a reply's one outcome.
#pragma once

#include <memory>

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "core/api/ApiReply.h"
#include "core/api/ChatClient.h"
#include "core/api/ChatStream.h"
#include "core/request/ChatRequest.h"
#include "core/settings/ProviderProfile.h"
#include "support/FakeOpenAiServer.h"

namespace ChatTest {
inline const QString kApiKey = QStringLiteral("sk-test-123");

inline ProviderProfile profileFor(const QUrl &baseUrl)
{
    ProviderProfile profile = ProviderProfile::defaultsFor(ProviderProfile::Kind::OpenAI);
    profile.name = QStringLiteral("fake");
    profile.baseUrl = baseUrl;
    profile.defaultModel = QStringLiteral("gpt-4o-mini");
    return profile;
}

inline ChatRequest hello(std::optional<bool> stream = true)
{
    ChatRequest request;
    request.messages.append(RequestMessage::user(QStringLiteral("Say hello in Japanese")));
    request.stream = stream;
    return request;
}

//! The text of choice 0 as the user saw it so far.
inline QString content(const ChatStream &stream)
{
    const auto &choices = stream.accumulator().choices();
    if (choices.empty())
        return {};
    return QString::fromStdString(choices.front().content);
}

inline QString resultContent(const QJsonObject &result)
{
    return result.value(QLatin1String("choices"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("message"))
        .toObject()
        .value(QLatin1String("content"))
        .toString();
}

//! Spies on one reply's outcome signals; the test body asserts.
struct Outcome
{
    explicit Outcome(ApiReply *reply)
        : reply(reply)
        , finished(reply, &ApiReply::finished)
        , failed(reply, &ApiReply::failed)
        , retrying(reply, &ApiReply::retrying)
    {}

    bool isValid() const { return finished.isValid() && failed.isValid() && retrying.isValid(); }

    int ends() const { return int(finished.count() + failed.count()); }

    //! Waits until the reply ended (finished or failed); false on timeout. Runs a real event
    //! loop: QTest::qWaitFor sleeps 10 ms per turn, which would slow the in-process fake down.
    bool wait(int timeoutMs = 5000)
    {
        if (ends() > 0)
            return true;
        QEventLoop loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        QObject::connect(reply, &ApiReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(reply, &ApiReply::failed, &loop, &QEventLoop::quit);
        loop.exec();
        return ends() > 0;
    }

    ApiError error() const
    {
        return failed.isEmpty() ? ApiError() : failed.first().first().value<ApiError>();
    }

    QPointer<ApiReply> reply;
    QSignalSpy finished;
    QSignalSpy failed;
    QSignalSpy retrying;
};

//! One streamed chat in flight: its client (which owns the stream) and the spies.
struct Run
{
    std::unique_ptr<ChatClient> client;
    ChatStream *stream = nullptr; //!< null if the request could not be built
    std::unique_ptr<Outcome> outcome;
};

//! Starts a streamed hello() chat against `baseUrl` with these options.
inline Run startChat(QNetworkAccessManager &nam, const QUrl &baseUrl, int maxRetries, int timeoutMs)
{
    Run run;
    run.client = std::make_unique<ChatClient>(nam, profileFor(baseUrl), kApiKey);
    run.client->setOptions({ maxRetries, timeoutMs });
    auto stream = run.client->chat(hello());
    if (!stream)
        return run;
    run.stream = *stream;
    run.outcome = std::make_unique<Outcome>(run.stream);
    run.stream->start();
    return run;
}

inline const QStringList kDeltas{ QStringLiteral("Hello, "), QStringLiteral("wonderful "),
    QStringLiteral("world") };

//! Where `"content":"<delta>` starts in the body of a chatStream() response.
inline qint64 offsetOf(const FakeResponse &response, const QString &delta)
{
    return response.body().indexOf(QByteArray(QByteArray("\"content\":\"") + delta.toUtf8()));
}

//! Where the event that carries `delta` ends (after its blank line).
inline qint64 endOfEvent(const FakeResponse &response, const QString &delta)
{
    return response.body().indexOf("\n\n", offsetOf(response, delta)) + 2;
}

//! A minimal chat.completion.chunk for choice 0.
inline QByteArray chunk(const QByteArray &delta, const QByteArray &finish = "null")
{
    return R"({"id":"chatcmpl-e","object":"chat.completion.chunk","created":1700000000,)"
           R"("model":"gpt-4o-mini","choices":[{"index":0,"delta":)"
        + delta + R"(,"finish_reason":)" + finish + "}]}";
}
} // namespace ChatTest
