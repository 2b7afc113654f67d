// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QTimer>
#include <QWidget>

class ConversationListDelegate;
class ConversationListModel;
class ConversationListProxy;
class ConversationStore;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QToolButton;
class SessionRegistry;

//! The list of conversations beside the chat: a search box (titles and, through the store's
//! full-text index, message text), a New chat button, and the conversations grouped by date with
//! pinned ones first. Rename in place (F2), pin, and delete with undo: a deleted conversation
//! disappears at once, and is removed from the store only when the undo bar times out (or the
//! window closes).
class ConversationSidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationSidebar)

public:
    static constexpr int UndoMs = 8000;

    ConversationSidebar(ConversationListModel &list, SessionRegistry &sessions,
        ConversationStore &store, QWidget *parent = nullptr);
    ~ConversationSidebar() override;

    //! Highlights the conversation the window shows (0: none).
    void setCurrentConversation(qint64 conversationId);
    void focusSearch();
    //! Deletes, with undo, the conversation (asks nothing: undo is the safety net).
    void deleteConversation(qint64 conversationId);
    void renameConversation(qint64 conversationId);
    //! Restores the conversations deleted in the last UndoMs.
    void undoDelete();
    //! Removes the conversations waiting for undo from the store now.
    void commitDeletes();

    //! How long a deletion can be undone (tests shorten it).
    void setUndoTimeout(int ms) { m_undoTimer.setInterval(ms); }

    bool isUndoVisible() const;

    QListView *listView() const { return m_view; }

    ConversationListProxy *proxy() const { return m_proxy; }

    ConversationListDelegate *delegate() const { return m_delegate; }

Q_SIGNALS:
    void conversationActivated(qint64 conversationId);
    void newChatRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void showMenu(const QPoint &pos);
    qint64 idAt(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 conversationId) const;
    void retranslate();

    ConversationListModel &m_list;
    SessionRegistry &m_sessions;
    ConversationStore &m_store;
    QLineEdit *m_search = nullptr;
    QToolButton *m_newButton = nullptr;
    QListView *m_view = nullptr;
    ConversationListProxy *m_proxy = nullptr;
    ConversationListDelegate *m_delegate = nullptr;
    QWidget *m_undoBar = nullptr;
    QLabel *m_undoLabel = nullptr;
    QPushButton *m_undoButton = nullptr;
    QTimer m_searchTimer;
    QTimer m_undoTimer;
    QList<qint64> m_pendingDeletes;
    qint64 m_current = 0;
};
