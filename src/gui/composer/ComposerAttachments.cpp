// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ComposerWidget: the attachments — the Attach button and its menu, the file dialog, pasted and
// dropped data, image URLs, and plain-text paste.
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMenu>
#include <QMimeData>
#include <QStandardPaths>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/media/Wav.h"
#include "gui/ComposerWidget.h"
#include "gui/composer/AttachmentStrip.h"
#include "gui/composer/ComposerEdit.h"
#include "gui/media/RecorderWidget.h"

ComposerAttachments ComposerWidget::attachments() const
{
    return m_strip->attachments();
}

void ComposerWidget::setAttachments(const ComposerAttachments &attachments)
{
    m_strip->setAttachments(attachments);
}

ComposerAttachments ComposerWidget::takeAttachments()
{
    const ComposerAttachments taken = m_strip->attachments();
    m_strip->setAttachments({});
    return taken;
}

void ComposerWidget::addAttachment(const ComposerAttachment &attachment)
{
    m_strip->add(attachment);
}

void ComposerWidget::take(const AttachmentIntake::Result &result)
{
    switch (result.outcome) {
    case AttachmentIntake::Outcome::Ready:
        addAttachment(result.attachment);
        break;
    case AttachmentIntake::Outcome::Refused:
        Q_EMIT attachmentRefused(result.reason);
        break;
    case AttachmentIntake::Outcome::NeedsConversion:
        Q_EMIT conversionRequested(result.bytes, result.name);
        break;
    }
}

void ComposerWidget::attachFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        take(AttachmentIntake::fromFile(path, m_limits));
}

bool ComposerWidget::attachMimeData(const QMimeData *data)
{
    const QList<AttachmentIntake::Result> results = AttachmentIntake::fromMimeData(data, m_limits);
    for (const AttachmentIntake::Result &result : results)
        take(result);
    return !results.isEmpty();
}

void ComposerWidget::attachImageUrl(const QString &url)
{
    take(AttachmentIntake::fromImageUrl(url, m_limits));
}

void ComposerWidget::openFileDialog()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files"), start,
        tr("Images, audio and PDF (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.wav "
           "*.mp3 *.ogg *.oga *.opus *.flac *.m4a *.aac *.pdf);;All files (*)"));
    attachFiles(paths);
    m_edit->setFocus(Qt::OtherFocusReason);
}

void ComposerWidget::askImageUrl()
{
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Image from URL"),
        tr("Address of the image (https://…):"), QLineEdit::Normal, QString(), &ok);
    if (ok && !url.trimmed().isEmpty())
        attachImageUrl(url);
    m_edit->setFocus(Qt::OtherFocusReason);
}

void ComposerWidget::pastePlainText()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (!text.isEmpty())
        m_edit->insertPlainText(text);
}

void ComposerWidget::retranslateAttachMenu()
{
    QMenu *menu = m_attach->menu();
    if (!menu) {
        menu = new QMenu(m_attach);
        menu->setObjectName(QStringLiteral("attachMenu"));
        m_attach->setMenu(menu);
    }
    menu->clear();
    menu->addAction(tr("Files…"), this, &ComposerWidget::openFileDialog);
    menu->addAction(tr("Image from URL…"), this, &ComposerWidget::askImageUrl);
    menu->addAction(tr("Paste as plain text"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this,
        &ComposerWidget::pastePlainText);
}

void ComposerWidget::startRecording()
{
    if (!m_recorder) {
        m_recorder = new RecorderWidget(this);
        m_recorder->setObjectName(QStringLiteral("recorderBar"));
        // Under the attachments, over the editor.
        static_cast<QVBoxLayout *>(layout())->insertWidget(1, m_recorder);
        connect(m_recorder, &RecorderWidget::attached, this, &ComposerWidget::attachRecording);
        connect(m_recorder, &RecorderWidget::discarded, this, [this] {
            m_recorder->hide();
            m_edit->setFocus(Qt::OtherFocusReason);
        });
    }
    if (m_recorder->isVisible() && !m_recorder->isRecording() && m_recorder->take().isEmpty()) {
        // The button again with nothing recorded (no microphone, say): close the bar.
        m_recorder->hide();
        m_edit->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_recorder->show();
    if (!m_recorder->isRecording() && m_recorder->take().isEmpty())
        m_recorder->startRecording();
}

void ComposerWidget::attachRecording(const QByteArray &wav)
{
    ComposerAttachment attachment;
    attachment.kind = ComposerAttachment::Kind::Audio;
    attachment.bytes = wav;
    attachment.mimeType = QStringLiteral("audio/wav");
    attachment.name = tr("Recording %1.wav").arg(QTime::currentTime().toString(u"HH-mm-ss"));
    if (const auto info = Wav::parse(wav))
        attachment.durationMs = info->duration().count();
    addAttachment(attachment);
    m_recorder->hide();
    m_edit->setFocus(Qt::OtherFocusReason);
}
