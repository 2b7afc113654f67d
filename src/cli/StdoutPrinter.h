// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>

#include "core/api/ChatAccumulator.h"

//! Writes choice 0's text to stdout as it arrives (the caller flushes once per network read).
class StdoutPrinter final : public ChatAccumulatorListener
{
public:
    void contentDelta(int choice, std::string_view text) override
    {
        if (choice != 0 || text.empty())
            return;
        std::fwrite(text.data(), 1, text.size(), stdout);
        m_last = text.back();
    }

    void refusalDelta(int choice, std::string_view text) override { contentDelta(choice, text); }

    bool endsWithNewline() const { return m_last == '\n' || m_last == 0; }

private:
    char m_last = 0;
};
