// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "core/net/NetworkSettings.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class InlineMessage;

//! A profile's proxy and TLS settings: proxy mode, host, port, user and password (the password
//! goes to the keychain, never to profiles.ini), extra CA file, client certificate and key,
//! pinned fingerprints, and the certificates trusted for this profile, each revocable.
class NetworkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkDialog)

public:
    //! `passwordStored`: the keychain has a proxy password for this profile already.
    NetworkDialog(const QString &profileName, const NetworkSettings &settings, bool passwordStored,
        QWidget *parent = nullptr);

    NetworkSettings settings() const;
    //! What the user typed as the proxy password; empty: keep the stored one.
    QString typedPassword() const;

    void accept() override;

private:
    QPushButton *browseButton(QLineEdit *edit, const QString &title, const char *objectName);
    void updateRows();

    QComboBox *m_mode;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_ca;
    QLineEdit *m_clientCert;
    QLineEdit *m_clientKey;
    QPlainTextEdit *m_pins;
    QListWidget *m_trusted;
    QPushButton *m_revoke;
    InlineMessage *m_problem;
};
