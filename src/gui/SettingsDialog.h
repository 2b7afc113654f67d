// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QButtonGroup;
class QComboBox;
class UiSettings;

//! Preferences: the interface language (the system's, English or Japanese; applied at once) and
//! which key sends a message.
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

private:
    UiSettings &m_settings;
    QComboBox *m_language = nullptr;
    QButtonGroup *m_sendKey = nullptr;
};
