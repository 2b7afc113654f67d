// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/profiles/FirstRunPages.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include "core/settings/ProfileStore.h"
#include "gui/profiles/ApiKeyField.h"
#include "gui/profiles/InlineMessage.h"
#include "gui/profiles/ProfileFields.h"

using namespace Qt::StringLiterals;

PresetPage::PresetPage(QWidget *parent)
    : QWizardPage(parent)
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
{
    setTitle(tr("Where do you want to chat?"));
    setSubTitle(tr("Pick the service or local server Kaiwa should talk to. You can add more "
                   "later under Provider profiles."));
    m_list->setObjectName(u"presetList"_s);
    m_list->setAccessibleName(tr("Services and servers"));
    m_list->setAccessibleDescription(tr("Pick the service or local server to connect to"));
    QFont big = m_list->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_list->setFont(big);
    m_list->setSpacing(2);
    for (const ProfilePreset &preset : ProfilePresets::all()) {
        auto *item = new QListWidgetItem(preset.displayName(), m_list);
        item->setData(Qt::UserRole, preset.id);
        item->setToolTip(preset.hint());
    }
    m_hint->setObjectName(u"presetHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setMinimumHeight(m_hint->fontMetrics().lineSpacing() * 3);
    m_hint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        const auto chosen = preset();
        m_hint->setText(chosen ? chosen->hint() : QString());
        Q_EMIT completeChanged();
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (wizard())
            wizard()->next();
    });
}

bool PresetPage::isComplete() const
{
    return !m_list->selectedItems().isEmpty();
}

std::optional<ProfilePreset> PresetPage::preset() const
{
    const auto selected = m_list->selectedItems();
    const QListWidgetItem *item = selected.isEmpty() ? nullptr : selected.first();
    return item ? ProfilePresets::byId(item->data(Qt::UserRole).toString()) : std::nullopt;
}

void PresetPage::selectPreset(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(row);
    }
}

DetailsPage::DetailsPage(const PresetPage &presets, const ProfileStore &profiles, QWidget *parent)
    : QWizardPage(parent)
    , m_presets(presets)
    , m_profiles(profiles)
    , m_form(new QFormLayout)
    , m_hint(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_resource(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_key(new ApiKeyField(this))
    , m_model(new QLineEdit(this))
    , m_problem(new InlineMessage(this))
{
    m_hint->setObjectName(u"detailsHint"_s);
    m_hint->setWordWrap(true);
    m_name->setObjectName(u"wizardNameEdit"_s);
    m_name->setAccessibleName(tr("Profile name"));
    m_resource->setObjectName(u"resourceEdit"_s);
    m_resource->setAccessibleName(tr("Resource name"));
    m_url->setObjectName(u"serverUrlEdit"_s);
    m_url->setAccessibleName(tr("Server URL"));
    m_model->setObjectName(u"wizardModelEdit"_s);
    m_model->setAccessibleName(tr("Model"));
    m_name->setAccessibleDescription(tr("The name the profile is listed and chosen by"));
    m_resource->setAccessibleDescription(
        tr("The Azure resource name, the first part of its endpoint address"));
    m_url->setAccessibleDescription(tr("The address requests go to, up to /v1"));
    m_model->setAccessibleDescription(tr("The model new conversations start with"));
    m_problem->setObjectName(u"detailsProblem"_s);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Resource:"), m_resource);
    m_form->addRow(tr("Server &URL:"), m_url);
    m_form->addRow(tr("API &key:"), m_key);
    m_form->addRow(tr("&Model:"), m_model);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addSpacing(m_hint->fontMetrics().height() / 2);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch();
    for (QLineEdit *edit : { m_name, m_resource, m_url, m_model }) {
        connect(edit, &QLineEdit::textChanged, this, &DetailsPage::completeChanged);
        connect(edit, &QLineEdit::textEdited, m_problem, &InlineMessage::clear);
    }
    connect(m_key->lineEdit(), &QLineEdit::textChanged, this, &DetailsPage::completeChanged);
}

void DetailsPage::initializePage()
{
    m_preset = m_presets.preset();
    if (!m_preset)
        return;
    const ProfilePreset &p = *m_preset;
    setTitle(tr("Connect to %1").arg(p.displayName()));
    setSubTitle(p.needsKey ? tr("Paste your API key; it is stored in the system keychain.")
                           : tr("Check the address of your local server."));
    m_hint->setText(p.hint());
    m_name->setText(ProfileFields::uniqueName(p.displayName(), m_profiles.names()));
    const bool placeholder = !p.placeholder().isEmpty();
    m_resource->clear();
    m_resource->setPlaceholderText(p.urlPattern);
    m_form->setRowVisible(m_resource, placeholder);
    m_url->setText(p.urlPattern);
    m_form->setRowVisible(m_url, p.profile.kind == ProviderProfile::Kind::Local);
    m_key->setOptional(!p.needsKey);
    m_key->setStored(ApiKeyField::Stored::No);
    m_model->setText(p.suggestedModel);
    const bool azure = p.profile.kind == ProviderProfile::Kind::AzureOpenAI;
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_model)))
        label->setText(azure ? tr("&Deployment:") : tr("&Model:"));
    m_model->setPlaceholderText(azure ? tr("the deployment name from the Azure portal")
                                      : tr("optional; pick one after testing"));
    m_problem->clear();
}

bool DetailsPage::isComplete() const
{
    if (!m_preset || m_name->text().trimmed().isEmpty())
        return false;
    if (!m_preset->placeholder().isEmpty() && m_resource->text().trimmed().isEmpty())
        return false;
    if (m_preset->needsKey && m_key->typedKey().isEmpty())
        return false;
    // Azure OpenAI routes every chat request through the deployment.
    if (m_preset->profile.kind == ProviderProfile::Kind::AzureOpenAI
        && m_model->text().trimmed().isEmpty())
        return false;
    return true;
}

bool DetailsPage::validatePage()
{
    const auto built = profile();
    if (!built) {
        m_problem->show(built.error());
        return false;
    }
    m_problem->clear();
    return true;
}

std::expected<ProviderProfile, QString> DetailsPage::profile() const
{
    if (!m_preset)
        return std::unexpected(tr("Choose a service first."));
    const QString name = m_name->text().trimmed();
    if (const QString why = ProfileStore::nameProblem(name); !why.isEmpty())
        return std::unexpected(why);
    if (m_profiles.names().contains(name, Qt::CaseInsensitive))
        return std::unexpected(tr("A profile named “%1” already exists.").arg(name));
    ProviderProfile p = m_preset->makeProfile(name, m_resource->text());
    const QString url = m_preset->profile.kind == ProviderProfile::Kind::Local
        ? m_url->text()
        : p.baseUrl.toString();
    const auto checked = ProfileFields::baseUrlFromText(url);
    if (!checked)
        return std::unexpected(checked.error());
    p.baseUrl = *checked;
    p.defaultModel = m_model->text().trimmed();
    return p;
}

QString DetailsPage::apiKey() const
{
    return m_key->typedKey();
}
