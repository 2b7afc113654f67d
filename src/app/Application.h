// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QApplication>
#include <QTranslator>

class MainWindow;

//! Owns the application-wide set-up (ids, translators, fonts) and the object graph of the GUI.
class Application final : public QApplication
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    Application(int &argc, char **argv);
    ~Application() override;

    //! Builds and shows the main window.
    void showMainWindow();

private:
    void installTranslators();
    void installFontFallback();

    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    std::unique_ptr<MainWindow> m_mainWindow;
};
