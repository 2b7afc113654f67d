// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/profiles/InlineMessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

InlineMessage::InlineMessage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("messageText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void InlineMessage::show(const QString &text, Level level)
{
    m_level = level;
    const auto icon = [&] {
        switch (level) {
        case Level::Error:
            return QStyle::SP_MessageBoxCritical;
        case Level::Warning:
            return QStyle::SP_MessageBoxWarning;
        case Level::Success:
            return QStyle::SP_DialogApplyButton;
        case Level::Info:
            break;
        }
        return QStyle::SP_MessageBoxInformation;
    }();
    const int size = fontMetrics().height();
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_text->setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
}

void InlineMessage::clear()
{
    m_text->clear();
    setVisible(false);
}

QString InlineMessage::text() const
{
    return m_text->text();
}
