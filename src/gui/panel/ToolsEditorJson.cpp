// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ToolsEditor's JSON side: the tools list checked (toolFromJson, names, duplicates) and written
// back as the user reads it.
#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "core/request/ToolDefinition.h"
#include "gui/panel/ToolsEditor.h"

using namespace Qt::StringLiterals;

namespace {
//! Where a key goes when the text is written: what a tool is first, the schema's details last.
int keyRank(const QString &key)
{
    static const QStringList order{ u"type"_s, u"name"_s, u"description"_s, u"function"_s,
        u"custom"_s, u"strict"_s, u"format"_s, u"parameters"_s, u"properties"_s, u"items"_s,
        u"enum"_s, u"required"_s, u"additionalProperties"_s };
    const qsizetype rank = order.indexOf(key);
    return rank < 0 ? int(order.size()) : int(rank);
}

bool isScalarList(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    return std::all_of(array.begin(), array.end(),
        [](const QJsonValue &v) { return !v.isArray() && !v.isObject(); });
}

void write(const QJsonValue &value, int depth, QString &out)
{
    const QString indent(2 * (depth + 1), u' ');
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        std::stable_sort(keys.begin(), keys.end(),
            [](const QString &a, const QString &b) { return keyRank(a) < keyRank(b); });
        out += u"{\n"_s;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += indent;
            write(keys.at(i), depth + 1, out);
            out += u": "_s;
            write(object.value(keys.at(i)), depth + 1, out);
            out += i + 1 < keys.size() ? u",\n"_s : u"\n"_s;
        }
        out += QString(2 * depth, u' ') + u'}';
    } else if (value.isArray() && !isScalarList(value)) {
        const QJsonArray array = value.toArray();
        out += u"[\n"_s;
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += indent;
            write(array.at(i), depth + 1, out);
            out += i + 1 < array.size() ? u",\n"_s : u"\n"_s;
        }
        out += QString(2 * depth, u' ') + u']';
    } else if (value.isArray()) {
        // Lists of scalars (`required`, `enum`) on one line.
        const QJsonArray array = value.toArray();
        out += u'[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += u", "_s;
            write(array.at(i), depth + 1, out);
        }
        out += u']';
    } else if (value.isObject()) {
        out += u"{}"_s;
    } else {
        const QByteArray json = QJsonDocument(QJsonArray{ value }).toJson(QJsonDocument::Compact);
        out += QString::fromUtf8(json.mid(1, json.size() - 2)); // a scalar, escaped as JSON
    }
}

//! "line 3, column 7" for a byte offset into the UTF-8 text.
QString position(const QString &text, int offset)
{
    const QByteArray before = text.toUtf8().left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return ToolsEditor::tr("line %1, column %2")
        .arg(before.count('\n') + 1)
        .arg(QString::fromUtf8(before.mid(lineStart)).size() + 1);
}

QString nameOf(const QJsonObject &tool)
{
    const QString type = tool.value(u"type"_s).toString();
    return tool.value(type).toObject().value(u"name"_s).toString();
}

} // namespace

QString ToolsEditor::format(const QJsonValue &value)
{
    QString out;
    write(value, 0, out);
    return out;
}

std::expected<QJsonArray, QString> ToolsEditor::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::unexpected(tr("Type a list of tools, or press “Add function”."));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        return std::unexpected(
            tr("Not valid JSON: %1 (%2)").arg(error.errorString(), position(text, error.offset)));
    }
    if (document.isObject())
        return std::unexpected(tr("tools must be a list: put the tool in [ … ]"));
    const QJsonArray typed = document.array();
    if (typed.isEmpty())
        return std::unexpected(tr("tools must hold at least one tool (the API refuses an empty "
                                  "list); switch tools off to send none"));
    static const QRegularExpression namePattern(u"^[A-Za-z0-9_-]{1,64}$"_s);
    QJsonArray tools;
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QString path = u"tools[%1]"_s.arg(i);
        const auto tool = toolFromJson(typed.at(i), path);
        if (!tool)
            return std::unexpected(tool.error());
        const QString namePath = path
            + (tool->type == ToolDefinition::Type::Custom ? u".custom.name"_s
                                                          : u".function.name"_s);
        if (!namePattern.match(tool->name).hasMatch()) {
            return std::unexpected(
                tr("%1 must be 1–64 letters, digits, underscores or dashes").arg(namePath));
        }
        if (const auto first = seen.constFind(tool->name); first != seen.constEnd()) {
            return std::unexpected(tr("%1: “%2” is already the name of tools[%3]")
                                       .arg(namePath, tool->name)
                                       .arg(*first));
        }
        seen.insert(tool->name, i);
        tools.append(toJson(*tool));
    }
    return tools;
}

QStringList ToolsEditor::toolNames(const QJsonValue &tools)
{
    QStringList names;
    for (const QJsonValue &item : tools.toArray())
        names.append(nameOf(item.toObject()));
    names.removeAll(QString());
    return names;
}

QStringList ToolsEditor::functionNames(const QJsonValue &tools)
{
    QStringList names;
    for (const QJsonValue &item : tools.toArray()) {
        const QJsonObject tool = item.toObject();
        const QString name = nameOf(tool);
        if (tool.value(u"type"_s) == QJsonValue(u"function"_s) && !name.isEmpty()
            && !names.contains(name))
            names.append(name);
    }
    return names;
}
