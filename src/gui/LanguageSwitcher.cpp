// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/LanguageSwitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{}

LanguageSwitcher::~LanguageSwitcher()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
}

QString LanguageSwitcher::apply(const QString &language)
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    // QTranslator::load(QLocale, …) walks QLocale::uiLanguages() and stops at the first file it
    // finds. kaiwa_en.qm exists, so someone with LANGUAGE=en:ja gets English, not Japanese.
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!m_app.load(locale, QStringLiteral("kaiwa"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return {};
    QCoreApplication::installTranslator(&m_app);
    // Qt's own strings (dialog buttons, context menus) follow the language Kaiwa was shown in,
    // so a window never mixes two languages.
    if (m_qt.load(QLocale(m_app.language()), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qt);
    }
    return m_app.language();
}
