// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/delegates/MessageDelegate.h"

#include <algorithm>
#include <vector>

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

#include "core/models/MessageModel.h"

namespace {
Conversation::Role roleOf(const QModelIndex &index)
{
    return index.data(MessageModel::RoleRole).value<Conversation::Role>();
}

//! The row width: the view's viewport (the option's rect is empty when a view asks sizeHint).
int rowWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

QString markerFor(const QModelIndex &index)
{
    return MessageDelegate::markerText(
        index.data(MessageModel::StateRole).value<Conversation::State>(),
        index.data(MessageModel::ErrorRole).toString());
}
} // namespace

MessageDelegate::MessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

MessageDelegate::~MessageDelegate() = default;

QString MessageDelegate::markerText(Conversation::State state, const QString &error)
{
    switch (state) {
    case Conversation::State::Interrupted:
        return error.isEmpty() ? tr("Interrupted") : tr("Interrupted: %1").arg(error);
    case Conversation::State::Failed:
        return error.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(error);
    default:
        return {};
    }
}

MessageRenderer &MessageDelegate::rendererFor(const QModelIndex &index, const QFont &font) const
{
    const qint64 id = index.data(MessageModel::IdRole).toLongLong();
    const quint64 revision = index.data(MessageModel::RevisionRole).toULongLong();
    CachedRenderer &entry = m_renderers[id];
    entry.lastUse = ++m_useCounter;
    if (!entry.renderer || entry.renderer->textWidth() < 0)
        entry.renderer = std::make_unique<MessageRenderer>(MessageRenderer::Style{ .font = font });
    if (entry.revision != revision) {
        entry.revision = revision;
        // textView() avoids copying the text; while streaming the renderer appends the new tail.
        const auto *model = qobject_cast<const MessageModel *>(index.model());
        const QStringView view = model ? model->textView(id) : QStringView();
        if (!view.isNull())
            entry.renderer->setMarkdown(view);
        else
            entry.renderer->setMarkdown(index.data(MessageModel::TextRole).toString());
    }
    MessageRenderer &renderer = *entry.renderer;
    if (m_renderers.size() > std::size_t(MaxRenderers))
        evictRenderers(); // never the one just used: it has the highest lastUse
    return renderer;
}

void MessageDelegate::evictRenderers() const
{
    std::vector<quint64> uses;
    uses.reserve(m_renderers.size());
    for (const auto &[id, entry] : m_renderers)
        uses.push_back(entry.lastUse);
    const auto keep = std::size_t(MaxRenderers * 3 / 4);
    std::nth_element(uses.begin(), uses.end() - keep, uses.end());
    const quint64 threshold = *(uses.end() - keep);
    std::erase_if(
        m_renderers, [threshold](const auto &it) { return it.second.lastUse < threshold; });
}

const MessageLayout &MessageDelegate::layoutFor(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const qint64 id = index.data(MessageModel::IdRole).toLongLong();
    const quint64 revision = index.data(MessageModel::RevisionRole).toULongLong();
    const int width = rowWidth(option);
    CachedLayout &entry = m_layouts[id];
    if (entry.width != width || entry.revision != revision) {
        entry.width = width;
        entry.revision = revision;
        entry.layout = MessageLayout::compute(rendererFor(index, option.font), roleOf(index), width,
            option.font, !markerFor(index).isEmpty());
    }
    return entry.layout;
}

// Rows are as tall as their wrapped Markdown, which the base class can't measure: the height
// comes from MessageLayout at the row's width (cached per id, width and revision, so the view's
// relayouts after a streamed delta cost a hash lookup per row).
QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return layoutFor(option, index).size;
}

void MessageDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // No initStyleOption(): it copies DisplayRole (the whole text, newlines replaced) on every
    // paint, O(length) per frame while streaming. The option already has state, palette and font.
    QStyleOptionViewItem opt = option;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const MessageLayout &layout = layoutFor(opt, index);
    const bool user = roleOf(index) == Conversation::Role::User;
    const QPoint origin = opt.rect.topLeft();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = user ? opt.palette.color(QPalette::Highlight) : opt.palette.color(QPalette::Base);
    if (user)
        fill.setAlpha(40);
    else
        fill = fill.darker(104);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(layout.bubble.translated(origin), 8, 8);

    const QRect textRect = layout.text.translated(origin);
    QRectF clip = painter->hasClipping() ? painter->clipBoundingRect() : QRectF(opt.rect);
    if (widget)
        clip = clip.intersected(QRectF(widget->rect()));
    clip = clip.intersected(QRectF(textRect)).translated(-textRect.topLeft());
    painter->translate(textRect.topLeft());
    if (!clip.isEmpty())
        rendererFor(index, opt.font).draw(painter, clip, opt.palette);
    painter->restore();

    if (!layout.marker.isEmpty()) {
        painter->save();
        painter->setPen(opt.palette.color(QPalette::PlaceholderText));
        QFont font = opt.font;
        font.setItalic(true);
        painter->setFont(font);
        painter->drawText(
            layout.marker.translated(origin), Qt::AlignLeft | Qt::AlignVCenter, markerFor(index));
        painter->restore();
    }
}

bool MessageDelegate::rowsChanged(
    const QModelIndex &first, const QModelIndex &last, const QStyleOptionViewItem &option)
{
    bool resized = false;
    for (int row = first.row(); row <= last.row(); ++row) {
        const QModelIndex index = first.siblingAtRow(row);
        const qint64 id = index.data(MessageModel::IdRole).toLongLong();
        const auto it = m_layouts.constFind(id);
        const int oldHeight = it == m_layouts.cend() ? -1 : it->layout.size.height();
        m_layouts.remove(id);
        if (layoutFor(option, index).size.height() != oldHeight) {
            resized = true;
            Q_EMIT sizeHintChanged(index);
        }
    }
    return resized;
}

void MessageDelegate::clear()
{
    m_layouts.clear();
    m_renderers.clear();
}
