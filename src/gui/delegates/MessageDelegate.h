// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <unordered_map>

#include <QHash>
#include <QStyledItemDelegate>

#include "gui/delegates/MessageLayout.h"
#include "gui/delegates/MessageRenderer.h"

//! Paints MessageModel rows as bubbles (user right and tinted, assistant left) with Markdown from
//! MessageRenderer, and an "Interrupted"/"Failed" marker line from StateRole/ErrorRole.
//!
//! Caches: a layout per message, valid for (id, width, revision); a renderer per message (LRU,
//! at most MaxRenderers) that renders incrementally while the text grows. ConversationView calls
//! rowsChanged() on dataChanged to drop the rows' layouts.
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

    //! Drops the cached layouts of rows first…last; emits sizeHintChanged for a row whose height
    //! changed (so the view relayouts only when it must) and returns whether one did.
    //! `option.widget`: the view.
    bool rowsChanged(
        const QModelIndex &first, const QModelIndex &last, const QStyleOptionViewItem &option);
    void clear();

    int cachedLayouts() const { return int(m_layouts.size()); }

    int cachedRenderers() const { return int(m_renderers.size()); }

    //! The marker line for a state ("" when none).
    static QString markerText(Conversation::State state, const QString &error);

private:
    struct CachedLayout
    {
        int width = -1;
        quint64 revision = 0;
        MessageLayout layout;
    };

    struct CachedRenderer
    {
        std::unique_ptr<MessageRenderer> renderer;
        quint64 revision = ~quint64(0);
        quint64 lastUse = 0;
    };

    MessageRenderer &rendererFor(const QModelIndex &index, const QFont &font) const;
    const MessageLayout &layoutFor(
        const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void evictRenderers() const;

    // Mutable: sizeHint() and paint() are const but fill the caches.
    mutable QHash<qint64, CachedLayout> m_layouts;
    mutable std::unordered_map<qint64, CachedRenderer> m_renderers;
    mutable quint64 m_useCounter = 0;
};
