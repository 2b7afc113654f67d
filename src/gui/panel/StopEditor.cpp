// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panel/StopEditor.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QVBoxLayout>

StopEditor::StopEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (int i = 0; i < MaxSequences; ++i) {
        auto *line = new QLineEdit(this);
        line->setObjectName(QStringLiteral("stopSequence%1").arg(i + 1));
        line->setAccessibleName(tr("Stop sequence %1").arg(i + 1));
        line->setPlaceholderText(tr("Stop sequence %1 (\\n for a line break)").arg(i + 1));
        connect(line, &QLineEdit::textEdited, this, &StopEditor::edited);
        layout->addWidget(line);
        m_lines.append(line);
    }
    setFocusProxy(m_lines.first());
}

StopEditor::~StopEditor() = default;

void StopEditor::setValue(const QJsonValue &value)
{
    QStringList sequences;
    if (value.isString())
        sequences.append(value.toString());
    for (const QJsonValue &item : value.toArray())
        sequences.append(item.toString());
    for (int i = 0; i < MaxSequences; ++i)
        m_lines.at(i)->setText(escape(sequences.value(i)));
}

std::expected<QJsonValue, QString> StopEditor::value() const
{
    QJsonArray sequences;
    for (const QLineEdit *line : m_lines) {
        if (!line->text().isEmpty())
            sequences.append(unescape(line->text()));
    }
    if (sequences.isEmpty())
        return std::unexpected(tr("Enter at least one stop sequence."));
    return QJsonValue(sequences);
}

QString StopEditor::escape(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else
            out += c;
    }
    return out;
}

QString StopEditor::unescape(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\' || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const QChar next = text.at(++i);
        if (next == u'n')
            out += u'\n';
        else if (next == u't')
            out += u'\t';
        else if (next == u'r')
            out += u'\r';
        else if (next == u'\\')
            out += u'\\';
        else
            out += QStringView(text).mid(i - 1, 2); // an unknown escape stays as typed
    }
    return out;
}
