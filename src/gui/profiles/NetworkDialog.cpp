// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/profiles/NetworkDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "gui/profiles/InlineMessage.h"

using namespace Qt::StringLiterals;
using Mode = NetworkSettings::ProxyMode;

namespace {
void name(QWidget *widget, const char *objectName, const QString &accessible)
{
    widget->setObjectName(QString::fromLatin1(objectName));
    widget->setAccessibleName(accessible);
}

QWidget *withButton(QWidget *field, QPushButton *button)
{
    auto *row = new QWidget(field->parentWidget());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(button);
    return row;
}
} // namespace

NetworkDialog::NetworkDialog(const QString &profileName, const NetworkSettings &settings,
    bool passwordStored, QWidget *parent)
    : QDialog(parent)
    , m_mode(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_ca(new QLineEdit(this))
    , m_clientCert(new QLineEdit(this))
    , m_clientKey(new QLineEdit(this))
    , m_pins(new QPlainTextEdit(this))
    , m_trusted(new QListWidget(this))
    , m_revoke(new QPushButton(tr("&Revoke"), this))
    , m_problem(new InlineMessage(this))
{
    setObjectName(u"networkDialog"_s);
    setWindowTitle(tr("Network and TLS: %1").arg(profileName));
    name(m_mode, "proxyModeCombo", tr("Proxy"));
    name(m_host, "proxyHostEdit", tr("Proxy host"));
    name(m_port, "proxyPortSpin", tr("Proxy port"));
    name(m_user, "proxyUserEdit", tr("Proxy user name"));
    name(m_password, "proxyPasswordEdit", tr("Proxy password"));
    name(m_ca, "caFileEdit", tr("Extra CA certificates file"));
    name(m_clientCert, "clientCertEdit", tr("Client certificate file"));
    name(m_clientKey, "clientKeyEdit", tr("Client key file"));
    name(m_pins, "pinnedEdit", tr("Pinned SHA-256 fingerprints"));
    name(m_trusted, "trustedList", tr("Certificates trusted for this profile"));
    m_mode->setAccessibleDescription(
        tr("No proxy, the system's proxy settings, or an HTTP or SOCKS5 proxy given here"));
    m_host->setAccessibleDescription(tr("The proxy server's host name or address"));
    m_port->setAccessibleDescription(tr("The proxy server's port"));
    m_user->setAccessibleDescription(tr("The user name for the proxy, if it asks for one"));
    m_password->setAccessibleDescription(
        tr("The proxy password, kept in the system keychain; empty keeps the stored one"));
    m_ca->setAccessibleDescription(
        tr("A PEM file of certificate authorities trusted besides the system's"));
    m_clientCert->setAccessibleDescription(
        tr("A PEM certificate the client shows to servers that ask for one"));
    m_clientKey->setAccessibleDescription(tr("The private key of the client certificate, in PEM"));
    m_pins->setAccessibleDescription(tr("Only servers whose certificate has one of these SHA-256 "
                                        "fingerprints are accepted; one per line"));
    m_trusted->setAccessibleDescription(
        tr("Certificates trusted for this profile despite their TLS "
           "errors; select one to revoke it"));
    name(m_revoke, "revokeTrustButton", tr("Revoke the selected certificate"));
    m_problem->setObjectName(u"networkProblem"_s);

    m_mode->addItem(tr("System settings"), int(Mode::System));
    m_mode->addItem(tr("No proxy"), int(Mode::None));
    m_mode->addItem(tr("HTTP proxy"), int(Mode::Http));
    m_mode->addItem(tr("SOCKS5 proxy"), int(Mode::Socks5));
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(int(settings.proxyMode))));
    m_host->setText(settings.proxyHost);
    m_host->setPlaceholderText(u"proxy.example.com"_s);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("(port)"));
    m_port->setValue(settings.proxyPort);
    m_user->setText(settings.proxyUser);
    m_user->setPlaceholderText(tr("(none)"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(passwordStored ? tr("(stored in the keychain; type to replace)")
                                                  : tr("(kept in the keychain)"));
    m_ca->setText(settings.caCertificatesPath);
    m_clientCert->setText(settings.clientCertificatePath);
    m_clientKey->setText(settings.clientKeyPath);
    m_ca->setPlaceholderText(tr("PEM file, added to the system's CAs"));
    m_clientKey->setPlaceholderText(tr("PEM file without a passphrase"));
    m_pins->setTabChangesFocus(true);
    m_pins->setPlaceholderText(tr("One SHA-256 fingerprint per line (the server's certificate or "
                                  "its CA); empty: no pinning"));
    m_pins->setPlainText(settings.pinnedSha256.join(u'\n'));
    m_pins->setFixedHeight(m_pins->fontMetrics().lineSpacing() * 3 + 12);
    for (const QString &fingerprint : settings.trustedSha256) {
        auto *item =
            new QListWidgetItem(NetworkSettings::displayFingerprint(fingerprint), m_trusted);
        item->setData(Qt::UserRole, fingerprint);
    }
    m_trusted->setFixedHeight(m_trusted->fontMetrics().lineSpacing() * 4 + 8);
    // Room for a whole fingerprint (95 characters), so that it can be compared at a glance.
    m_trusted->setMinimumWidth(m_trusted->fontMetrics().horizontalAdvance(
                                   NetworkSettings::displayFingerprint(QString(64, u'D')))
        + m_trusted->frameWidth() * 2 + 16);
    m_trusted->setToolTip(tr("Certificates trusted for this profile despite their TLS errors, by "
                             "SHA-256 fingerprint"));
    m_revoke->setEnabled(false);

    auto *proxyBox = new QGroupBox(tr("Proxy"), this);
    auto *proxyForm = new QFormLayout(proxyBox);
    proxyForm->addRow(tr("&Mode:"), m_mode);
    proxyForm->addRow(tr("&Host:"), m_host);
    proxyForm->addRow(tr("P&ort:"), m_port);
    proxyForm->addRow(tr("&User:"), m_user);
    proxyForm->addRow(tr("Pass&word:"), m_password);

    auto *tlsBox = new QGroupBox(tr("TLS"), this);
    auto *tlsForm = new QFormLayout(tlsBox);
    tlsForm->addRow(tr("Extra &CAs:"),
        withButton(m_ca, browseButton(m_ca, tr("CA certificates"), "browseCaButton")));
    tlsForm->addRow(tr("Client c&ertificate:"),
        withButton(m_clientCert,
            browseButton(m_clientCert, tr("Client certificate"), "browseClientCertButton")));
    tlsForm->addRow(tr("Client &key:"),
        withButton(
            m_clientKey, browseButton(m_clientKey, tr("Client key"), "browseClientKeyButton")));
    tlsForm->addRow(tr("&Pinned:"), m_pins);
    tlsForm->addRow(tr("&Trusted:"), withButton(m_trusted, m_revoke));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"networkButtons"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(proxyBox);
    layout->addWidget(tlsBox);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &NetworkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NetworkDialog::reject);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &NetworkDialog::updateRows);
    connect(m_trusted, &QListWidget::currentRowChanged, this,
        [this](int row) { m_revoke->setEnabled(row >= 0); });
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        delete m_trusted->currentItem();
        m_revoke->setEnabled(m_trusted->currentRow() >= 0);
    });
    updateRows();
}

QPushButton *NetworkDialog::browseButton(
    QLineEdit *edit, const QString &title, const char *objectName)
{
    auto *button = new QPushButton(tr("Browse…"), this);
    name(button, objectName, tr("Browse for the %1 file").arg(title));
    connect(button, &QPushButton::clicked, this, [this, edit, title] {
        const QString path = QFileDialog::getOpenFileName(
            this, title, edit->text(), tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
        if (!path.isEmpty())
            edit->setText(path);
    });
    return button;
}

void NetworkDialog::updateRows()
{
    const auto mode = Mode(m_mode->currentData().toInt());
    const bool manual = mode == Mode::Http || mode == Mode::Socks5;
    for (QWidget *w : { static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port),
             static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password) })
        w->setEnabled(manual);
}

NetworkSettings NetworkDialog::settings() const
{
    NetworkSettings n;
    n.proxyMode = Mode(m_mode->currentData().toInt());
    n.proxyHost = m_host->text().trimmed();
    n.proxyPort = quint16(m_port->value());
    n.proxyUser = m_user->text();
    n.caCertificatesPath = m_ca->text().trimmed();
    n.clientCertificatePath = m_clientCert->text().trimmed();
    n.clientKeyPath = m_clientKey->text().trimmed();
    const QStringList lines = m_pins->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString pin = NetworkSettings::normalizeFingerprint(line.trimmed());
        if (!pin.isEmpty() && !n.pinnedSha256.contains(pin))
            n.pinnedSha256.append(pin);
    }
    for (int i = 0; i < m_trusted->count(); ++i)
        n.trustedSha256.append(m_trusted->item(i)->data(Qt::UserRole).toString());
    return n;
}

QString NetworkDialog::typedPassword() const
{
    return m_password->text();
}

void NetworkDialog::accept()
{
    const NetworkSettings n = settings();
    if (n.hasManualProxy() && (n.proxyHost.isEmpty() || n.proxyPort == 0)) {
        m_problem->show(tr("A manual proxy needs a host and a port."));
        return;
    }
    const QStringList lines = m_pins->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty()
            && NetworkSettings::normalizeFingerprint(line.trimmed()).isEmpty()) {
            m_problem->show(tr("“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).")
                                .arg(line.trimmed()));
            return;
        }
    }
    if (n.clientCertificatePath.isEmpty() != n.clientKeyPath.isEmpty()) {
        m_problem->show(tr("A client certificate needs both the certificate and its key."));
        return;
    }
    QDialog::accept();
}
