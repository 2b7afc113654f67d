// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/delegates/MessageEstimate.h"

#include <algorithm>
#include <cmath>

#include <QFontDatabase>
#include <QFontMetricsF>

#include "gui/delegates/MarkdownImages.h"

namespace {
bool isWide(char16_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6);
}

bool isFence(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.startsWith(u"```") || t.startsWith(u"~~~");
}

bool isListItem(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.size() >= 2 && (t[0] == u'-' || t[0] == u'*' || t[0] == u'+') && t[1] == u' ')
        return true;
    qsizetype digits = 0;
    while (digits < t.size() && t[digits].isDigit())
        ++digits;
    return digits > 0 && digits + 1 < t.size() && (t[digits] == u'.' || t[digits] == u')');
}

int headingLevel(QStringView line)
{
    qsizetype level = 0;
    while (level < line.size() && level < 7 && line[level] == u'#')
        ++level;
    return level >= 1 && level <= 6 && level < line.size() && line[level] == u' ' ? int(level) : 0;
}
} // namespace

MessageEstimate::MessageEstimate(const QFont &font)
    : m_font(font)
{
    const QFontMetricsF metrics(font);
    m_line = metrics.lineSpacing();
    m_narrow = std::max(1.0, metrics.averageCharWidth());
    m_wide = std::max(m_narrow, metrics.horizontalAdvance(QChar(0x3042)));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() : mono.pointSizeF());
    const QFontMetricsF monoMetrics(mono);
    m_monoLine = monoMetrics.lineSpacing();
    m_monoAdvance = std::max(1.0, monoMetrics.averageCharWidth());
}

int MessageEstimate::height(QStringView markdown, int width) const
{
    if (markdown.isEmpty())
        return 0; // as MessageLayout lays out an empty text
    const double available = std::max(20, width);
    double height = 0;
    double paragraph = 0; // pixels of text in the open paragraph
    double paragraphWidth = available;
    int blocks = 0;
    bool inFence = false;
    auto closeParagraph = [&] {
        if (paragraph > 0) {
            // Word wrapping leaves the ends of lines partly empty.
            height += std::ceil(paragraph * 1.08 / paragraphWidth) * m_line;
            ++blocks;
        }
        paragraph = 0;
        paragraphWidth = available;
    };
    qsizetype pos = 0;
    while (pos <= markdown.size()) {
        qsizetype end = markdown.indexOf(u'\n', pos);
        if (end < 0)
            end = markdown.size();
        const QStringView line = markdown.sliced(pos, end - pos);
        pos = end + 1;
        if (isFence(line)) {
            closeParagraph();
            if (!inFence)
                ++blocks;
            inFence = !inFence;
            continue;
        }
        if (inFence) {
            const double lineWidth = double(line.size()) * m_monoAdvance;
            height += m_monoLine * std::max(1.0, std::ceil(lineWidth / available));
            continue;
        }
        if (line.trimmed().isEmpty()) {
            closeParagraph();
            continue;
        }
        if (line.startsWith(u'|')) {
            closeParagraph();
            if (!line.contains(u"---"))
                height += m_line + 4; // cell padding and borders
            continue;
        }
        const int level = headingLevel(line);
        if (level > 0 || isListItem(line)) {
            closeParagraph();
            if (level == 0)
                paragraphWidth = std::max(20.0, available - 3 * m_wide);
        }
        double pixels = 0;
        int images = 0;
        auto measure = [&](QStringView text) {
            for (const QChar c : text)
                pixels += c.isLowSurrogate() ? 0 : isWide(c.unicode()) ? m_wide : m_narrow;
        };
        // An embedded image (data URL: generated images) shows as a picture, not its base64;
        // other images show their alt text.
        QStringView rest = line;
        for (qsizetype open = rest.indexOf(u"!["); open >= 0; open = rest.indexOf(u"![")) {
            const qsizetype middle = rest.indexOf(u"](", open);
            const qsizetype close = middle < 0 ? -1 : rest.indexOf(u')', middle);
            if (close < 0)
                break;
            measure(rest.first(open));
            if (rest.sliced(middle + 2).startsWith(u"data:"))
                ++images;
            else
                measure(rest.sliced(open + 2, middle - open - 2));
            rest = rest.sliced(close + 1);
        }
        measure(rest);
        height += images * double(MarkdownImages::MaxHeight);
        if (level > 0) {
            const double scale = level <= 2 ? 1.5 : 1.2;
            height += std::ceil(pixels * scale / available) * m_line * scale + m_line * 0.5;
            ++blocks;
            continue;
        }
        paragraph += pixels + (paragraph > 0 ? m_narrow : 0);
        if (isListItem(line))
            closeParagraph();
    }
    closeParagraph();
    // Blocks are separated by about half a line (paragraph margins).
    height += std::max(0, blocks - 1) * m_line * 0.5;
    return int(std::ceil(std::max(height, m_line)));
}
