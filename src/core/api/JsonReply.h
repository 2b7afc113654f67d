// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include "core/api/ApiReply.h"

//! A request whose answer is one JSON object: models, stored completions, metadata updates.
class JsonReply final : public ApiReply
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonReply)
public:
    JsonReply(QNetworkAccessManager &nam, const QNetworkRequest &request, const QByteArray &verb,
        const QByteArray &body, const Options &options, QObject *parent = nullptr);

    const QJsonObject &json() const { return m_json; }

    const QByteArray &body() const { return m_body; }

private:
    void beginBody(const QByteArray &) override {}

    ApiError consumeBody(const char *data, qsizetype size) override;
    ApiError finishBody(const ApiError &transportError) override;

    bool hasDeliveredContent() const override { return false; }

    void resetForRetry() override { m_body.clear(); }

    QByteArray m_body;
    QJsonObject m_json;
};
