// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window over real parts: a SQLite file, a profile pointing at FakeOpenAiServer over
// loopback, the real sessions and clients. The key store is the in-memory one: these tests are
// about the window, and tst_keychainsecretstore runs the real keychain.
#pragma once

#include <algorithm>

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

#include "core/chat/SessionRegistry.h"
#include "core/models/ConversationListModel.h"
#include "core/models/MessageModel.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/settings/ProfileStore.h"
#include "core/storage/ConversationStore.h"
#include "gui/AppContext.h"
#include "gui/ComposerWidget.h"
#include "gui/ConversationPage.h"
#include "gui/ConversationView.h"
#include "gui/MainWindow.h"
#include "gui/UiSettings.h"
#include "gui/delegates/MessageActions.h"
#include "gui/sidebar/ConversationSidebar.h"
#include "support/FakeOpenAiServer.h"

namespace WindowTest {
inline QByteArray contentChunk(const QString &text)
{
    const QJsonObject chunk{ { QStringLiteral("id"), QStringLiteral("chatcmpl-w") },
        { QStringLiteral("object"), QStringLiteral("chat.completion.chunk") },
        { QStringLiteral("created"), 1700000000 },
        { QStringLiteral("model"), QStringLiteral("gpt-4o-mini") },
        { QStringLiteral("choices"),
            QJsonArray{ QJsonObject{ { QStringLiteral("index"), 0 },
                { QStringLiteral("delta"), QJsonObject{ { QStringLiteral("content"), text } } },
                { QStringLiteral("finish_reason"), QJsonValue() } } } } };
    return QJsonDocument(chunk).toJson(QJsonDocument::Compact);
}

inline FakeResponse answer(const QStringList &deltas)
{
    QList<QByteArray> payloads;
    for (const QString &delta : deltas)
        payloads.append(contentChunk(delta));
    payloads << QByteArrayLiteral(
        R"({"id":"chatcmpl-w","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})");
    payloads << QByteArrayLiteral("[DONE]");
    return FakeResponse::sse(payloads);
}

//! How many chat requests reached the server (GET /models and the like not counted).
inline qsizetype chatRequests(const FakeOpenAiServer &server)
{
    const QList<RecordedRequest> requests = server.requests();
    return std::count_if(requests.cbegin(), requests.cend(),
        [](const RecordedRequest &r) { return r.path.endsWith("/chat/completions"); });
}

//! The last chat request the server received.
inline RecordedRequest lastChat(const FakeOpenAiServer &server)
{
    const QList<RecordedRequest> requests = server.requests();
    for (auto it = requests.crbegin(); it != requests.crend(); ++it)
        if (it->path.endsWith("/chat/completions"))
            return *it;
    return {};
}

struct Fixture
{
    Fixture()
    {
        // The model picker lists the profile's models on its own; chat answers are scripted per
        // test on the chat route.
        server.setDefaultResponse("/models",
            FakeResponse::models({ QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4.1") }));
        ProviderProfile profile = ProviderProfile::defaultsFor(ProviderProfile::Kind::OpenAI);
        profile.name = QStringLiteral("Fake");
        profile.baseUrl = server.baseUrl();
        profile.defaultModel = QStringLiteral("gpt-4o-mini");
        ProfileStore(path("profiles.ini")).save(profile);
        auto secrets = std::make_unique<MemorySecretStore>();
        secrets->writeBlocking(QStringLiteral("Fake"), QStringLiteral("sk-window"));
        context = std::make_unique<AppContext>(
            AppContext::Paths{ path("kaiwa.sqlite3"), path("profiles.ini"), path("models.json"),
                path("kaiwa.ini") },
            std::move(secrets));
        opened = bool(context->open());
        window = std::make_unique<MainWindow>(*context);
        window->resize(1100, 750);
        window->show();
    }

    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }

    ConversationPage *page() const { return window->page(); }

    ComposerWidget *composer() const { return page()->composer(); }

    QPlainTextEdit *editor() const { return composer()->findChild<QPlainTextEdit *>(); }

    MessageModel *model() const { return context->sessions().model(page()->conversationId()); }

    //! Types as a Japanese IME does: the text arrives as a commit, then Enter sends.
    void type(const QString &text) const
    {
        editor()->setFocus();
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QCoreApplication::sendEvent(editor(), &commit);
    }

    void typeAndSend(const QString &text) const
    {
        type(text);
        QTest::keyClick(editor(), Qt::Key_Return);
    }

    QString text(int row) const { return model()->message(row).text(); }

    //! Clicks one of the row's actions where the view draws it, as a user would.
    void click(int row, MessageActions::Action action) const
    {
        ConversationView *view = page()->view();
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        const QRect rect = view->actionRect(index, action);
        QVERIFY2(rect.isValid(), "the action is not shown");
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

    Conversation::State state(int row) const { return model()->message(row).state; }

    QTemporaryDir dir;
    FakeOpenAiServer server;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
    bool opened = false;
};
} // namespace WindowTest
