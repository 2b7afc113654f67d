// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

#include "gui/composer/ComposerAttachment.h"

//! The row of attachments above the composer's editor: a thumbnail for each image, a clip for
//! audio, the host for an image URL. Each has a remove button (×); Backspace or Delete removes the
//! selected one; the context menu sets an image's detail (auto, low, high). Hidden while empty.
class AttachmentStrip final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentStrip)

public:
    explicit AttachmentStrip(QWidget *parent = nullptr);
    ~AttachmentStrip() override;

    ComposerAttachments attachments() const { return m_attachments; }

    void setAttachments(const ComposerAttachments &attachments);
    void add(const ComposerAttachment &attachment);
    void removeAttachment(int index);
    void setDetail(int index, const QString &detail);
    //! The remove button of item `index`, in viewport coordinates (for clicks and tests).
    QRect removeButtonRect(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    //! The list changed (added, removed, detail changed).
    void attachmentsChanged();
    //! Enter or double-click on an item: show it.
    void openRequested(int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    QString describe(const ComposerAttachment &attachment) const;

    ComposerAttachments m_attachments;
};
