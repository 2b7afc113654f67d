// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>

//! An answer read as JSON (structured output): what the request asked for and the parsed text.
namespace JsonAnswer {
struct Parsed
{
    QJsonValue value; //!< undefined unless the text parsed
    QString error; //!< empty on success: "unterminated object (at character 120)"
    qsizetype offset = -1; //!< where parsing failed, in characters of the answer text

    bool isValid() const { return error.isEmpty(); }
};

//! The request's response_format type: "json_object", "json_schema", or "text" (also when unset).
QString formatType(const QJsonObject &request);
//! The request's json_schema object ({name, schema, strict, description}), or empty.
QJsonObject schemaOf(const QJsonObject &request);
//! Cheap: the text (or a single ``` fenced block that is all of it) starts with { or [ and ends
//! with } or ] — worth offering the JSON view. Doesn't parse.
bool looksLikeJson(QStringView text);
//! Parses the answer: the whole text or a single ```json fenced block that is all of it.
Parsed parse(QStringView text);
} // namespace JsonAnswer
