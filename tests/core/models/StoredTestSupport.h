// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the stored-completions tests (models and chat): a real ChatClient over loopback to
// FakeOpenAiServer serving a stateful FakeStoredCompletions, and a wait that runs the event loop.
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>

#include "core/api/ChatClient.h"
#include "core/settings/ProviderProfile.h"
#include "support/FakeOpenAiServer.h"
#include "support/FakeStoredCompletions.h"

namespace StoredTest {
//! Waits until `done()` while running the event loop; false after `ms`.
template <typename Predicate>
bool waitFor(Predicate done, int ms = 10'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

struct Fixture
{
    explicit Fixture(int count)
        : stored(count)
    {
        stored.install(server);
        ProviderProfile profile = ProviderProfile::defaultsFor(ProviderProfile::Kind::OpenAI);
        profile.name = QStringLiteral("fake");
        profile.baseUrl = server.baseUrl();
        profile.defaultModel = QStringLiteral("gpt-4o-mini");
        client = std::make_unique<ChatClient>(nam, profile, QStringLiteral("sk-test"));
        ApiReply::Options options;
        options.maxRetries = 0; // errors end at once; retries are RetryPolicy's tests
        client->setOptions(options);
    }

    //! The recorded requests whose path (without query) ends in `suffix`, with this method.
    QList<RecordedRequest> requests(const QByteArray &method, const QByteArray &suffix) const
    {
        QList<RecordedRequest> out;
        for (const RecordedRequest &r : server.requests()) {
            if (r.method == method && r.pathOnly().endsWith(suffix))
                out.append(r);
        }
        return out;
    }

    //! GET /chat/completions (the list, not an item).
    QList<RecordedRequest> listRequests() const { return requests("GET", "/chat/completions"); }

    FakeOpenAiServer server;
    FakeStoredCompletions stored;
    QNetworkAccessManager nam;
    std::unique_ptr<ChatClient> client;
};
} // namespace StoredTest
