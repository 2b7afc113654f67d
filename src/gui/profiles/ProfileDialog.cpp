// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/profiles/ProfileDialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/secrets/SecretStore.h"
#include "core/settings/ProfilePresets.h"
#include "core/settings/ProfileStore.h"
#include "gui/profiles/ApiKeyField.h"
#include "gui/profiles/ConnectionTestPanel.h"
#include "gui/profiles/InlineMessage.h"
#include "gui/profiles/ProfileEditor.h"
#include "gui/profiles/ProfileFields.h"

using namespace Qt::StringLiterals;
using Level = InlineMessage::Level;

ProfileDialog::ProfileDialog(
    ProfileStore &profiles, SecretStore &secrets, QNetworkAccessManager &nam, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_list(new QListWidget(this))
    , m_add(new QToolButton(this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
    , m_editor(new ProfileEditor)
    , m_test(new ConnectionTestPanel(nam))
    , m_status(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this))
    , m_save(m_buttons->button(QDialogButtonBox::Save))
{
    setObjectName(u"profileDialog"_s);
    setWindowTitle(tr("Provider profiles"));
    m_list->setObjectName(u"profileList"_s);
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setAccessibleDescription(
        tr("The saved provider profiles; the selected one is edited on "
           "the right"));
    m_add->setObjectName(u"addProfileButton"_s);
    m_add->setAccessibleName(tr("Add a profile from a preset"));
    m_add->setText(tr("&Add"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add->setFocusPolicy(Qt::StrongFocus);
    auto *presets = new QMenu(m_add);
    presets->setObjectName(u"presetMenu"_s);
    for (const ProfilePreset &preset : ProfilePresets::all()) {
        QAction *action = presets->addAction(preset.displayName());
        action->setObjectName(u"preset-"_s + preset.id);
        connect(action, &QAction::triggered, this, [this, id = preset.id] { addFromPreset(id); });
    }
    m_add->setMenu(presets);
    m_duplicate->setObjectName(u"duplicateProfileButton"_s);
    m_duplicate->setAccessibleName(tr("Duplicate the profile"));
    m_remove->setObjectName(u"removeProfileButton"_s);
    m_remove->setAccessibleName(tr("Remove the profile"));
    m_status->setObjectName(u"saveStatus"_s);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setAccessibleName(tr("Save the profile"));
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);

    auto *testBox = new QGroupBox(tr("Connection"));
    auto *testLayout = new QVBoxLayout(testBox);
    testLayout->addWidget(m_test);
    m_right = new QWidget;
    auto *rightLayout = new QVBoxLayout(m_right);
    rightLayout->addWidget(m_editor);
    rightLayout->addWidget(testBox, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"editorScroll"_s);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields; the area follows them
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_right);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(scroll, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    // The buttons were made first, but Tab reaches them after the form, as they are read.
    QWidget *lastField = nullptr;
    for (QWidget *w = m_right->nextInFocusChain(); w != m_right && w != this;
         w = w->nextInFocusChain())
        if (m_right->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            lastField = w;
    if (lastField) {
        setTabOrder(lastField, m_save);
        setTabOrder(m_save, m_buttons->button(QDialogButtonBox::Close));
    }

    connect(m_list, &QListWidget::currentItemChanged, this, &ProfileDialog::onCurrentChanged);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfileDialog::duplicate);
    connect(m_remove, &QPushButton::clicked, this, &ProfileDialog::remove);
    connect(m_save, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_editor, &ProfileEditor::edited, this, [this] { setDirty(true); });
    connect(m_editor->nameEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_item && !text.trimmed().isEmpty())
            m_item->setText(text.trimmed());
    });
    connect(m_editor, &ProfileEditor::defaultModelChanged, this,
        [this](const QString &model) { m_test->setHelloAvailable(!model.isEmpty()); });
    connect(m_editor->keyField(), &ApiKeyField::forgetRequested, this, [this] {
        const QString name = m_item ? m_item->data(SavedNameRole).toString() : QString();
        if (name.isEmpty())
            return;
        onJob(m_secrets.remove(name), [this, name](const SecretResult &r) {
            if (r.isError())
                m_status->show(tr("The key could not be removed: %1").arg(r.error.message));
            else
                refreshKeyState(name);
        });
    });
    connect(m_test, &ConnectionTestPanel::checkRequested, this, &ProfileDialog::runCheck);
    connect(m_test, &ConnectionTestPanel::trustRequested, this, &ProfileDialog::trustCertificate);
    connect(m_test, &ConnectionTestPanel::modelsListed, m_editor, &ProfileEditor::setModels);

    m_editor->keyField()->setKeychainProblem(m_secrets.statusMessage());
    connect(
        &m_secrets, &SecretStore::persistenceChanged, this, [this](bool, const QString &message) {
            m_editor->keyField()->setKeychainProblem(message);
        });
    setDirty(false);
    reload({});
    resize(940, 720);
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::reload(const QString &select)
{
    m_switching = true;
    m_list->clear();
    m_item = nullptr;
    for (const QString &name : m_profiles.names())
        addItem(name, name);
    m_switching = false;
    if (!select.isEmpty())
        selectProfile(select);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    if (m_list->count() == 0)
        showItem(nullptr);
}

QListWidgetItem *ProfileDialog::addItem(const QString &name, const QString &savedName)
{
    auto *item = new QListWidgetItem(name, m_list);
    item->setData(SavedNameRole, savedName);
    if (savedName.isEmpty()) {
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
        item->setToolTip(tr("Not saved yet"));
    }
    return item;
}

void ProfileDialog::selectProfile(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(SavedNameRole).toString() == name) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void ProfileDialog::addFromPreset(const QString &presetId)
{
    const auto preset = ProfilePresets::byId(presetId);
    if (!preset || !confirmDiscard())
        return;
    const QString name = ProfileFields::uniqueName(preset->displayName(), takenNames(nullptr));
    ProviderProfile profile = preset->makeProfile(name);
    m_switching = true;
    QListWidgetItem *item = addItem(name, {});
    m_list->setCurrentItem(item);
    m_switching = false;
    m_item = item;
    m_editor->setProfile(profile, preset->hint());
    if (!preset->placeholder().isEmpty())
        m_editor->setBaseUrlText(preset->urlPattern);
    m_editor->keyField()->setStored(ApiKeyField::Stored::No);
    m_test->setHelloAvailable(!profile.defaultModel.isEmpty());
    m_test->clear();
    m_status->clear();
    m_right->setEnabled(true);
    m_remove->setEnabled(true); // drops the draft
    m_duplicate->setEnabled(false); // save first
    setDirty(true);
    m_editor->nameEdit()->setFocus();
    m_editor->nameEdit()->selectAll();
}

void ProfileDialog::onCurrentChanged(QListWidgetItem *current, QListWidgetItem *previous)
{
    if (m_switching || current == m_item)
        return;
    if (!confirmDiscard()) {
        m_switching = true;
        m_list->setCurrentItem(previous);
        m_switching = false;
        return;
    }
    showItem(current);
}

bool ProfileDialog::confirmDiscard()
{
    if (!m_dirty || !m_item)
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
        tr("Discard the changes to “%1”?").arg(m_item->text()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    if (const QString saved = m_item->data(SavedNameRole).toString(); !saved.isEmpty()) {
        m_item->setText(saved); // the list followed the edited name
    } else {
        QListWidgetItem *draft = m_item;
        m_item = nullptr;
        m_switching = true;
        delete draft;
        m_switching = false;
    }
    setDirty(false);
    return true;
}

void ProfileDialog::showItem(QListWidgetItem *item)
{
    m_item = item;
    m_test->clear();
    m_status->clear();
    m_right->setEnabled(item != nullptr);
    m_duplicate->setEnabled(item && !item->data(SavedNameRole).toString().isEmpty());
    m_remove->setEnabled(item != nullptr);
    if (!item) {
        m_editor->setProfile(ProviderProfile::defaultsFor(ProviderProfile::Kind::OpenAI));
        m_status->show(tr("No profiles yet. Add one from a preset."), Level::Info);
        setDirty(false);
        return;
    }
    const QString name = item->data(SavedNameRole).toString();
    const auto profile = m_profiles.profile(name);
    if (profile) {
        const auto preset = ProfilePresets::match(*profile);
        m_editor->setProfile(*profile, preset ? preset->hint() : QString());
        m_test->setHelloAvailable(!profile->defaultModel.isEmpty());
        refreshKeyState(name);
        refreshProxyState(name);
    }
    setDirty(false);
}

void ProfileDialog::refreshKeyState(const QString &name)
{
    m_editor->keyField()->setStored(ApiKeyField::Stored::Unknown);
    onJob(m_secrets.read(name), [this, name](const SecretResult &r) {
        if (!m_item || m_item->data(SavedNameRole).toString() != name)
            return;
        if (r.isError()) {
            m_status->show(tr("Could not read the key from the keychain: %1").arg(r.error.message),
                Level::Warning);
            return;
        }
        m_editor->keyField()->setStored(
            r.hasSecret() ? ApiKeyField::Stored::Yes : ApiKeyField::Stored::No);
    });
}

void ProfileDialog::duplicate()
{
    if (!m_item)
        return;
    const QString source = m_item->data(SavedNameRole).toString();
    if (source.isEmpty()) {
        m_status->show(tr("Save this profile before duplicating it."), Level::Info);
        return;
    }
    const auto profile = m_editor->readProfile();
    if (!profile) {
        m_status->show(tr("Fix the marked fields first."));
        return;
    }
    // Unsaved edits travel into the copy; the original stays as it was saved.
    const QString typed = m_editor->keyField()->typedKey();
    const ApiKeyField::Stored stored = m_editor->keyField()->stored();
    ProviderProfile copy = *profile;
    copy.name = ProfileFields::uniqueName(tr("%1 copy").arg(profile->name), takenNames(nullptr));
    setDirty(false);
    m_switching = true;
    QListWidgetItem *item = addItem(copy.name, {});
    item->setData(KeySourceRole, source);
    m_list->setCurrentItem(item);
    m_switching = false;
    showItem(item);
    const auto preset = ProfilePresets::match(copy);
    m_editor->setProfile(copy, preset ? preset->hint() : QString());
    m_editor->keyField()->setTypedKey(typed);
    m_editor->keyField()->setStored(stored);
    m_test->setHelloAvailable(!copy.defaultModel.isEmpty());
    setDirty(true);
}

void ProfileDialog::remove()
{
    if (!m_item)
        return;
    const QString name = m_item->data(SavedNameRole).toString();
    if (!name.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Remove profile"),
            tr("Remove the profile “%1” and its API key from the keychain?").arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(u"confirmRemoveBox"_s);
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return;
        if (const auto removed = m_profiles.remove(name); !removed) {
            m_status->show(tr("Could not remove the profile: %1").arg(removed.error().message));
            return;
        }
        onJob(m_secrets.remove(name), [this](const SecretResult &r) {
            if (r.isError())
                m_status->show(
                    tr("The profile was removed, but its key is still in the keychain: %1")
                        .arg(r.error.message),
                    Level::Warning);
        });
        m_secrets.remove(NetworkSettings::proxyPasswordAccount(name)); // none: a no-op
    }
    setDirty(false);
    const int row = m_list->row(m_item);
    m_switching = true;
    delete m_list->takeItem(row);
    m_item = nullptr;
    m_switching = false;
    // takeItem() moved the current row while signals were ignored: show whatever is current.
    if (m_list->count() > 0)
        m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    showItem(m_list->currentItem());
}

QStringList ProfileDialog::takenNames(const QListWidgetItem *except) const
{
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row) != except)
            names.append(m_list->item(row)->text());
    }
    return names + m_profiles.names();
}

void ProfileDialog::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_save->setEnabled(dirty && !m_saving);
}

void ProfileDialog::reject()
{
    if (m_saving || !confirmDiscard())
        return;
    m_test->cancel();
    QDialog::reject();
}

void ProfileDialog::onJob(SecretJob *job, std::function<void(const SecretResult &)> done)
{
    connect(job, &SecretJob::finished, this,
        [done = std::move(done)](const SecretResult &r) { done(r); });
}
