// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileDialog: the proxy password, kept in the keychain under its own account (never in
// profiles.ini), and trusting a refused certificate for the profile.
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include "core/secrets/SecretStore.h"
#include "gui/profiles/ConnectionTestPanel.h"
#include "gui/profiles/InlineMessage.h"
#include "gui/profiles/ProfileDialog.h"
#include "gui/profiles/ProfileEditor.h"
#include "gui/profiles/TlsTrustBar.h"

using Level = InlineMessage::Level;

void ProfileDialog::saveProxyPassword(const QString &name, const QString &oldName)
{
    const QString account = NetworkSettings::proxyPasswordAccount(name);
    const auto failed = [this](const SecretResult &r) {
        if (r.isError())
            m_status->show(tr("The proxy password could not be stored in the keychain: %1")
                               .arg(r.error.message),
                Level::Warning);
    };
    if (const QString typed = m_editor->typedProxyPassword(); !typed.isEmpty()) {
        onJob(m_secrets.write(account, typed), [this, name, failed](const SecretResult &r) {
            failed(r);
            if (!r.isError())
                refreshProxyState(name);
        });
        return;
    }
    if (oldName.isEmpty())
        return;
    // Renamed: the stored password moves along with the profile.
    const QString oldAccount = NetworkSettings::proxyPasswordAccount(oldName);
    onJob(m_secrets.read(oldAccount), [this, account, oldAccount, failed](const SecretResult &r) {
        if (r.isError() || !r.hasSecret()) {
            failed(r);
            return;
        }
        onJob(
            m_secrets.write(account, *r.secret), [this, oldAccount, failed](const SecretResult &w) {
                failed(w);
                if (!w.isError())
                    m_secrets.remove(oldAccount);
            });
    });
}

void ProfileDialog::refreshProxyState(const QString &name)
{
    onJob(m_secrets.read(NetworkSettings::proxyPasswordAccount(name)),
        [this, name](const SecretResult &r) {
            if (m_item && m_item->data(SavedNameRole).toString() == name)
                m_editor->setProxyPasswordStored(!r.isError() && r.hasSecret());
        });
}

void ProfileDialog::withProxyPassword(const ProviderProfile &profile, const QString &source,
    std::function<void(const QString &)> then)
{
    const QString typed = m_editor->typedProxyPassword();
    if (!typed.isEmpty() || !profile.network.needsProxyPassword() || source.isEmpty()) {
        then(typed);
        return;
    }
    onJob(m_secrets.read(NetworkSettings::proxyPasswordAccount(source)),
        [this, then = std::move(then)](const SecretResult &r) {
            if (r.isError()) {
                m_test->showProblem(tr("Could not read the proxy password from the keychain: %1")
                                        .arg(r.error.message));
                return;
            }
            then(r.secret.value_or(QString()));
        });
}

void ProfileDialog::trustCertificate(const QString &sha256)
{
    if (!m_item || sha256.isEmpty())
        return;
    const QString profile = m_editor->nameEdit()->text().trimmed();
    if (!TlsTrustBar::confirmTrust(this, profile, m_test->resultText()))
        return;
    m_editor->trustCertificate(sha256);
    save();
    m_test->showProblem(
        tr("The certificate is trusted for “%1”. Test the connection again.").arg(profile));
}
