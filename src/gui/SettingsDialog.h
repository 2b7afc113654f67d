// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QSpinBox;
class UiSettings;

//! Preferences: the interface language (the system's, English or Japanese; applied at once),
//! which key sends a message, and the limits for attachments.
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

private:
    UiSettings &m_settings;
    QComboBox *m_language = nullptr;
    QButtonGroup *m_sendKey = nullptr;
    QSpinBox *m_imageLongSide = nullptr;
    QSpinBox *m_maxMegabytes = nullptr;
    QCheckBox *m_remoteImages = nullptr;
};
