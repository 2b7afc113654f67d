// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

class AppContext;
class ConversationPage;
class ConversationSidebar;
class InspectorWindow;
class QAction;
class QMenu;
class QSplitter;
class PlaygroundWindow;
class StoredCompletionsWindow;

//! A chat window: the conversation sidebar, the conversation page (messages, composer, parameter
//! panel) and the menus with their shortcuts. Several windows can be open, each on its own
//! conversation; they share the AppContext.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConversationPage *page() const { return m_page; }

    ConversationSidebar *sidebar() const { return m_sidebar; }

    //! Shows a message above the conversation (e.g. the store could not be opened).
    void showStartupProblem(const QString &text);

    //! Opens (or raises) this window's Stored Completions window; "Open as conversation" there
    //! shows the new conversation here.
    StoredCompletionsWindow *showStoredCompletions();
    //! Opens (or raises) this window's Completions Playground.
    PlaygroundWindow *showPlayground();
    //! Opens (or raises) this window's Request Inspector (recording starts off).
    InspectorWindow *showInspector();

Q_SIGNALS:
    void newWindowRequested();
    void settingsRequested();
    void profilesRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    //! Files and images dropped anywhere in the window (the sidebar too) are attached.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QAction *addAction(QMenu *menu, const char *name, const QKeySequence &shortcut);
    void buildMenus();
    void retranslate();
    void updateTitle(const QString &title);
    void showAbout();

    AppContext &m_context;
    QSplitter *m_splitter = nullptr;
    ConversationSidebar *m_sidebar = nullptr;
    ConversationPage *m_page = nullptr;
    QString m_title;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_chatMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newChat = nullptr;
    QAction *m_newWindow = nullptr;
    QAction *m_close = nullptr;
    QAction *m_profiles = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_storedCompletions = nullptr;
    QPointer<StoredCompletionsWindow> m_stored;
    QAction *m_playground = nullptr;
    QPointer<PlaygroundWindow> m_playgroundWindow;
    QAction *m_quit = nullptr;
    QAction *m_search = nullptr;
    QAction *m_focusComposer = nullptr;
    QAction *m_modelPicker = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_pin = nullptr;
    QAction *m_showSidebar = nullptr;
    QAction *m_showPanel = nullptr;
    QAction *m_inspector = nullptr;
    QPointer<InspectorWindow> m_inspectorWindow;
    QAction *m_stop = nullptr;
    QAction *m_about = nullptr;
};
