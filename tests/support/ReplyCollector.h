// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QCryptographicHash>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

//! What a QNetworkReply delivered, read by read. Only records state: the test body asserts
//! (never QFAIL inside a connected lambda).
struct CollectedReply
{
    QByteArray body; //!< everything read (unless keepBody was false)
    int readyReads = 0; //!< readyRead emissions that carried bytes
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0; //!< HTTP status, 0 if none was received
    QCryptographicHash hash{ QCryptographicHash::Sha256 }; //!< SHA-256 over all bytes read
    bool keepBody = true;
};

//! Reads reply as data arrives into the returned record (which outlives the reply).
std::shared_ptr<CollectedReply> collectReply(QNetworkReply *reply, bool keepBody = true);

//! A request with "Content-Type: application/json".
QNetworkRequest jsonRequest(const QUrl &url);
