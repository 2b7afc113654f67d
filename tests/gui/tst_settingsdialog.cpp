// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences: language and send key, written to the settings file and announced to the app.
#include <QButtonGroup>
#include <QComboBox>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "gui/SettingsDialog.h"
#include "gui/UiSettings.h"

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choicesAreSavedAndAnnounced();
    void cancelChangesNothing();
};

void TestSettingsDialog::choicesAreSavedAndAnnounced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kaiwa.ini"));
    UiSettings settings(path);
    QCOMPARE(settings.language(), QString()); // follows the system by default
    QCOMPARE(settings.sendKey(), ComposerWidget::SendKey::Enter);
    QSignalSpy language(&settings, &UiSettings::languageChanged);
    QSignalSpy sendKey(&settings, &UiSettings::sendKeyChanged);

    SettingsDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("ja")));
    QTest::mouseClick(
        dialog.findChild<QRadioButton *>(QStringLiteral("sendWithCtrlEnter")), Qt::LeftButton);
    QTest::keyClick(&dialog, Qt::Key_Return); // OK is the default button
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(language.size(), 1);
    QCOMPARE(language.first().first().toString(), QStringLiteral("ja"));
    QCOMPARE(sendKey.size(), 1);

    UiSettings reread(path); // what the next start reads
    QCOMPARE(reread.language(), QStringLiteral("ja"));
    QCOMPARE(reread.sendKey(), ComposerWidget::SendKey::CtrlEnter);
}

void TestSettingsDialog::cancelChangesNothing()
{
    QTemporaryDir dir;
    UiSettings settings(dir.filePath(QStringLiteral("kaiwa.ini")));
    QSignalSpy language(&settings, &UiSettings::languageChanged);
    SettingsDialog dialog(settings);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
    dialog.reject();
    QCOMPARE(language.size(), 0);
    QCOMPARE(settings.language(), QString());
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
