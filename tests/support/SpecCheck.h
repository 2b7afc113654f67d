// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

//! Validates request bodies a test captured over loopback against the OpenAPI spec, with the same
//! validator as the spec_validate_requests test (tests/spec/validate_requests.py, Debian's
//! python3-jsonschema). Each check also carries bodies that must be rejected, so a validator that
//! accepts everything fails the test.
namespace SpecCheck {
struct Row
{
    QString name;
    QJsonObject body;
    bool valid = true;
    QString schema = QStringLiteral("CreateChatCompletionRequest");
};

//! Empty when every row came out as expected; otherwise the validator's report.
QString validate(const QList<Row> &rows);
} // namespace SpecCheck
