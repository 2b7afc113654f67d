// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

class ParameterField;
class QGridLayout;
class ToolChoiceEditor;
class ToolsEditor;

//! The request parameters of the panel, each optional: sampling (temperature, top_p, the token
//! limit, penalties, seed, n, stop) and output (reasoning_effort, logprobs, top_logprobs,
//! response_format) and tools (tools, tool_choice, parallel_tool_calls). Ranges follow the
//! OpenAPI spec.
class ParameterForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParameterForm)

public:
    explicit ParameterForm(QWidget *parent = nullptr);
    ~ParameterForm() override;

    //! Shows the parameters this form knows from `parameters` (others are ignored) without
    //! emitting parameterEdited(). The token limit is read from either of its two names.
    void setParameters(const QJsonObject &parameters);
    //! "max_completion_tokens" or "max_tokens": the name the token limit is shown and sent under.
    void setTokenLimitKey(const QString &key);
    QString tokenLimitKey() const;

    //! Every key this form edits (both token limit names included).
    static QStringList keys();

    QList<ParameterField *> fields() const { return m_fields; }

    ParameterField *field(const QString &id) const;

Q_SIGNALS:
    //! The user changed a parameter; an undefined value means "unset".
    void parameterEdited(const QString &key, const QJsonValue &value);

private:
    ParameterField *add(
        ParameterField *field, const QString &description, QGridLayout *grid, bool wide = false);
    void onEdited(ParameterField *field, const QJsonValue &value);
    void onToolsEdited(const QJsonValue &tools);
    void updateAvailability();

    QList<ParameterField *> m_fields;
    ToolsEditor *m_tools = nullptr;
    ToolChoiceEditor *m_toolChoice = nullptr;
};
