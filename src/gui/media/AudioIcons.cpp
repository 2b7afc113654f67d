// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/media/AudioIcons.h"

#include <functional>

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStyle>
#include <QWidget>

namespace AudioIcons {
namespace {
QPixmap draw(const QWidget &widget, const QColor &color,
    const std::function<void(QPainter &, const QRectF &)> &shape)
{
    const int size = widget.style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, &widget);
    const qreal ratio = widget.devicePixelRatioF();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const qreal inset = size / 5.0;
    shape(painter, QRectF(0, 0, size, size).adjusted(inset, inset, -inset, -inset));
    return pixmap;
}

QIcon make(const QWidget &widget, const std::function<void(QPainter &, const QRectF &)> &shape)
{
    const QPalette &palette = widget.palette();
    QIcon icon(draw(widget, palette.color(QPalette::Active, QPalette::ButtonText), shape));
    icon.addPixmap(draw(widget, palette.color(QPalette::Disabled, QPalette::ButtonText), shape),
        QIcon::Disabled);
    return icon;
}
} // namespace

QIcon play(const QWidget &widget)
{
    return make(widget, [](QPainter &painter, const QRectF &box) {
        QPainterPath path;
        path.moveTo(box.left() + box.width() * 0.1, box.top());
        path.lineTo(box.right(), box.center().y());
        path.lineTo(box.left() + box.width() * 0.1, box.bottom());
        path.closeSubpath();
        painter.drawPath(path);
    });
}

QIcon pause(const QWidget &widget)
{
    return make(widget, [](QPainter &painter, const QRectF &box) {
        const qreal bar = box.width() * 0.34;
        painter.drawRect(QRectF(box.left(), box.top(), bar, box.height()));
        painter.drawRect(QRectF(box.right() - bar, box.top(), bar, box.height()));
    });
}

QIcon stop(const QWidget &widget)
{
    return make(widget, [](QPainter &painter, const QRectF &box) { painter.drawRect(box); });
}

QIcon record(const QWidget &widget)
{
    const auto dot = [](QPainter &painter, const QRectF &box) {
        painter.drawEllipse(box.adjusted(-1, -1, 1, 1));
    };
    QIcon icon(draw(widget, QColor(0xd3, 0x2f, 0x2f), dot));
    icon.addPixmap(
        draw(widget, widget.palette().color(QPalette::Disabled, QPalette::ButtonText), dot),
        QIcon::Disabled);
    return icon;
}
} // namespace AudioIcons
