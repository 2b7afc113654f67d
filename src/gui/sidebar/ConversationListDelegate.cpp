// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/sidebar/ConversationListDelegate.h"

#include <QApplication>
#include <QLineEdit>
#include <QPainter>

#include "core/models/ConversationListModel.h"

namespace {
constexpr int RowPadding = 6;
constexpr int HeadingGap = 10;
} // namespace

ConversationListDelegate::ConversationListDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

ConversationListDelegate::~ConversationListDelegate() = default;

ConversationListDelegate::Group ConversationListDelegate::groupFor(
    bool pinned, const QDateTime &updatedUtc, const QDate &today)
{
    if (pinned)
        return Group::Pinned;
    const qint64 days = updatedUtc.toLocalTime().date().daysTo(today);
    if (days <= 0)
        return Group::Today;
    if (days == 1)
        return Group::Yesterday;
    if (days <= 7)
        return Group::Previous7Days;
    if (days <= 30)
        return Group::Previous30Days;
    return Group::Older;
}

QString ConversationListDelegate::groupTitle(Group group)
{
    switch (group) {
    case Group::Pinned:
        return tr("Pinned");
    case Group::Today:
        return tr("Today");
    case Group::Yesterday:
        return tr("Yesterday");
    case Group::Previous7Days:
        return tr("Previous 7 days");
    case Group::Previous30Days:
        return tr("Previous 30 days");
    case Group::Older:
        break;
    }
    return tr("Older");
}

QDate ConversationListDelegate::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

ConversationListDelegate::Group ConversationListDelegate::groupOf(const QModelIndex &index) const
{
    return groupFor(index.data(ConversationListModel::PinnedRole).toBool(),
        index.data(ConversationListModel::UpdatedRole).toDateTime(), today());
}

bool ConversationListDelegate::startsGroup(const QModelIndex &index) const
{
    return index.row() == 0 || groupOf(index.siblingAtRow(index.row() - 1)) != groupOf(index);
}

int ConversationListDelegate::headingHeight(const QStyleOptionViewItem &option) const
{
    return QFontMetrics(option.font).height() + HeadingGap;
}

QSize ConversationListDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int row = QFontMetrics(option.font).height() + 2 * RowPadding;
    return { 120, row + (startsGroup(index) ? headingHeight(option) : 0) };
}

void ConversationListDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QPalette &palette = opt.palette;
    painter->save();
    QRect rect = opt.rect;
    if (startsGroup(index)) {
        const int heading = headingHeight(opt);
        QFont small = opt.font;
        small.setBold(true);
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        painter->setPen(palette.color(QPalette::PlaceholderText));
        const QRect headingRect(
            rect.left() + RowPadding, rect.top(), rect.width() - 2 * RowPadding, heading - 2);
        painter->drawText(headingRect, Qt::AlignLeft | Qt::AlignBottom, groupTitle(groupOf(index)));
        rect.setTop(rect.top() + heading);
    }
    // The row itself: selection and hover as the style draws them, then our text.
    QStyleOptionViewItem rowOption = opt;
    rowOption.rect = rect;
    rowOption.text.clear();
    rowOption.icon = {};
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &rowOption, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const bool unread = index.data(ConversationListModel::UnreadRole).toBool();
    const bool streaming = index.data(ConversationListModel::StreamingRole).toBool();
    QRect textRect = rect.adjusted(RowPadding, 0, -RowPadding, 0);
    QFont font = opt.font;
    font.setBold(unread);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    QString mark;
    if (streaming)
        mark = QStringLiteral("…");
    else if (unread)
        mark = QStringLiteral("●");
    if (!mark.isEmpty()) {
        const int markWidth = metrics.horizontalAdvance(mark) + RowPadding;
        painter->setPen(selected ? palette.color(QPalette::HighlightedText)
                                 : palette.color(QPalette::Highlight));
        painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, mark);
        textRect.setRight(textRect.right() - markWidth);
    }
    QString title = index.data(ConversationListModel::TitleRole).toString();
    if (title.isEmpty())
        title = tr("New chat");
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(title, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QWidget *ConversationListDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("renameEditor"));
    editor->setAccessibleName(tr("Conversation title"));
    editor->setFrame(false);
    return editor;
}

void ConversationListDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *line = static_cast<QLineEdit *>(editor);
    line->setText(index.data(ConversationListModel::TitleRole).toString());
    line->selectAll();
}

void ConversationListDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const
{
    const QString title = static_cast<QLineEdit *>(editor)->text();
    if (title != index.data(ConversationListModel::TitleRole).toString())
        Q_EMIT renameRequested(index.data(ConversationListModel::IdRole).toLongLong(), title);
}

void ConversationListDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QRect rect = option.rect;
    if (startsGroup(index))
        rect.setTop(rect.top() + headingHeight(option));
    editor->setGeometry(rect);
}
