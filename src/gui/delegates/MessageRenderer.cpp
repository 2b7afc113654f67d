// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/delegates/MessageRenderer.h"

#include <algorithm>

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QStringList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include "gui/LogprobShading.h"

namespace {

bool isCodeBlock(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    return format.hasProperty(QTextFormat::BlockCodeFence)
        || format.hasProperty(QTextFormat::BlockCodeLanguage) || format.nonBreakableLines();
}

//! Monospace font and a background for code blocks, the monospace font for inline code.
void styleCode(QTextDocument &document, const MessageRenderer::Style &style)
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QTextCharFormat monoFormat;
    monoFormat.setFontFamilies({ mono.family() });
    monoFormat.setFontFixedPitch(true);
    QTextCursor cursor(&document);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (isCodeBlock(block)) {
            cursor.setPosition(block.position());
            QTextBlockFormat format = block.blockFormat();
            format.setBackground(style.codeBackground.isValid()
                    ? style.codeBackground
                    : QGuiApplication::palette().color(QPalette::AlternateBase));
            cursor.setBlockFormat(format);
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(monoFormat);
            continue;
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isAnchor()) {
                // The importer colours links from the application palette, not the view's.
                QTextCharFormat link;
                link.setForeground(style.link.isValid()
                        ? style.link
                        : QGuiApplication::palette().color(QPalette::Link));
                cursor.setPosition(fragment.position());
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                cursor.mergeCharFormat(link);
            }
            if (fragment.isValid() && fragment.charFormat().fontFixedPitch()) {
                cursor.setPosition(fragment.position());
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                cursor.mergeCharFormat(monoFormat);
            }
        }
    }
}

bool isBlank(QStringView line)
{
    return std::all_of(line.begin(), line.end(), [](QChar c) { return c.isSpace(); });
}

//! A list item marker or a table row: splitting before these would restart a list's numbering or
//! change a table's block structure, so they never start a chunk.
bool continuesBlock(QStringView line)
{
    if (line.startsWith(u'|'))
        return true;
    if (line.size() >= 2 && (line[0] == u'-' || line[0] == u'*' || line[0] == u'+')
        && (line[1] == u' ' || line[1] == u'\t'))
        return true;
    qsizetype digits = 0;
    while (digits < line.size() && digits < 10 && line[digits].isDigit())
        ++digits;
    return digits > 0 && digits < line.size() && (line[digits] == u'.' || line[digits] == u')');
}

//! The fence a line opens or closes (``` or ~~~, up to three spaces of indentation), or empty.
QStringView fenceOf(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 3 && line[i] == u' ')
        ++i;
    if (i >= line.size() || (line[i] != u'`' && line[i] != u'~'))
        return {};
    qsizetype end = i;
    while (end < line.size() && line[end] == line[i])
        ++end;
    return end - i >= 3 ? line.sliced(i, end - i) : QStringView();
}

} // namespace

MessageRenderer::MessageRenderer()
    : MessageRenderer(Style{})
{}

MessageRenderer::MessageRenderer(Style style)
    : m_style(std::move(style))
{
    rebuild({});
}

MessageRenderer::~MessageRenderer() = default;

std::unique_ptr<QTextDocument> MessageRenderer::render(
    QStringView markdown, const Style &style, qreal width)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(style.font);
    document->setDocumentMargin(0);
    document->setUndoRedoEnabled(false);
    document->setMarkdown(markdown.toString(), QTextDocument::MarkdownDialectGitHub);
    if (markdown.contains(u"!["))
        MarkdownImages::resolve(*document, style.remoteImages, int(width));
    styleCode(*document, style);
    return document;
}

qsizetype MessageRenderer::lastBoundary(QStringView markdown, qsizetype from)
{
    return scanBoundaries(markdown, from, false);
}

qsizetype MessageRenderer::scanBoundaries(QStringView markdown, qsizetype from, bool firstOnly)
{
    qsizetype boundary = from;
    QStringView fence;
    bool afterBlank = false;
    qsizetype pos = from;
    while (pos < markdown.size()) {
        const qsizetype newline = markdown.indexOf(u'\n', pos);
        if (newline < 0)
            break; // an incomplete line decides nothing yet
        QStringView line = markdown.sliced(pos, newline - pos);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (!fence.isEmpty()) {
            const QStringView closing = fenceOf(line);
            if (!closing.isEmpty() && closing[0] == fence[0] && closing.size() >= fence.size()
                && isBlank(line.sliced(line.indexOf(closing[0]) + closing.size())))
                fence = {};
        } else if (isBlank(line)) {
            afterBlank = true;
        } else {
            if (afterBlank && !line[0].isSpace() && !continuesBlock(line)) {
                boundary = pos;
                if (firstOnly)
                    return boundary;
            }
            afterBlank = false;
            fence = fenceOf(line);
        }
        pos = newline + 1;
    }
    return boundary;
}

void MessageRenderer::setMarkdown(QStringView markdown)
{
    if (!m_custom && markdown.size() >= m_source.size() && markdown.startsWith(m_source)) {
        if (markdown.size() == m_source.size()) {
            m_lastParsed = 0;
            return;
        }
        m_source.append(markdown.sliced(m_source.size()));
        advance();
    } else {
        rebuild(markdown);
    }
}

void MessageRenderer::rebuild(QStringView markdown)
{
    m_source = markdown.toString();
    m_custom = false;
    m_stableEnd = 0;
    m_chunks.clear();
    m_chunksHeight = 0;
    advance();
}

void MessageRenderer::advance()
{
    m_lastParsed = 0;
    const QStringView source(m_source);
    const qsizetype boundary = lastBoundary(source, m_stableEnd);
    if (boundary > m_stableEnd) {
        // Group the newly stable text into chunks of about ChunkChars, each cut at a boundary.
        std::size_t firstDirty = m_chunks.empty() ? 0 : m_chunks.size() - 1;
        qsizetype start = m_stableEnd;
        while (start < boundary) {
            if (m_chunks.empty() || m_chunks.back().markdown.size() >= ChunkChars)
                m_chunks.push_back({});
            Chunk &chunk = m_chunks.back();
            const qsizetype room = ChunkChars - chunk.markdown.size();
            qsizetype end = boundary;
            if (end - start > room) {
                end = lastBoundary(source.first(start + room), start);
                if (end <= start && !chunk.markdown.isEmpty()) {
                    m_chunks.push_back({}); // doesn't fit: the next chunk takes it
                    continue;
                }
                if (end <= start)
                    end = scanBoundaries(source, start, true);
                if (end <= start)
                    end = boundary;
            }
            chunk.markdown.append(source.sliced(start, end - start));
            start = end;
        }
        for (std::size_t i = firstDirty; i < m_chunks.size(); ++i) {
            Chunk &chunk = m_chunks[i];
            if (chunk.document)
                m_chunksHeight -= chunk.height + gap();
            chunk.document = render(chunk.markdown, m_style, m_width);
            m_lastParsed += chunk.markdown.size();
            relayout(chunk);
            m_chunksHeight += chunk.height + gap();
        }
        m_stableEnd = boundary;
    }
    const QStringView tail = source.sliced(m_stableEnd);
    m_tail.document = render(tail, m_style, m_width);
    m_lastParsed += tail.size();
    relayout(m_tail);
}

void MessageRenderer::relayout(Chunk &chunk) const
{
    chunk.codeBlocksKnown = false;
    chunk.document->setTextWidth(m_width);
    chunk.height = chunk.document->size().height();
}

qreal MessageRenderer::gap() const
{
    return QFontMetricsF(m_style.font).height() * 0.5;
}

void MessageRenderer::setTextWidth(qreal width)
{
    if (qFuzzyCompare(width, m_width))
        return;
    const qreal imageWidth = MarkdownImages::MaxWidth;
    if (!m_custom && std::min(width, imageWidth) != std::min(m_width, imageWidth)
        && m_source.contains(u"![")) {
        // Images are sized for the width when rendered (narrow windows): render again.
        m_width = width;
        rebuild(QString(m_source));
        return;
    }
    m_width = width;
    m_chunksHeight = 0;
    for (Chunk &chunk : m_chunks) {
        relayout(chunk);
        m_chunksHeight += chunk.height + gap();
    }
    relayout(m_tail);
}

QSizeF MessageRenderer::size() const
{
    return { m_width, m_chunksHeight + m_tail.height };
}

qreal MessageRenderer::idealWidth() const
{
    qreal width = m_tail.document->idealWidth();
    for (const Chunk &chunk : m_chunks)
        width = std::max(width, chunk.document->idealWidth());
    return width;
}

void MessageRenderer::draw(QPainter *painter, const QRectF &clip, const QPalette &palette) const
{
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette;
    qreal y = 0;
    auto drawOne = [&](const Chunk &chunk) {
        if (y + chunk.height >= clip.top() && y <= clip.bottom()) {
            painter->save();
            painter->translate(0, y);
            context.clip = clip.translated(0, -y);
            painter->setClipRect(context.clip, Qt::IntersectClip);
            chunk.document->documentLayout()->draw(painter, context);
            painter->restore();
        }
        y += chunk.height + gap();
    };
    for (const Chunk &chunk : m_chunks) {
        if (y > clip.bottom())
            return;
        drawOne(chunk);
    }
    drawOne(m_tail);
}

void MessageRenderer::findCodeBlocks(const Chunk &chunk)
{
    chunk.codeBlocks.clear();
    chunk.codeBlocksKnown = true;
    bool open = false; // the previous block was code: this one continues it
    for (QTextBlock block = chunk.document->begin(); block.isValid(); block = block.next()) {
        if (!isCodeBlock(block)) {
            open = false;
            continue;
        }
        // Qt keeps a fenced block as one QTextBlock or one per line: consecutive code blocks are
        // joined (two fences with nothing between them join too).
        const QRectF rect = chunk.document->documentLayout()->blockBoundingRect(block);
        QString text = block.text();
        text.replace(QChar::LineSeparator, u'\n');
        if (open) {
            chunk.codeBlocks.back().rect = chunk.codeBlocks.back().rect.united(rect);
            chunk.codeBlocks.back().code += u'\n' + text;
        } else {
            chunk.codeBlocks.push_back({ rect, text });
        }
        open = true;
    }
}

std::vector<MessageRenderer::CodeBlock> MessageRenderer::codeBlocks() const
{
    std::vector<CodeBlock> blocks;
    qreal y = 0;
    auto scan = [&](const Chunk &chunk) {
        if (!chunk.codeBlocksKnown)
            findCodeBlocks(chunk);
        for (const CodeBlock &block : chunk.codeBlocks)
            blocks.push_back({ block.rect.translated(0, y), block.code });
        y += chunk.height + gap();
    };
    for (const Chunk &chunk : m_chunks)
        scan(chunk);
    scan(m_tail);
    return blocks;
}

QString MessageRenderer::anchorAt(QPointF pos) const
{
    qreal y = 0;
    auto find = [&](const Chunk &chunk) -> QString {
        QString anchor;
        if (pos.y() >= y && pos.y() < y + chunk.height)
            anchor = chunk.document->documentLayout()->anchorAt(pos - QPointF(0, y));
        y += chunk.height + gap();
        return anchor;
    };
    for (const Chunk &chunk : m_chunks) {
        if (QString anchor = find(chunk); !anchor.isEmpty())
            return anchor;
    }
    return find(m_tail);
}

void MessageRenderer::setDocument(std::unique_ptr<QTextDocument> document, QStringView text)
{
    m_source = text.toString();
    m_custom = true;
    m_stableEnd = m_source.size();
    m_chunks.clear();
    m_chunksHeight = 0;
    m_tail.document = std::move(document);
    m_lastParsed = 0;
    relayout(m_tail);
}

QString MessageRenderer::toolTipAt(QPointF pos) const
{
    qreal y = 0;
    auto find = [&](const Chunk &chunk) -> QString {
        QString tip;
        if (pos.y() >= y && pos.y() < y + chunk.height) {
            const QTextDocument &document = *chunk.document;
            tip = LogprobShading::toolTipAt(document, pos - QPointF(0, y));
        }
        y += chunk.height + gap();
        return tip;
    };
    for (const Chunk &chunk : m_chunks) {
        if (QString tip = find(chunk); !tip.isEmpty())
            return tip;
    }
    return find(m_tail);
}

QString MessageRenderer::toPlainText() const
{
    QStringList parts;
    for (const Chunk &chunk : m_chunks)
        parts.append(chunk.document->toPlainText());
    parts.append(m_tail.document->toPlainText());
    return parts.join(u'\n');
}

int MessageRenderer::blockCount() const
{
    int count = m_tail.document->blockCount();
    for (const Chunk &chunk : m_chunks)
        count += chunk.document->blockCount();
    return count;
}

const QTextDocument *MessageRenderer::document(int i) const
{
    return i >= 0 && std::size_t(i) < m_chunks.size() ? m_chunks[std::size_t(i)].document.get()
                                                      : m_tail.document.get();
}
