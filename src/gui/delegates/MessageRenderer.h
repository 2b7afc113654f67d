// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringView>

#include "gui/delegates/MarkdownImages.h"

class QPainter;
class QPalette;
class QTextDocument;

//! Markdown → QTextDocument(s), incremental while an answer streams.
//!
//! The text is split at "safe" boundaries: the start of a line in column 0 that follows a blank
//! line outside a fenced code block (and isn't a list item or a table row, which would change how
//! the block before it renders). Everything before the last boundary is stable and lives in
//! chunk documents (each rendered once, merged up to ChunkChars); everything after it is the tail,
//! a small document re-rendered on every update. So when the text only grew, an update parses the
//! tail (plus the chunk a newly stable block joins), not the whole answer. A still-open code fence
//! simply stays in the tail until it closes and a block follows it.
//!
//! Images (`![alt](src)`): see MarkdownImages.
//!
//! Known limits: link reference definitions (`[x]: url`) only apply within their chunk; a raw HTML
//! block spanning blank lines may be split.
class MessageRenderer final
{
    Q_DISABLE_COPY_MOVE(MessageRenderer)

public:
    static constexpr qsizetype ChunkChars = 2048;

    struct Style
    {
        QFont font;
        QColor codeBackground = {}; //!< invalid: the application palette's AlternateBase
        QColor link = {}; //!< invalid: the application palette's Link
        //! Remote Markdown images already loaded (null: shown as links; see MarkdownImages).
        MarkdownImages::RemoteLookup remoteImages = {};
    };

    //! A fenced code block as laid out: where (renderer coordinates) and its code.
    struct CodeBlock
    {
        QRectF rect;
        QString code;
    };

    MessageRenderer();
    explicit MessageRenderer(Style style);
    ~MessageRenderer();

    //! Shows `markdown`. If it starts with the previous text, only the new tail is rendered;
    //! otherwise everything is rebuilt.
    void setMarkdown(QStringView markdown);
    void setTextWidth(qreal width);
    //! Shows a document built elsewhere (the token view) for `text`, instead of Markdown; the
    //! next setMarkdown() renders from scratch.
    void setDocument(std::unique_ptr<QTextDocument> document, QStringView text);

    qreal textWidth() const { return m_width; }

    //! The laid-out size of all documents stacked (chunk gaps included).
    QSizeF size() const;
    //! The widest line (for bubbles narrower than the available width).
    qreal idealWidth() const;
    //! Draws at (0, 0); only documents that intersect `clip` (in the same coordinates).
    void draw(QPainter *painter, const QRectF &clip, const QPalette &palette) const;

    //! The code blocks, top to bottom, at the current width.
    std::vector<CodeBlock> codeBlocks() const;
    //! The link target under `pos` (renderer coordinates), or empty.
    QString anchorAt(QPointF pos) const;
    //! The tool tip of the character under `pos` (renderer coordinates), or empty.
    QString toolTipAt(QPointF pos) const;

    //! Plain text and block count, as one document of the whole text would give.
    QString toPlainText() const;
    int blockCount() const;

    qsizetype textLength() const { return m_source.size(); }

    //! The Markdown shown.
    QStringView source() const { return m_source; }

    //! Characters handed to the Markdown parser by the last setMarkdown().
    qsizetype lastParsedChars() const { return m_lastParsed; }

    int documentCount() const { return int(m_chunks.size()) + 1; }

    //! 0 … documentCount() - 1; the last is the tail.
    const QTextDocument *document(int i) const;

    //! One document for the whole Markdown, styled like the renderer's (also the full-render
    //! reference for tests).
    //! `width`: the text width (images are shown no wider).
    static std::unique_ptr<QTextDocument> render(
        QStringView markdown, const Style &style, qreal width = MarkdownImages::MaxWidth);
    //! The last safe boundary in `markdown` at or after `from` (which must be a boundary or 0);
    //! `from` if there is none.
    static qsizetype lastBoundary(QStringView markdown, qsizetype from);

private:
    static qsizetype scanBoundaries(QStringView markdown, qsizetype from, bool firstOnly);

    struct Chunk
    {
        QString markdown;
        std::unique_ptr<QTextDocument> document;
        qreal height = 0;
        //! Its code blocks (chunk coordinates), found on first use after a (re)layout: paint
        //! asks on every frame, and stable chunks shouldn't be scanned again while streaming.
        mutable std::vector<CodeBlock> codeBlocks;
        mutable bool codeBlocksKnown = false;
    };

    static void findCodeBlocks(const Chunk &chunk);

    void rebuild(QStringView markdown);
    void advance();
    void relayout(Chunk &chunk) const;
    qreal gap() const;

    Style m_style;
    QString m_source; //!< a private copy (holding the model's string would make it detach)
    qsizetype m_stableEnd = 0;
    std::vector<Chunk> m_chunks;
    Chunk m_tail;
    qreal m_width = 400;
    qreal m_chunksHeight = 0;
    qsizetype m_lastParsed = 0;
    bool m_custom = false; //!< setDocument() put the tail there: no Markdown of m_source shown
};
