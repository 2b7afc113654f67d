// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

//! A problem or note shown next to the field it is about: a standard icon and word-wrapped text
//! in the palette's colours. Hidden while it has no text.
class InlineMessage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InlineMessage)

public:
    enum class Level { Error, Warning, Info, Success };

    explicit InlineMessage(QWidget *parent = nullptr);

    void show(const QString &text, Level level = Level::Error);
    void clear();
    QString text() const;

    Level level() const { return m_level; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    Level m_level = Level::Error;
};
