// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

//! Validates JSON values against the JSON Schema subset that Structured Outputs allows: type (one
//! name or an array, "integer" and "null" included), properties, required, additionalProperties
//! (false or a schema), items, enum, const, anyOf, $ref to "#" or "#/$defs/…" (any local JSON
//! pointer), minimum/maximum/exclusiveMinimum/exclusiveMaximum/multipleOf,
//! minLength/maxLength (in code points), pattern (QRegularExpression, unanchored), minItems/
//! maxItems. "format" and unknown keywords are ignored.
class JsonSchema final
{
    Q_DECLARE_TR_FUNCTIONS(JsonSchema)

public:
    //! One problem: where (a JSON pointer, "" for the root, "/items/2/price") and why.
    struct Violation
    {
        QString path;
        QString message;

        bool operator==(const Violation &) const = default;
    };

    explicit JsonSchema(QJsonObject schema);

    const QJsonObject &schema() const { return m_schema; }

    //! Every violation of `value` against the schema, in document order (empty: valid).
    QList<Violation> validate(const QJsonValue &value) const;

    //! Why `schema` can't be used in strict mode (paths point into the schema): the root is not
    //! an object, an object schema without additionalProperties: false, a property missing from
    //! required, an unknown type name, a $ref that doesn't resolve, an unsupported keyword.
    static QList<Violation> strictProblems(const QJsonObject &schema);

    //! `parent` + "/" + `key`, with "~" and "/" escaped as RFC 6901 says.
    static QString appendPointer(const QString &parent, const QString &key);
    //! The value at a local reference ("#", "#/$defs/a"); undefined if it doesn't resolve.
    static QJsonValue resolveReference(const QJsonObject &root, const QString &reference);

private:
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &path, int depth,
        QList<Violation> &out) const;
    void checkObject(const QJsonObject &object, const QJsonObject &schema, const QString &path,
        int depth, QList<Violation> &out) const;
    void checkArray(const QJsonArray &array, const QJsonObject &schema, const QString &path,
        int depth, QList<Violation> &out) const;
    void checkNumber(
        double number, const QJsonObject &schema, const QString &path, QList<Violation> &out) const;
    void checkString(const QString &text, const QJsonObject &schema, const QString &path,
        QList<Violation> &out) const;

    QJsonObject m_schema;
};
