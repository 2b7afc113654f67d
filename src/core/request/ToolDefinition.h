// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>
#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

//! One entry of `tools` (protocol.md §2.4): a function tool or a custom tool. Also used for the
//! deprecated `functions` list, where only name, description and parameters are sent.
struct ToolDefinition
{
    enum class Type { Function, Custom };

    Type type = Type::Function;
    QString name;
    QString description; //!< empty = not sent
    std::optional<QJsonObject> parameters; //!< Function: a JSON Schema object
    std::optional<bool> strict; //!< Function: Structured-Outputs adherence
    std::optional<QJsonObject> format; //!< Custom: {type: text} or {type: grammar, grammar: {…}}

    friend bool operator==(const ToolDefinition &, const ToolDefinition &) = default;

    static ToolDefinition function(const QString &name, const QString &description,
        const QJsonObject &parameters, std::optional<bool> strict = std::nullopt);
    static ToolDefinition custom(const QString &name, const QString &description = {});
};

//! A tool named by type and name, as `tool_choice` and `allowed_tools` refer to one.
struct ToolRef
{
    ToolDefinition::Type type = ToolDefinition::Type::Function;
    QString name;

    friend bool operator==(const ToolRef &, const ToolRef &) = default;
};

//! `tool_choice`: a mode string, a named tool, or an allowed_tools subset.
struct ToolChoice
{
    enum class Mode {
        None, //!< "none"
        Auto, //!< "auto"
        Required, //!< "required"
        Named, //!< {type: function|custom, <type>: {name}}
        AllowedTools, //!< {type: allowed_tools, allowed_tools: {mode, tools}}
    };

    Mode mode = Mode::Auto;
    ToolRef tool; //!< Named
    bool allowedRequired = false; //!< AllowedTools: mode "required" instead of "auto"
    QList<ToolRef> allowedTools; //!< AllowedTools

    friend bool operator==(const ToolChoice &, const ToolChoice &) = default;

    static ToolChoice none() { return withMode(Mode::None); }

    static ToolChoice automatic() { return withMode(Mode::Auto); }

    static ToolChoice required() { return withMode(Mode::Required); }

    static ToolChoice function(const QString &name);
    static ToolChoice custom(const QString &name);
    static ToolChoice allowed(const QList<ToolRef> &tools, bool required = false);

private:
    static ToolChoice withMode(Mode mode)
    {
        ToolChoice choice;
        choice.mode = mode;
        return choice;
    }
};

//! The deprecated `function_call`: "none", "auto" or {name}.
struct FunctionCallChoice
{
    enum class Mode { None, Auto, Named };
    Mode mode = Mode::Auto;
    QString name;

    friend bool operator==(const FunctionCallChoice &, const FunctionCallChoice &) = default;
};

//! `response_format` (protocol.md §2.5).
struct ResponseFormat
{
    enum class Type { Text, JsonObject, JsonSchema };

    Type type = Type::Text;
    QString name; //!< JsonSchema: required
    QString description; //!< JsonSchema: empty = not sent
    std::optional<QJsonObject> schema; //!< JsonSchema
    std::optional<bool> strict; //!< JsonSchema

    friend bool operator==(const ResponseFormat &, const ResponseFormat &) = default;

    static ResponseFormat jsonSchema(
        const QString &name, const QJsonObject &schema, std::optional<bool> strict = std::nullopt);
};

QJsonObject toJson(const ToolDefinition &tool);
//! The deprecated `functions` item form: {name, description?, parameters?}.
QJsonObject toFunctionJson(const ToolDefinition &tool);
QJsonValue toJson(const ToolChoice &choice);
QJsonValue toJson(const FunctionCallChoice &choice);
QJsonObject toJson(const ResponseFormat &format);

std::expected<ToolDefinition, QString> toolFromJson(const QJsonValue &value, const QString &path);
//! Reads a deprecated `functions` item ({name, description?, parameters?}).
std::expected<ToolDefinition, QString> functionFromJson(
    const QJsonValue &value, const QString &path);
std::expected<ToolChoice, QString> toolChoiceFromJson(const QJsonValue &value, const QString &path);
std::expected<FunctionCallChoice, QString> functionCallFromJson(
    const QJsonValue &value, const QString &path);
std::expected<ResponseFormat, QString> responseFormatFromJson(
    const QJsonValue &value, const QString &path);
