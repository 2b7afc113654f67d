// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/json/JsonTreeView.h"

#include <cmath>

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMenu>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace {
//! Trees this small open fully; bigger ones show their first levels.
constexpr int ExpandAllBelow = 300;
constexpr int ExpandDepth = 2;

QString compact(const QJsonValue &value)
{
    const QByteArray json = value.isObject()
        ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
        : value.isArray()
        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
        : QJsonDocument(QJsonArray{ value }).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    return QString::fromUtf8(json);
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t),
        float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

//! The same red MessageChrome uses for errors, pulled towards the palette so it reads on light
//! and dark backgrounds alike.
const QColor kErrorRed(0xd0, 0x30, 0x30);
} // namespace

JsonTreeView::JsonTreeView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"jsonTree"_s);
    setAccessibleName(tr("JSON tree"));
    setAccessibleDescription(tr("The answer's JSON as a tree of keys and values; arrow keys "
                                "expand and collapse"));
    setColumnCount(3);
    setHeaderLabels({ tr("Key"), tr("Value"), tr("Type") });
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(KeyColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
}

JsonTreeView::~JsonTreeView() = default;

void JsonTreeView::setValue(const QJsonValue &value)
{
    clear();
    m_items.clear();
    m_marks.clear();
    QTreeWidgetItem *root = addNode(nullptr, tr("(root)"), QString(), value);
    if (m_items.size() < ExpandAllBelow)
        expandAll();
    else
        expandToDepth(ExpandDepth - 1);
    setCurrentItem(root);
    fitKeyColumn();
}

void JsonTreeView::fitKeyColumn()
{
    // Wide enough for the open rows' indentation, icon and (bold) key, within reason.
    resizeColumnToContents(KeyColumn);
    setColumnWidth(KeyColumn, std::clamp(columnWidth(KeyColumn) + 12, 120, 360));
}

QTreeWidgetItem *JsonTreeView::addNode(
    QTreeWidgetItem *parent, const QString &key, const QString &path, const QJsonValue &value)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setText(KeyColumn, key);
    item->setData(KeyColumn, PathRole, path);
    item->setData(KeyColumn, JsonRole, compact(value));
    m_items.insert(path, item);
    QString type;
    QString shown;
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        type = tr("object");
        shown = tr("{%n key(s)}", nullptr, int(object.size()));
        for (auto it = object.begin(); it != object.end(); ++it)
            addNode(item, it.key(), JsonSchema::appendPointer(path, it.key()), it.value());
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        type = tr("array");
        shown = tr("[%n item(s)]", nullptr, int(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i)
            addNode(item, QString::number(i), JsonSchema::appendPointer(path, QString::number(i)),
                array.at(i));
        break;
    }
    case QJsonValue::String:
        type = tr("string");
        shown = compact(value);
        break;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        type =
            std::floor(number) == number && std::abs(number) < 1e15 ? tr("integer") : tr("number");
        shown = compact(value);
        break;
    }
    case QJsonValue::Bool:
        type = tr("boolean");
        shown = compact(value);
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        type = tr("null");
        shown = u"null"_s;
        break;
    }
    item->setText(ValueColumn, shown);
    item->setToolTip(ValueColumn, shown.size() > 80 ? shown.left(2000) : QString());
    item->setText(TypeColumn, type);
    return item;
}

void JsonTreeView::setViolations(const QList<JsonSchema::Violation> &violations)
{
    m_marks.clear();
    for (const JsonSchema::Violation &violation : violations) {
        if (QTreeWidgetItem *item = nearestItem(violation.path))
            m_marks[item].append(violation.message);
    }
    applyMarks();
    fitKeyColumn();
}

void JsonTreeView::applyMarks()
{
    const QColor tint = blend(palette().color(QPalette::Base), kErrorRed, 0.25);
    const QColor text = palette().color(QPalette::Text);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (QTreeWidgetItem *item : std::as_const(m_items)) {
        const auto mark = m_marks.constFind(item);
        const bool marked = mark != m_marks.cend();
        QFont font = item->font(KeyColumn);
        font.setBold(marked);
        for (int column = 0; column < columnCount(); ++column) {
            item->setBackground(column, marked ? QBrush(tint) : QBrush());
            item->setForeground(column, marked ? QBrush(text) : QBrush());
            item->setFont(column, font);
        }
        item->setIcon(KeyColumn, marked ? warning : QIcon());
        item->setToolTip(KeyColumn, marked ? mark->join(u'\n') : QString());
        if (marked) {
            for (QTreeWidgetItem *up = item->parent(); up; up = up->parent())
                up->setExpanded(true);
        }
    }
}

QTreeWidgetItem *JsonTreeView::itemForPath(const QString &path) const
{
    return m_items.value(path);
}

QTreeWidgetItem *JsonTreeView::nearestItem(const QString &path) const
{
    QString at = path;
    while (true) {
        if (QTreeWidgetItem *item = m_items.value(at))
            return item;
        if (at.isEmpty())
            return nullptr;
        at.truncate(std::max<qsizetype>(0, at.lastIndexOf(u'/')));
    }
}

void JsonTreeView::selectPath(const QString &path)
{
    QTreeWidgetItem *item = nearestItem(path);
    if (!item)
        return;
    for (QTreeWidgetItem *up = item->parent(); up; up = up->parent())
        up->setExpanded(true);
    setCurrentItem(item);
    scrollToItem(item, QAbstractItemView::PositionAtCenter);
}

bool JsonTreeView::isMarked(const QTreeWidgetItem *item) const
{
    return m_marks.contains(const_cast<QTreeWidgetItem *>(item));
}

void JsonTreeView::populateMenu(QMenu *menu, QTreeWidgetItem *item)
{
    if (item) {
        QAction *value = menu->addAction(tr("Copy Value"), this, [this, item] { copyValue(item); });
        value->setObjectName(u"jsonCopyValue"_s);
        value->setShortcut(QKeySequence::Copy);
        QAction *path = menu->addAction(tr("Copy Path"), this, [this, item] { copyPath(item); });
        path->setObjectName(u"jsonCopyPath"_s);
        path->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        menu->addSeparator();
    }
    menu->addAction(tr("Expand All"), this, &QTreeView::expandAll);
    menu->addAction(tr("Collapse All"), this, &QTreeView::collapseAll);
}

void JsonTreeView::copyValue(const QTreeWidgetItem *item) const
{
    if (!item)
        return;
    const QString json = item->data(KeyColumn, JsonRole).toString();
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    // Objects and arrays are copied indented (what one pastes somewhere); strings without quotes.
    if (document.isObject() || document.isArray())
        QGuiApplication::clipboard()->setText(
            QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    else if (item->text(TypeColumn) == tr("string"))
        QGuiApplication::clipboard()->setText(
            QJsonDocument::fromJson(u"["_s.append(json).append(u']').toUtf8())
                .array()
                .at(0)
                .toString());
    else
        QGuiApplication::clipboard()->setText(json);
}

void JsonTreeView::copyPath(const QTreeWidgetItem *item) const
{
    if (item)
        QGuiApplication::clipboard()->setText(item->data(KeyColumn, PathRole).toString());
}

void JsonTreeView::contextMenuEvent(QContextMenuEvent *event)
{
    QTreeWidgetItem *item = event->reason() == QContextMenuEvent::Mouse
        ? itemAt(event->pos()) // viewport coordinates (QAbstractScrollArea)
        : currentItem();
    QMenu menu(this);
    menu.setObjectName(u"jsonTreeMenu"_s);
    populateMenu(&menu, item);
    menu.exec(event->globalPos());
}

void JsonTreeView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copyValue(currentItem());
        return;
    }
    if (event->key() == Qt::Key_C
        && event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier)) {
        copyPath(currentItem());
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

void JsonTreeView::changeEvent(QEvent *event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyMarks();
}
