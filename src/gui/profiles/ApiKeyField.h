// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

//! The API key entry: a password field with a Show toggle, and a note that says where the key is
//! kept and whether one is stored already, without ever showing a stored key.
class ApiKeyField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyField)

public:
    enum class Stored { Unknown, Yes, No };

    explicit ApiKeyField(QWidget *parent = nullptr);

    //! What the user typed (trimmed); empty: keep whatever is stored.
    QString typedKey() const;
    void setTypedKey(const QString &key);
    void setStored(Stored stored);

    Stored stored() const { return m_stored; }

    //! Empty when keys go to the system keychain; otherwise why they cannot (SecretStore).
    void setKeychainProblem(const QString &problem);
    //! Local servers: say that no key is needed.
    void setOptional(bool optional);

    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void edited();
    void forgetRequested();

private:
    void updateNote();

    QLineEdit *m_edit;
    QToolButton *m_show;
    QPushButton *m_forget;
    QLabel *m_note;
    Stored m_stored = Stored::Unknown;
    QString m_keychainProblem;
    bool m_optional = false;
};
