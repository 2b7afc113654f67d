// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class ConversationView;

//! Lays out, in idle moments, the rows just above and below what a ConversationView shows, so
//! that paging or scrolling finds them exact instead of parsing their Markdown in the frame that
//! first shows them. Works in slices of at most SliceMs, nearest rows first, alternating up and
//! down, until one and a half viewports each way are exact; rows above that change height are
//! relaid out with the view's anchor, so nothing on screen moves.
class RowPrefetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowPrefetcher)

public:
    static constexpr int SliceMs = 4;

    explicit RowPrefetcher(ConversationView &view);
    ~RowPrefetcher() override;

    //! The view scrolled or was laid out: look again soon.
    void schedule();
    //! Runs one slice now; false when the rows around the viewport are all exact (tests).
    bool runSlice();

private:
    ConversationView &m_view;
    QTimer m_timer;
};
