// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/JsonSchema.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
//! $ref and anyOf may nest this often at one place in the document (a $ref to itself would
//! otherwise never end).
constexpr int MaxDepth = 32;

const QStringList kTypes{ u"null"_s, u"boolean"_s, u"object"_s, u"array"_s, u"number"_s,
    u"integer"_s, u"string"_s };

//! What strict mode rejects (OpenAI's Structured Outputs guide, "Some type-specific keywords are
//! not yet supported").
const QStringList kUnsupported{ u"allOf"_s, u"not"_s, u"if"_s, u"then"_s, u"else"_s,
    u"dependentRequired"_s, u"dependentSchemas"_s, u"patternProperties"_s,
    u"unevaluatedProperties"_s, u"propertyNames"_s, u"minProperties"_s, u"maxProperties"_s };

QString render(const QJsonValue &value)
{
    // QJsonDocument writes only objects and arrays: write the value inside an array, strip it.
    const QByteArray json = QJsonDocument(QJsonArray{ value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_s;
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == u"integer"_s) {
        const double number = value.toDouble();
        return value.isDouble() && std::isfinite(number) && std::floor(number) == number;
    }
    return typeOf(value) == type;
}

QStringList typesOf(const QJsonValue &type)
{
    if (type.isString())
        return { type.toString() };
    QStringList types;
    for (const QJsonValue &name : type.toArray())
        types.append(name.toString());
    return types;
}
} // namespace

JsonSchema::JsonSchema(QJsonObject schema)
    : m_schema(std::move(schema))
{}

QList<JsonSchema::Violation> JsonSchema::validate(const QJsonValue &value) const
{
    QList<Violation> out;
    check(value, m_schema, QString(), 0, out);
    return out;
}

QString JsonSchema::appendPointer(const QString &parent, const QString &key)
{
    QString escaped = key;
    escaped.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
    return parent + u'/' + escaped;
}

QJsonValue JsonSchema::resolveReference(const QJsonObject &root, const QString &reference)
{
    if (!reference.startsWith(u'#'))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue at = root;
    const QString pointer = reference.mid(1);
    if (pointer.isEmpty())
        return at;
    if (!pointer.startsWith(u'/'))
        return QJsonValue(QJsonValue::Undefined);
    const QStringList tokens = pointer.mid(1).split(u'/');
    for (QString token : tokens) {
        token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        if (at.isObject()) {
            at = at.toObject().value(token);
        } else if (at.isArray()) {
            bool ok = false;
            const int i = token.toInt(&ok);
            at = ok && i >= 0 && i < at.toArray().size() ? at.toArray().at(i)
                                                         : QJsonValue(QJsonValue::Undefined);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return at;
}

void JsonSchema::check(const QJsonValue &value, const QJsonObject &schema, const QString &path,
    int depth, QList<Violation> &out) const
{
    if (depth > MaxDepth) {
        out.append({ path, tr("The schema nests $ref or anyOf too deeply here") });
        return;
    }
    if (const QJsonValue ref = schema.value(u"$ref"_s); ref.isString()) {
        const QJsonValue target = resolveReference(m_schema, ref.toString());
        if (!target.isObject() && !target.isBool()) {
            out.append(
                { path, tr("The schema's $ref \"%1\" does not resolve").arg(ref.toString()) });
            return;
        }
        if (target.isObject())
            check(value, target.toObject(), path, depth + 1, out);
    }
    if (const QJsonValue type = schema.value(u"type"_s); !type.isUndefined()) {
        const QStringList types = typesOf(type);
        if (!types.isEmpty()
            && std::none_of(types.cbegin(), types.cend(),
                [&](const QString &name) { return hasType(value, name); })) {
            out.append(
                { path, tr("Expected %1, got %2").arg(types.join(tr(" or ")), typeOf(value)) });
            return; // the other keywords would only repeat it
        }
    }
    if (const QJsonValue allowed = schema.value(u"enum"_s); allowed.isArray()) {
        if (!allowed.toArray().contains(value)) {
            QStringList names;
            for (const QJsonValue &option : allowed.toArray())
                names.append(render(option));
            out.append(
                { path, tr("Must be one of %1, got %2").arg(names.join(u", "), render(value)) });
        }
    }
    if (schema.contains(u"const"_s) && schema.value(u"const"_s) != value)
        out.append({ path,
            tr("Must be %1, got %2").arg(render(schema.value(u"const"_s)), render(value)) });
    if (const QJsonArray anyOf = schema.value(u"anyOf"_s).toArray(); !anyOf.isEmpty()) {
        QList<Violation> closest;
        bool matched = false;
        for (const QJsonValue &branch : anyOf) {
            QList<Violation> found;
            check(value, branch.toObject(), path, depth + 1, found);
            if (found.isEmpty()) {
                matched = true;
                break;
            }
            if (closest.isEmpty() || found.size() < closest.size())
                closest = found;
        }
        if (!matched) {
            const Violation &first = closest.constFirst();
            const QString detail =
                first.path == path ? first.message : tr("%1 at %2").arg(first.message, first.path);
            out.append({ path,
                tr("Matches none of the %n alternatives (anyOf); the closest fails with: %1",
                    nullptr, int(anyOf.size()))
                    .arg(detail) });
        }
    }
    if (value.isObject())
        checkObject(value.toObject(), schema, path, depth, out);
    else if (value.isArray())
        checkArray(value.toArray(), schema, path, depth, out);
    else if (value.isDouble())
        checkNumber(value.toDouble(), schema, path, out);
    else if (value.isString())
        checkString(value.toString(), schema, path, out);
}

void JsonSchema::checkObject(const QJsonObject &object, const QJsonObject &schema,
    const QString &path, int depth, QList<Violation> &out) const
{
    Q_UNUSED(depth)
    for (const QJsonValue &name : schema.value(u"required"_s).toArray()) {
        if (!object.contains(name.toString()))
            out.append({ path, tr("Missing required property \"%1\"").arg(name.toString()) });
    }
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    const QJsonValue additional = schema.value(u"additionalProperties"_s);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString at = appendPointer(path, it.key());
        if (properties.contains(it.key())) {
            const QJsonValue sub = properties.value(it.key());
            if (sub.isObject())
                check(it.value(), sub.toObject(), at, 0, out);
            else if (sub.isBool() && !sub.toBool())
                out.append({ at, tr("Property \"%1\" is not allowed").arg(it.key()) });
        } else if (additional.isBool() && !additional.toBool()) {
            out.append({ at, tr("Property \"%1\" is not allowed").arg(it.key()) });
        } else if (additional.isObject()) {
            check(it.value(), additional.toObject(), at, 0, out);
        }
    }
}

void JsonSchema::checkArray(const QJsonArray &array, const QJsonObject &schema, const QString &path,
    int depth, QList<Violation> &out) const
{
    Q_UNUSED(depth)
    if (const QJsonValue min = schema.value(u"minItems"_s);
        min.isDouble() && array.size() < min.toDouble())
        out.append({ path, tr("Must have at least %n item(s)", nullptr, min.toInt()) });
    if (const QJsonValue max = schema.value(u"maxItems"_s);
        max.isDouble() && array.size() > max.toDouble())
        out.append({ path, tr("Must have at most %n item(s)", nullptr, max.toInt()) });
    const QJsonValue items = schema.value(u"items"_s);
    if (!items.isObject())
        return;
    for (qsizetype i = 0; i < array.size(); ++i)
        check(array.at(i), items.toObject(), appendPointer(path, QString::number(i)), 0, out);
}

void JsonSchema::checkNumber(
    double number, const QJsonObject &schema, const QString &path, QList<Violation> &out) const
{
    const QJsonValue minimum = schema.value(u"minimum"_s);
    const QJsonValue maximum = schema.value(u"maximum"_s);
    const QJsonValue exclusiveMin = schema.value(u"exclusiveMinimum"_s);
    const QJsonValue exclusiveMax = schema.value(u"exclusiveMaximum"_s);
    // Draft 4 wrote exclusiveMinimum: true next to minimum; later drafts give the bound itself.
    const bool minExclusive = exclusiveMin.toBool(false);
    const bool maxExclusive = exclusiveMax.toBool(false);
    if (minimum.isDouble()) {
        if (minExclusive && number <= minimum.toDouble())
            out.append({ path, tr("Must be greater than %1").arg(render(minimum)) });
        else if (number < minimum.toDouble())
            out.append({ path, tr("Must be at least %1").arg(render(minimum)) });
    }
    if (maximum.isDouble()) {
        if (maxExclusive && number >= maximum.toDouble())
            out.append({ path, tr("Must be less than %1").arg(render(maximum)) });
        else if (number > maximum.toDouble())
            out.append({ path, tr("Must be at most %1").arg(render(maximum)) });
    }
    if (exclusiveMin.isDouble() && number <= exclusiveMin.toDouble())
        out.append({ path, tr("Must be greater than %1").arg(render(exclusiveMin)) });
    if (exclusiveMax.isDouble() && number >= exclusiveMax.toDouble())
        out.append({ path, tr("Must be less than %1").arg(render(exclusiveMax)) });
    if (const double step = schema.value(u"multipleOf"_s).toDouble(0); step > 0) {
        const double quotient = number / step;
        if (std::abs(quotient - std::round(quotient)) > 1e-9 * std::max(1.0, std::abs(quotient)))
            out.append({ path,
                tr("Must be a multiple of %1").arg(render(schema.value(u"multipleOf"_s))) });
    }
}

void JsonSchema::checkString(const QString &text, const QJsonObject &schema, const QString &path,
    QList<Violation> &out) const
{
    // JSON Schema counts characters as code points, not UTF-16 units.
    const qsizetype length = text.toUcs4().size();
    if (const QJsonValue min = schema.value(u"minLength"_s);
        min.isDouble() && length < min.toDouble())
        out.append({ path, tr("Must be at least %n character(s) long", nullptr, min.toInt()) });
    if (const QJsonValue max = schema.value(u"maxLength"_s);
        max.isDouble() && length > max.toDouble())
        out.append({ path, tr("Must be at most %n character(s) long", nullptr, max.toInt()) });
    if (const QJsonValue pattern = schema.value(u"pattern"_s); pattern.isString()) {
        const QRegularExpression re(
            pattern.toString(), QRegularExpression::UseUnicodePropertiesOption);
        if (!re.isValid())
            out.append({ path,
                tr("The schema's pattern %1 is invalid: %2")
                    .arg(render(pattern), re.errorString()) });
        else if (!re.match(text).hasMatch())
            out.append({ path, tr("Must match the pattern %1").arg(render(pattern)) });
    }
}

namespace {
void strictWalk(const QJsonObject &root, const QJsonValue &node, const QString &path,
    QList<JsonSchema::Violation> &out, int depth)
{
    if (!node.isObject() || depth > MaxDepth)
        return;
    const QJsonObject schema = node.toObject();
    const QStringList types = typesOf(schema.value(u"type"_s));
    for (const QString &type : types) {
        if (!kTypes.contains(type))
            out.append({ path, JsonSchema::tr("Unknown type \"%1\"").arg(type) });
    }
    for (const QString &keyword : kUnsupported) {
        if (schema.contains(keyword))
            out.append(
                { path, JsonSchema::tr("\"%1\" is not supported in strict mode").arg(keyword) });
    }
    if (const QJsonValue ref = schema.value(u"$ref"_s);
        ref.isString() && !JsonSchema::resolveReference(root, ref.toString()).isObject())
        out.append({ path, JsonSchema::tr("$ref \"%1\" does not resolve").arg(ref.toString()) });
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    if (types.contains(u"object"_s) || schema.contains(u"properties"_s)) {
        if (schema.value(u"additionalProperties"_s) != QJsonValue(false))
            out.append({ path, JsonSchema::tr("Set \"additionalProperties\" to false") });
        QStringList required;
        for (const QJsonValue &name : schema.value(u"required"_s).toArray())
            required.append(name.toString());
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (!required.contains(it.key()))
                out.append({ JsonSchema::appendPointer(
                                 JsonSchema::appendPointer(path, u"properties"_s), it.key()),
                    JsonSchema::tr("Property \"%1\" must be listed in \"required\" (allow null to "
                                   "make it optional)")
                        .arg(it.key()) });
        }
        for (const QString &name : std::as_const(required)) {
            if (!properties.contains(name))
                out.append({ path,
                    JsonSchema::tr("\"required\" lists \"%1\", which is not a property")
                        .arg(name) });
        }
    }
    for (auto it = properties.begin(); it != properties.end(); ++it)
        strictWalk(root, it.value(),
            JsonSchema::appendPointer(JsonSchema::appendPointer(path, u"properties"_s), it.key()),
            out, depth + 1);
    strictWalk(root, schema.value(u"items"_s), JsonSchema::appendPointer(path, u"items"_s), out,
        depth + 1);
    strictWalk(root, schema.value(u"additionalProperties"_s),
        JsonSchema::appendPointer(path, u"additionalProperties"_s), out, depth + 1);
    const QJsonArray anyOf = schema.value(u"anyOf"_s).toArray();
    for (qsizetype i = 0; i < anyOf.size(); ++i)
        strictWalk(root, anyOf.at(i),
            JsonSchema::appendPointer(
                JsonSchema::appendPointer(path, u"anyOf"_s), QString::number(i)),
            out, depth + 1);
    for (const QString &defs : { u"$defs"_s, u"definitions"_s }) {
        const QJsonObject definitions = schema.value(defs).toObject();
        for (auto it = definitions.begin(); it != definitions.end(); ++it)
            strictWalk(root, it.value(),
                JsonSchema::appendPointer(JsonSchema::appendPointer(path, defs), it.key()), out,
                depth + 1);
    }
}
} // namespace

QList<JsonSchema::Violation> JsonSchema::strictProblems(const QJsonObject &schema)
{
    QList<Violation> out;
    if (schema.value(u"type"_s) != QJsonValue(u"object"_s))
        out.append({ QString(), tr("The root must be an object schema (\"type\": \"object\")") });
    strictWalk(schema, schema, QString(), out, 0);
    return out;
}
