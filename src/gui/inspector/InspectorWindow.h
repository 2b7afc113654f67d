// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QTableView;
class QToolButton;
class RequestDetailView;
class RequestLog;

//! View ▸ Request Inspector: every HTTP request Kaiwa sends while Record is on, with its
//! redacted headers, body, response, SSE frames, timings and usage; Copy as curl, Save… and
//! Clear. Record starts off; closing the window stops recording and forgets every record.
class InspectorWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorWindow)

public:
    explicit InspectorWindow(QNetworkAccessManager &nam, QWidget *parent = nullptr);
    ~InspectorWindow() override;

    bool isRecording() const;
    void setRecording(bool on);

    RequestLog &log() const { return *m_log; }

    //! The selected row, or -1.
    int currentRow() const;
    //! Copies the selected request as a curl command to the clipboard; false if none.
    bool copyAsCurl();
    //! Writes every record to `path` (JSON); false with the reason in `error`.
    bool saveTo(const QString &path, QString *error = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void save();
    void showCurrent();
    void updateState();
    void retranslate();

    QNetworkAccessManager &m_nam;
    RequestLog *m_log = nullptr;
    QToolButton *m_record = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_state = nullptr;
    QTableView *m_table = nullptr;
    RequestDetailView *m_detail = nullptr;
};
