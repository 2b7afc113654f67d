// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConversationPage: what the user asks of the conversation — send, stop, edit and resend,
// regenerate, continue — and the settings and model list they change.
#include "core/api/ChatClient.h"
#include "core/api/ChatStream.h"
#include "core/chat/ChatSession.h"
#include "core/chat/ClientPool.h"
#include "core/chat/SessionRegistry.h"
#include "core/models/MessageModel.h"
#include "core/settings/ModelCatalog.h"
#include "gui/AppContext.h"
#include "gui/ComposerWidget.h"
#include "gui/ConversationPage.h"
#include "gui/UiSettings.h"
#include "gui/panel/ParameterPanel.h"

void ConversationPage::run(
    const std::function<std::expected<void, ApiError>(ChatSession &)> &action)
{
    if (!m_id)
        return;
    hideBanner();
    saveSettings(); // the request uses what the panel shows
    m_context.sessions().run(m_id, action);
}

void ConversationPage::send(const QString &text)
{
    const ComposerAttachments attachments = m_composer->takeAttachments();
    if (text.trimmed().isEmpty() && attachments.isEmpty())
        return;
    m_unsentText = text;
    m_unsentAttachments = attachments;
    const auto restore = [this, text, attachments] {
        m_composer->setText(text);
        m_composer->setAttachments(attachments);
    };
    const auto stored = partsFor(text, attachments);
    if (!stored) {
        showError(stored.error());
        restore();
        return;
    }
    const QList<Conversation::Part> parts = *stored;
    if (!m_id && m_panel->settings().profile.isEmpty()) {
        // Nowhere to send it: keep the text and say what to do, rather than leave behind an
        // empty conversation with a failed question.
        showError(tr("Add a provider profile first: File ▸ Profiles…"));
        restore();
        return;
    }
    if (!m_id) {
        auto created = m_context.sessions().create(m_panel->settings());
        if (!created) {
            showError(tr("Could not start the conversation: %1").arg(created.error().describe()));
            restore();
            return;
        }
        attach(*created); // create() counted this page as its viewer
    }
    if (const qint64 edited = std::exchange(m_editing, 0)) {
        m_editBar->hide();
        run([edited, parts](ChatSession &s) { return s.editAndResend(edited, parts); });
        return;
    }
    run([parts](ChatSession &s) { return s.send(parts); });
}

void ConversationPage::stop()
{
    if (m_session)
        m_session->stop();
}

void ConversationPage::editMessage(qint64 messageId)
{
    MessageModel *model = m_context.sessions().model(m_id);
    const int row = model ? model->rowOf(messageId) : -1;
    if (row < 0)
        return;
    m_editing = messageId;
    m_composer->setText(model->message(row).text());
    m_composer->setAttachments(attachmentsOf(model->message(row).parts));
    m_editBar->show();
    focusComposer();
}

void ConversationPage::regenerate(qint64 assistantMessageId)
{
    run([assistantMessageId](ChatSession &s) { return s.regenerate(assistantMessageId); });
}

void ConversationPage::continueAnswer(qint64 assistantMessageId)
{
    run([assistantMessageId](ChatSession &s) { return s.continueAnswer(assistantMessageId); });
}

void ConversationPage::cancelEdit()
{
    if (!m_editing)
        return;
    m_editing = 0;
    m_editBar->hide();
    m_composer->setText(QString());
    m_composer->setAttachments({});
}

void ConversationPage::applySettings(const Conversation::Settings &settings)
{
    m_context.ui().setLastModel(settings.profile, settings.model);
    if (m_session)
        m_settingsSave.start();
}

void ConversationPage::saveSettings()
{
    m_settingsSave.stop();
    if (m_session)
        m_session->setSettings(m_panel->settings());
}

void ConversationPage::refreshModels(const QString &profile)
{
    m_context.clients().client(profile, this, [this](const ClientPool::Result &client) {
        if (client)
            m_context.models().refresh(*client);
        else
            showError(tr("Could not list the models: %1").arg(client.error().describe()));
    });
}
