// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class UiSettings;

//! Preferences: the interface language (the system's, English or Japanese; applied at once),
//! which key sends a message, the limits for attachments, and the optional local command for
//! tool calls.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(UiSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    //! Writes the choices to UiSettings (what OK does).
    void apply();

    QComboBox *languageBox() const { return m_language; }

    QButtonGroup *sendKeyGroup() const { return m_sendKey; }

    QSpinBox *imageLongSideBox() const { return m_imageLongSide; }

    QSpinBox *maxAttachmentBox() const { return m_maxMegabytes; }

    QCheckBox *remoteImagesBox() const { return m_remoteImages; }

    QCheckBox *toolCommandBox() const { return m_toolCommandOn; }

    QLineEdit *toolCommandEdit() const { return m_toolCommand; }

private:
    UiSettings &m_settings;
    QComboBox *m_language = nullptr;
    QButtonGroup *m_sendKey = nullptr;
    QSpinBox *m_imageLongSide = nullptr;
    QSpinBox *m_maxMegabytes = nullptr;
    QCheckBox *m_remoteImages = nullptr;
    QCheckBox *m_toolCommandOn = nullptr;
    QLineEdit *m_toolCommand = nullptr;
};
