// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/request/ToolDefinition.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "core/request/JsonRead.h"

using namespace Qt::StringLiterals;

namespace {
std::unexpected<QString> fail(const QString &message)
{
    return std::unexpected(message);
}

ToolChoice named(const ToolRef &tool)
{
    ToolChoice choice;
    choice.mode = ToolChoice::Mode::Named;
    choice.tool = tool;
    return choice;
}

QString typeName(ToolDefinition::Type type)
{
    return type == ToolDefinition::Type::Custom ? u"custom"_s : u"function"_s;
}

QJsonObject toJson(const ToolRef &ref)
{
    const QString type = typeName(ref.type);
    return { { u"type"_s, type }, { type, QJsonObject{ { u"name"_s, ref.name } } } };
}

std::expected<ToolDefinition::Type, QString> typeFromJson(
    const QJsonObject &object, const QString &path)
{
    const QJsonValue type = object.value(u"type"_s);
    if (type == QJsonValue(u"function"_s))
        return ToolDefinition::Type::Function;
    if (type == QJsonValue(u"custom"_s))
        return ToolDefinition::Type::Custom;
    return fail(
        QCoreApplication::translate("ChatRequest", "%1.type must be function or custom").arg(path));
}

std::expected<ToolRef, QString> toolRefFromJson(const QJsonValue &value, const QString &path)
{
    const auto object = JsonRead::object(value, path);
    if (!object)
        return fail(object.error());
    const auto type = typeFromJson(*object, path);
    if (!type)
        return fail(type.error());
    const QString key = typeName(*type);
    const auto inner = JsonRead::object(object->value(key), path + u'.' + key);
    if (!inner)
        return fail(inner.error());
    const auto name = JsonRead::string(inner->value(u"name"_s), path + u'.' + key + u".name"_s);
    if (!name)
        return fail(name.error());
    return ToolRef{ *type, *name };
}

//! Reads {name, description?, parameters?, strict?} (function body) into `tool`.
std::expected<void, QString> readFunctionBody(
    const QJsonValue &value, const QString &path, ToolDefinition &tool)
{
    const auto body = JsonRead::object(value, path);
    if (!body)
        return fail(body.error());
    const auto name = JsonRead::string(body->value(u"name"_s), path + u".name"_s);
    if (!name)
        return fail(name.error());
    tool.name = *name;
    if (auto r =
            JsonRead::optional(*body, u"description"_s, path, JsonRead::string, tool.description);
        !r)
        return r;
    if (auto r =
            JsonRead::optional(*body, u"parameters"_s, path, JsonRead::object, tool.parameters);
        !r)
        return r;
    return JsonRead::optional(*body, u"strict"_s, path, JsonRead::boolean, tool.strict);
}
} // namespace

ToolDefinition ToolDefinition::function(const QString &name, const QString &description,
    const QJsonObject &parameters, std::optional<bool> strict)
{
    ToolDefinition tool;
    tool.name = name;
    tool.description = description;
    tool.parameters = parameters;
    tool.strict = strict;
    return tool;
}

ToolDefinition ToolDefinition::custom(const QString &name, const QString &description)
{
    ToolDefinition tool;
    tool.type = Type::Custom;
    tool.name = name;
    tool.description = description;
    return tool;
}

ToolChoice ToolChoice::function(const QString &name)
{
    return named({ ToolDefinition::Type::Function, name });
}

ToolChoice ToolChoice::custom(const QString &name)
{
    return named({ ToolDefinition::Type::Custom, name });
}

ToolChoice ToolChoice::allowed(const QList<ToolRef> &tools, bool required)
{
    ToolChoice choice;
    choice.mode = Mode::AllowedTools;
    choice.allowedRequired = required;
    choice.allowedTools = tools;
    return choice;
}

ResponseFormat ResponseFormat::jsonSchema(
    const QString &name, const QJsonObject &schema, std::optional<bool> strict)
{
    ResponseFormat format;
    format.type = Type::JsonSchema;
    format.name = name;
    format.schema = schema;
    format.strict = strict;
    return format;
}

QJsonObject toFunctionJson(const ToolDefinition &tool)
{
    QJsonObject function{ { u"name"_s, tool.name } };
    if (!tool.description.isEmpty())
        function.insert(u"description"_s, tool.description);
    if (tool.parameters)
        function.insert(u"parameters"_s, *tool.parameters);
    return function;
}

QJsonObject toJson(const ToolDefinition &tool)
{
    if (tool.type == ToolDefinition::Type::Custom) {
        QJsonObject custom{ { u"name"_s, tool.name } };
        if (!tool.description.isEmpty())
            custom.insert(u"description"_s, tool.description);
        if (tool.format)
            custom.insert(u"format"_s, *tool.format);
        return { { u"type"_s, u"custom"_s }, { u"custom"_s, custom } };
    }
    QJsonObject function = toFunctionJson(tool);
    if (tool.strict)
        function.insert(u"strict"_s, *tool.strict);
    return { { u"type"_s, u"function"_s }, { u"function"_s, function } };
}

QJsonValue toJson(const ToolChoice &choice)
{
    switch (choice.mode) {
    case ToolChoice::Mode::None:
        return u"none"_s;
    case ToolChoice::Mode::Auto:
        return u"auto"_s;
    case ToolChoice::Mode::Required:
        return u"required"_s;
    case ToolChoice::Mode::Named:
        return toJson(choice.tool);
    case ToolChoice::Mode::AllowedTools: {
        QJsonArray tools;
        for (const ToolRef &ref : choice.allowedTools)
            tools.append(toJson(ref));
        const QJsonObject allowed{
            { u"mode"_s, choice.allowedRequired ? u"required"_s : u"auto"_s }, { u"tools"_s, tools }
        };
        return QJsonObject{ { u"type"_s, u"allowed_tools"_s }, { u"allowed_tools"_s, allowed } };
    }
    }
    return {};
}

QJsonValue toJson(const FunctionCallChoice &choice)
{
    switch (choice.mode) {
    case FunctionCallChoice::Mode::None:
        return u"none"_s;
    case FunctionCallChoice::Mode::Auto:
        return u"auto"_s;
    case FunctionCallChoice::Mode::Named:
        return QJsonObject{ { u"name"_s, choice.name } };
    }
    return {};
}

QJsonObject toJson(const ResponseFormat &format)
{
    switch (format.type) {
    case ResponseFormat::Type::Text:
        return { { u"type"_s, u"text"_s } };
    case ResponseFormat::Type::JsonObject:
        return { { u"type"_s, u"json_object"_s } };
    case ResponseFormat::Type::JsonSchema:
        break;
    }
    QJsonObject schema{ { u"name"_s, format.name } };
    if (!format.description.isEmpty())
        schema.insert(u"description"_s, format.description);
    if (format.schema)
        schema.insert(u"schema"_s, *format.schema);
    if (format.strict)
        schema.insert(u"strict"_s, *format.strict);
    return { { u"type"_s, u"json_schema"_s }, { u"json_schema"_s, schema } };
}

std::expected<ToolDefinition, QString> toolFromJson(const QJsonValue &value, const QString &path)
{
    const auto object = JsonRead::object(value, path);
    if (!object)
        return fail(object.error());
    const auto type = typeFromJson(*object, path);
    if (!type)
        return fail(type.error());
    ToolDefinition tool;
    tool.type = *type;
    if (tool.type == ToolDefinition::Type::Function) {
        if (auto r = readFunctionBody(object->value(u"function"_s), path + u".function"_s, tool);
            !r)
            return fail(r.error());
        return tool;
    }
    const QString inner = path + u".custom"_s;
    const auto custom = JsonRead::object(object->value(u"custom"_s), inner);
    if (!custom)
        return fail(custom.error());
    const auto name = JsonRead::string(custom->value(u"name"_s), inner + u".name"_s);
    if (!name)
        return fail(name.error());
    tool.name = *name;
    if (auto r = JsonRead::optional(
            *custom, u"description"_s, inner, JsonRead::string, tool.description);
        !r)
        return fail(r.error());
    if (auto r = JsonRead::optional(*custom, u"format"_s, inner, JsonRead::object, tool.format); !r)
        return fail(r.error());
    return tool;
}

std::expected<ToolDefinition, QString> functionFromJson(
    const QJsonValue &value, const QString &path)
{
    ToolDefinition tool;
    if (auto r = readFunctionBody(value, path, tool); !r)
        return fail(r.error());
    tool.strict.reset();
    return tool;
}

std::expected<ToolChoice, QString> toolChoiceFromJson(const QJsonValue &value, const QString &path)
{
    if (value.isString()) {
        const QString mode = value.toString();
        if (mode == u"none"_s)
            return ToolChoice::none();
        if (mode == u"auto"_s)
            return ToolChoice::automatic();
        if (mode == u"required"_s)
            return ToolChoice::required();
        return fail(QCoreApplication::translate(
            "ChatRequest", "%1 must be none, auto, required or an object")
                        .arg(path));
    }
    const auto object = JsonRead::object(value, path);
    if (!object)
        return fail(QCoreApplication::translate(
            "ChatRequest", "%1 must be none, auto, required or an object")
                        .arg(path));
    if (object->value(u"type"_s) != QJsonValue(u"allowed_tools"_s)) {
        const auto ref = toolRefFromJson(*object, path);
        if (!ref)
            return fail(ref.error());
        return named(*ref);
    }
    const QString inner = path + u".allowed_tools"_s;
    const auto allowed = JsonRead::object(object->value(u"allowed_tools"_s), inner);
    if (!allowed)
        return fail(allowed.error());
    const QJsonValue mode = allowed->value(u"mode"_s);
    if (mode != QJsonValue(u"auto"_s) && mode != QJsonValue(u"required"_s))
        return fail(QCoreApplication::translate("ChatRequest", "%1.mode must be auto or required")
                        .arg(inner));
    const auto tools = JsonRead::array(allowed->value(u"tools"_s), inner + u".tools"_s);
    if (!tools)
        return fail(tools.error());
    QList<ToolRef> refs;
    for (qsizetype i = 0; i < tools->size(); ++i) {
        const auto ref = toolRefFromJson(tools->at(i), JsonRead::item(inner + u".tools"_s, i));
        if (!ref)
            return fail(ref.error());
        refs.append(*ref);
    }
    return ToolChoice::allowed(refs, mode == QJsonValue(u"required"_s));
}

std::expected<FunctionCallChoice, QString> functionCallFromJson(
    const QJsonValue &value, const QString &path)
{
    if (value == QJsonValue(u"none"_s))
        return FunctionCallChoice{ FunctionCallChoice::Mode::None, {} };
    if (value == QJsonValue(u"auto"_s))
        return FunctionCallChoice{ FunctionCallChoice::Mode::Auto, {} };
    const QString message =
        QCoreApplication::translate("ChatRequest", "%1 must be none, auto or {\"name\": …}")
            .arg(path);
    if (!value.isObject() || !value.toObject().value(u"name"_s).isString())
        return fail(message);
    return FunctionCallChoice{ FunctionCallChoice::Mode::Named,
        value.toObject().value(u"name"_s).toString() };
}

std::expected<ResponseFormat, QString> responseFormatFromJson(
    const QJsonValue &value, const QString &path)
{
    const auto object = JsonRead::object(value, path);
    if (!object)
        return fail(object.error());
    const QJsonValue type = object->value(u"type"_s);
    if (type == QJsonValue(u"text"_s))
        return ResponseFormat();
    if (type == QJsonValue(u"json_object"_s)) {
        ResponseFormat format;
        format.type = ResponseFormat::Type::JsonObject;
        return format;
    }
    if (type != QJsonValue(u"json_schema"_s))
        return fail(QCoreApplication::translate(
            "ChatRequest", "%1.type must be text, json_object or json_schema")
                        .arg(path));
    const QString inner = path + u".json_schema"_s;
    const auto body = JsonRead::object(object->value(u"json_schema"_s), inner);
    if (!body)
        return fail(body.error());
    ResponseFormat format;
    format.type = ResponseFormat::Type::JsonSchema;
    const auto name = JsonRead::string(body->value(u"name"_s), inner + u".name"_s);
    if (!name)
        return fail(name.error());
    format.name = *name;
    if (auto r = JsonRead::optional(
            *body, u"description"_s, inner, JsonRead::string, format.description);
        !r)
        return fail(r.error());
    if (auto r = JsonRead::optional(*body, u"schema"_s, inner, JsonRead::object, format.schema); !r)
        return fail(r.error());
    if (auto r = JsonRead::optional(*body, u"strict"_s, inner, JsonRead::boolean, format.strict);
        !r)
        return fail(r.error());
    return format;
}
