// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSettings>

#include "gui/ComposerWidget.h"

//! The user's interface preferences (QSettings, next to the profiles): the language, which key
//! sends, the profile and model new chats start with, whether the parameter panel is shown.
class UiSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UiSettings)

public:
    //! AppConfigLocation/kaiwa.ini unless `filePath` is given (tests).
    explicit UiSettings(const QString &filePath = {}, QObject *parent = nullptr);
    ~UiSettings() override;

    //! "" follows the system; otherwise a language code such as "ja" or "en".
    QString language() const;
    void setLanguage(const QString &language);

    ComposerWidget::SendKey sendKey() const;
    void setSendKey(ComposerWidget::SendKey key);

    QString lastProfile() const;
    QString lastModel() const;
    void setLastModel(const QString &profile, const QString &model);

    //! What attachments may be: images scaled to this long side, files up to this size.
    AttachmentIntake::Limits attachmentLimits() const;
    void setAttachmentLimits(const AttachmentIntake::Limits &limits);

    //! Whether answers may load Markdown images from the web (it contacts their hosts).
    bool loadRemoteImages() const;
    void setLoadRemoteImages(bool load);

    //! The local command that may answer tool calls, run only when the user asks (off by
    //! default). toolCommand() is empty while it is off.
    bool toolCommandEnabled() const;
    QString toolCommandLine() const;

    QString toolCommand() const { return toolCommandEnabled() ? toolCommandLine() : QString(); }

    void setToolCommand(bool enabled, const QString &commandLine);

    bool panelVisible() const;
    void setPanelVisible(bool visible);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

Q_SIGNALS:
    void languageChanged(const QString &language);
    void sendKeyChanged(ComposerWidget::SendKey key);
    void attachmentLimitsChanged(const AttachmentIntake::Limits &limits);
    void loadRemoteImagesChanged(bool load);
    //! What toolCommand() returns now.
    void toolCommandChanged(const QString &commandLine);

private:
    mutable QSettings m_settings;
};
