// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/profiles/TlsTrustBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

#include "core/settings/ProfileStore.h"

TlsTrustBar::TlsTrustBar(ProfileStore &profiles, QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_label(new QLabel(this))
    , m_trust(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("tlsTrustBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_label->setObjectName(QStringLiteral("tlsTrustLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trust->setObjectName(QStringLiteral("tlsTrustButton"));
    m_close->setObjectName(QStringLiteral("tlsTrustClose"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the certificate message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_trust);
    layout->addWidget(m_close);
    connect(m_trust, &QPushButton::clicked, this, &TlsTrustBar::trust);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void TlsTrustBar::showFailure(const QString &profile, const TlsFailure &failure)
{
    if (failure.pinMismatch || failure.certificate.isNull() || profile.isEmpty()
        || !m_profiles.contains(profile)) {
        hide();
        return;
    }
    m_profile = profile;
    m_failure = failure;
    m_label->setText(
        tr("The certificate of the server of “%1” was refused (%2): %3, SHA-256 %4")
            .arg(profile, failure.reasons.join(QStringLiteral("; ")), failure.certificate.subject,
                NetworkSettings::displayFingerprint(failure.certificate.sha256)));
    m_trust->setText(tr("Trust this certificate for “%1”…").arg(profile));
    m_trust->setAccessibleName(m_trust->text());
    show();
}

QString TlsTrustBar::certificateDetails(const TlsCertificate &c)
{
    return tr("Subject: %1").arg(c.subject) + u'\n' + tr("Issuer: %1").arg(c.issuer) + u'\n'
        + tr("Valid from %1 to %2")
              .arg(QLocale().toString(c.notBefore.toLocalTime(), QLocale::ShortFormat),
                  QLocale().toString(c.notAfter.toLocalTime(), QLocale::ShortFormat))
        + u'\n' + tr("SHA-256: %1").arg(NetworkSettings::displayFingerprint(c.sha256));
}

bool TlsTrustBar::confirmTrust(QWidget *parent, const QString &profile, const QString &details)
{
    QMessageBox ask(QMessageBox::Warning, tr("Trust this certificate?"),
        tr("Trust this certificate for “%1”?").arg(profile), QMessageBox::Cancel, parent);
    ask.setObjectName(QStringLiteral("trustCertificateBox"));
    ask.setInformativeText(
        tr("Requests of this profile will accept this one certificate despite its errors; no "
           "other certificate and no other profile is affected. You can revoke it under File ▸ "
           "Profiles ▸ Network and TLS.")
        + u"\n\n" + details);
    QPushButton *yes = ask.addButton(tr("&Trust for “%1”").arg(profile), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmTrustButton"));
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    return ask.clickedButton() == yes;
}

void TlsTrustBar::trust()
{
    const TlsCertificate &c = m_failure.certificate;
    if (!confirmTrust(this, m_profile,
            tr("Refused because: %1").arg(m_failure.reasons.join(QStringLiteral("; "))) + u'\n'
                + certificateDetails(c)))
        return;
    auto profile = m_profiles.profile(m_profile);
    if (!profile)
        return;
    if (!profile->network.trustedSha256.contains(c.sha256))
        profile->network.trustedSha256.append(c.sha256);
    if (const auto saved = m_profiles.save(*profile); !saved) {
        m_label->setText(tr("Could not save the profile: %1").arg(saved.error().message));
        return;
    }
    hide();
    Q_EMIT trusted(m_profile, c.sha256);
}
