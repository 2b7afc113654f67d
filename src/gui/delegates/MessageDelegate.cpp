// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/delegates/MessageDelegate.h"

#include <algorithm>
#include <vector>

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

#include "core/models/MessageModel.h"
#include "gui/delegates/MessageChrome.h"
#include "gui/delegates/MessageTokens.h"

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

MessageLayout::Extras MessageDelegate::extrasFor(
    const QModelIndex &index, const QFont &font, bool exact) const
{
    MessageLayout::Extras extras;
    extras.title = MessageActions::toolResultTitle(index);
    extras.reasoning = MessageActions::reasoning(index);
    extras.hasReasoning = !extras.reasoning.isEmpty();
    extras.reasoningExpanded =
        extras.hasReasoning && m_expanded.contains(index.data(MessageModel::IdRole).toLongLong());
    extras.tools = MessageActions::toolCalls(index);
    extras.marker = markerFor(index);
    for (const MessageActions::Item &item : footer(index))
        extras.footer.append(item.label);
    extras.details = MessageActions::details(index);
    const QList<MessageMedia::Item> media = MessageMedia::items(index);
    if (!media.isEmpty()) {
        extras.media = MessageMedia::sizes(media, m_thumbnails, font, exact);
        extras.mediaThumbnails = int(std::count_if(media.cbegin(), media.cend(),
            [](const MessageMedia::Item &item) { return item.isThumbnail(); }));
    }
    return extras;
}

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

MessageRenderer &MessageDelegate::rendererFor(
    const QModelIndex &index, const QFont &font, int rowWidth) const
{
    const qint64 id = index.data(MessageModel::IdRole).toLongLong();
    const quint64 revision = index.data(MessageModel::RevisionRole).toULongLong();
    CachedRenderer &entry = m_renderers[id];
    entry.lastUse = ++m_useCounter;
    if (!entry.renderer || entry.renderer->textWidth() < 0)
        entry.renderer = std::make_unique<MessageRenderer>(MessageRenderer::Style{ .font = font,
            .codeBackground = m_codeBackground,
            .link = m_link,
            .remoteImages = remoteLookup() });
    // The width first: Markdown set at another width would be laid out twice.
    if (rowWidth > 0)
        entry.renderer->setTextWidth(MessageLayout::textWidth(roleOf(index), rowWidth));
    if (entry.revision != revision) {
        entry.revision = revision;
        // textView() avoids copying the text; while streaming the renderer appends the new tail.
        const auto *model = qobject_cast<const MessageModel *>(index.model());
        const QStringView view = model
            ? model->textView(id, index.data(MessageModel::ActiveChoiceRole).toInt())
            : QStringView();
        if (!m_formatted.contains(id) && MessageActions::offersTokens(index)) {
            const QString text = index.data(MessageModel::TextRole).toString();
            entry.renderer->setDocument(
                MessageTokens::render(
                    text, index.data(MessageModel::LogprobsRole).toJsonArray(), font, m_palette),
                text);
        } else if (!view.isNull()) {
            entry.renderer->setMarkdown(view);
        } else {
            entry.renderer->setMarkdown(index.data(MessageModel::TextRole).toString());
        }
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
    const QStyleOptionViewItem &option, const QModelIndex &index, bool exact, bool *changed) const
{
    const qint64 id = index.data(MessageModel::IdRole).toLongLong();
    const quint64 revision = index.data(MessageModel::RevisionRole).toULongLong();
    const int width = rowWidth(option);
    CachedLayout &entry = m_layouts[id];
    const bool valid = entry.width == width && entry.revision == revision;
    if (valid && (entry.exact || !exact))
        return entry.layout;
    const int oldHeight = valid ? entry.layout.size.height() : -1;
    entry.width = width;
    entry.revision = revision;
    entry.exact = exact;
    if (exact) {
        entry.layout = MessageLayout::compute(rendererFor(index, option.font, width), roleOf(index),
            width, option.font, extrasFor(index, option.font));
    } else {
        entry.layout = estimate(option, index);
    }
    if (changed)
        *changed = oldHeight >= 0 && oldHeight != entry.layout.size.height();
    storeRowSize(index, width, entry.layout.size);
    return entry.layout;
}

void MessageDelegate::storeRowSize(const QModelIndex &index, int width, QSize size) const
{
    const auto row = std::size_t(index.row());
    if (m_rowSizes.size() <= row)
        m_rowSizes.resize(std::size_t(index.model()->rowCount()));
    if (row < m_rowSizes.size())
        m_rowSizes[row] = { width, size };
}

void MessageDelegate::setModel(const QAbstractItemModel *model)
{
    for (auto &connection : m_modelConnections)
        disconnect(connection);
    clear();
    m_model = nullptr;
    if (!model)
        return;
    using M = QAbstractItemModel;
    // Rows appended or removed at the end (the usual case) keep the other rows' sizes.
    m_modelConnections[0] =
        connect(model, &M::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
            if (std::size_t(first) < m_rowSizes.size())
                m_rowSizes.insert(m_rowSizes.begin() + first, std::size_t(last - first + 1), {});
        });
    m_modelConnections[1] =
        connect(model, &M::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
            const auto size = m_rowSizes.size();
            m_rowSizes.erase(m_rowSizes.begin() + std::min(std::size_t(first), size),
                m_rowSizes.begin() + std::min(std::size_t(last) + 1, size));
        });
    m_modelConnections[2] = connect(model, &M::rowsMoved, this, &MessageDelegate::clearRowSizes);
    m_modelConnections[3] =
        connect(model, &M::layoutChanged, this, &MessageDelegate::clearRowSizes);
    m_model = model;
    m_modelConnections[4] = connect(model, &M::modelReset, this, &MessageDelegate::clear);
    m_modelConnections[5] = connect(
        model, &M::dataChanged, this, [this](const QModelIndex &first, const QModelIndex &last) {
            for (int row = first.row(); row <= last.row() && std::size_t(row) < m_rowSizes.size();
                 ++row)
                m_rowSizes[std::size_t(row)] = {};
        });
}

MessageLayout MessageDelegate::estimate(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!m_estimate || m_estimate->font() != option.font)
        m_estimate.emplace(option.font);
    const Conversation::Role role = roleOf(index);
    const int textWidth = MessageLayout::textWidth(role, rowWidth(option));
    const auto *model = qobject_cast<const MessageModel *>(index.model());
    const qint64 id = index.data(MessageModel::IdRole).toLongLong();
    const QStringView view = model ? model->textView(id) : QStringView();
    const int height = view.isNull()
        ? m_estimate->height(index.data(MessageModel::TextRole).toString(), textWidth)
        : m_estimate->height(view, textWidth);
    // The parts around the text by rule of thumb (place() measures labels: too slow for 10,000
    // rows); only the size is used until the row is laid out exactly.
    const int line = m_estimate->lineHeight();
    int content = height + MessageLayout::Gap + line + 2; // the footer
    if (role == Conversation::Role::Tool)
        content += line + MessageLayout::Gap;
    if (const QString reasoning = index.data(MessageModel::ReasoningRole).toString();
        !reasoning.isEmpty()) {
        content += line + MessageLayout::Gap;
        if (m_expanded.contains(id))
            content += m_estimate->height(reasoning, textWidth) + MessageLayout::Gap;
    }
    const auto calls =
        index.data(MessageModel::ToolCallsRole).value<QList<Conversation::ToolCall>>();
    for (const Conversation::ToolCall &call : calls)
        content += line * (3 + int(call.arguments.count(u',')));
    const auto state = index.data(MessageModel::StateRole).value<Conversation::State>();
    if (state == Conversation::State::Failed || state == Conversation::State::Interrupted)
        content += line + MessageLayout::Gap;
    if (const QList<MessageMedia::Item> media = MessageMedia::items(index); !media.isEmpty()) {
        MessageLayout::Extras extras;
        extras.media = MessageMedia::sizes(media, m_thumbnails, option.font, false);
        extras.mediaThumbnails = int(std::count_if(media.cbegin(), media.cend(),
            [](const MessageMedia::Item &item) { return item.isThumbnail(); }));
        content += MessageLayout::mediaSize(extras, textWidth).height()
            + (height > 0 ? MessageLayout::Gap : 0);
    }
    MessageLayout layout;
    layout.size =
        QSize(rowWidth(option), content + 2 * MessageLayout::Padding + MessageLayout::Margin);
    return layout;
}

bool MessageDelegate::ensureExact(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    bool changed = false;
    if (index.isValid())
        layoutFor(option, index, true, &changed);
    return changed;
}

bool MessageDelegate::hasExactLayout(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto it = m_layouts.constFind(index.data(MessageModel::IdRole).toLongLong());
    return it != m_layouts.cend() && it->exact && it->width == rowWidth(option)
        && it->revision == index.data(MessageModel::RevisionRole).toULongLong();
}

void MessageDelegate::scheduleSizeHintChanged(const QModelIndex &index) const
{
    if (m_resizeQueued)
        return;
    m_resizeQueued = true;
    // Queued: a relayout from inside paint() would move rows under the painter.
    QMetaObject::invokeMethod(
        const_cast<MessageDelegate *>(this),
        [this, index = QPersistentModelIndex(index)] {
            m_resizeQueued = false;
            Q_EMIT const_cast<MessageDelegate *>(this)->sizeHintChanged(index);
        },
        Qt::QueuedConnection);
}

// Rows are as tall as their wrapped Markdown, which the base class can't measure. A row never
// laid out gets an estimate (laying out 10,000 Markdown documents takes seconds); the cache is per
// id, width and revision, so the view's relayouts after a streamed delta cost a lookup per row.
QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const auto row = std::size_t(index.row());
    if (row < m_rowSizes.size() && m_rowSizes[row].width == rowWidth(option))
        return m_rowSizes[row].size;
    return layoutFor(option, index, false).size;
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

    bool changed = false;
    const MessageLayout &layout = layoutFor(opt, index, true, &changed);
    if (changed)
        scheduleSizeHintChanged(index);
    const Conversation::Role role = roleOf(index);
    const MessageChrome::Colors colors = MessageChrome::Colors::from(opt.palette, role);
    const QPoint origin = opt.rect.topLeft();
    const qint64 id = index.data(MessageModel::IdRole).toLongLong();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.bubble);
    painter->drawRoundedRect(layout.bubble.translated(origin), 8, 8);

    const QRect textRect = layout.text.translated(origin);
    QRectF clip = painter->hasClipping() ? painter->clipBoundingRect() : QRectF(opt.rect);
    if (widget)
        clip = clip.intersected(QRectF(widget->rect()));
    clip = clip.intersected(QRectF(textRect)).translated(-textRect.topLeft());
    MessageRenderer &renderer = rendererFor(index, opt.font, rowWidth(opt));
    painter->translate(textRect.topLeft());
    if (!clip.isEmpty())
        renderer.draw(painter, clip, opt.palette);
    painter->restore();

    const std::vector<MessageRenderer::CodeBlock> blocks = renderer.codeBlocks();
    // Only the buttons in view: a long answer has hundreds of code blocks.
    QRect visible = painter->hasClipping() ? painter->clipBoundingRect().toAlignedRect() : opt.rect;
    if (widget)
        visible = visible.intersected(widget->rect());
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const QRect block = blocks[i].rect.toAlignedRect().translated(textRect.topLeft());
        if (block.bottom() < visible.top() || block.top() > visible.bottom())
            continue;
        const bool hovered = m_hover.id == id && m_hover.action == MessageActions::Action::CopyCode
            && m_hover.n == int(i);
        MessageChrome::paintCodeButton(
            painter, MessageChrome::codeButtonRect(block, opt.font), hovered, opt.font, colors);
    }

    const MessageLayout::Extras extras = extrasFor(index, opt.font);
    const QList<MessageActions::Item> items = footer(index);
    MessageChrome::Content content;
    content.extras = &extras;
    content.items = &items;
    if (m_hover.id == id && m_hover.action != MessageActions::Action::CopyCode)
        content.hoveredItem = m_hover.n;
    MessageActions::toolCalls(index, &content.toolsInvalid);
    content.failed = index.data(MessageModel::StateRole).value<Conversation::State>()
        == Conversation::State::Failed;
    MessageChrome::paint(painter, origin, layout, content, opt.font, colors);

    if (!layout.media.isEmpty()) {
        const QList<MessageMedia::Item> media = MessageMedia::items(index);
        for (qsizetype i = 0; i < media.size() && i < layout.media.size(); ++i) {
            const QRect rect = layout.media[i].translated(origin);
            if (rect.bottom() < visible.top() || rect.top() > visible.bottom())
                continue; // off screen: don't start decoding it
            const bool hovered = m_hover.id == id && m_hover.media == int(i);
            MessageMedia::paint(painter, rect, media[i], m_thumbnails, opt.font, colors, hovered);
        }
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
        if (layoutFor(option, index, true).size.height() != oldHeight) {
            resized = true;
            Q_EMIT sizeHintChanged(index);
        }
    }
    return resized;
}

void MessageDelegate::setPalette(const QPalette &palette)
{
    const QColor code = MessageChrome::Colors::from(palette, Conversation::Role::Assistant).code;
    const QColor link = palette.color(QPalette::Link);
    if (code == m_codeBackground && link == m_link
        && palette.color(QPalette::Highlight) == m_palette.color(QPalette::Highlight))
        return;
    m_codeBackground = code;
    m_link = link;
    m_palette = palette;
    m_renderers.clear(); // the code background is part of the rendered documents
}

void MessageDelegate::clear()
{
    m_layouts.clear();
    m_rowSizes.clear();
    m_estimate.reset();
    m_renderers.clear();
}
