// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/media/AudioLevelMeter.h"

#include <cmath>

#include <QPainter>

using namespace Qt::StringLiterals;

AudioLevelMeter::AudioLevelMeter(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"audioLevelMeter"_s);
    setAccessibleName(tr("Microphone level"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void AudioLevelMeter::setLevel(double level)
{
    level = qBound(0.0, level, 1.0);
    // Rises at once, falls gradually: the bar doesn't flicker between words.
    const double shown = level >= m_level ? level : qMax(level, m_level * 0.6);
    if (qFuzzyCompare(shown + 1, m_level + 1))
        return;
    m_level = shown < 0.005 ? 0 : shown;
    update();
}

void AudioLevelMeter::reset()
{
    m_level = 0;
    update();
}

QSize AudioLevelMeter::sizeHint() const
{
    return { fontMetrics().height() * 6, qMax(6, fontMetrics().height() / 2) };
}

QSize AudioLevelMeter::minimumSizeHint() const
{
    return { fontMetrics().height() * 2, sizeHint().height() };
}

void AudioLevelMeter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF trough = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = trough.height() / 2;
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(trough, radius, radius);
    if (m_level <= 0)
        return;
    // -48 dB .. 0 dB mapped onto the bar.
    const double decibels = 20 * std::log10(qMax(m_level, 1e-6));
    const double fraction = qBound(0.0, (decibels + 48) / 48, 1.0);
    if (fraction <= 0)
        return;
    QRectF bar = trough.adjusted(1, 1, -1, -1);
    bar.setWidth(qMax(bar.height(), bar.width() * fraction));
    painter.setPen(Qt::NoPen);
    painter.setBrush(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::Highlight));
    painter.drawRoundedRect(bar, bar.height() / 2, bar.height() / 2);
}
