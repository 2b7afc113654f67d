// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/composer/AttachmentStrip.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStyledItemDelegate>

#include "gui/composer/AttachmentIntake.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int Pad = 4;
constexpr int Thumb = AttachmentIntake::ThumbnailSize;
constexpr int RemoveSize = 20;
constexpr int KindRole = Qt::UserRole + 1;
constexpr int ThumbRole = Qt::UserRole + 2;
constexpr int GlyphRole = Qt::UserRole + 3;
constexpr int BadgeRole = Qt::UserRole + 4;

QString duration(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QRect removeRectIn(const QRect &cell)
{
    return QRect(cell.right() - RemoveSize - Pad + 1, cell.top() + Pad, RemoveSize, RemoveSize);
}

//! Paints one attachment: a framed thumbnail (or a glyph), the name under it, a remove button.
class StripDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return { Thumb + 2 * Pad, Thumb + option.fontMetrics.height() + 3 * Pad };
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        const QPalette &palette = option.palette;
        const QRect cell = option.rect;
        const QRect frame(cell.left() + Pad, cell.top() + Pad, Thumb, Thumb);
        const bool selected = option.state & QStyle::State_Selected;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QPainterPath rounded;
        rounded.addRoundedRect(QRectF(frame).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        painter->fillPath(rounded, palette.color(QPalette::AlternateBase));
        const auto image = index.data(ThumbRole).value<QImage>();
        if (!image.isNull()) {
            const QSize fitted = image.size().scaled(frame.size(), Qt::KeepAspectRatio);
            QRect target(QPoint(), fitted);
            target.moveCenter(frame.center());
            painter->setClipPath(rounded);
            painter->drawImage(target, image);
            painter->setClipping(false);
        } else {
            QFont big = option.font;
            big.setPointSizeF(big.pointSizeF() * 1.6);
            painter->setFont(big);
            painter->setPen(palette.color(QPalette::Text));
            painter->drawText(
                frame, Qt::AlignCenter | Qt::TextWordWrap, index.data(GlyphRole).toString());
            painter->setFont(option.font);
        }
        painter->setPen(
            QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid),
                selected ? 2 : 1));
        painter->drawPath(rounded);

        const QString badge = index.data(BadgeRole).toString();
        if (!badge.isEmpty()) {
            QRect badgeRect = option.fontMetrics.boundingRect(badge).adjusted(-4, -1, 4, 1);
            badgeRect.moveBottomLeft(frame.bottomLeft() + QPoint(Pad, -Pad));
            painter->setPen(Qt::NoPen);
            painter->setBrush(palette.color(QPalette::Window));
            painter->drawRoundedRect(badgeRect, 3, 3);
            painter->setPen(palette.color(QPalette::WindowText));
            painter->drawText(badgeRect, Qt::AlignCenter, badge);
        }

        const QRect remove = removeRectIn(cell);
        painter->setPen(QPen(palette.color(QPalette::Mid), 1));
        painter->setBrush(palette.color(QPalette::Window));
        painter->drawEllipse(remove.adjusted(1, 1, -1, -1));
        painter->setPen(QPen(palette.color(QPalette::WindowText), 1.6));
        const QRectF cross = QRectF(remove).adjusted(6.5, 6.5, -6.5, -6.5);
        painter->drawLine(cross.topLeft(), cross.bottomRight());
        painter->drawLine(cross.topRight(), cross.bottomLeft());

        const QRect nameRect(
            frame.left(), frame.bottom() + Pad, Thumb, option.fontMetrics.height());
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(nameRect, Qt::AlignHCenter | Qt::AlignVCenter,
            option.fontMetrics.elidedText(
                index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle, Thumb));
        painter->restore();
    }
};
} // namespace

AttachmentStrip::AttachmentStrip(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(u"attachmentStrip"_s);
    setItemDelegate(new StripDelegate(this));
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setSpacing(2);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setFrameShape(QFrame::NoFrame);
    viewport()->setBackgroundRole(QPalette::Window); // part of the composer, not a white box
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { Q_EMIT openRequested(row(item)); });
    retranslate();
    hide();
}

AttachmentStrip::~AttachmentStrip() = default;

void AttachmentStrip::setAttachments(const ComposerAttachments &attachments)
{
    m_attachments = attachments;
    rebuild();
    Q_EMIT attachmentsChanged();
}

void AttachmentStrip::add(const ComposerAttachment &attachment)
{
    m_attachments.append(attachment);
    rebuild();
    setCurrentRow(int(m_attachments.size()) - 1);
    scrollToItem(currentItem());
    Q_EMIT attachmentsChanged();
}

void AttachmentStrip::removeAttachment(int index)
{
    if (index < 0 || index >= m_attachments.size())
        return;
    m_attachments.removeAt(index);
    rebuild();
    if (!m_attachments.isEmpty())
        setCurrentRow(qMin(index, int(m_attachments.size()) - 1));
    Q_EMIT attachmentsChanged();
}

void AttachmentStrip::setDetail(int index, const QString &detail)
{
    if (index < 0 || index >= m_attachments.size() || !m_attachments[index].isImage())
        return;
    m_attachments[index].detail = detail;
    rebuild();
    setCurrentRow(index);
    Q_EMIT attachmentsChanged();
}

QRect AttachmentStrip::removeButtonRect(int index) const
{
    QListWidgetItem *it = item(index);
    return it ? removeRectIn(visualItemRect(it)) : QRect();
}

QSize AttachmentStrip::sizeHint() const
{
    const int height = Thumb + fontMetrics().height() + 3 * Pad + 2 * spacing()
        + horizontalScrollBar()->sizeHint().height();
    return { QListWidget::sizeHint().width(), height };
}

QSize AttachmentStrip::minimumSizeHint() const
{
    return { Thumb, sizeHint().height() };
}

void AttachmentStrip::rebuild()
{
    const QSignalBlocker blocker(this);
    clear();
    for (const ComposerAttachment &attachment : std::as_const(m_attachments)) {
        auto *it = new QListWidgetItem(attachment.name, this);
        it->setData(KindRole, int(attachment.kind));
        it->setData(ThumbRole, attachment.thumbnail);
        it->setData(BadgeRole,
            attachment.isImage() && attachment.detail != u"auto"_s ? attachment.detail
                : attachment.kind == ComposerAttachment::Kind::Audio && attachment.durationMs >= 0
                ? duration(attachment.durationMs)
                : QString());
        switch (attachment.kind) {
        case ComposerAttachment::Kind::Audio:
            it->setData(GlyphRole, u"♪"_s);
            break;
        case ComposerAttachment::Kind::ImageUrl:
            it->setData(GlyphRole, QString(u"🔗\n"_s + attachment.note));
            break;
        case ComposerAttachment::Kind::File:
            it->setData(GlyphRole, u"PDF"_s);
            break;
        case ComposerAttachment::Kind::Image:
            break;
        }
        it->setToolTip(describe(attachment));
        it->setData(Qt::AccessibleTextRole, describe(attachment));
    }
    setVisible(!m_attachments.isEmpty());
    updateGeometry();
}

QString AttachmentStrip::describe(const ComposerAttachment &attachment) const
{
    QString text;
    switch (attachment.kind) {
    case ComposerAttachment::Kind::Image:
        text = tr("Image %1").arg(attachment.name);
        break;
    case ComposerAttachment::Kind::ImageUrl:
        text = tr("Image from %1").arg(attachment.url);
        break;
    case ComposerAttachment::Kind::Audio:
        text = attachment.durationMs >= 0
            ? tr("Audio %1 (%2)").arg(attachment.name, duration(attachment.durationMs))
            : tr("Audio %1").arg(attachment.name);
        break;
    case ComposerAttachment::Kind::File:
        text = tr("File %1").arg(attachment.name);
        break;
    }
    if (attachment.isImage())
        text += u"\n"_s + tr("Detail: %1").arg(attachment.detail);
    if (!attachment.note.isEmpty() && attachment.kind != ComposerAttachment::Kind::ImageUrl)
        text += u"\n"_s + attachment.note;
    return text;
}

void AttachmentStrip::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete)
        && currentRow() >= 0) {
        removeAttachment(currentRow());
        return;
    }
    QListWidget::keyPressEvent(event);
}

void AttachmentStrip::mousePressEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index.isValid()
        && removeButtonRect(index.row()).contains(event->position().toPoint())) {
        removeAttachment(index.row());
        return;
    }
    QListWidget::mousePressEvent(event);
}

void AttachmentStrip::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    const int row = index.row();
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, row] { Q_EMIT openRequested(row); });
    if (m_attachments[row].isImage()) {
        QMenu *detail = menu.addMenu(tr("Detail"));
        const QList<std::pair<QString, QString>> choices{ { u"auto"_s, tr("Auto") },
            { u"low"_s, tr("Low (faster, cheaper)") }, { u"high"_s, tr("High") } };
        for (const auto &[value, label] : choices) {
            QAction *action = detail->addAction(
                label, this, [this, row, value = value] { setDetail(row, value); });
            action->setCheckable(true);
            action->setChecked(m_attachments[row].detail == value);
        }
    }
    menu.addSeparator();
    menu.addAction(tr("Remove"), this, [this, row] { removeAttachment(row); });
    menu.exec(event->globalPos());
}

void AttachmentStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    }
    QListWidget::changeEvent(event);
}

void AttachmentStrip::retranslate()
{
    setAccessibleName(tr("Attachments"));
    setAccessibleDescription(tr("Backspace or Delete removes the selected attachment"));
}
