// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QWidget>

#include "core/request/Endpoint.h"

class QComboBox;
class InlineMessage;
class QLineEdit;
class QPushButton;

//! The filters of the stored-completions list, sent to the server: model, metadata pairs
//! ("app=kaiwa, user=alice") and order. Apply (or Enter in a field, or a new order) emits
//! applied(); text that cannot be read as key=value pairs is refused with a message.
class StoredFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoredFilterBar)

public:
    explicit StoredFilterBar(QWidget *parent = nullptr);

    //! The filter the fields describe, or nullopt (and problem() says why).
    std::optional<Endpoint::ListQuery> query();

    QString problem() const;

    QLineEdit *modelEdit() const { return m_model; }

    QLineEdit *metadataEdit() const { return m_metadata; }

    QComboBox *orderBox() const { return m_order; }

    QPushButton *applyButton() const { return m_apply; }

    //! "key=value, key=value" into pairs; nullopt and `problem` for text that is not that.
    static std::optional<QList<QPair<QString, QString>>> parseMetadata(
        const QString &text, QString *problem);

public Q_SLOTS:
    void apply();

Q_SIGNALS:
    void applied(const Endpoint::ListQuery &filter);

private:
    QLineEdit *m_model;
    QLineEdit *m_metadata;
    QComboBox *m_order;
    QPushButton *m_apply;
    InlineMessage *m_problem;
};
