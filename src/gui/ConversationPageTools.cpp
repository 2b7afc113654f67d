// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation page's part in tool calls: the answer panel above the composer, shown while
// the last answer waits for tool results, and sending those results.
#include <QVBoxLayout>

#include "core/api/ChatClient.h"
#include "core/api/ChatStream.h"
#include "core/chat/ChatSession.h"
#include "core/chat/SessionRegistry.h"
#include "core/models/MessageModel.h"
#include "gui/AppContext.h"
#include "gui/ComposerWidget.h"
#include "gui/ConversationPage.h"
#include "gui/UiSettings.h"
#include "gui/tools/ToolAnswerPanel.h"

void ConversationPage::setUpTools()
{
    m_toolAnswers = new ToolAnswerPanel(this);
    if (auto *layout = qobject_cast<QVBoxLayout *>(m_composer->parentWidget()->layout()))
        layout->insertWidget(layout->indexOf(m_composer), m_toolAnswers);
    m_toolAnswers->setCommandLine(m_context.ui().toolCommand());
    connect(&m_context.ui(), &UiSettings::toolCommandChanged, m_toolAnswers,
        &ToolAnswerPanel::setCommandLine);
    connect(m_toolAnswers, &ToolAnswerPanel::answered, this,
        [this](qint64 messageId, const QList<ToolCalls::Answer> &answers) {
            run([messageId, answers](
                    ChatSession &s) { return s.answerToolCalls(messageId, answers); });
        });
    // Several model signals come together (a row appended, then its state): one look at the end.
    m_toolsRefresh.setSingleShot(true);
    m_toolsRefresh.setInterval(0);
    connect(&m_toolsRefresh, &QTimer::timeout, this, &ConversationPage::refreshToolCalls);
}

void ConversationPage::watchToolCalls(MessageModel *model, ChatSession *session)
{
    const auto later = [this] {
        m_toolsRefresh.start();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &MessageModel::activeLeafChanged, this, later);
    connect(model, &QAbstractItemModel::dataChanged, this,
        [this, model](const QModelIndex &, const QModelIndex &bottomRight) {
            if (bottomRight.row() == model->rowCount() - 1)
                m_toolsRefresh.start(); // the last answer finished, or another choice was picked
        });
    connect(session, &ChatSession::streamingChanged, this, later);
    refreshToolCalls();
}

void ConversationPage::refreshToolCalls()
{
    const MessageModel *model = m_session ? m_context.sessions().model(m_id) : nullptr;
    if (!model || m_session->isStreaming() || model->rowCount() == 0) {
        m_toolAnswers->setCalls(0, {});
        return;
    }
    const Conversation::Message last = model->message(model->rowCount() - 1);
    m_toolAnswers->setCalls(last.id, ToolCalls::awaiting({ last }));
}
