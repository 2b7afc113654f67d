// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "core/api/ApiError.h"
#include "core/settings/ProviderProfile.h"

class ApiReply;
class ChatClient;
class QNetworkAccessManager;

//! Checks a profile against its server with one real request: GET /models, or a tiny
//! non-streamed chat ("Say hello") for servers without /models (Azure deployments). One check at
//! a time; starting another cancels the one running. No retries: the user sees the first answer.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    enum class Check { Models, Hello };

    struct Result
    {
        Check check = Check::Models;
        ApiError error; //!< Kind::None on success
        QStringList modelIds; //!< Models: every id, in the server's order
        QString answer; //!< Hello: the assistant's text
        QString model; //!< Hello: the model that answered (from the response)

        bool ok() const { return !error.isError(); }
    };

    explicit ConnectionTester(QNetworkAccessManager &nam, QObject *parent = nullptr);
    ~ConnectionTester() override;

    //! Starts a check; finished() follows exactly once (also when the request cannot be built).
    //! The profile's proxy and TLS settings apply (its own ProfileNetwork).
    void start(Check check, const ProviderProfile &profile, const QString &apiKey,
        const QString &proxyPassword = {});
    //! Ends the running check; finished() reports Kind::Cancelled.
    void cancel();
    bool isRunning() const;

    //! How long the server may stay silent before the check fails.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void finished(const ConnectionTester::Result &result);

private:
    void conclude(Result result);

    QNetworkAccessManager &m_nam;
    QPointer<ChatClient> m_client;
    QPointer<QNetworkAccessManager> m_network; //!< the profile's, a child of m_nam
    QPointer<ApiReply> m_reply;
    int m_timeoutMs = 30'000;
};
