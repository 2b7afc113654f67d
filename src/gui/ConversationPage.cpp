// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ConversationPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/api/ChatClient.h"
#include "core/api/ChatStream.h"
#include "core/chat/ChatSession.h"
#include "core/chat/ClientPool.h"
#include "core/chat/SessionRegistry.h"
#include "core/models/MessageModel.h"
#include "core/settings/ModelCatalog.h"
#include "core/settings/ProfileStore.h"
#include "gui/AnswerAnnouncer.h"
#include "gui/AppContext.h"
#include "gui/ComposerWidget.h"
#include "gui/ConversationView.h"
#include "gui/UiSettings.h"
#include "gui/panel/ModelPicker.h"
#include "gui/panel/ParameterPanel.h"
#include "gui/profiles/TlsTrustBar.h"
#include "gui/tools/ToolAnswerPanel.h"

namespace {
QWidget *makeBar(QWidget *parent, const QString &name, QLabel **label, QWidget *button)
{
    auto *bar = new QWidget(parent);
    bar->setObjectName(name);
    bar->setAutoFillBackground(true);
    bar->setBackgroundRole(QPalette::AlternateBase);
    *label = new QLabel(bar);
    (*label)->setWordWrap(true);
    (*label)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(*label, 1);
    layout->addWidget(button);
    bar->hide();
    return bar;
}
} // namespace

ConversationPage::ConversationPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_view(new ConversationView(this))
    , m_composer(new ComposerWidget(this))
    , m_panel(new ParameterPanel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_bannerClose(new QToolButton(this))
    , m_editCancel(new QPushButton(this))
    , m_emptyHint(new QLabel(m_view->viewport()))
    , m_emptyModel(new MessageModel(this))
{
    setObjectName(QStringLiteral("conversationPage"));
    m_announcer = new AnswerAnnouncer(this);
    m_bannerClose->setObjectName(QStringLiteral("bannerClose"));
    m_bannerClose->setText(QStringLiteral("✕"));
    m_editCancel->setObjectName(QStringLiteral("editCancel"));
    m_banner = makeBar(this, QStringLiteral("banner"), &m_bannerLabel, m_bannerClose);
    m_bannerLabel->setObjectName(QStringLiteral("bannerLabel"));
    m_editBar = makeBar(this, QStringLiteral("editBar"), &m_editLabel, m_editCancel);

    auto *chat = new QWidget(m_splitter);
    auto *chatLayout = new QVBoxLayout(chat);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->setSpacing(0);
    chatLayout->addWidget(m_banner);
    m_trustBar = new TlsTrustBar(m_context.profiles(), chat);
    chatLayout->addWidget(m_trustBar);
    chatLayout->addWidget(m_view, 1);
    m_playerBar = new QWidget(chat);
    chatLayout->addWidget(m_playerBar);
    chatLayout->addWidget(m_editBar);
    chatLayout->addWidget(m_composer);
    m_splitter->addWidget(chat);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setCollapsible(0, false);
    m_splitter->setSizes({ 700, 300 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_panel->setProfileStore(&m_context.profiles());
    m_panel->modelPicker()->setCatalog(&m_context.models());
    m_panel->setVisible(m_context.ui().panelVisible());
    m_composer->setSendKey(m_context.ui().sendKey());
    m_composer->installEventFilter(this);
    m_settingsSave.setSingleShot(true);
    m_settingsSave.setInterval(300);
    connect(&m_settingsSave, &QTimer::timeout, this, &ConversationPage::saveSettings);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_view->viewport()->installEventFilter(this);

    connect(&m_context.ui(), &UiSettings::sendKeyChanged, m_composer, &ComposerWidget::setSendKey);
    m_composer->setAttachmentLimits(m_context.ui().attachmentLimits());
    connect(&m_context.ui(), &UiSettings::attachmentLimitsChanged, m_composer,
        &ComposerWidget::setAttachmentLimits);
    connect(m_composer, &ComposerWidget::sendRequested, this, &ConversationPage::send);
    connect(m_composer, &ComposerWidget::stopRequested, this, &ConversationPage::stop);
    connect(m_composer, &ComposerWidget::attachmentRefused, this, &ConversationPage::showError);
    setAcceptDrops(true);
    connect(m_bannerClose, &QToolButton::clicked, this, &ConversationPage::hideBanner);
    connect(m_editCancel, &QPushButton::clicked, this, &ConversationPage::cancelEdit);
    connect(m_panel, &ParameterPanel::settingsChanged, this, &ConversationPage::applySettings);
    connect(m_panel, &ParameterPanel::settingsChanged, this, &ConversationPage::updateEmptyHint);
    connect(m_panel->modelPicker(), &ModelPicker::refreshRequested, this,
        &ConversationPage::refreshModels);
    connect(m_view, &ConversationView::editRequested, this, &ConversationPage::editMessage);
    connect(m_view, &ConversationView::regenerateRequested, this, &ConversationPage::regenerate);
    connect(m_view, &ConversationView::retryRequested, this, &ConversationPage::regenerate);
    connect(m_view, &ConversationView::continueRequested, this, &ConversationPage::continueAnswer);
    connect(&m_context.sessions(), &SessionRegistry::actionFailed, this,
        [this](qint64 id, const ApiError &error) {
            if (id != m_id)
                return;
            showError(error.describe());
            if (error.tls)
                m_trustBar->showFailure(m_panel->settings().profile, *error.tls);
            if (m_composer->text().isEmpty() && m_composer->attachments().isEmpty()) {
                m_composer->setText(m_unsentText); // nothing the user typed is lost
                m_composer->setAttachments(m_unsentAttachments);
            }
        });
    connect(&m_context.sessions(), &SessionRegistry::conversationRemoved, this, [this](qint64 id) {
        if (id == m_id)
            showDraft();
    });
    setUpMedia();
    setUpTools();
    retranslate();
    showDraft();
}

ConversationPage::~ConversationPage()
{
    detach();
}

QString ConversationPage::title() const
{
    return m_session ? m_session->info().title : QString();
}

void ConversationPage::detach()
{
    saveSettings();
    if (m_session)
        m_session->disconnect(this);
    if (MessageModel *model = m_context.sessions().model(m_id))
        model->disconnect(this);
    m_session = nullptr;
    m_view->setModel(m_emptyModel);
    updateEmptyHint();
    if (m_id)
        m_context.sessions().release(std::exchange(m_id, 0));
    m_editing = 0;
    m_editBar->hide();
    m_composer->setStreaming(false);
    m_toolAnswers->setCalls(0, {});
}

void ConversationPage::attach(ChatSession *session)
{
    m_session = session;
    m_id = session->conversationId();
    MessageModel *model = m_context.sessions().model(m_id);
    m_view->setModel(model);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ConversationPage::updateEmptyHint);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ConversationPage::updateEmptyHint);
    connect(model, &QAbstractItemModel::modelReset, this, &ConversationPage::updateEmptyHint);
    m_composer->setStreaming(session->isStreaming());
    {
        const QSignalBlocker blocker(m_panel); // showing settings is not changing them
        m_panel->setSettings(session->info().settings);
    }
    updateEmptyHint();
    // Receiver `this`, so detach()'s disconnect(this) ends it: a conversation left streaming in
    // the background must not flip this composer's Send/Stop.
    connect(session, &ChatSession::streamingChanged, this,
        [this](bool streaming) { m_composer->setStreaming(streaming); });
    watchToolCalls(model, session);
    connect(session, &ChatSession::answerFinished, this, [this, model](qint64 messageId) {
        if (const int row = model->rowOf(messageId); row >= 0)
            m_announcer->announceAnswer(model->message(row));
    });
    connect(session, &ChatSession::infoChanged, this,
        [this](const Conversation::Info &info) { Q_EMIT titleChanged(info.title); });
    connect(session, &ChatSession::requestFailed, this, [this](const ApiError &error) {
        if (error.tls)
            m_trustBar->showFailure(m_panel->settings().profile, *error.tls);
    });
    connect(session, &ChatSession::storeFailed, this, [this](const StoreError &error) {
        showError(
            tr("Could not save the conversation; it is kept in memory. %1").arg(error.describe()));
    });
    m_context.sessions().markSeen(m_id);
    Q_EMIT conversationChanged(m_id);
    Q_EMIT titleChanged(session->info().title);
}

bool ConversationPage::showConversation(qint64 conversationId)
{
    if (conversationId == m_id && m_session)
        return true;
    auto session = m_context.sessions().acquire(conversationId);
    if (!session) {
        showError(tr("Could not open the conversation: %1").arg(session.error().describe()));
        return false;
    }
    detach();
    hideBanner();
    attach(*session);
    return true;
}

Conversation::Settings ConversationPage::draftSettings() const
{
    Conversation::Settings settings;
    const UiSettings &ui = m_context.ui();
    settings.profile = ui.lastProfile();
    if (settings.profile.isEmpty() || !m_context.profiles().contains(settings.profile)) {
        const QStringList names = m_context.profiles().names();
        settings.profile = names.isEmpty() ? QString() : names.constFirst();
        const auto profile = m_context.profiles().profile(settings.profile);
        settings.model = profile ? profile->defaultModel : QString();
    } else {
        settings.model = ui.lastModel();
    }
    return settings;
}

void ConversationPage::showDraft()
{
    detach();
    hideBanner();
    {
        const QSignalBlocker blocker(m_panel);
        m_panel->setSettings(draftSettings());
    }
    updateEmptyHint();
    Q_EMIT conversationChanged(0);
    Q_EMIT titleChanged(QString());
}

bool ConversationPage::isPanelVisible() const
{
    return m_panel->isVisible();
}

void ConversationPage::setPanelVisible(bool visible)
{
    m_panel->setVisible(visible);
    const QList<int> sizes = m_splitter->sizes();
    if (visible && sizes.value(1) < m_panel->minimumSizeHint().width()) {
        // Hidden when the splitter was sized: give it its width back.
        const int panel = qMax(300, m_panel->minimumSizeHint().width());
        m_splitter->setSizes({ qMax(200, sizes.value(0) - panel), panel });
    }
    m_context.ui().setPanelVisible(visible);
}

void ConversationPage::focusComposer()
{
    m_composer->setFocus(Qt::ShortcutFocusReason);
}

void ConversationPage::focusModelPicker()
{
    setPanelVisible(true);
    m_panel->modelPicker()->focusPicker();
}

QString ConversationPage::bannerText() const
{
    return m_banner->isVisible() || !m_banner->isHidden() ? m_bannerLabel->text() : QString();
}

void ConversationPage::showError(const QString &text)
{
    m_bannerLabel->setText(text);
    m_banner->show();
}

void ConversationPage::hideBanner()
{
    m_banner->hide();
    m_bannerLabel->clear();
}

void ConversationPage::updateEmptyHint()
{
    const QAbstractItemModel *model = m_view->model();
    const bool empty = !model || model->rowCount() == 0;
    m_emptyHint->setVisible(empty);
    if (!empty)
        return;
    const Conversation::Settings settings = m_panel->settings();
    QString text = tr("Start a conversation");
    if (settings.profile.isEmpty()) {
        text += u'\n' + tr("Add a provider profile first: File ▸ Profiles…");
    } else {
        text += u'\n'
            + (settings.model.isEmpty()
                    ? tr("with %1").arg(settings.profile)
                    : tr("with %1 on %2").arg(settings.model, settings.profile));
    }
    m_emptyHint->setText(text);
    m_emptyHint->setGeometry(m_view->viewport()->rect());
}

bool ConversationPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_emptyHint->setGeometry(m_view->viewport()->rect());
    // Esc while editing a message (and not streaming) gives up the edit.
    if (watched == m_composer && event->type() == QEvent::ShortcutOverride && m_editing
        && !m_composer->isStreaming() && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        cancelEdit();
        event->accept();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ConversationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConversationPage::retranslate()
{
    m_bannerClose->setToolTip(tr("Dismiss"));
    m_bannerClose->setAccessibleName(tr("Dismiss message"));
    m_editLabel->setText(tr("Editing a message: sending makes a new branch, the original stays."));
    m_editCancel->setText(tr("Cancel edit"));
    m_editCancel->setAccessibleName(tr("Cancel edit"));
    m_playerClose->setToolTip(tr("Close the player"));
    m_playerClose->setAccessibleName(tr("Close the player"));
    updateEmptyHint();
}
