// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonValue>
#include <QTreeWidget>

#include "core/json/JsonSchema.h"

class QMenu;

//! A JSON value as a collapsible tree: one row per value with its key (or index), the value
//! (scalars as JSON, objects and arrays as a count) and its type. Rows with schema violations
//! are marked (a warning icon, bold, an error tint from the palette) and carry the messages as
//! their tool tip. The context menu and Ctrl+C / Ctrl+Shift+C copy a row's value or its JSON
//! pointer.
class JsonTreeView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeView)

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn };

    enum ItemRole {
        PathRole = Qt::UserRole + 1, //!< QString: the row's JSON pointer ("" for the root)
        JsonRole, //!< QString: the row's value as compact JSON
    };

    explicit JsonTreeView(QWidget *parent = nullptr);
    ~JsonTreeView() override;

    //! Shows `value` (replacing what was shown), expanded a few levels deep.
    void setValue(const QJsonValue &value);
    //! Marks the rows the violations point at (or their nearest shown ancestor).
    void setViolations(const QList<JsonSchema::Violation> &violations);

    //! The row of a JSON pointer, or null.
    QTreeWidgetItem *itemForPath(const QString &path) const;
    //! The shown row closest to `path`: itself or its nearest ancestor.
    QTreeWidgetItem *nearestItem(const QString &path) const;
    //! Makes the row of `path` (or its nearest ancestor) current, expanded to and scrolled to.
    void selectPath(const QString &path);
    bool isMarked(const QTreeWidgetItem *item) const;

    //! Adds Copy Value, Copy Path, Expand All, Collapse All for `item` to `menu`.
    void populateMenu(QMenu *menu, QTreeWidgetItem *item);
    void copyValue(const QTreeWidgetItem *item) const;
    void copyPath(const QTreeWidgetItem *item) const;

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QTreeWidgetItem *addNode(
        QTreeWidgetItem *parent, const QString &key, const QString &path, const QJsonValue &value);
    void applyMarks();
    void fitKeyColumn();

    QHash<QString, QTreeWidgetItem *> m_items;
    QHash<QTreeWidgetItem *, QStringList> m_marks;
};
