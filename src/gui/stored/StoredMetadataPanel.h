// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class InlineMessage;
class QLabel;
class QPushButton;
class QTableWidget;

//! The metadata of the selected stored completion as a key/value table. The API's limits
//! (16 pairs, keys up to 64 characters, values up to 512) are checked before anything is sent:
//! a 17th pair is refused, and Save names every problem instead of sending. Save emits
//! saveRequested(); the window sends the update and reports back with showSaved()/showProblem().
class StoredMetadataPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoredMetadataPanel)

public:
    explicit StoredMetadataPanel(QWidget *parent = nullptr);

    //! Shows these pairs for completion `id` (empty: nothing selected, the panel is disabled).
    void setCompletion(const QString &id, const QJsonObject &metadata);

    const QString &completionId() const { return m_id; }

    //! The pairs as the table shows them (rows without a key are left out).
    QJsonObject metadata() const;
    //! Problems with the table's pairs, one message each; empty: it can be sent.
    QStringList problems() const;

    void showProblem(const QString &text);
    void showSaved();
    //! The text shown under the table (a problem or "Saved"), empty if none.
    QString message() const;

    QTableWidget *table() const { return m_table; }

    QPushButton *addButton() const { return m_add; }

    QPushButton *removeButton() const { return m_remove; }

    QPushButton *saveButton() const { return m_save; }

public Q_SLOTS:
    //! Adds an empty pair and starts editing its key, unless the table is full.
    void addPair();
    void removePair();
    //! Emits saveRequested() if problems() is empty, else shows them.
    void save();

Q_SIGNALS:
    void saveRequested(const QString &id, const QJsonObject &metadata);

private:
    void addRow(const QString &key, const QString &value);
    void updateState();

    QString m_id;
    QJsonObject m_saved;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_revert;
    QPushButton *m_save;
    QLabel *m_count;
    InlineMessage *m_message;
    bool m_loading = false;
    bool m_saving = false;
};
