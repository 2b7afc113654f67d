// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

class MessageDelegate;

//! The messages of a conversation (a MessageModel) as bubbles, virtualized by QListView with
//! per-pixel scrolling. While the last message streams, the view stays at the bottom if it was
//! there. Copy: the context menu (or Ctrl+C) copies the current message's Markdown or plain text;
//! selecting part of a message's text in place is not supported by the delegate.
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
    //! Copies the message's Markdown (or its rendered plain text) to the clipboard.
    void copyMessage(const QModelIndex &index, bool plainText) const;

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
        const QList<int> &roles = {}) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    MessageDelegate *m_delegate = nullptr;
    bool m_stickToBottom = true;
};
