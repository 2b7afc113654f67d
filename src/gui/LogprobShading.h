// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QJsonArray>
#include <QList>
#include <QString>

class QPalette;
class QPointF;
class QTextDocument;

//! How token log probabilities are shown, shared by the chat view and the completions
//! playground: a background stronger the less likely a token was (from the palette's Highlight,
//! so it reads in light and dark themes), and a tool tip with the token, its probability and the
//! alternatives the model weighed.
namespace LogprobShading {
struct Alternative
{
    QString token; //!< as shown (shownToken())
    double logprob = 0;
};

//! One token as the API reported it.
struct Token
{
    QString token; //!< as shown (shownToken())
    double logprob = 0;
    QList<Alternative> alternatives; //!< most likely first
};

//! A piece of the answer's text and the tokens that wrote it: usually one token, several when a
//! character's UTF-8 bytes were split over tokens (common in Japanese), so the text is whole.
struct Span
{
    QString text;
    double logprob = 0; //!< of the whole span: the sum of its tokens'
    QList<Token> tokens;
};

//! The background for a token of this log probability (alpha over the bubble).
QColor background(const QPalette &palette, double logprob);
//! "12.5%".
QString percent(double logprob);
//! A token as the user can read it: in quotes, newlines and tabs made visible; bytes that are
//! not text on their own (part of a character) as hex, ‹E4 BA›.
QString shownToken(const QString &text, const QByteArray &bytes = {});
//! "“都”: 8.2%", then "Alternatives:" and one "  “阪”  81.9%" line per alternative.
QString toolTip(const Token &token);
//! The tool tip of a span: its tokens' tool tips, one after the other.
QString toolTip(const Span &span);
//! `toolTip` as QToolTip must be given it: tokens such as "<b>" would make Qt read the text as
//! rich text, so such a tip is escaped into HTML that shows it as written.
QString displayToolTip(const QString &toolTip);
//! A tool tip on one line ("“都”: 8.2% · Alternatives: “阪” 81.9%, …") for a status line.
QString oneLine(const QString &toolTip);
//! The spans of a chat answer's `logprobs.content` (token, logprob, bytes, top_logprobs), in
//! order. A trailing incomplete character becomes a span of its own.
QList<Span> spans(const QJsonArray &content);
//! The tool tip of the character at `position` in a document whose tokens carry their tool tips
//! (empty: none).
QString toolTipAt(const QTextDocument &document, int position);
//! The position of the character under `point` (document coordinates), or -1. Unlike
//! QAbstractTextDocumentLayout::hitTest(), which gives the nearest cursor position (the one after
//! a character whose right half is hit), this is the character itself.
int characterAt(const QTextDocument &document, QPointF point);
//! The tool tip of the character under `point` (document coordinates), or empty.
QString toolTipAt(const QTextDocument &document, QPointF point);
} // namespace LogprobShading
