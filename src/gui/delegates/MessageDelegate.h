// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include <QHash>
#include <QPalette>
#include <QPointer>
#include <QSet>
#include <QStyledItemDelegate>

#include "gui/delegates/MessageActions.h"
#include "gui/delegates/MessageEstimate.h"
#include "gui/delegates/MessageLayout.h"
#include "gui/delegates/MessageMedia.h"
#include "gui/delegates/MessageRenderer.h"

//! Paints MessageModel rows as bubbles (user right and tinted, assistant left) with Markdown from
//! MessageRenderer, and around it (MessageChrome) the reasoning toggle, tool calls, an
//! "Interrupted"/"Failed" marker, a footer of actions (MessageActions) with the muted details, and
//! a Copy button on each code block. The view hit-tests clicks (hitTest()) and acts on them;
//! createEditor() makes a MessageTextSelector for selecting text.
//!
//! Caches: a layout per message, valid for (id, width, revision); a renderer per message (LRU,
//! at most MaxRenderers) that renders incrementally while the text grows. ConversationView calls
//! rowsChanged() on dataChanged to drop the rows' layouts.
//!
//! Sizes are lazy: sizeHint() of a row never laid out returns an estimate (MessageEstimate, no
//! Markdown parsing), so a view can size 10,000 rows at once. ensureExact() (the view calls it for
//! the rows it is about to show) or paint() replaces it with the exact layout; paint() emits
//! sizeHintChanged (coalesced, queued) when that changed the height.
//!
//! Media (MessageMedia: thumbnails, file and audio chips) come from the ThumbnailCache set with
//! setThumbnailCache(); an exact layout reads the attachments' header facts through it, paint()
//! only draws thumbnails already decoded (a placeholder until then).
class RemoteImageLoader;
class ThumbnailCache;

class MessageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDelegate)

public:
    static constexpr int MaxRenderers = 256;

    explicit MessageDelegate(QObject *parent = nullptr);
    ~MessageDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

    //! What is under `pos` (viewport coordinates; option.rect: the row's visual rect).
    struct Hit
    {
        MessageActions::Action action = MessageActions::Action::None;
        int n = 0; //!< the code block for CopyCode
        QString link;
        int media = -1; //!< the media item (MessageMedia::items()) under the point
    };

    Hit hitTest(const QStyleOptionViewItem &option, const QModelIndex &index, QPoint pos) const;
    //! Where `action` is drawn (viewport coordinates; option.rect: the row's visual rect), or an
    //! empty rect if the row doesn't offer it. `n`: the code block for CopyCode.
    QRect actionRect(const QStyleOptionViewItem &option, const QModelIndex &index,
        MessageActions::Action action, int n = 0) const;
    //! The code of the row's code blocks (exact layout needed: the row must have been shown).
    QStringList codeBlocks(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    bool isReasoningExpanded(qint64 messageId) const { return m_expanded.contains(messageId); }

    void setReasoningExpanded(const QModelIndex &index, bool expanded);
    //! Whether the row shows its tokens coloured by probability (answers with logprobs do,
    //! until the user switches them to formatted text).
    bool showsTokens(const QModelIndex &index) const;
    void setTokensShown(const QModelIndex &index, bool shown);
    //! Highlights the hit's action (or nothing); repaints `viewport` where it changed.
    void setHover(const QModelIndex &index, const Hit &hit, QWidget *viewport);
    //! Where the row's media items are (viewport coordinates), in MessageMedia::items() order.
    QList<QRect> mediaRects(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    //! Thumbnails and attachment facts come from `cache` (not owned; null: placeholders).
    void setThumbnailCache(ThumbnailCache *cache);

    ThumbnailCache *thumbnailCache() const { return m_thumbnails; }

    //! Remote Markdown images come from `loader` (not owned; null: they show as links).
    void setRemoteImageLoader(RemoteImageLoader *loader);
    //! Renders the rows showing `url` again (it has loaded); emits sizeHintChanged for them.
    void remoteImageLoaded(const QUrl &url);

    //! Colours baked into rendered documents (code background) follow `palette`.
    void setPalette(const QPalette &palette);

    //! Drops the cached layouts of rows first…last; emits sizeHintChanged for a row whose height
    //! changed (so the view relayouts only when it must) and returns whether one did.
    //! `option.widget`: the view.
    bool rowsChanged(
        const QModelIndex &first, const QModelIndex &last, const QStyleOptionViewItem &option);
    //! Lays the row out exactly if it only has an estimate; true if its height changed.
    bool ensureExact(const QStyleOptionViewItem &option, const QModelIndex &index);
    //! Whether the row has an exact layout for the option's width and its current revision.
    bool hasExactLayout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void clear();
    //! Follows `model`'s row changes to keep a per-row size cache (call before the view connects
    //! to it, so the cache is fresh when the view relayouts).
    void setModel(const QAbstractItemModel *model);

    int cachedLayouts() const { return int(m_layouts.size()); }

    int cachedRenderers() const { return int(m_renderers.size()); }

    //! The marker line for a state ("" when none).
    static QString markerText(Conversation::State state, const QString &error);

private:
    struct CachedLayout
    {
        int width = -1;
        quint64 revision = 0;
        bool exact = false;
        MessageLayout layout;
    };

    struct CachedRenderer
    {
        std::unique_ptr<MessageRenderer> renderer;
        quint64 revision = ~quint64(0);
        quint64 lastUse = 0;
    };

    //! `rowWidth` > 0: lay the renderer out for a row that wide.
    MessageRenderer &rendererFor(const QModelIndex &index, const QFont &font, int rowWidth) const;
    //! The cached layout, computed (an estimate unless `exact`) if missing or stale. `changed`:
    //! set when an exact layout replaced a cached one of another height.
    const MessageLayout &layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index,
        bool exact, bool *changed = nullptr) const;
    MessageLayout estimate(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void evictRenderers() const;
    MarkdownImages::RemoteLookup remoteLookup() const;
    //! `exact`: media sizes read through the cache (else only what it knows).
    MessageLayout::Extras extrasFor(
        const QModelIndex &index, const QFont &font, bool exact = true) const;
    void invalidate(const QModelIndex &index);
    void scheduleSizeHintChanged(const QModelIndex &index) const;
    //! MessageActions::footer() for the row as shown (token view or not).
    QList<MessageActions::Item> footer(const QModelIndex &index) const;

    // Mutable: sizeHint() and paint() are const but fill the caches.
    mutable QHash<qint64, CachedLayout> m_layouts;
    mutable std::unordered_map<qint64, CachedRenderer> m_renderers;
    mutable quint64 m_useCounter = 0;

    //! Per row: the size for a width, so the view's relayout of 10,000 rows costs no model
    //! lookups (row moves clear it; dataChanged drops the rows).
    struct RowSize
    {
        int width = -1;
        QSize size;
    };

    void storeRowSize(const QModelIndex &index, int width, QSize size) const;

    void clearRowSizes() { m_rowSizes.clear(); }

    mutable std::vector<RowSize> m_rowSizes;
    QMetaObject::Connection m_modelConnections[6];
    mutable std::optional<MessageEstimate> m_estimate;
    mutable bool m_resizeQueued = false;
    QSet<qint64> m_expanded; //!< messages whose reasoning is shown
    QSet<qint64> m_formatted; //!< answers with logprobs the user switched to formatted text
    QPalette m_palette; //!< token colours (baked into the token view's documents)
    QColor m_codeBackground;
    QColor m_link;
    ThumbnailCache *m_thumbnails = nullptr;
    QPointer<RemoteImageLoader> m_remoteImages;
    const QAbstractItemModel *m_model = nullptr;

    struct Hover
    {
        qint64 id = 0;
        MessageActions::Action action = MessageActions::Action::None;
        int n = -1;
        int media = -1;
    } m_hover;
};
