// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QJsonArray>
#include <QStringView>
#include <QTextDocument>

class QFont;
class QPalette;

//! The token view of an answer that has logprobs: its text as written (Markdown not rendered, so
//! every token shows, markup included), each token's background stronger the less likely it was
//! (LogprobShading) and its tool tip naming the alternatives. Shown instead of the Markdown
//! until the user switches the message back to formatted text.
namespace MessageTokens {
//! `logprobs`: the answer's `logprobs.content`. Where the tokens stop spelling `text` (a server
//! that reports other text), the rest of the text follows unshaded.
std::unique_ptr<QTextDocument> render(
    QStringView text, const QJsonArray &logprobs, const QFont &font, const QPalette &palette);
} // namespace MessageTokens
