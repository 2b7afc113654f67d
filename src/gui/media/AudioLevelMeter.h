// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

//! A small horizontal bar showing how loud the microphone is, painted in the palette's colours
//! (a Highlight bar in a Base trough). Falls back smoothly between reports.
class AudioLevelMeter final : public QWidget
{
    Q_OBJECT

public:
    explicit AudioLevelMeter(QWidget *parent = nullptr);

    //! 0..1 (a peak); shown on a perceptual scale so speech is visible, not a thin sliver.
    void setLevel(double level);

    double level() const { return m_level; }

    //! Empties the bar at once (recording stopped).
    void reset();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_level = 0;
};
