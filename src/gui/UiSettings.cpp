// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/UiSettings.h"

#include <QStandardPaths>

namespace {
QString defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QStringLiteral("/kaiwa.ini");
}
} // namespace

UiSettings::UiSettings(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_settings(filePath.isEmpty() ? defaultPath() : filePath, QSettings::IniFormat)
{}

UiSettings::~UiSettings() = default;

QString UiSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void UiSettings::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    m_settings.setValue(QStringLiteral("ui/language"), language);
    Q_EMIT languageChanged(language);
}

ComposerWidget::SendKey UiSettings::sendKey() const
{
    return m_settings.value(QStringLiteral("ui/sendKey")).toString() == QLatin1String("ctrl+enter")
        ? ComposerWidget::SendKey::CtrlEnter
        : ComposerWidget::SendKey::Enter;
}

void UiSettings::setSendKey(ComposerWidget::SendKey key)
{
    if (key == sendKey())
        return;
    m_settings.setValue(QStringLiteral("ui/sendKey"),
        key == ComposerWidget::SendKey::CtrlEnter ? QStringLiteral("ctrl+enter")
                                                  : QStringLiteral("enter"));
    Q_EMIT sendKeyChanged(key);
}

QString UiSettings::lastProfile() const
{
    return m_settings.value(QStringLiteral("chat/profile")).toString();
}

QString UiSettings::lastModel() const
{
    return m_settings.value(QStringLiteral("chat/model")).toString();
}

void UiSettings::setLastModel(const QString &profile, const QString &model)
{
    m_settings.setValue(QStringLiteral("chat/profile"), profile);
    m_settings.setValue(QStringLiteral("chat/model"), model);
}

bool UiSettings::panelVisible() const
{
    return m_settings.value(QStringLiteral("ui/panelVisible"), false).toBool();
}

void UiSettings::setPanelVisible(bool visible)
{
    m_settings.setValue(QStringLiteral("ui/panelVisible"), visible);
}

QByteArray UiSettings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("ui/geometry")).toByteArray();
}

void UiSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("ui/geometry"), geometry);
}

AttachmentIntake::Limits UiSettings::attachmentLimits() const
{
    AttachmentIntake::Limits limits;
    limits.maxLongSide = qBound(256,
        m_settings.value(QStringLiteral("attachments/imageLongSide"), limits.maxLongSide).toInt(),
        8192);
    const qint64 megabytes = qBound(1LL,
        m_settings.value(QStringLiteral("attachments/maxMegabytes"), limits.maxBytes >> 20)
            .toLongLong(),
        512LL);
    limits.maxBytes = megabytes << 20;
    return limits;
}

void UiSettings::setAttachmentLimits(const AttachmentIntake::Limits &limits)
{
    const AttachmentIntake::Limits before = attachmentLimits();
    m_settings.setValue(QStringLiteral("attachments/imageLongSide"), limits.maxLongSide);
    m_settings.setValue(QStringLiteral("attachments/maxMegabytes"), limits.maxBytes >> 20);
    const AttachmentIntake::Limits after = attachmentLimits();
    if (after.maxLongSide != before.maxLongSide || after.maxBytes != before.maxBytes)
        Q_EMIT attachmentLimitsChanged(after);
}

bool UiSettings::loadRemoteImages() const
{
    return m_settings.value(QStringLiteral("ui/loadRemoteImages"), true).toBool();
}

void UiSettings::setLoadRemoteImages(bool load)
{
    if (load == loadRemoteImages())
        return;
    m_settings.setValue(QStringLiteral("ui/loadRemoteImages"), load);
    Q_EMIT loadRemoteImagesChanged(load);
}

bool UiSettings::toolCommandEnabled() const
{
    return m_settings.value(QStringLiteral("tools/commandEnabled"), false).toBool();
}

QString UiSettings::toolCommandLine() const
{
    return m_settings.value(QStringLiteral("tools/command")).toString().trimmed();
}

void UiSettings::setToolCommand(bool enabled, const QString &commandLine)
{
    const QString before = toolCommand();
    m_settings.setValue(QStringLiteral("tools/commandEnabled"), enabled);
    m_settings.setValue(QStringLiteral("tools/command"), commandLine.trimmed());
    if (toolCommand() != before)
        Q_EMIT toolCommandChanged(toolCommand());
}
