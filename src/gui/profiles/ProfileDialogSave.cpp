// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileDialog: saving (profile, rename, key) and the connection checks, which both need the
// key from the field or the keychain.
#include <QListWidget>
#include <QPushButton>

#include "core/secrets/SecretStore.h"
#include "core/settings/ProfileStore.h"
#include "gui/profiles/ApiKeyField.h"
#include "gui/profiles/ConnectionTestPanel.h"
#include "gui/profiles/InlineMessage.h"
#include "gui/profiles/ProfileDialog.h"
#include "gui/profiles/ProfileEditor.h"

using Level = InlineMessage::Level;
using Field = ProfileEditor::Field;

void ProfileDialog::save()
{
    if (!m_item || m_saving)
        return;
    m_status->clear();
    const auto profile = m_editor->readProfile();
    if (!profile) {
        m_status->show(tr("Not saved: fix the marked fields first."));
        return;
    }
    const QString name = profile->name;
    const QString oldName = m_item->data(SavedNameRole).toString();
    const bool renamed = !oldName.isEmpty() && oldName != name;
    const bool clash = m_profiles.names().contains(name, Qt::CaseInsensitive)
        && name.compare(oldName, Qt::CaseInsensitive) != 0;
    if (clash) {
        m_editor->showProblem(Field::Name, tr("A profile named “%1” already exists.").arg(name));
        m_status->show(tr("Not saved: fix the marked fields first."));
        return;
    }
    if (renamed) {
        if (const auto moved = m_profiles.rename(oldName, name); !moved) {
            m_editor->showProblem(Field::Name, moved.error().message);
            return;
        }
        // The key still sits under the old name until it is moved below.
        m_item->setData(KeySourceRole, oldName);
        m_item->setData(MoveKeyRole, true);
    }
    if (const auto saved = m_profiles.save(*profile); !saved) {
        m_status->show(tr("Not saved: %1").arg(saved.error().message));
        return;
    }
    m_item->setData(SavedNameRole, name);
    m_item->setText(name);
    m_item->setFont(m_list->font());
    m_item->setToolTip({});
    m_duplicate->setEnabled(true);

    saveProxyPassword(name, renamed ? oldName : QString());
    m_saving = true;
    setDirty(m_dirty);
    saveKey(name, m_editor->keyField()->typedKey(), m_item->data(KeySourceRole).toString(),
        m_item->data(MoveKeyRole).toBool());
}

void ProfileDialog::saveKey(
    const QString &name, const QString &typed, const QString &source, bool move)
{
    const QString removeAfter = move && source != name ? source : QString();
    if (!typed.isEmpty()) {
        writeKey(name, typed, removeAfter);
        return;
    }
    if (source.isEmpty() || source == name) {
        finishSave(name, false);
        return;
    }
    // No new key typed: carry the stored one over (rename, duplicate).
    onJob(m_secrets.read(source), [this, name, removeAfter](const SecretResult &r) {
        if (r.isError())
            failSave(name, r.error);
        else if (!r.hasSecret())
            finishSave(name, false);
        else
            writeKey(name, *r.secret, removeAfter);
    });
}

void ProfileDialog::writeKey(const QString &name, const QString &secret, const QString &removeAfter)
{
    onJob(m_secrets.write(name, secret), [this, name, removeAfter](const SecretResult &r) {
        if (r.isError()) {
            failSave(name, r.error);
            return;
        }
        if (!removeAfter.isEmpty())
            m_secrets.remove(removeAfter); // a stale copy under the old name is harmless
        finishSave(name, true);
    });
}

void ProfileDialog::finishSave(const QString &name, bool keyWritten)
{
    m_saving = false;
    if (m_item && m_item->data(SavedNameRole).toString() == name) {
        m_item->setData(KeySourceRole, QString());
        m_item->setData(MoveKeyRole, false);
        if (keyWritten) {
            m_editor->keyField()->setTypedKey({});
            m_editor->keyField()->setStored(ApiKeyField::Stored::Yes);
        }
    }
    setDirty(false);
    if (keyWritten && !m_secrets.isPersistent())
        m_status->show(tr("Saved “%1”. %2 The key is kept only until Kaiwa quits.")
                           .arg(name, m_secrets.statusMessage()),
            Level::Warning);
    else
        m_status->show(tr("Saved “%1”.").arg(name), Level::Success);
    Q_EMIT profileSaved(name);
}

void ProfileDialog::failSave(const QString &name, const ApiError &error)
{
    // The profile is saved; the key is not. Keep it in the field and the form dirty, so Save
    // tries again.
    m_saving = false;
    setDirty(true);
    QString text = tr("“%1” was saved, but its key could not be stored in the keychain: %2")
                       .arg(name, error.message);
    if (const QString why = m_secrets.statusMessage(); !why.isEmpty())
        text += u' ' + why;
    m_status->show(text);
    Q_EMIT profileSaved(name);
}

void ProfileDialog::runCheck(ConnectionTester::Check check)
{
    if (!m_item)
        return;
    const auto profile = m_editor->readProfile();
    if (!profile) {
        m_test->showProblem(tr("Fix the marked fields first: %1").arg(profile.error()));
        return;
    }
    const QString typed = m_editor->keyField()->typedKey();
    QString source = m_item->data(KeySourceRole).toString();
    if (source.isEmpty())
        source = m_item->data(SavedNameRole).toString();
    withProxyPassword(
        *profile, source, [this, check, p = *profile, typed, source](const QString &proxyPassword) {
            if (!typed.isEmpty() || source.isEmpty()) {
                m_test->run(check, p, typed, proxyPassword);
                return;
            }
            onJob(m_secrets.read(source), [this, check, p, proxyPassword](const SecretResult &r) {
                if (r.isError()) {
                    m_test->showProblem(
                        tr("Could not read the key from the keychain: %1").arg(r.error.message));
                    return;
                }
                m_test->run(check, p, r.secret.value_or(QString()), proxyPassword);
            });
        });
}
