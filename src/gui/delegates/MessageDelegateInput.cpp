// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MessageDelegate: hit-testing, tool tips, hover and the text-selection editor.
#include <QAbstractItemView>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>

#include "core/models/MessageModel.h"
#include "gui/LogprobShading.h"
#include "gui/delegates/MessageChrome.h"
#include "gui/delegates/MessageDelegate.h"
#include "gui/delegates/MessageTextSelector.h"
#include "gui/delegates/MessageTokens.h"
#include "gui/media/ThumbnailCache.h"

using MessageActions::Action;

namespace {
int viewportWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}
} // namespace

MessageDelegate::Hit MessageDelegate::hitTest(
    const QStyleOptionViewItem &option, const QModelIndex &index, QPoint pos) const
{
    if (!index.isValid())
        return {};
    const MessageLayout &layout = layoutFor(option, index, true);
    const QPoint origin = option.rect.topLeft();
    const QPoint local = pos - origin;
    if (layout.reasoningToggle.contains(local))
        return { Action::ToggleReasoning, 0, {} };
    const QList<MessageActions::Item> items = footer(index);
    for (qsizetype i = 0; i < items.size() && i < layout.items.size(); ++i) {
        if (layout.items[i].contains(local)) {
            if (items[i].action == Action::None || !items[i].enabled)
                return {};
            return { items[i].action, int(i), {} };
        }
    }
    for (qsizetype i = 0; i < layout.media.size(); ++i) {
        if (layout.media[i].contains(local))
            return { Action::None, 0, {}, int(i) };
    }
    if (!layout.text.contains(local))
        return {};
    MessageRenderer &renderer = rendererFor(index, option.font, viewportWidth(option));
    const std::vector<MessageRenderer::CodeBlock> blocks = renderer.codeBlocks();
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const QRect block = blocks[i].rect.toAlignedRect().translated(layout.text.topLeft());
        if (MessageChrome::codeButtonRect(block, option.font).contains(local))
            return { Action::CopyCode, int(i), {} };
    }
    return { Action::None, 0, renderer.anchorAt(QPointF(local - layout.text.topLeft())) };
}

QRect MessageDelegate::actionRect(const QStyleOptionViewItem &option, const QModelIndex &index,
    MessageActions::Action action, int n) const
{
    if (!index.isValid())
        return {};
    const MessageLayout &layout = layoutFor(option, index, true);
    const QPoint origin = option.rect.topLeft();
    if (action == Action::ToggleReasoning)
        return layout.reasoningToggle.translated(origin);
    if (action == Action::CopyCode) {
        const auto blocks = rendererFor(index, option.font, viewportWidth(option)).codeBlocks();
        if (n < 0 || std::size_t(n) >= blocks.size())
            return {};
        const QRect block =
            blocks[std::size_t(n)].rect.toAlignedRect().translated(layout.text.topLeft());
        return MessageChrome::codeButtonRect(block, option.font).translated(origin);
    }
    const QList<MessageActions::Item> items = footer(index);
    for (qsizetype i = 0; i < items.size() && i < layout.items.size(); ++i) {
        if (items[i].action == action)
            return layout.items[i].translated(origin);
    }
    return {};
}

QList<QRect> MessageDelegate::mediaRects(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QList<QRect> rects;
    if (!index.isValid())
        return rects;
    for (const QRect &rect : layoutFor(option, index, true).media)
        rects.append(rect.translated(option.rect.topLeft()));
    return rects;
}

QStringList MessageDelegate::codeBlocks(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStringList list;
    if (!index.isValid())
        return list;
    layoutFor(option, index, true);
    for (const auto &block : rendererFor(index, option.font, viewportWidth(option)).codeBlocks())
        list.append(block.code);
    return list;
}

void MessageDelegate::setHover(const QModelIndex &index, const Hit &hit, QWidget *viewport)
{
    Hover hover;
    if (index.isValid() && (hit.action != Action::None || hit.media >= 0)) {
        hover.id = index.data(MessageModel::IdRole).toLongLong();
        hover.action = hit.action;
        hover.n = hit.action == Action::None ? -1 : hit.n;
        hover.media = hit.media;
    }
    if (hover.id == m_hover.id && hover.action == m_hover.action && hover.n == m_hover.n
        && hover.media == m_hover.media)
        return;
    m_hover = hover;
    if (viewport)
        viewport->update(); // the old and the new item may be in different rows
}

void MessageDelegate::invalidate(const QModelIndex &index)
{
    m_layouts.remove(index.data(MessageModel::IdRole).toLongLong());
    if (std::size_t(index.row()) < m_rowSizes.size())
        m_rowSizes[std::size_t(index.row())] = {};
    Q_EMIT sizeHintChanged(index);
}

void MessageDelegate::setReasoningExpanded(const QModelIndex &index, bool expanded)
{
    const qint64 id = index.data(MessageModel::IdRole).toLongLong();
    if (expanded == m_expanded.contains(id))
        return;
    if (expanded)
        m_expanded.insert(id);
    else
        m_expanded.remove(id);
    invalidate(index);
}

bool MessageDelegate::showsTokens(const QModelIndex &index) const
{
    return index.isValid() && !m_formatted.contains(index.data(MessageModel::IdRole).toLongLong())
        && MessageActions::offersTokens(index);
}

void MessageDelegate::setTokensShown(const QModelIndex &index, bool shown)
{
    const qint64 id = index.data(MessageModel::IdRole).toLongLong();
    if (shown == !m_formatted.contains(id))
        return;
    if (shown)
        m_formatted.remove(id);
    else
        m_formatted.insert(id);
    m_renderers.erase(id); // rendered again, as tokens or as Markdown
    invalidate(index);
}

QList<MessageActions::Item> MessageDelegate::footer(const QModelIndex &index) const
{
    // footer() offers the switch only to answers with logprobs: no need to ask showsTokens().
    return MessageActions::footer(
        index, !m_formatted.contains(index.data(MessageModel::IdRole).toLongLong()));
}

bool MessageDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const Hit hit = hitTest(option, index, event->pos());
    QString tip;
    if (hit.action == Action::CopyCode || hit.action == Action::ToggleReasoning) {
        tip = MessageActions::actionName(hit.action);
    } else if (hit.action != Action::None) {
        tip = footer(index).value(hit.n).toolTip;
    } else if (!hit.link.isEmpty()) {
        tip = hit.link;
    } else if (hit.media >= 0) {
        const MessageMedia::Item item = MessageMedia::items(index).value(hit.media);
        const qint64 ms = m_thumbnails && item.kind == MessageMedia::Item::Kind::Audio
            ? m_thumbnails->knownAudioDuration(item.part.attachment).value_or(-1)
            : -1;
        tip = MessageMedia::description(item, ms);
    } else if (showsTokens(index)) {
        // The token under the mouse (the middle of its pixel): its probability and the
        // alternatives.
        const QPoint text = layoutFor(option, index, true).text.topLeft() + option.rect.topLeft();
        tip = LogprobShading::displayToolTip(
            rendererFor(index, option.font, viewportWidth(option))
                .toolTipAt(QPointF(event->pos() - text) + QPointF(0.5, 0.5)));
    }
    if (tip.isEmpty()) {
        QToolTip::hideText();
        return true; // no tool tip with the whole message text
    }
    QToolTip::showText(event->globalPos(), tip, view);
    return true;
}

QWidget *MessageDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    auto *selector = new MessageTextSelector(parent);
    selector->setFont(option.font);
    QPalette palette = selector->palette();
    palette.setColor(QPalette::Base,
        MessageChrome::Colors::from(
            option.palette, index.data(MessageModel::RoleRole).value<Conversation::Role>())
            .bubble);
    selector->setPalette(palette);
    return selector;
}

void MessageDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *selector = qobject_cast<MessageTextSelector *>(editor);
    if (!selector)
        return;
    const bool tokens = showsTokens(index);
    const QString text = index.data(MessageModel::TextRole).toString();
    auto document = tokens
        ? MessageTokens::render(
            text, index.data(MessageModel::LogprobsRole).toJsonArray(), selector->font(), m_palette)
        : MessageRenderer::render(
            text, { .font = selector->font(), .codeBackground = m_codeBackground, .link = m_link });
    QTextDocument *owned = document.release();
    owned->setParent(selector);
    selector->setDocument(owned);
    selector->setTokenView(tokens);
}

void MessageDelegate::setModelData(QWidget *, QAbstractItemModel *, const QModelIndex &) const
{
    // Read-only: the editor only selects text.
}

void MessageDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const MessageLayout &layout = layoutFor(option, index, true);
    editor->setGeometry(layout.text.translated(option.rect.topLeft()));
}
