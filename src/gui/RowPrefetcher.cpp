// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/RowPrefetcher.h"

#include <QElapsedTimer>

#include "gui/ConversationView.h"
#include "gui/delegates/MessageDelegate.h"

RowPrefetcher::RowPrefetcher(ConversationView &view)
    : QObject(&view)
    , m_view(view)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (runSlice())
            m_timer.start();
    });
}

RowPrefetcher::~RowPrefetcher() = default;

void RowPrefetcher::schedule()
{
    if (!m_timer.isActive())
        m_timer.start();
}

bool RowPrefetcher::runSlice()
{
    const QAbstractItemModel *model = m_view.model();
    if (!model || !m_view.isVisible())
        return false;
    const int rows = model->rowCount(m_view.rootIndex());
    const auto [first, last] = m_view.visibleRows();
    if (rows == 0 || last < first)
        return false;
    MessageDelegate *delegate = m_view.messageDelegate();
    const int reach = m_view.viewport()->height() * 3 / 2;
    QElapsedTimer clock;
    clock.start();
    int above = first - 1;
    int below = last + 1;
    int heightAbove = 0;
    int heightBelow = 0;
    bool changedAbove = false;
    bool changedBelow = false;
    bool more = false;
    while (true) {
        const bool upward = above >= 0 && heightAbove < reach;
        const bool downward = below < rows && heightBelow < reach;
        if (!upward && !downward)
            break;
        if (clock.elapsed() >= SliceMs) {
            more = true;
            break;
        }
        const bool up = upward && (!downward || heightAbove <= heightBelow);
        const QModelIndex index = model->index(up ? above-- : below++, 0, m_view.rootIndex());
        const QStyleOptionViewItem option = m_view.rowOption(index);
        const bool changed = delegate->ensureExact(option, index);
        (up ? changedAbove : changedBelow) |= changed;
        (up ? heightAbove : heightBelow) += delegate->sizeHint(option, index).height();
    }
    if (changedAbove || changedBelow)
        m_view.doItemsLayout(); // keeps the first visible row (or the bottom) in place
    return more;
}
