// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/profiles/ProfileEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include "core/settings/ProfileStore.h"
#include "gui/profiles/ApiKeyField.h"
#include "gui/profiles/InlineMessage.h"
#include "gui/profiles/NetworkDialog.h"
#include "gui/profiles/ProfileFields.h"

using namespace Qt::StringLiterals;
using Kind = ProviderProfile::Kind;
using Auth = ProviderProfile::Auth;
using TokenField = ProviderProfile::TokenLimitField;

namespace {
template <typename T>
void select(QComboBox *combo, T value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(QVariant::fromValue(int(value)))));
}

template <typename T>
T selected(const QComboBox *combo)
{
    return T(combo->currentData().toInt());
}

void name(QWidget *widget, const char *objectName, const QString &accessible)
{
    widget->setObjectName(QString::fromLatin1(objectName));
    widget->setAccessibleName(accessible);
}

QPlainTextEdit *codeEdit(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = edit->font();
    mono.setFamily(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    edit->setFont(mono);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines
        + int(edit->document()->documentMargin() * 2) + edit->frameWidth() * 2);
    return edit;
}
} // namespace

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_baseUrl(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_key(new ApiKeyField(this))
    , m_apiVersion(new QLineEdit(this))
    , m_extraParameters(new QComboBox(this))
    , m_headers(codeEdit(this, 2))
    , m_body(codeEdit(this, 3))
    , m_model(new QComboBox(this))
    , m_tokenField(new QComboBox(this))
    , m_nameProblem(new InlineMessage(this))
    , m_urlProblem(new InlineMessage(this))
    , m_headersProblem(new InlineMessage(this))
    , m_bodyProblem(new InlineMessage(this))
    , m_networkSummary(new QLabel(this))
    , m_networkButton(new QPushButton(tr("Net&work and TLS…"), this))
{
    name(m_name, "profileNameEdit", tr("Profile name"));
    name(m_kind, "kindCombo", tr("Provider type"));
    name(m_baseUrl, "baseUrlEdit", tr("Base URL"));
    name(m_auth, "authCombo", tr("Authentication"));
    name(m_apiVersion, "apiVersionEdit", tr("API version"));
    name(m_extraParameters, "extraParametersCombo", tr("Extra parameters"));
    name(m_headers, "extraHeadersEdit", tr("Extra headers"));
    name(m_body, "extraBodyEdit", tr("Extra body JSON"));
    name(m_model, "defaultModelCombo", tr("Default model"));
    name(m_tokenField, "tokenFieldCombo", tr("Token limit field"));
    name(m_networkButton, "networkButton", tr("Network and TLS settings"));
    m_name->setAccessibleDescription(tr("The name the profile is listed and chosen by"));
    m_kind->setAccessibleDescription(tr("The kind of server, which decides the URL form and the "
                                        "authentication"));
    m_baseUrl->setAccessibleDescription(tr("The address requests go to, up to /v1"));
    m_auth->setAccessibleDescription(tr("How the API key is sent to the server"));
    m_apiVersion->setAccessibleDescription(tr("Azure's api-version query parameter"));
    m_headers->setAccessibleDescription(
        tr("Headers added to every request, one \"Name: value\" per line"));
    m_body->setAccessibleDescription(
        tr("A JSON object whose fields are added to every request body"));
    m_model->setAccessibleDescription(
        tr("The model new conversations with this profile start with"));
    m_tokenField->setAccessibleDescription(
        tr("Which request field carries the answer length limit"));
    m_networkSummary->setObjectName(u"networkSummaryLabel"_s);
    m_networkSummary->setWordWrap(true);
    m_nameProblem->setObjectName(u"nameProblem"_s);
    m_urlProblem->setObjectName(u"baseUrlProblem"_s);
    m_headersProblem->setObjectName(u"headersProblem"_s);
    m_bodyProblem->setObjectName(u"extraBodyProblem"_s);
    m_hint->setObjectName(u"presetHintLabel"_s);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Without this a word-wrapped label in a form row shrinks to a narrow column.
    m_hint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_hint->setMinimumWidth(m_hint->fontMetrics().averageCharWidth() * 48);

    m_kind->addItem(tr("OpenAI"), int(Kind::OpenAI));
    m_kind->addItem(tr("Azure OpenAI"), int(Kind::AzureOpenAI));
    m_kind->addItem(tr("Azure AI inference"), int(Kind::AzureInference));
    m_kind->addItem(tr("Gateway (OpenRouter, OfoxAI, …)"), int(Kind::Gateway));
    m_kind->addItem(tr("Local server (Ollama, llama.cpp, LM Studio, vLLM)"), int(Kind::Local));
    m_auth->addItem(tr("Authorization: Bearer"), int(Auth::Bearer));
    m_auth->addItem(tr("api-key header"), int(Auth::ApiKeyHeader));
    m_auth->addItem(tr("Both headers"), int(Auth::Both));
    m_auth->addItem(tr("None"), int(Auth::None));
    m_tokenField->addItem(
        tr("max_completion_tokens (OpenAI)"), int(TokenField::MaxCompletionTokens));
    m_tokenField->addItem(tr("max_tokens (most other servers)"), int(TokenField::MaxTokens));
    m_extraParameters->setEditable(true);
    m_extraParameters->addItems({ QString(), u"drop"_s, u"pass-through"_s, u"error"_s });
    m_extraParameters->setToolTip(
        tr("What Azure does with body fields it does not know: drop them, pass them to the "
           "model, or reject the request"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_model->setMinimumContentsLength(24);
    m_model->lineEdit()->setPlaceholderText(tr("e.g. gpt-4o-mini; Azure OpenAI: the deployment"));
    m_baseUrl->setPlaceholderText(u"https://api.openai.com/v1"_s);
    m_apiVersion->setPlaceholderText(u"2024-10-21"_s);
    m_headers->setPlaceholderText(u"OpenAI-Organization: org-…"_s);
    m_body->setPlaceholderText(u"{\"provider\": {\"sort\": \"throughput\"}}"_s);

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(m_nameProblem);
    m_form->addRow(tr("&Provider:"), m_kind);
    m_form->addRow(QString(), m_hint);
    m_form->addRow(tr("Base &URL:"), m_baseUrl);
    m_form->addRow(m_urlProblem);
    m_form->addRow(tr("&Auth:"), m_auth);
    m_form->addRow(tr("API &key:"), m_key);
    m_form->addRow(tr("API &version:"), m_apiVersion);
    m_form->addRow(tr("E&xtra parameters:"), m_extraParameters);
    m_form->addRow(tr("Default &model:"), m_model);
    m_form->addRow(tr("&Token limit field:"), m_tokenField);
    m_form->addRow(tr("Extra &headers:"), m_headers);
    m_form->addRow(m_headersProblem);
    m_form->addRow(tr("Extra &body:"), m_body);
    m_form->addRow(m_bodyProblem);
    auto *network = new QWidget(this);
    auto *networkRow = new QHBoxLayout(network);
    networkRow->setContentsMargins(0, 0, 0, 0);
    networkRow->addWidget(m_networkSummary, 1);
    networkRow->addWidget(m_networkButton);
    m_form->addRow(tr("Network:"), network);
    connect(m_networkButton, &QPushButton::clicked, this, &ProfileEditor::editNetwork);

    const auto changed = [this] {
        if (!m_filling)
            Q_EMIT edited();
    };
    for (QLineEdit *edit : { m_name, m_baseUrl, m_apiVersion })
        connect(edit, &QLineEdit::textEdited, this, changed);
    for (QComboBox *combo : { m_auth, m_tokenField, m_extraParameters, m_model })
        connect(combo, &QComboBox::currentTextChanged, this, changed);
    connect(m_headers, &QPlainTextEdit::textChanged, this, changed);
    connect(m_body, &QPlainTextEdit::textChanged, this, changed);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ProfileEditor::checkBody);
    connect(m_key, &ApiKeyField::edited, this, changed);
    connect(m_kind, &QComboBox::activated, this, [this, changed] {
        applyKindDefaults();
        changed();
    });
    connect(m_model, &QComboBox::currentTextChanged, this, &ProfileEditor::defaultModelChanged);
    connect(m_name, &QLineEdit::textEdited, m_nameProblem, &InlineMessage::clear);
    connect(m_baseUrl, &QLineEdit::textEdited, m_urlProblem, &InlineMessage::clear);
    connect(m_headers, &QPlainTextEdit::textChanged, m_headersProblem, &InlineMessage::clear);
    updateRows();
}

void ProfileEditor::setProfile(const ProviderProfile &profile, const QString &hint)
{
    m_filling = true;
    m_name->setText(profile.name);
    select(m_kind, profile.kind);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_baseUrl->setText(profile.baseUrl.toString());
    select(m_auth, profile.auth);
    m_key->setTypedKey({});
    m_key->setOptional(profile.kind == Kind::Local);
    m_apiVersion->setText(profile.apiVersion);
    m_extraParameters->setCurrentText(profile.extraParameters);
    m_headers->setPlainText(ProfileFields::headersToText(profile.extraHeaders));
    m_body->setPlainText(ProfileFields::bodyToText(profile.extraBody));
    m_model->clear();
    m_model->setCurrentText(profile.defaultModel);
    select(m_tokenField, profile.tokenLimitField);
    m_network = profile.network;
    m_proxyPassword.clear();
    showNetworkSummary();
    clearProblems();
    updateRows();
    m_filling = false;
}

std::expected<ProviderProfile, QString> ProfileEditor::readProfile()
{
    ProviderProfile p;
    QString first;
    const auto problem = [&](Field field, const QString &text) {
        showProblem(field, text);
        if (first.isEmpty())
            first = text;
    };
    p.name = m_name->text().trimmed();
    if (const QString why = ProfileStore::nameProblem(p.name); !why.isEmpty())
        problem(Field::Name, why);
    p.kind = selected<Kind>(m_kind);
    if (const auto url = ProfileFields::baseUrlFromText(m_baseUrl->text()))
        p.baseUrl = *url;
    else
        problem(Field::BaseUrl, url.error());
    p.auth = selected<Auth>(m_auth);
    p.apiVersion = m_apiVersion->text().trimmed();
    p.extraParameters = m_extraParameters->currentText().trimmed();
    if (const auto headers = ProfileFields::headersFromText(m_headers->toPlainText()))
        p.extraHeaders = *headers;
    else
        problem(Field::Headers, headers.error());
    if (const auto body = ProfileFields::bodyFromText(m_body->toPlainText()))
        p.extraBody = *body;
    else
        problem(Field::Body, body.error());
    p.defaultModel = defaultModel();
    p.tokenLimitField = selected<TokenField>(m_tokenField);
    p.network = m_network;
    if (!first.isEmpty())
        return std::unexpected(first);
    return p;
}

void ProfileEditor::setBaseUrlText(const QString &text)
{
    m_baseUrl->setText(text);
}

void ProfileEditor::showProblem(Field field, const QString &text)
{
    problemLabel(field)->show(text);
}

void ProfileEditor::clearProblems()
{
    for (Field f : { Field::Name, Field::BaseUrl, Field::Headers, Field::Body })
        problemLabel(f)->clear();
}

InlineMessage *ProfileEditor::problemLabel(Field field) const
{
    switch (field) {
    case Field::Name:
        return m_nameProblem;
    case Field::BaseUrl:
        return m_urlProblem;
    case Field::Headers:
        return m_headersProblem;
    case Field::Body:
        break;
    }
    return m_bodyProblem;
}

void ProfileEditor::setModels(const QStringList &ids)
{
    const QString current = defaultModel();
    const bool wasFilling = m_filling;
    m_filling = true;
    m_model->clear();
    m_model->addItems(ids);
    m_model->setCurrentText(current);
    m_filling = wasFilling;
}

QString ProfileEditor::defaultModel() const
{
    return m_model->currentText().trimmed();
}

void ProfileEditor::updateRows()
{
    const Kind kind = selected<Kind>(m_kind);
    const bool azure = kind == Kind::AzureOpenAI || kind == Kind::AzureInference;
    m_form->setRowVisible(m_apiVersion, azure || !m_apiVersion->text().isEmpty());
    m_form->setRowVisible(m_extraParameters,
        kind == Kind::AzureInference || !m_extraParameters->currentText().isEmpty());
}

void ProfileEditor::applyKindDefaults()
{
    // The user switched the provider type: take over what that type needs, keep the rest.
    const ProviderProfile defaults = ProviderProfile::defaultsFor(selected<Kind>(m_kind));
    select(m_auth, defaults.auth == Auth::None ? Auth::Bearer : defaults.auth);
    select(m_tokenField, defaults.tokenLimitField);
    if (m_apiVersion->text().isEmpty())
        m_apiVersion->setText(defaults.apiVersion);
    if (m_baseUrl->text().trimmed().isEmpty())
        m_baseUrl->setText(defaults.baseUrl.toString());
    m_key->setOptional(defaults.kind == Kind::Local);
    updateRows();
}

void ProfileEditor::checkBody()
{
    if (const auto body = ProfileFields::bodyFromText(m_body->toPlainText()))
        m_bodyProblem->clear();
    else
        m_bodyProblem->show(body.error());
}

void ProfileEditor::editNetwork()
{
    NetworkDialog dialog(m_name->text(), m_network, m_proxyPasswordStored, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool changed = dialog.settings() != m_network || !dialog.typedPassword().isEmpty();
    m_network = dialog.settings();
    if (!dialog.typedPassword().isEmpty())
        m_proxyPassword = dialog.typedPassword();
    showNetworkSummary();
    if (changed)
        Q_EMIT edited();
}

void ProfileEditor::trustCertificate(const QString &sha256)
{
    if (sha256.isEmpty() || m_network.trustedSha256.contains(sha256))
        return;
    m_network.trustedSha256.append(sha256);
    showNetworkSummary();
    Q_EMIT edited();
}

void ProfileEditor::showNetworkSummary()
{
    using Mode = NetworkSettings::ProxyMode;
    QStringList parts;
    switch (m_network.proxyMode) {
    case Mode::System:
        parts.append(tr("system proxy settings"));
        break;
    case Mode::None:
        parts.append(tr("no proxy"));
        break;
    case Mode::Http:
    case Mode::Socks5:
        parts.append(tr("%1 proxy %2:%3")
                         .arg(m_network.proxyMode == Mode::Http ? u"HTTP"_s : u"SOCKS5"_s,
                             m_network.proxyHost)
                         .arg(m_network.proxyPort));
        break;
    }
    if (!m_network.caCertificatesPath.isEmpty())
        parts.append(tr("extra CAs"));
    if (!m_network.clientCertificatePath.isEmpty())
        parts.append(tr("client certificate"));
    if (!m_network.pinnedSha256.isEmpty())
        parts.append(tr("%n pinned fingerprint(s)", nullptr, int(m_network.pinnedSha256.size())));
    if (!m_network.trustedSha256.isEmpty())
        parts.append(tr("%n trusted certificate(s)", nullptr, int(m_network.trustedSha256.size())));
    m_networkSummary->setText(parts.join(u"; "_s));
}
