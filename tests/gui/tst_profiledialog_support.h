// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by tst_profiledialog and tst_firstrunwizard: a keychain that always fails, widget
// lookup, and screenshots on demand (KAIWA_SCREENSHOT_DIR, KAIWA_SCREENSHOT_DARK=1).
#pragma once

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QStyleFactory>
#include <QTest>
#include <QWidget>

#include "DarkPalette.h"
#include "core/secrets/SecretStore.h"

//! A SecretStore whose every operation fails the way a locked keychain does.
class FailingSecretStore final : public SecretStore
{
public:
    bool isPersistent() const override { return true; }

    QString statusMessage() const override
    {
        return QStringLiteral("The system keychain is locked.");
    }

protected:
    void start(SecretJob *job) override
    {
        fail(job,
            keychainError(QStringLiteral("keychain-locked"),
                QStringLiteral("access to the keychain was denied")));
    }
};

template <typename T>
T *child(const QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child named %s", name);
    return found;
}

//! Fusion with a dark palette when KAIWA_SCREENSHOT_DARK is set (call before making widgets).
inline void applyScreenshotPalette()
{
    if (qEnvironmentVariableIsEmpty("KAIWA_SCREENSHOT_DIR"))
        return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (qEnvironmentVariableIsEmpty("KAIWA_SCREENSHOT_DARK"))
        return;
    QApplication::setPalette(TestPalette::dark());
}

//! Saves widget.grab() as <KAIWA_SCREENSHOT_DIR>/<name>.png when that variable is set.
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("KAIWA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50);
    const QString suffix = qEnvironmentVariableIsEmpty("KAIWA_SCREENSHOT_DARK")
        ? QStringLiteral("-light")
        : QStringLiteral("-dark");
    widget->grab().save(QDir(dir).filePath(name + suffix + QStringLiteral(".png")));
}
