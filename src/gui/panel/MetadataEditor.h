// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

//! `store` and `metadata`: whether OpenAI keeps the completion, and up to 16 key/value pairs
//! (keys up to 64 characters, values up to 512) to find it by. Pairs that break a limit, repeat
//! a key or have no key are refused with a message and not applied.
class MetadataEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetadataEditor)

public:
    static constexpr int MaxPairs = 16;
    static constexpr int MaxKeyLength = 64;
    static constexpr int MaxValueLength = 512;

    explicit MetadataEditor(QWidget *parent = nullptr);
    ~MetadataEditor() override;

    void setValues(bool store, const QJsonObject &metadata);

    bool store() const { return m_store; }

    //! The last valid pairs.
    QJsonObject metadata() const { return m_metadata; }

Q_SIGNALS:
    //! The user changed store or the (valid) pairs.
    void edited();

private:
    void addRow(const QString &key, const QString &value);
    void onTableEdited();
    void setProblem(const QString &text);
    void updateButtons();

    QCheckBox *m_storeBox;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_count;
    QLabel *m_problem;
    bool m_store = false;
    QJsonObject m_metadata;
    bool m_loading = false;
};
