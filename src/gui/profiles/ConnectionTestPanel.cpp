// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/profiles/ConnectionTestPanel.h"

#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "gui/profiles/TlsTrustBar.h"

using Check = ConnectionTester::Check;
using Kind = ApiError::Kind;

ConnectionTestPanel::ConnectionTestPanel(QNetworkAccessManager &nam, QWidget *parent)
    : QWidget(parent)
    , m_tester(nam)
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_helloButton(new QPushButton(tr("Say &hello"), this))
    , m_cancelButton(new QPushButton(tr("Cancel test"), this))
    , m_trustButton(new QPushButton(tr("T&rust this certificate…"), this))
    , m_busy(new QProgressBar(this))
    , m_result(new QPlainTextEdit(this))
{
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setAccessibleName(tr("Test connection"));
    m_testButton->setToolTip(tr("Ask the server for its models (GET /models)"));
    m_helloButton->setObjectName(QStringLiteral("sayHelloButton"));
    m_helloButton->setAccessibleName(tr("Say hello"));
    m_helloButton->setToolTip(
        tr("Send a tiny chat request to the default model and show the answer"));
    m_cancelButton->setObjectName(QStringLiteral("cancelTestButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the connection test"));
    m_trustButton->setObjectName(QStringLiteral("trustCertificateButton"));
    m_trustButton->setAccessibleName(tr("Trust the refused certificate for this profile"));
    m_trustButton->setVisible(false);
    m_busy->setObjectName(QStringLiteral("testBusyBar"));
    m_busy->setAccessibleName(tr("Testing the connection"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_busy->fontMetrics().height() / 2 + 2);
    m_result->setObjectName(QStringLiteral("testResultView"));
    m_result->setAccessibleName(tr("Connection test result"));
    m_result->setReadOnly(true);
    m_result->setPlaceholderText(tr("The server's answer appears here."));
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 4);
    m_result->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::MinimumExpanding);
    m_result->setTabChangesFocus(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_testButton);
    buttons->addWidget(m_helloButton);
    buttons->addStretch();
    buttons->addWidget(m_trustButton);
    buttons->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_busy);
    layout->addWidget(m_result);

    connect(m_testButton, &QPushButton::clicked, this,
        [this] { Q_EMIT checkRequested(Check::Models); });
    connect(m_helloButton, &QPushButton::clicked, this,
        [this] { Q_EMIT checkRequested(Check::Hello); });
    connect(m_cancelButton, &QPushButton::clicked, this, &ConnectionTestPanel::cancel);
    connect(
        m_trustButton, &QPushButton::clicked, this, [this] { Q_EMIT trustRequested(m_refused); });
    connect(&m_tester, &ConnectionTester::finished, this, &ConnectionTestPanel::onFinished);
    setHelloAvailable(false);
    setBusy(false);
}

void ConnectionTestPanel::run(Check check, const ProviderProfile &profile, const QString &apiKey,
    const QString &proxyPassword)
{
    m_trustButton->hide();
    m_refused.clear();
    m_tester.start(check, profile, apiKey, proxyPassword);
    setBusy(true,
        check == Check::Models
            ? tr("Asking %1 for its models…").arg(profile.baseUrl.toDisplayString())
            : tr("Saying hello to %1…").arg(profile.defaultModel));
}

void ConnectionTestPanel::showProblem(const QString &text)
{
    m_trustButton->hide();
    m_refused.clear();
    m_result->setPlainText(text);
}

void ConnectionTestPanel::setHelloAvailable(bool available)
{
    m_helloAvailable = available;
    m_helloButton->setEnabled(available && !isRunning());
}

void ConnectionTestPanel::clear()
{
    cancel();
    m_result->clear();
}

void ConnectionTestPanel::cancel()
{
    m_tester.cancel();
}

bool ConnectionTestPanel::isRunning() const
{
    return m_tester.isRunning();
}

QString ConnectionTestPanel::resultText() const
{
    return m_result->toPlainText();
}

void ConnectionTestPanel::setBusy(bool busy, const QString &text)
{
    m_busy->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_testButton->setEnabled(!busy);
    m_helloButton->setEnabled(!busy && m_helloAvailable);
    if (busy) {
        m_result->setPlainText(text);
        m_cancelButton->setFocus();
    }
}

void ConnectionTestPanel::onFinished(const ConnectionTester::Result &result)
{
    const bool focusBack = m_cancelButton->hasFocus();
    setBusy(false);
    if (focusBack)
        m_testButton->setFocus();
    m_result->setPlainText(describe(result));
    // A refused certificate can be trusted for this profile; a pin mismatch cannot (the pins
    // are the user's own explicit rule).
    const auto &tls = result.error.tls;
    m_refused = tls && !tls->pinMismatch ? tls->certificate.sha256 : QString();
    m_trustButton->setVisible(!m_refused.isEmpty());
    if (result.ok() && result.check == Check::Models)
        Q_EMIT modelsListed(result.modelIds);
    Q_EMIT checkFinished(result.ok());
}

QString ConnectionTestPanel::describe(const ConnectionTester::Result &result)
{
    const ApiError &e = result.error;
    if (!e.isError()) {
        if (result.check == Check::Hello) {
            const QString answer = result.answer.trimmed();
            return tr("Connected. %1 answered:\n%2")
                .arg(result.model.isEmpty() ? tr("The model") : result.model,
                    answer.isEmpty() ? tr("(an empty answer)") : answer);
        }
        constexpr qsizetype shown = 8;
        QString text =
            tr("Connected. The server offers %n model(s).", nullptr, int(result.modelIds.size()));
        if (!result.modelIds.isEmpty()) {
            text += u'\n' + result.modelIds.mid(0, shown).join(u'\n');
            if (result.modelIds.size() > shown)
                text += u'\n' + tr("… and %n more", nullptr, int(result.modelIds.size() - shown));
        }
        return text;
    }
    QString text;
    switch (e.kind) {
    case Kind::Cancelled:
        return tr("Test cancelled.");
    case Kind::Http:
    case Kind::Api:
        text = e.httpStatus > 0 ? tr("The server answered with HTTP %1.").arg(e.httpStatus)
                                : tr("The server reported an error.");
        if (!e.message.isEmpty())
            text += u'\n' + e.message;
        if (!e.code.isEmpty() && e.code != QString::number(e.httpStatus))
            text += u'\n' + tr("Error code: %1").arg(e.code);
        if (e.httpStatus == 401 || e.httpStatus == 403)
            text += u'\n' + tr("Check the API key and the auth style.");
        else if (e.httpStatus == 404 && result.check == Check::Models)
            text += u'\n'
                + tr("This server may have no /models route (Azure deployments); set a default "
                     "model and try Say hello.");
        break;
    case Kind::Tls:
        if (e.tls) {
            const TlsCertificate &c = e.tls->certificate;
            text = tr("The server's certificate was refused: %1").arg(e.tls->reasons.join(u"; "))
                + u'\n' + TlsTrustBar::certificateDetails(c);
            if (!e.tls->pinMismatch)
                text += u'\n'
                    + tr("Trust it only if you know this is your server's certificate (compare the "
                         "fingerprint).");
            break;
        }
        text = tr("Could not reach the server: %1").arg(e.message);
        break;
    case Kind::Network:
        text = tr("Could not reach the server: %1").arg(e.message);
        break;
    case Kind::Timeout:
        text = tr("The server did not answer in time.");
        break;
    case Kind::Usage:
        text = tr("Cannot send the request: %1").arg(e.message);
        break;
    default:
        text = e.describe();
        break;
    }
    if (!e.requestId.isEmpty())
        text += u'\n' + tr("Request id: %1").arg(QString::fromLatin1(e.requestId));
    return text;
}
