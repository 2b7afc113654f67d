// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ConversationView.h"

#include <limits>

#include <QAccessible>
#include <QScrollBar>

#include "gui/RowPrefetcher.h"
#include "gui/delegates/MessageDelegate.h"
#include "gui/delegates/MessageTextSelector.h"
#include "gui/delegates/RemoteImageLoader.h"

using MessageActions::Action;

namespace {
constexpr int BottomSlack = 4; //!< pixels from the end that still count as "at the bottom"
}

ConversationView::ConversationView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new MessageDelegate(this))
{
    setObjectName(QStringLiteral("conversationView"));
    setAccessibleName(tr("Conversation"));
    setAccessibleDescription(tr("The messages of this conversation, oldest first; the context menu "
                                "or the actions under a message copy, edit or retry it"));
    setItemDelegate(m_delegate);
    setUniformItemSizes(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setMouseTracking(true); // hover highlight of the actions
    // No scrollTo() on every click (it jumps to the top of a tall row); keyPressEvent scrolls to
    // the current row when the keyboard moved it.
    setAutoScroll(false);
    m_delegate->setPalette(palette());
    m_thumbnails = new ThumbnailCache(this);
    m_delegate->setThumbnailCache(m_thumbnails);
    // Layouts don't depend on decoded thumbnails (their sizes come from the headers): a repaint.
    connect(
        m_thumbnails, &ThumbnailCache::thumbnailReady, viewport(), qOverload<>(&QWidget::update));
    m_prefetcher = new RowPrefetcher(*this);

    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        m_stickToBottom = value >= bar->maximum() - BottomSlack;
        if (!m_layingOut && m_selector && !m_selector->hasFocus())
            closeTextSelector();
        if (!m_layingOut) {
            // Scrolled: lay out the rows coming into view before they are painted.
            m_layingOut = true;
            settleViewport();
            m_layingOut = false;
        }
        if (m_prefetcher)
            m_prefetcher->schedule();
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_stickToBottom)
            bar->setValue(maximum);
    });
}

ConversationView::~ConversationView() = default;

void ConversationView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    m_delegate->setModel(model); // first: its caches must follow the model before the view does
    QListView::setModel(model);
    if (!model)
        return;
    m_stickToBottom = true;
    scrollToBottom();
}

void ConversationView::setAttachmentSource(AttachmentSource source)
{
    m_thumbnails->setSource(std::move(source));
    m_delegate->setThumbnailCache(m_thumbnails); // drops the layouts measured without it
    scheduleDelayedItemsLayout();
    viewport()->update();
}

void ConversationView::setNetworkAccessManager(QNetworkAccessManager *network)
{
    delete m_remoteImages;
    m_remoteImages = network ? new RemoteImageLoader(network, this) : nullptr;
    if (m_remoteImages)
        connect(m_remoteImages, &RemoteImageLoader::loaded, m_delegate,
            &MessageDelegate::remoteImageLoaded);
    m_delegate->setRemoteImageLoader(m_remoteImages);
    scheduleDelayedItemsLayout();
    viewport()->update();
}

void ConversationView::dataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const bool resized = m_delegate->rowsChanged(topLeft, bottomRight, option);
    if (!resized && topLeft == bottomRight && isVisible()) {
        // QListView repaints the whole viewport for a one-row change; a streamed delta that
        // doesn't change the row's height needs only that row.
        viewport()->update(visualRect(topLeft));
        if (QAccessible::isActive()) { // what QAbstractItemView::dataChanged would send
            QAccessibleTableModelChangeEvent event(
                this, QAccessibleTableModelChangeEvent::DataChanged);
            event.setFirstRow(topLeft.row());
            event.setLastRow(topLeft.row());
            event.setFirstColumn(topLeft.column());
            event.setLastColumn(topLeft.column());
            QAccessible::updateAccessibility(&event);
        }
        return;
    }
    QListView::dataChanged(topLeft, bottomRight, roles);
}

void ConversationView::doItemsLayout()
{
    if (m_layingOut) {
        QListView::doItemsLayout();
        return;
    }
    m_layingOut = true;
    const Anchor anchor = captureAnchor();
    QListView::doItemsLayout();
    restoreAnchor(anchor);
    settleViewport();
    m_layingOut = false;
    if (m_prefetcher) // null while QListView's constructor lays out
        m_prefetcher->schedule();
}

ConversationView::Anchor ConversationView::captureAnchor() const
{
    if (m_stickToBottom || !model())
        return {};
    const QModelIndex index = indexAt(QPoint(viewport()->width() / 2, 0));
    if (!index.isValid())
        return {};
    return { QPersistentModelIndex(index), visualRect(index).top() };
}

void ConversationView::restoreAnchor(const Anchor &anchor)
{
    QScrollBar *bar = verticalScrollBar();
    if (!anchor.index.isValid()) {
        if (m_stickToBottom)
            bar->setValue(bar->maximum());
        return;
    }
    const int moved = visualRect(anchor.index).top() - anchor.top;
    if (moved != 0)
        bar->setValue(bar->value() + moved);
}

std::pair<int, int> ConversationView::visibleRows() const
{
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    if (rows == 0)
        return { 0, -1 };
    const int x = viewport()->width() / 2;
    const QModelIndex top = indexAt(QPoint(x, 0));
    const QModelIndex bottom = indexAt(QPoint(x, viewport()->height() - 1));
    const int first = top.isValid() ? top.row() : 0;
    const int last = bottom.isValid() ? bottom.row() : rows - 1;
    return { first, std::min(rows - 1, last + 1) };
}

void ConversationView::settleViewport()
{
    if (!model() || !isVisible())
        return;
    // Each pass makes the rows in view exact; a pass that changed heights can bring other rows
    // into view (the estimates were too tall), so repeat a few times.
    for (int pass = 0; pass < 6; ++pass) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        const auto [first, last] = visibleRows();
        bool changed = false;
        for (int row = first; row <= last; ++row)
            changed |= m_delegate->ensureExact(option, model()->index(row, 0, rootIndex()));
        if (!changed)
            return;
        const Anchor anchor = captureAnchor();
        QListView::doItemsLayout();
        restoreAnchor(anchor);
    }
}

bool ConversationView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - BottomSlack;
}

QRect ConversationView::visualRect(const QModelIndex &index) const
{
    QRect rect = QListView::visualRect(index);
    // QListView keeps item heights in a short: a row taller than 32,767 px (an answer of about
    // 35,000 characters) comes back cut off, and its end would be neither painted, repainted
    // while streaming, nor clickable. Everything asks through here, so give it the real height.
    if (rect.height() >= std::numeric_limits<short>::max() && index.isValid()) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = rect;
        rect.setHeight(m_delegate->sizeHint(option, index).height());
    }
    return rect;
}

QStyleOptionViewItem ConversationView::rowOption(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return option;
}
