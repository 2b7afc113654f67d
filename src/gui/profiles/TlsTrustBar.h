// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "core/net/TlsCertificate.h"

class ProfileStore;
class QLabel;
class QPushButton;
class QToolButton;

//! A bar above a conversation after a request was refused for its server's certificate: the
//! certificate's subject and fingerprint, and "Trust this certificate for “profile”…", which
//! shows every detail, asks once more and then stores that one fingerprint in the profile (the
//! clients of that profile are remade; revoke it under Profiles ▸ Network and TLS). Hidden for a
//! pin mismatch: pins are the user's own rule.
class TlsTrustBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsTrustBar)

public:
    explicit TlsTrustBar(ProfileStore &profiles, QWidget *parent = nullptr);

    //! Shows the bar for `failure` of a request of `profile` (unless it cannot be trusted).
    void showFailure(const QString &profile, const TlsFailure &failure);
    //! Asks the user and, if they agree, trusts the shown certificate for the profile.
    void trust();

    //! Subject, issuer, validity (local time) and fingerprint, one per line.
    static QString certificateDetails(const TlsCertificate &certificate);
    //! The one confirmation before a certificate is trusted for `profile` (this bar and the
    //! profile dialog's connection test): what trusting means, then `details`. True if the user
    //! chose to trust it.
    static bool confirmTrust(QWidget *parent, const QString &profile, const QString &details);

Q_SIGNALS:
    void trusted(const QString &profile, const QString &sha256);

private:
    ProfileStore &m_profiles;
    QString m_profile;
    TlsFailure m_failure;
    QLabel *m_label;
    QPushButton *m_trust;
    QToolButton *m_close;
};
