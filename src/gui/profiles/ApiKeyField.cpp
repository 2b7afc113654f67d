// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/profiles/ApiKeyField.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

ApiKeyField::ApiKeyField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_show(new QToolButton(this))
    , m_forget(new QPushButton(tr("Forget key"), this))
    , m_note(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("apiKeyEdit"));
    m_edit->setAccessibleName(tr("API key"));
    m_edit->setAccessibleDescription(tr("The secret key the service gave you; it is kept in the "
                                        "system keychain, not in a file"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setClearButtonEnabled(true);
    m_show->setObjectName(QStringLiteral("showKeyButton"));
    m_show->setAccessibleName(tr("Show the API key"));
    m_show->setText(tr("Show"));
    m_show->setCheckable(true);
    m_show->setFocusPolicy(Qt::StrongFocus);
    m_forget->setObjectName(QStringLiteral("forgetKeyButton"));
    m_forget->setAccessibleName(tr("Forget the stored API key"));
    m_forget->setToolTip(tr("Remove this profile's key from the system keychain"));
    m_note->setObjectName(QStringLiteral("keyStatusLabel"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_show, 0, 1);
    layout->addWidget(m_forget, 0, 2);
    layout->addWidget(m_note, 1, 0, 1, 3);

    connect(m_show, &QToolButton::toggled, this, [this](bool on) {
        m_edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_show->setText(on ? tr("Hide") : tr("Show"));
        m_show->setAccessibleName(on ? tr("Hide the API key") : tr("Show the API key"));
    });
    connect(m_edit, &QLineEdit::textEdited, this, &ApiKeyField::edited);
    connect(m_forget, &QPushButton::clicked, this, &ApiKeyField::forgetRequested);
    updateNote();
}

QString ApiKeyField::typedKey() const
{
    return m_edit->text().trimmed();
}

void ApiKeyField::setTypedKey(const QString &key)
{
    m_edit->setText(key);
}

void ApiKeyField::setStored(Stored stored)
{
    m_stored = stored;
    updateNote();
}

void ApiKeyField::setKeychainProblem(const QString &problem)
{
    m_keychainProblem = problem;
    updateNote();
}

void ApiKeyField::setOptional(bool optional)
{
    m_optional = optional;
    updateNote();
}

void ApiKeyField::updateNote()
{
    QString note;
    switch (m_stored) {
    case Stored::Yes:
        note = tr("A key is stored in the system keychain. Type a new one to replace it.");
        m_edit->setPlaceholderText(tr("•••••••• (stored)"));
        break;
    case Stored::No:
        note = m_optional ? tr("No key needed for most local servers. A key you enter is stored "
                               "in the system keychain.")
                          : tr("No key stored yet. It will be stored in the system keychain.");
        m_edit->setPlaceholderText(m_optional ? tr("optional") : tr("paste your API key"));
        break;
    case Stored::Unknown:
        note = tr("The key is stored in the system keychain, never in Kaiwa's settings.");
        m_edit->setPlaceholderText({});
        break;
    }
    if (!m_keychainProblem.isEmpty())
        note = m_keychainProblem + u' '
            + tr("Keys are kept in memory only and are forgotten when Kaiwa quits.");
    m_note->setText(note);
    m_forget->setVisible(m_stored == Stored::Yes);
}
