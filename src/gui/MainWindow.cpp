// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/MainWindow.h"

#include <QApplication>
#include <QEvent>
#include <QMessageBox>

#include "ui_MainWindow.h"

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);

    // The icon is a resource of the kaiwa executable; Application sets it before building the
    // window. Tests link no icon, so the label simply stays hidden there.
    const QIcon icon = QApplication::windowIcon();
    if (icon.isNull()) {
        m_ui->logoLabel->hide();
    } else {
        m_ui->logoLabel->setPixmap(icon.pixmap(QSize(96, 96), devicePixelRatio()));
    }

    connect(m_ui->actionQuit, &QAction::triggered, this, &QApplication::closeAllWindows);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    // Installing a QTranslator at run time sends LanguageChange to every widget.
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kaiwa"),
        tr("<h3>Kaiwa %1</h3>"
           "<p>A desktop chat client for OpenAI-compatible APIs.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}
