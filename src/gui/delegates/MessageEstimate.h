// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QStringView>

//! A cheap guess of how tall a Markdown text renders at a width, without parsing it into a
//! QTextDocument: one pass over the characters (wide CJK characters count as such), soft-wrapped
//! paragraphs, unwrapped fenced code lines in the monospace font, table rows, headings and the
//! gaps between blocks. It lets a view size 10,000 rows it hasn't laid out; the exact height
//! replaces the guess when a row is shown. Typically within ±25% of the exact height.
class MessageEstimate final
{
public:
    explicit MessageEstimate(const QFont &font);

    const QFont &font() const { return m_font; }

    int lineHeight() const { return int(m_line); }

    //! The estimated height of `markdown` laid out `width` pixels wide.
    int height(QStringView markdown, int width) const;

private:
    QFont m_font;
    double m_line = 16; //!< line spacing of the text font
    double m_monoLine = 16; //!< of the code font
    double m_narrow = 7; //!< average advance of a Latin character
    double m_wide = 14; //!< advance of a CJK character
    double m_monoAdvance = 8;
};
