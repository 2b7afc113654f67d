// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QPlainTextEdit>

//! The composer's editor. It overrides only how pasted and dropped data is inserted: files,
//! image data and image URLs go to a handler (they become attachments), text is inserted as
//! usual. Key and input-method handling stay QPlainTextEdit's own (see ComposerWidget.cpp).
class ComposerEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerEdit)

public:
    //! Returns whether it took the data; if not, the editor inserts its text.
    using MediaHandler = std::function<bool(const QMimeData *)>;

    explicit ComposerEdit(QWidget *parent = nullptr);
    ~ComposerEdit() override;

    void setMediaHandler(MediaHandler handler) { m_handler = std::move(handler); }

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    MediaHandler m_handler;
};
