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
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
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
