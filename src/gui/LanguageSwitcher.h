// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTranslator>

//! Installs Kaiwa's translation (from :/i18n) and Qt's own for a language, replacing the ones
//! it installed before, so switching in Settings takes effect at once: every widget gets
//! LanguageChange and retranslates.
class LanguageSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageSwitcher)

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    //! "" follows the system's languages (the first one Kaiwa has, in order); otherwise a code
    //! such as "ja" or "en". Returns the language shown, e.g. "ja_JP", or "" for the built-in
    //! English.
    QString apply(const QString &language);

private:
    QTranslator m_app;
    QTranslator m_qt;
};
