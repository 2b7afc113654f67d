// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The completions playground over real parts: MainWindowFixture's AppContext (SQLite, a profile
// on FakeOpenAiServer over loopback) and a history file in the fixture's temporary directory.
#pragma once

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextEdit>

#include "MainWindowFixture.h"
#include "gui/playground/PlaygroundParams.h"
#include "gui/playground/PlaygroundResult.h"
#include "gui/playground/PlaygroundWindow.h"

namespace PlaygroundTest {
//! One legacy text_completion chunk; `logprobs` may be empty.
inline QByteArray chunk(
    int index, const QString &text, const QJsonObject &logprobs = {}, const QString &finish = {})
{
    const QJsonObject choice{ { QStringLiteral("index"), index }, { QStringLiteral("text"), text },
        { QStringLiteral("logprobs"), logprobs.isEmpty() ? QJsonValue() : QJsonValue(logprobs) },
        { QStringLiteral("finish_reason"), finish.isEmpty() ? QJsonValue() : finish } };
    const QJsonObject root{ { QStringLiteral("id"), QStringLiteral("cmpl-1") },
        { QStringLiteral("object"), QStringLiteral("text_completion") },
        { QStringLiteral("created"), 1700000000 },
        { QStringLiteral("model"), QStringLiteral("base-model") },
        { QStringLiteral("choices"), QJsonArray{ choice } } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

//! Logprobs of one token and its alternatives (token → logprob).
inline QJsonObject tokenLogprobs(const QString &token, double logprob, const QJsonObject &top)
{
    return { { QStringLiteral("tokens"), QJsonArray{ token } },
        { QStringLiteral("token_logprobs"), QJsonArray{ logprob } },
        { QStringLiteral("top_logprobs"), QJsonArray{ top } },
        { QStringLiteral("text_offset"), QJsonArray{ 0 } } };
}

struct Fixture : WindowTest::Fixture
{
    Fixture() { open(); }

    void open()
    {
        playground = std::make_unique<PlaygroundWindow>(*context, path("history.json"));
        playground->show();
    }

    template <typename W>
    W *find(const char *name) const
    {
        return playground->findChild<W *>(QString::fromLatin1(name));
    }

    QPlainTextEdit *prompt() const { return find<QPlainTextEdit>("playgroundPrompt"); }

    QString shown() const { return playground->result()->view()->toPlainText(); }

    //! Runs `text` with the Run button and waits for the run to end.
    bool run(const QString &text)
    {
        prompt()->setPlainText(text);
        QSignalSpy finished(playground.get(), &PlaygroundWindow::runFinished);
        find<QPushButton>("playgroundRun")->click();
        return finished.wait(5000);
    }

    QJsonObject lastBody() const { return server.lastRequest().json(); }

    std::unique_ptr<PlaygroundWindow> playground;
};
} // namespace PlaygroundTest
