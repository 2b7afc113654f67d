// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include "gui/MainWindow.h"

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTitleAndWelcome();
    void quitActionHasStandardShortcut();
    void quitActionClosesTheWindow();
    void japaneseTranslationRetranslatesMenus();
};

void TestMainWindow::showsTitleAndWelcome()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.windowTitle(), QStringLiteral("Kaiwa"));
    QVERIFY(window.width() >= 800);
    QVERIFY(window.height() >= 600);

    const auto *welcome = window.findChild<QLabel *>(QStringLiteral("welcomeLabel"));
    QVERIFY(welcome);
    QVERIFY(welcome->isVisible());
    QVERIFY(welcome->text().contains(QStringLiteral("OpenAI-compatible")));
    QVERIFY(welcome->wordWrap());
    const auto *comingSoon = window.findChild<QLabel *>(QStringLiteral("comingSoonLabel"));
    QVERIFY(comingSoon);
    QVERIFY(comingSoon->isVisible());
    QVERIFY(comingSoon->text().contains(QStringLiteral("later version")));
    // Centred horizontally in the window, not squeezed into a corner.
    const QPoint centre = welcome->mapTo(&window, welcome->rect().center());
    QVERIFY(qAbs(centre.x() - window.width() / 2) < 20);
}

void TestMainWindow::quitActionHasStandardShortcut()
{
    MainWindow window;
    const auto *quit = window.findChild<QAction *>(QStringLiteral("actionQuit"));
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));

    const auto *fileMenu = window.findChild<QMenu *>(QStringLiteral("menuFile"));
    QVERIFY(fileMenu);
    QVERIFY(fileMenu->actions().contains(quit));
    QVERIFY(window.menuBar()->actions().contains(fileMenu->menuAction()));

    const auto *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
    QVERIFY(about);
    const auto *helpMenu = window.findChild<QMenu *>(QStringLiteral("menuHelp"));
    QVERIFY(helpMenu);
    QVERIFY(helpMenu->actions().contains(about));
}

void TestMainWindow::quitActionClosesTheWindow()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *quit = window.findChild<QAction *>(QStringLiteral("actionQuit"));
    QVERIFY(quit);
    quit->trigger();
    QTRY_VERIFY(!window.isVisible());
}

void TestMainWindow::japaneseTranslationRetranslatesMenus()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto *fileMenu = window.findChild<QMenu *>(QStringLiteral("menuFile"));
    QVERIFY(fileMenu);
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));

    // The same compiled catalogue the application embeds under :/i18n.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/kaiwa_ja.qm")));
    QCOMPARE(translator.language(), QStringLiteral("ja_JP"));
    QVERIFY(QCoreApplication::installTranslator(&translator));

    // Installing a translator posts LanguageChange; MainWindow retranslates its form.
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("ファイル(&F)"));
    const auto *welcome = window.findChild<QLabel *>(QStringLiteral("welcomeLabel"));
    QVERIFY(welcome);
    QVERIFY(welcome->text().contains(QStringLiteral("チャットクライアント")));
    // The brand name stays untranslated.
    QCOMPARE(window.windowTitle(), QStringLiteral("Kaiwa"));

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
