// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStyledItemDelegate>

//! Paints the sidebar's conversations: the title on one line, a mark while an answer streams or
//! is unread, and a group heading (Pinned, Today, Yesterday, Previous 7 days, Previous 30 days,
//! Older) above the first conversation of each group. Renaming in place commits through
//! renameRequested(), so the title goes through the session that owns it.
class ConversationListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListDelegate)

public:
    enum class Group { Pinned, Today, Yesterday, Previous7Days, Previous30Days, Older };
    Q_ENUM(Group)

    explicit ConversationListDelegate(QObject *parent = nullptr);
    ~ConversationListDelegate() override;

    //! The group of a conversation last changed at `updatedUtc`, seen on local date `today`.
    static Group groupFor(bool pinned, const QDateTime &updatedUtc, const QDate &today);
    static QString groupTitle(Group group);
    //! The group of the row, and whether it starts one (the row above is in another group).
    Group groupOf(const QModelIndex &index) const;
    bool startsGroup(const QModelIndex &index) const;

    //! The day the groups are counted from (default: today; tests set one).
    void setToday(const QDate &today) { m_today = today; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

Q_SIGNALS:
    void renameRequested(qint64 conversationId, const QString &title) const;

private:
    QDate today() const;
    int headingHeight(const QStyleOptionViewItem &option) const;

    QDate m_today;
};
