// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

//! The conversation's "spoken answers" setting: when on, requests carry
//! `modalities: ["text", "audio"]` and `audio: {voice, format}` (protocol.md §2.6). The voice is
//! free text with the built-in names offered; the format defaults to pcm16, the one format an
//! answer can stream in (Kaiwa saves it as WAV). Off means neither key is sent.
class SpokenAnswerEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpokenAnswerEditor)

public:
    explicit SpokenAnswerEditor(QWidget *parent = nullptr);
    ~SpokenAnswerEditor() override;

    //! Shows `modalities` and `audio` from the parameters without emitting edited().
    void setParameters(const QJsonObject &parameters);
    //! The two keys this editor owns.
    static QStringList keys();

    bool isOn() const;
    QString voice() const;
    QString format() const;

Q_SIGNALS:
    //! Values for "modalities" and "audio"; undefined values mean "remove".
    void edited(const QJsonValue &modalities, const QJsonValue &audio);

protected:
    void changeEvent(QEvent *event) override;

private:
    void emitEdited();
    void updateEnabled();
    void retranslate();

    QCheckBox *m_on;
    QComboBox *m_voice;
    QComboBox *m_format;
    QLabel *m_hint;
    bool m_loading = false;
};
