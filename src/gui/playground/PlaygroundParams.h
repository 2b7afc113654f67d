// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

//! The optional parameters of a legacy `/completions` run. Each one is unset until the user
//! gives it a value (spin boxes show "Default" at their lowest step); unset ones are not sent.
//! values() is the JSON the request gets (API field names), also what the history keeps.
class PlaygroundParams final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaygroundParams)

public:
    explicit PlaygroundParams(QWidget *parent = nullptr);

    //! The set parameters by API name (echo, best_of, n, logprobs, stop, max_tokens, …).
    QJsonObject values() const;
    //! Shows these values; keys not present become unset.
    void setValues(const QJsonObject &values);
    //! An English-origin, translated problem with the input (invalid logit_bias), or empty.
    QString problem() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void addRow(QWidget *field);
    QSpinBox *addInt(const char *name, int maximum);
    QDoubleSpinBox *addDouble(const char *name, double minimum, double maximum, double step);
    void retranslate();
    void checkLogitBias();

    QFormLayout *m_form;
    QCheckBox *m_echo;
    QSpinBox *m_bestOf;
    QSpinBox *m_n;
    QSpinBox *m_logprobs;
    QSpinBox *m_maxTokens;
    QDoubleSpinBox *m_temperature;
    QDoubleSpinBox *m_topP;
    QDoubleSpinBox *m_presence;
    QDoubleSpinBox *m_frequency;
    QLineEdit *m_seed;
    QList<QLineEdit *> m_stops;
    QLineEdit *m_logitBias;
    QLabel *m_biasProblem;
};
