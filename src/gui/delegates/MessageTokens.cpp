// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/delegates/MessageTokens.h"

#include <QFont>
#include <QPalette>
#include <QTextCursor>
#include <QTextDocument>

#include "gui/LogprobShading.h"

namespace MessageTokens {
std::unique_ptr<QTextDocument> render(
    QStringView text, const QJsonArray &logprobs, const QFont &font, const QPalette &palette)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setUndoRedoEnabled(false);
    QTextCursor cursor(document.get());
    const QTextCharFormat plain; // the palette's text colour, in light and dark themes
    qsizetype at = 0;
    for (const LogprobShading::Span &span : LogprobShading::spans(logprobs)) {
        if (span.text.isEmpty())
            continue;
        if (text.sliced(at).startsWith(span.text) == false)
            break;
        QTextCharFormat format = plain;
        format.setBackground(LogprobShading::background(palette, span.logprob));
        format.setToolTip(LogprobShading::toolTip(span));
        cursor.insertText(span.text, format);
        at += span.text.size();
    }
    if (at < text.size())
        cursor.insertText(text.sliced(at).toString(), plain);
    return document;
}

} // namespace MessageTokens
