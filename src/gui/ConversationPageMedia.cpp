// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConversationPage: attachments — storing what the composer holds as message parts, putting a
// message's media back into the composer for editing, and files dropped anywhere on the page.
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMimeData>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolButton>
#include <QUrl>

#include "core/storage/ConversationStore.h"
#include "gui/AppContext.h"
#include "gui/ComposerWidget.h"
#include "gui/ConversationPage.h"
#include "gui/ConversationView.h"
#include "gui/UiSettings.h"
#include "gui/composer/AttachmentIntake.h"
#include "gui/media/AudioConverter.h"
#include "gui/media/AudioPlayerWidget.h"
#include "gui/media/ImageViewer.h"

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

void ConversationPage::setUpMedia()
{
    m_view->setAttachmentSource([store = &m_context.store()](const QByteArray &hash) {
        auto bytes = store->attachment(hash);
        return bytes ? std::optional<QByteArray>(*bytes) : std::nullopt;
    });
    const auto remoteImages = [this](bool load) {
        m_view->setNetworkAccessManager(load ? &m_context.network() : nullptr);
    };
    remoteImages(m_context.ui().loadRemoteImages());
    connect(&m_context.ui(), &UiSettings::loadRemoteImagesChanged, this, remoteImages);
    m_playerBar->setObjectName(QStringLiteral("playerBar"));
    m_playerBar->setAutoFillBackground(true);
    m_playerBar->setBackgroundRole(QPalette::AlternateBase);
    m_player = new AudioPlayerWidget(m_playerBar);
    m_player->setObjectName(QStringLiteral("audioPlayer"));
    m_playerClose = new QToolButton(m_playerBar);
    m_playerClose->setObjectName(QStringLiteral("playerClose"));
    m_playerClose->setText(QStringLiteral("✕"));
    m_playerClose->setAutoRaise(true);
    auto *layout = new QHBoxLayout(m_playerBar);
    layout->setContentsMargins(8, 2, 4, 2);
    layout->addWidget(m_player, 1);
    layout->addWidget(m_playerClose);
    m_playerBar->hide();
    connect(m_playerClose, &QToolButton::clicked, this, [this] {
        m_player->clear();
        m_playerBar->hide();
    });
    connect(m_view, &ConversationView::imageActivated, this, &ConversationPage::openImage);
    connect(m_view, &ConversationView::audioActivated, this, &ConversationPage::playStoredAudio);
    connect(m_view, &ConversationView::fileActivated, this, &ConversationPage::openFile);
    connect(m_composer, &ComposerWidget::attachmentOpenRequested, this,
        &ConversationPage::openAttachment);
    connect(
        m_composer, &ComposerWidget::conversionRequested, this, &ConversationPage::convertAudio);
}

void ConversationPage::openImage(const Conversation::Part &part)
{
    if (part.attachment.isEmpty()) {
        if (!part.url.isEmpty())
            QDesktopServices::openUrl(QUrl(part.url));
        return;
    }
    const auto bytes = m_context.store().attachment(part.attachment);
    if (!bytes) {
        showError(tr("Could not open the image: %1").arg(bytes.error().describe()));
        return;
    }
    showImage(*bytes, part.mimeType, part.fileName.isEmpty() ? tr("image") : part.fileName);
}

void ConversationPage::showImage(
    const QByteArray &bytes, const QString &mimeType, const QString &name)
{
    if (!m_imageViewer) {
        m_imageViewer = new ImageViewer(this);
        m_imageViewer->setObjectName(QStringLiteral("imageViewer"));
    }
    m_imageViewer->setImage(bytes, mimeType, name);
    m_imageViewer->show();
    m_imageViewer->raise();
    m_imageViewer->activateWindow();
}

void ConversationPage::playAudio(
    const QByteArray &bytes, const QString &mimeType, const QString &name)
{
    m_player->setAudio(bytes, mimeType, name);
    m_playerBar->show();
    m_player->play();
}

void ConversationPage::playStoredAudio(
    qint64 messageId, const QByteArray &hash, const QString &mimeType)
{
    const auto bytes = m_context.store().attachment(hash);
    if (!bytes) {
        showError(tr("Could not play the audio: %1").arg(bytes.error().describe()));
        return;
    }
    playAudio(*bytes, mimeType, tr("answer-%1").arg(messageId));
}

void ConversationPage::openAttachment(const ComposerAttachment &attachment)
{
    switch (attachment.kind) {
    case ComposerAttachment::Kind::Image:
        showImage(attachment.bytes, attachment.mimeType, attachment.name);
        break;
    case ComposerAttachment::Kind::ImageUrl:
        QDesktopServices::openUrl(QUrl(attachment.url));
        break;
    case ComposerAttachment::Kind::Audio:
        playAudio(attachment.bytes, attachment.mimeType, attachment.name);
        break;
    case ComposerAttachment::Kind::File:
        break; // nothing to preview a PDF with here
    }
}

void ConversationPage::convertAudio(const QByteArray &bytes, const QString &name)
{
    if (!m_converter) {
        m_converter = new AudioConverter(this);
        // One at a time: a conversion still running when another starts is abandoned, so the
        // queue lives here.
        connect(m_converter, &AudioConverter::converted, this, [this](const ConvertedAudio &audio) {
            const QString name = m_conversions.takeFirst().second;
            ComposerAttachment attachment;
            attachment.kind = ComposerAttachment::Kind::Audio;
            attachment.bytes = audio.bytes;
            attachment.mimeType = audio.mimeType;
            attachment.name = QFileInfo(name).completeBaseName() + QStringLiteral(".wav");
            attachment.durationMs = audio.duration.count();
            attachment.note = tr("Converted from %1 to WAV").arg(name);
            m_composer->addAttachment(attachment);
            startNextConversion();
        });
        connect(m_converter, &AudioConverter::failed, this, [this](const QString &reason) {
            m_conversions.removeFirst();
            showError(reason);
            startNextConversion();
        });
    }
    m_conversions.append({ bytes, name });
    if (m_conversions.size() == 1)
        startNextConversion();
}

void ConversationPage::startNextConversion()
{
    if (!m_conversions.isEmpty())
        m_converter->convert(m_conversions.first().first, m_conversions.first().second);
}

void ConversationPage::openFile(const Conversation::Part &part)
{
    // A PDF the user attached: handed to the desktop's viewer through a copy in the cache.
    const auto bytes = m_context.store().attachment(part.attachment);
    if (!bytes) {
        showError(tr("Could not open %1: %2").arg(part.fileName, bytes.error().describe()));
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/attachments");
    QDir().mkpath(dir);
    const QString name = QFileInfo(part.fileName).fileName();
    QSaveFile file(dir + QLatin1Char('/') + QString::fromLatin1(part.attachment.left(12))
        + QLatin1Char('-') + (name.isEmpty() ? QStringLiteral("file.pdf") : name));
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        showError(tr("Could not open %1: %2").arg(part.fileName, file.errorString()));
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName()));
}
