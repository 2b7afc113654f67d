// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "gui/profiles/ConnectionTester.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

//! "Test connection" and "Say hello" buttons, a busy bar with Cancel, and a read-only area with
//! the server's answer. The owner supplies the profile: on checkRequested() it calls run() with
//! the form's current values (or showProblem() when the form cannot be used yet).
class ConnectionTestPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTestPanel)

public:
    explicit ConnectionTestPanel(QNetworkAccessManager &nam, QWidget *parent = nullptr);

    void run(ConnectionTester::Check check, const ProviderProfile &profile, const QString &apiKey,
        const QString &proxyPassword = {});
    //! Shows why no check could start (e.g. an invalid URL) in the result area.
    void showProblem(const QString &text);
    //! "Say hello" needs a model to talk to.
    void setHelloAvailable(bool available);
    void clear();
    void cancel();

    bool isRunning() const;
    QString resultText() const;

    ConnectionTester &tester() { return m_tester; }

    //! The user-facing account of a finished check.
    static QString describe(const ConnectionTester::Result &result);

Q_SIGNALS:
    void checkRequested(ConnectionTester::Check check);
    //! A /models check succeeded with these ids.
    void modelsListed(const QStringList &ids);
    void checkFinished(bool ok);
    //! The user asked to trust the certificate the last check refused (its SHA-256).
    void trustRequested(const QString &sha256);

private:
    void setBusy(bool busy, const QString &text = {});
    void onFinished(const ConnectionTester::Result &result);

    ConnectionTester m_tester;
    QPushButton *m_testButton;
    QPushButton *m_helloButton;
    QPushButton *m_cancelButton;
    QPushButton *m_trustButton;
    QString m_refused; //!< SHA-256 of the certificate the last check refused
    QProgressBar *m_busy;
    QPlainTextEdit *m_result;
    bool m_helloAvailable = false;
};
