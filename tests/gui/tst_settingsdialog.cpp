// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences: language and send key, written to the settings file and announced to the app.
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
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
    void toolCommandIsOffUntilTurnedOn();
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
    QSignalSpy limits(&settings, &UiSettings::attachmentLimitsChanged);
    QSignalSpy remote(&settings, &UiSettings::loadRemoteImagesChanged);
    QCOMPARE(settings.attachmentLimits().maxLongSide, 2048);
    QCOMPARE(settings.attachmentLimits().maxBytes, 20 << 20);
    QVERIFY(settings.loadRemoteImages());

    SettingsDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("ja")));
    QTest::mouseClick(
        dialog.findChild<QRadioButton *>(QStringLiteral("sendWithCtrlEnter")), Qt::LeftButton);
    dialog.imageLongSideBox()->setValue(1024);
    dialog.maxAttachmentBox()->setValue(5);
    QTest::mouseClick(dialog.remoteImagesBox(), Qt::LeftButton);
    QTest::keyClick(&dialog, Qt::Key_Return); // OK is the default button
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(language.size(), 1);
    QCOMPARE(language.first().first().toString(), QStringLiteral("ja"));
    QCOMPARE(sendKey.size(), 1);
    QCOMPARE(limits.size(), 1);
    QCOMPARE(remote.size(), 1);

    UiSettings reread(path); // what the next start reads
    QCOMPARE(reread.language(), QStringLiteral("ja"));
    QCOMPARE(reread.sendKey(), ComposerWidget::SendKey::CtrlEnter);
    QCOMPARE(reread.attachmentLimits().maxLongSide, 1024);
    QCOMPARE(reread.attachmentLimits().maxBytes, 5 << 20);
    QVERIFY(!reread.loadRemoteImages());
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

void TestSettingsDialog::toolCommandIsOffUntilTurnedOn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kaiwa.ini"));
    UiSettings settings(path);
    QVERIFY(!settings.toolCommandEnabled());
    QCOMPARE(settings.toolCommand(), QString());
    QSignalSpy changed(&settings, &UiSettings::toolCommandChanged);

    SettingsDialog dialog(settings);
    QVERIFY(!dialog.toolCommandBox()->isChecked());
    QVERIFY(!dialog.toolCommandEdit()->isEnabled()); // nothing to type until it is turned on
    dialog.toolCommandBox()->setChecked(true);
    QVERIFY(dialog.toolCommandEdit()->isEnabled());
    dialog.toolCommandEdit()->setText(QStringLiteral("  python3 /home/me/tools.py  "));
    dialog.apply();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("python3 /home/me/tools.py"));
    QCOMPARE(UiSettings(path).toolCommand(), QStringLiteral("python3 /home/me/tools.py"));

    // Turned off, the command is remembered but not offered.
    SettingsDialog again(settings);
    QCOMPARE(again.toolCommandEdit()->text(), QStringLiteral("python3 /home/me/tools.py"));
    again.toolCommandBox()->setChecked(false);
    again.apply();
    QCOMPARE(changed.size(), 2);
    QCOMPARE(settings.toolCommand(), QString());
    QCOMPARE(settings.toolCommandLine(), QStringLiteral("python3 /home/me/tools.py"));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
