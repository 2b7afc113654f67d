// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>

#include "core/chat/SessionRegistry.h"
#include "core/models/ConversationListModel.h"
#include "gui/AppContext.h"
#include "gui/ComposerWidget.h"
#include "gui/ConversationPage.h"
#include "gui/UiSettings.h"
#include "gui/composer/AttachmentIntake.h"
#include "gui/inspector/InspectorWindow.h"
#include "gui/playground/PlaygroundWindow.h"
#include "gui/sidebar/ConversationSidebar.h"
#include "gui/stored/StoredCompletionsWindow.h"

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sidebar(new ConversationSidebar(
          context.conversations(), context.sessions(), context.store(), m_splitter))
    , m_page(new ConversationPage(context, m_splitter))
{
    setObjectName(QStringLiteral("MainWindow"));
    setMinimumSize(480, 320);
    setAcceptDrops(true);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_page);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 260, 940 });
    setCentralWidget(m_splitter);
    if (!restoreGeometry(m_context.ui().windowGeometry()))
        resize(1200, 800);

    buildMenus();
    connect(m_sidebar, &ConversationSidebar::conversationActivated, m_page,
        &ConversationPage::showConversation);
    connect(m_sidebar, &ConversationSidebar::newChatRequested, m_newChat, &QAction::trigger);
    connect(m_page, &ConversationPage::conversationChanged, m_sidebar,
        &ConversationSidebar::setCurrentConversation);
    connect(m_page, &ConversationPage::titleChanged, this, &MainWindow::updateTitle);
    retranslate();
    updateTitle({});
    m_page->focusComposer();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::addAction(QMenu *menu, const char *name, const QKeySequence &shortcut)
{
    auto *action = new QAction(this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    menu->addAction(action);
    return action;
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("menuFile"));
    m_newChat = addAction(m_fileMenu, "actionNewChat", QKeySequence::New);
    m_newChat->setIcon(QIcon(QStringLiteral(":/icons/new-chat.svg")));
    m_newWindow =
        addAction(m_fileMenu, "actionNewWindow", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_fileMenu->addSeparator();
    m_profiles = addAction(m_fileMenu, "actionProfiles", {});
    m_storedCompletions = addAction(
        m_fileMenu, "actionStoredCompletions", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_playground =
        addAction(m_fileMenu, "actionPlayground", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_settings = addAction(m_fileMenu, "actionSettings", QKeySequence::Preferences);
    if (m_settings->shortcut().isEmpty())
        m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_fileMenu->addSeparator();
    m_close = addAction(m_fileMenu, "actionClose", QKeySequence(Qt::CTRL | Qt::Key_W));
    m_quit = addAction(m_fileMenu, "actionQuit", QKeySequence::Quit);
    if (m_quit->shortcut().isEmpty()) // not every platform theme defines one
        m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("menuEdit"));
    m_search = addAction(m_editMenu, "actionSearch", QKeySequence::Find);
    m_focusComposer =
        addAction(m_editMenu, "actionFocusComposer", QKeySequence(Qt::CTRL | Qt::Key_L));
    m_modelPicker = addAction(m_editMenu, "actionModelPicker", QKeySequence(Qt::CTRL | Qt::Key_K));

    m_chatMenu = menuBar()->addMenu(QString());
    m_chatMenu->setObjectName(QStringLiteral("menuConversation"));
    // No window-wide F2: it renames in the conversation list and selects text in a message.
    m_rename = addAction(m_chatMenu, "actionRename", {});
    m_pin = addAction(m_chatMenu, "actionPin", {});
    m_delete =
        addAction(m_chatMenu, "actionDelete", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_chatMenu->addSeparator();
    m_stop = addAction(m_chatMenu, "actionStop", {}); // Esc in the composer; a menu item as well

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    m_showSidebar = addAction(m_viewMenu, "actionShowSidebar", QKeySequence(Qt::CTRL | Qt::Key_B));
    m_showSidebar->setCheckable(true);
    m_showSidebar->setChecked(true);
    m_showPanel =
        addAction(m_viewMenu, "actionShowPanel", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_showPanel->setCheckable(true);
    m_showPanel->setIcon(QIcon(QStringLiteral(":/icons/panel.svg")));
    m_showPanel->setChecked(m_context.ui().panelVisible());
    m_viewMenu->addSeparator();
    m_inspector = addAction(
        m_viewMenu, "actionRequestInspector", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("menuHelp"));
    m_about = addAction(m_helpMenu, "actionAbout", {});
    m_about->setMenuRole(QAction::AboutRole);

    connect(m_newChat, &QAction::triggered, this, [this] {
        m_page->showDraft();
        m_page->focusComposer();
    });
    connect(m_newWindow, &QAction::triggered, this, &MainWindow::newWindowRequested);
    connect(m_profiles, &QAction::triggered, this, &MainWindow::profilesRequested);
    connect(m_settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_storedCompletions, &QAction::triggered, this, &MainWindow::showStoredCompletions);
    connect(m_playground, &QAction::triggered, this, &MainWindow::showPlayground);
    connect(m_close, &QAction::triggered, this, &QWidget::close);
    connect(m_quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_search, &QAction::triggered, this, [this] {
        m_showSidebar->setChecked(true);
        m_sidebar->focusSearch();
    });
    connect(m_focusComposer, &QAction::triggered, m_page, &ConversationPage::focusComposer);
    connect(m_modelPicker, &QAction::triggered, this, [this] {
        m_showPanel->setChecked(true);
        m_page->focusModelPicker();
    });
    connect(m_rename, &QAction::triggered, this, [this] {
        if (m_page->conversationId())
            m_sidebar->renameConversation(m_page->conversationId());
    });
    connect(m_pin, &QAction::triggered, this, [this] {
        const qint64 id = m_page->conversationId();
        const int row = m_context.conversations().rowOf(id);
        if (row >= 0)
            m_context.sessions().setPinned(id, !m_context.conversations().info(row).pinned);
    });
    connect(m_delete, &QAction::triggered, this,
        [this] { m_sidebar->deleteConversation(m_page->conversationId()); });
    connect(m_stop, &QAction::triggered, m_page, &ConversationPage::stop);
    connect(m_showSidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    connect(m_showPanel, &QAction::toggled, m_page, &ConversationPage::setPanelVisible);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_inspector, &QAction::triggered, this, &MainWindow::showInspector);
}

StoredCompletionsWindow *MainWindow::showStoredCompletions()
{
    if (!m_stored) {
        m_stored = new StoredCompletionsWindow(m_context, this);
        connect(m_stored, &StoredCompletionsWindow::conversationOpened, this, [this](qint64 id) {
            m_page->showConversation(id);
            raise();
            activateWindow();
        });
    }
    m_stored->show();
    m_stored->raise();
    m_stored->activateWindow();
    return m_stored;
}

PlaygroundWindow *MainWindow::showPlayground()
{
    if (!m_playgroundWindow)
        m_playgroundWindow = new PlaygroundWindow(m_context, {}, this);
    m_playgroundWindow->show();
    m_playgroundWindow->raise();
    m_playgroundWindow->activateWindow();
    return m_playgroundWindow;
}

InspectorWindow *MainWindow::showInspector()
{
    if (!m_inspectorWindow)
        m_inspectorWindow = new InspectorWindow(m_context.network(), this);
    m_inspectorWindow->show();
    m_inspectorWindow->raise();
    m_inspectorWindow->activateWindow();
    return m_inspectorWindow;
}

void MainWindow::showStartupProblem(const QString &text)
{
    QMessageBox::warning(this, tr("Kaiwa"), text);
}

void MainWindow::updateTitle(const QString &title)
{
    m_title = title;
    setWindowTitle(title.isEmpty() ? QStringLiteral("Kaiwa") : title + QStringLiteral(" — Kaiwa"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Deletions still waiting for undo happen now: closing the window is not an undo.
    m_sidebar->commitDeletes();
    m_context.ui().setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    // Installing a QTranslator at run time sends LanguageChange to every widget.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_chatMenu->setTitle(tr("&Conversation"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newChat->setText(tr("&New Chat"));
    m_newWindow->setText(tr("New &Window"));
    m_profiles->setText(tr("&Profiles…"));
    m_settings->setText(tr("&Settings…"));
    m_storedCompletions->setText(tr("S&tored Completions…"));
    m_playground->setText(tr("Completions Play&ground…"));
    m_close->setText(tr("&Close Window"));
    m_quit->setText(tr("&Quit"));
    m_search->setText(tr("&Search Conversations"));
    m_focusComposer->setText(tr("&Write a Message"));
    m_modelPicker->setText(tr("Choose &Model"));
    m_rename->setText(tr("&Rename"));
    m_pin->setText(tr("&Pin or Unpin"));
    m_delete->setText(tr("&Delete"));
    m_stop->setText(tr("S&top Answer"));
    m_showSidebar->setText(tr("Show &Conversations"));
    m_showPanel->setText(tr("Show &Parameters"));
    m_inspector->setText(tr("Request &Inspector…"));
    m_about->setText(tr("&About Kaiwa"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kaiwa"),
        tr("<h3>Kaiwa %1</h3>"
           "<p>A desktop chat client for OpenAI-compatible APIs.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (AttachmentIntake::offersMedia(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (m_page->composer()->attachMimeData(event->mimeData())) {
        event->acceptProposedAction();
        m_page->focusComposer();
    }
}
