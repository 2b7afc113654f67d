// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QListView>
#include <QPersistentModelIndex>

class MessageDelegate;

//! The messages of a conversation (a MessageModel) as bubbles, virtualized by QListView with
//! per-pixel scrolling. While the last message streams, the view stays at the bottom if it was
//! there. Rows are sized by estimate until shown (MessageDelegate); before rows are painted the
//! view lays them out exactly and keeps what the user sees in place (the first visible row, or
//! the bottom when the view is at the bottom). Copy: the context menu (or Ctrl+C) copies the
//! current message's Markdown or plain text; selecting part of a message's text in place is not
//! supported by the delegate.
class ConversationView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationView)

public:
    explicit ConversationView(QWidget *parent = nullptr);
    ~ConversationView() override;

    void setModel(QAbstractItemModel *model) override;

    MessageDelegate *messageDelegate() const { return m_delegate; }

    bool isAtBottom() const;
    //! Lays the rows out again (the estimates of rows around the viewport replaced by their exact
    //! layouts), keeping the first visible row where it was, or the view at the bottom.
    void doItemsLayout() override;
    //! Copies the message's Markdown (or its rendered plain text) to the clipboard.
    void copyMessage(const QModelIndex &index, bool plainText) const;

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
        const QList<int> &roles = {}) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Anchor
    {
        QPersistentModelIndex index; //!< invalid: keep the bottom
        int top = 0; //!< its top in viewport coordinates
    };

    Anchor captureAnchor() const;
    void restoreAnchor(const Anchor &anchor);
    //! Exact layouts for the rows in (and next to) the viewport, relaid out until none changes.
    void settleViewport();
    //! The rows intersecting the viewport and the one below it.
    std::pair<int, int> visibleRows() const;

    MessageDelegate *m_delegate = nullptr;
    bool m_stickToBottom = true;
    bool m_layingOut = false;
};
