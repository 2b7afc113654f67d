// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include <QFont>
#include <QFontInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>

#include "gui/FontFallback.h"
#include "gui/MainWindow.h"

Application::Application(int &argc, char **argv)
    : QApplication(argc, argv)
{
    setOrganizationName(QStringLiteral("Kaiwa"));
    setApplicationName(QStringLiteral("Kaiwa"));
    setApplicationDisplayName(QStringLiteral("Kaiwa"));
    setApplicationVersion(QStringLiteral(KAIWA_VERSION));
    // Matches the .desktop file so Wayland compositors and docks group the window correctly.
    setDesktopFileName(QStringLiteral("io.github.kaiwa.Kaiwa"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.kaiwa.Kaiwa.svg")));

    installFontFallback();
    installTranslators();
}

// Out of line so the header does not need MainWindow's definition.
Application::~Application() = default;

void Application::showMainWindow()
{
    m_mainWindow = std::make_unique<MainWindow>();
    m_mainWindow->show();
}

void Application::installTranslators()
{
    // QTranslator::load(QLocale, …) walks QLocale::uiLanguages() and stops at the first file it
    // finds. kaiwa_en.qm exists, so someone with LANGUAGE=en:ja gets English, not Japanese.
    if (!m_appTranslator.load(QLocale::system(), QStringLiteral("kaiwa"), QStringLiteral("_"),
            QStringLiteral(":/i18n"))) {
        return;
    }
    installTranslator(&m_appTranslator);

    // Qt's own strings (dialog buttons, context menus) follow the language Kaiwa was shown in,
    // so a window never mixes two languages.
    if (m_qtTranslator.load(QLocale(m_appTranslator.language()), QStringLiteral("qtbase"),
            QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        installTranslator(&m_qtTranslator);
    }
}

void Application::installFontFallback()
{
    // Without an explicit list, kanji and kana fall through to whatever CJK face fontconfig picks
    // first, often a Chinese one ("Droid Sans Fallback", "Noto Sans CJK SC").
    // Start from the resolved family: the default is often the alias "Sans Serif", and QFont would
    // skip an alias in a family list and draw Latin text with the first CJK face instead.
    QFont uiFont = font();
    uiFont.setFamilies(uiFontFamilies(QFontInfo(uiFont).family(), QLocale::system()));
    setFont(uiFont);
}
