// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

struct RequestRecord;
class QPlainTextEdit;

//! The request inspector's detail tabs for one recorded exchange: Request (method, URL,
//! redacted headers, indented body), Response (status, headers, rate limits, body or error),
//! Stream (SSE frames with their times) and Summary (TTFT, tokens/s, usage).
class RequestDetailView final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDetailView)

public:
    enum Tab { RequestTab, ResponseTab, StreamTab, SummaryTab };

    explicit RequestDetailView(QWidget *parent = nullptr);

    //! Shows `record`; nullptr empties every tab.
    void showRecord(const RequestRecord *record);
    QString text(Tab tab) const;

    //! Texts the Summary and Response tabs use, exposed for tests.
    static QString summaryText(const RequestRecord &record);
    static QString responseText(const RequestRecord &record);
    static QString requestText(const RequestRecord &record);
    static QString streamText(const RequestRecord &record);

protected:
    void changeEvent(QEvent *event) override;

private:
    QPlainTextEdit *addPage(const char *name);
    void retranslate();
    void applyFont();

    QList<QPlainTextEdit *> m_pages;
};
