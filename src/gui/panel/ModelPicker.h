// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include "core/api/ApiError.h"

class ModelCatalog;
class QComboBox;
class QCompleter;
class QLabel;
class QStringListModel;
class QTimer;
class QToolButton;

//! Chooses the model of a conversation: an editable list of the profile's cached model ids (any
//! text is allowed, and typing completes case-insensitively anywhere in an id), a refresh button
//! and a one-line status ("Updated 5 minutes ago", or why the last refresh failed).
//! It never talks to a server: refreshRequested() asks the owner to run ModelCatalog::refresh()
//! with a client for the profile.
class ModelPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPicker)

public:
    explicit ModelPicker(QWidget *parent = nullptr);
    ~ModelPicker() override;

    void setCatalog(ModelCatalog *catalog);
    //! Shows the profile's models; asks for a refresh if they were never fetched.
    void setProfile(const QString &profile);

    QString profile() const { return m_profile; }

    QString model() const;
    //! Sets the text without emitting modelChanged().
    void setModel(const QString &model);
    //! Focuses the text, selects it and opens the list of matching models (Ctrl+K).
    void focusPicker();

Q_SIGNALS:
    //! The user chose or typed another model (not emitted by setModel()).
    void modelChanged(const QString &model);
    //! The refresh button was pressed, or the profile has no cached list yet.
    void refreshRequested(const QString &profile);

private:
    void reload();
    void requestRefreshIfEmpty();
    void updateStatus();
    void commitText();
    void onRefreshFailed(const QString &profile, const ApiError &error);

    QComboBox *m_combo = nullptr;
    QToolButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_models = nullptr;
    QTimer *m_statusTimer = nullptr;
    QPointer<ModelCatalog> m_catalog;
    QString m_profile;
    QString m_committed; //!< the last model set or emitted, to emit only real changes
    QString m_error; //!< the last refresh failure of this profile, shown until the next success
};
