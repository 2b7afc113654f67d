// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <expected>

#include <QWidget>

#include "core/settings/ProviderProfile.h"

class ApiKeyField;
class InlineMessage;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

//! The form for one ProviderProfile: every field, inline problems next to the field they are
//! about, and the API key entry (the key itself is handled by the owner).
class ProfileEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditor)

public:
    enum class Field { Name, BaseUrl, Headers, Body };

    explicit ProfileEditor(QWidget *parent = nullptr);

    //! Fills the form (clears problems and the typed key). `hint` is shown under the provider.
    void setProfile(const ProviderProfile &profile, const QString &hint = {});
    //! The form's values; shows a problem next to each invalid field and fails with the first.
    std::expected<ProviderProfile, QString> readProfile();
    //! Shows a base URL that still has a {placeholder} for the user to fill in.
    void setBaseUrlText(const QString &text);
    void showProblem(Field field, const QString &text);
    void clearProblems();

    //! Offers these ids in the default model list (after a successful /models check).
    void setModels(const QStringList &ids);
    QString defaultModel() const;

    ApiKeyField *keyField() const { return m_key; }

    QLineEdit *nameEdit() const { return m_name; }

    //! The proxy password typed in the network dialog since setProfile(); empty: keep the stored.
    QString typedProxyPassword() const { return m_proxyPassword; }

    //! Whether the keychain holds a proxy password for the profile (shown in the dialog).
    void setProxyPasswordStored(bool stored) { m_proxyPasswordStored = stored; }

    //! Adds `sha256` to the certificates trusted for this profile (the user chose to).
    void trustCertificate(const QString &sha256);
    //! Opens the network and TLS dialog.
    void editNetwork();

Q_SIGNALS:
    //! The user changed any field (the key included).
    void edited();
    void defaultModelChanged(const QString &model);

private:
    void updateRows();
    void applyKindDefaults();
    void checkBody();
    void showNetworkSummary();
    InlineMessage *problemLabel(Field field) const;

    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLabel *m_hint;
    QLineEdit *m_baseUrl;
    QComboBox *m_auth;
    ApiKeyField *m_key;
    QLineEdit *m_apiVersion;
    QComboBox *m_extraParameters;
    QPlainTextEdit *m_headers;
    QPlainTextEdit *m_body;
    QComboBox *m_model;
    QComboBox *m_tokenField;
    InlineMessage *m_nameProblem;
    InlineMessage *m_urlProblem;
    InlineMessage *m_headersProblem;
    InlineMessage *m_bodyProblem;
    QLabel *m_networkSummary;
    QPushButton *m_networkButton;
    NetworkSettings m_network;
    QString m_proxyPassword;
    bool m_proxyPasswordStored = false;
    bool m_filling = false;
};
