// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include <QFont>
#include <QFontInfo>
#include <QIcon>
#include <QLocale>

#include "StartupProbe.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/settings/ProfileStore.h"
#include "gui/AppContext.h"
#include "gui/FontFallback.h"
#include "gui/LanguageSwitcher.h"
#include "gui/MainWindow.h"
#include "gui/SettingsDialog.h"
#include "gui/UiSettings.h"
#include "gui/profiles/FirstRunWizard.h"
#include "gui/profiles/ProfileDialog.h"

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

    m_context =
        std::make_unique<AppContext>(AppContext::Paths{}, std::make_unique<KeychainSecretStore>());
    installFontFallback();
    m_language = new LanguageSwitcher(this);
    m_language->apply(m_context->ui().language());
    connect(&m_context->ui(), &UiSettings::languageChanged, m_language, &LanguageSwitcher::apply);
}

Application::~Application()
{
    for (const QPointer<MainWindow> &window : std::as_const(m_windows))
        delete window.data();
    // While the application still exists: it removes its translators from it.
    delete m_language;
}

void Application::start()
{
    const auto opened = m_context->open();
    if (FirstRunWizard::needed(m_context->profiles()) && !StartupProbe::enabled()) {
        FirstRunWizard wizard(m_context->profiles(), m_context->secrets(), m_context->network());
        wizard.exec(); // cancelling still opens the window; Profiles… is in the File menu
    }
    MainWindow *window = newWindow();
    StartupProbe::watch(window);
    if (!opened) {
        window->showStartupProblem(tr("The conversation history could not be opened, so this "
                                      "session is not saved. %1")
                                       .arg(opened.error().describe()));
    }
}

MainWindow *Application::newWindow()
{
    auto *window = new MainWindow(*m_context);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &MainWindow::newWindowRequested, this, &Application::newWindow);
    connect(window, &MainWindow::settingsRequested, this, [this, window] { showSettings(window); });
    connect(window, &MainWindow::profilesRequested, this, [this, window] { showProfiles(window); });
    m_windows.append(window);
    window->show();
    return window;
}

void Application::showSettings(QWidget *parent)
{
    SettingsDialog dialog(m_context->ui(), parent);
    dialog.exec();
}

void Application::showProfiles(QWidget *parent)
{
    ProfileDialog dialog(m_context->profiles(), m_context->secrets(), m_context->network(), parent);
    dialog.exec();
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
