// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConversationPage: attachments — storing what the composer holds as message parts, putting a
// message's media back into the composer for editing, and files dropped anywhere on the page.
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>

#include "core/storage/ConversationStore.h"
#include "gui/AppContext.h"
#include "gui/ComposerWidget.h"
#include "gui/ConversationPage.h"
#include "gui/composer/AttachmentIntake.h"

std::expected<QList<Conversation::Part>, QString> ConversationPage::partsFor(
    const QString &text, const ComposerAttachments &attachments)
{
    using Type = Conversation::Part::Type;
    QList<Conversation::Part> parts;
    if (!text.trimmed().isEmpty()) {
        Conversation::Part part;
        part.text = text;
        parts.append(part);
    }
    for (const ComposerAttachment &attachment : attachments) {
        Conversation::Part part;
        part.mimeType = attachment.mimeType;
        switch (attachment.kind) {
        case ComposerAttachment::Kind::Image:
        case ComposerAttachment::Kind::ImageUrl:
            part.type = Type::Image;
            part.detail = attachment.detail;
            break;
        case ComposerAttachment::Kind::Audio:
            part.type = Type::Audio;
            break;
        case ComposerAttachment::Kind::File:
            part.type = Type::File;
            part.fileName = attachment.name;
            break;
        }
        if (attachment.kind == ComposerAttachment::Kind::ImageUrl) {
            part.url = attachment.url;
        } else {
            const auto hash =
                m_context.store().putAttachment(attachment.bytes, attachment.mimeType);
            if (!hash)
                return std::unexpected(
                    tr("Could not save %1: %2").arg(attachment.name, hash.error().describe()));
            part.attachment = *hash;
        }
        parts.append(part);
    }
    return parts;
}

ComposerAttachments ConversationPage::attachmentsOf(const QList<Conversation::Part> &parts) const
{
    using Type = Conversation::Part::Type;
    ComposerAttachments attachments;
    const AttachmentIntake::Limits generous{ .maxLongSide = 1 << 16, .maxBytes = 1LL << 40 };
    for (const Conversation::Part &part : parts) {
        if (part.type == Type::Image && !part.url.isEmpty()) {
            auto result = AttachmentIntake::fromImageUrl(part.url, generous);
            if (result.outcome == AttachmentIntake::Outcome::Ready) {
                result.attachment.detail =
                    part.detail.isEmpty() ? QStringLiteral("auto") : part.detail;
                attachments.append(result.attachment);
            }
            continue;
        }
        if (part.type != Type::Image && part.type != Type::Audio && part.type != Type::File)
            continue;
        const auto bytes = m_context.store().attachment(part.attachment);
        if (!bytes)
            continue; // the message keeps it; the edit just cannot show it
        const QString name = !part.fileName.isEmpty() ? part.fileName
            : part.type == Type::Image                ? tr("image")
                                                      : tr("audio");
        // Already prepared when it was first attached: sent again exactly as it was.
        auto result = AttachmentIntake::fromBytes(*bytes, name, generous);
        if (result.outcome != AttachmentIntake::Outcome::Ready)
            continue;
        result.attachment.bytes = *bytes;
        result.attachment.mimeType = part.mimeType;
        if (part.type == Type::Image)
            result.attachment.detail = part.detail.isEmpty() ? QStringLiteral("auto") : part.detail;
        attachments.append(result.attachment);
    }
    return attachments;
}

void ConversationPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (AttachmentIntake::offersMedia(event->mimeData()))
        event->acceptProposedAction();
}

void ConversationPage::dragMoveEvent(QDragMoveEvent *event)
{
    if (AttachmentIntake::offersMedia(event->mimeData()))
        event->acceptProposedAction();
}

void ConversationPage::dropEvent(QDropEvent *event)
{
    if (m_composer->attachMimeData(event->mimeData())) {
        event->acceptProposedAction();
        focusComposer();
    }
}
