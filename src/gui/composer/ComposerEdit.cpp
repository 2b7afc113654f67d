// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/composer/ComposerEdit.h"

#include "gui/composer/AttachmentIntake.h"

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{}

ComposerEdit::~ComposerEdit() = default;

bool ComposerEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return AttachmentIntake::offersMedia(source) || QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerEdit::insertFromMimeData(const QMimeData *source)
{
    if (m_handler && AttachmentIntake::offersMedia(source) && m_handler(source))
        return;
    QPlainTextEdit::insertFromMimeData(source);
}
