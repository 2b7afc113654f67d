// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QApplication>
#include <QList>
#include <QPointer>

class AppContext;
class LanguageSwitcher;
class MainWindow;

//! Owns the application-wide set-up (ids, translators, fonts) and the object graph of the GUI:
//! the AppContext the windows share, and the windows.
class Application final : public QApplication
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    Application(int &argc, char **argv);
    ~Application() override;

    //! Opens the store, walks a first-time user through making a profile, and shows a window.
    void start();
    MainWindow *newWindow();

private:
    void installFontFallback();
    void showSettings(QWidget *parent);
    void showProfiles(QWidget *parent);

    LanguageSwitcher *m_language = nullptr;
    std::unique_ptr<AppContext> m_context;
    QList<QPointer<MainWindow>> m_windows;
};
