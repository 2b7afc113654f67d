// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QListView>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QUrl>

#include "core/conversation/Conversation.h"
#include "gui/delegates/MessageActions.h"
#include "gui/media/ThumbnailCache.h"

class ChoicesDialog;
class JsonResultDialog;
class MessageDelegate;
class QNetworkAccessManager;
class RemoteImageLoader;
class RowPrefetcher;
class MessageTextSelector;
class QMenu;

//! The messages of a conversation (a MessageModel) as bubbles, virtualized by QListView with
//! per-pixel scrolling. While the last message streams, the view stays at the bottom if it was
//! there. Rows are sized by estimate until shown (MessageDelegate); before rows are painted the
//! view lays them out exactly and keeps what the user sees in place (the first visible row, or
//! the bottom when the view is at the bottom). Each bubble has clickable actions (MessageActions:
//! copy, edit, regenerate, retry, continue, sibling and choice switches, reasoning, code-block
//! copy); the context menu (right click, Menu key, Shift+F10) offers the same for the current
//! message. Double-click or F2 opens a MessageTextSelector over the text to select part of it.
//! Sibling and choice switches go to the MessageModel; the others are signals.
//!
//! Media: image parts show as thumbnails (decoded off the GUI thread by a ThumbnailCache over the
//! attachment source), audio parts and spoken answers as "▶ 0:12" chips, files and remote images
//! as chips. Clicking a thumbnail emits imageActivated(), an audio chip audioActivated(), a remote
//! image chip opens its URL like a link, a file chip emits fileActivated(); the context menu
//! offers the same.
class ConversationView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationView)

public:
    //! Attachment bytes by hex SHA-256 (e.g. over ConversationStore::attachment()); nullopt if
    //! missing. Called on the GUI thread.
    using AttachmentSource = ThumbnailCache::Source;

    explicit ConversationView(QWidget *parent = nullptr);
    ~ConversationView() override;

    void setModel(QAbstractItemModel *model) override;
    //! QListView's rect, with the real height for rows taller than 32,767 px.
    QRect visualRect(const QModelIndex &index) const override;

    MessageDelegate *messageDelegate() const { return m_delegate; }

    //! Where thumbnails and audio durations read attachments from (relays the rows out).
    void setAttachmentSource(AttachmentSource source);

    ThumbnailCache *thumbnailCache() const { return m_thumbnails; }

    //! Remote images in Markdown answers are fetched with `network` (RemoteImageLoader: images
    //! only, size-limited) and the rows laid out again when they arrive. Null (the default):
    //! they show as links with their alt text, and nothing is fetched.
    void setNetworkAccessManager(QNetworkAccessManager *network);

    RemoteImageLoader *remoteImageLoader() const { return m_remoteImages; }

    //! Where the row's media items are drawn (viewport coordinates; MessageMedia::items() order).
    QList<QRect> mediaRects(const QModelIndex &index) const;
    //! Does what clicking the row's `media`-th item does.
    void activateMedia(const QModelIndex &index, int media);

    bool isAtBottom() const;

    //! Links clicked in messages are opened with QDesktopServices (default) or only signalled.
    void setOpenLinks(bool open) { m_openLinks = open; }

    bool openLinks() const { return m_openLinks; }

    //! Where the row draws `action` (viewport coordinates), empty if it doesn't offer it.
    QRect actionRect(const QModelIndex &index, MessageActions::Action action, int n = 0) const;
    //! Does what clicking `action` of the row does. `n`: the code block for CopyCode.
    void trigger(const QModelIndex &index, MessageActions::Action action, int n = 0);
    //! Adds every action of the row to `menu` (the context menu).
    void populateMenu(QMenu *menu, const QModelIndex &index);
    //! Opens the text selector over the row's text (closing another one), focused.
    void openTextSelector(const QModelIndex &index);
    void closeTextSelector();

    MessageTextSelector *textSelector() const;

    //! Lays the rows out again (the estimates of rows around the viewport replaced by their exact
    //! layouts), keeping the first visible row where it was, or the view at the bottom.
    void doItemsLayout() override;
    //! Opens (or raises) the row's JSON window: the answer as a tree, checked against the schema
    //! of its request (Action::ShowJson). A child window of the view; null for an invalid row.
    JsonResultDialog *showJson(const QModelIndex &index);
    //! The row's n choices side by side (Action::CompareChoices); picking one makes it the
    //! active choice, the one the conversation follows. Null for a row with one choice.
    ChoicesDialog *compareChoices(const QModelIndex &index);
    //! Copies the message's Markdown (or its rendered plain text) to the clipboard.
    void copyMessage(const QModelIndex &index, bool plainText) const;

    //! The rows intersecting the viewport and the one below it.
    std::pair<int, int> visibleRows() const;
    //! The style option the delegate gets for the row.
    QStyleOptionViewItem rowOption(const QModelIndex &index) const;

Q_SIGNALS:
    void editRequested(qint64 messageId);
    void regenerateRequested(qint64 messageId);
    void retryRequested(qint64 messageId);
    void continueRequested(qint64 messageId);
    void linkActivated(const QUrl &url);
    //! A thumbnail was clicked (or "Open Image" chosen): the part with its attachment hash.
    void imageActivated(const Conversation::Part &part);
    //! An audio chip was clicked (or "Play Audio" chosen): an audio part or the spoken answer.
    void audioActivated(qint64 messageId, const QByteArray &attachment, const QString &mimeType);
    //! A file chip was clicked (or "Open" chosen): the part with its attachment and name.
    void fileActivated(const Conversation::Part &part);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
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

    MessageDelegate *m_delegate = nullptr;
    RowPrefetcher *m_prefetcher = nullptr;
    bool m_stickToBottom = true;
    bool m_layingOut = false;
    bool m_openLinks = true;
    QPointer<MessageTextSelector> m_selector;
    QPersistentModelIndex m_selectorIndex;
    QPersistentModelIndex m_pressedIndex; //!< a press on an action or link, until the release
    MessageActions::Action m_pressedAction = MessageActions::Action::None;
    int m_pressedN = 0;
    QString m_pressedLink;
    int m_pressedMedia = -1;
    ThumbnailCache *m_thumbnails = nullptr;
    RemoteImageLoader *m_remoteImages = nullptr;
};
