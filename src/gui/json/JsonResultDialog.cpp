// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/json/JsonResultDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

#include "core/json/JsonAnswer.h"
#include "gui/json/JsonTreeView.h"

using namespace Qt::StringLiterals;

JsonResultDialog::JsonResultDialog(QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_raw(new QPlainTextEdit(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_tree(new JsonTreeView(m_splitter))
    , m_violationsTitle(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_expand(new QPushButton(tr("Expand All"), this))
    , m_collapse(new QPushButton(tr("Collapse All"), this))
    , m_copy(new QPushButton(tr("Copy JSON"), this))
{
    setObjectName(u"jsonResultDialog"_s);
    setWindowTitle(tr("Answer as JSON"));
    m_summary->setObjectName(u"jsonSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(u"jsonError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_raw->setObjectName(u"jsonRawText"_s);
    m_raw->setAccessibleName(tr("Answer text"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *lower = new QWidget(m_splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_violationsTitle->setObjectName(u"jsonViolationsTitle"_s);
    m_violationsTitle->setBuddy(m_list);
    m_list->setObjectName(u"jsonViolations"_s);
    m_list->setAccessibleName(tr("Schema violations"));
    m_list->setWordWrap(true);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_list->setIconSize(QSize(icon, icon));
    lowerLayout->addWidget(m_violationsTitle);
    lowerLayout->addWidget(m_list);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(lower);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    m_expand->setObjectName(u"jsonExpandAll"_s);
    m_expand->setAccessibleName(tr("Expand all"));
    m_collapse->setObjectName(u"jsonCollapseAll"_s);
    m_collapse->setAccessibleName(tr("Collapse all"));
    m_copy->setObjectName(u"jsonCopy"_s);
    m_copy->setAccessibleName(tr("Copy JSON"));
    m_copy->setToolTip(tr("Copy the answer as indented JSON"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"jsonButtons"_s);
    buttons->addButton(m_expand, QDialogButtonBox::ActionRole);
    buttons->addButton(m_collapse, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    for (QPushButton *button : { m_expand, m_collapse, m_copy })
        button->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"jsonClose"_s);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_raw, 1);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_expand, &QPushButton::clicked, m_tree, &QTreeView::expandAll);
    connect(m_collapse, &QPushButton::clicked, m_tree, &QTreeView::collapseAll);
    connect(m_copy, &QPushButton::clicked, this, &JsonResultDialog::copyJson);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_violations.size())
            m_tree->selectPath(m_violations.at(row).path);
    });
    // Clicking the current violation again goes back to its row too.
    connect(m_list, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { m_tree->selectPath(item->data(Qt::UserRole).toString()); });
    resize(640, 560);
}

JsonResultDialog::~JsonResultDialog() = default;

void JsonResultDialog::setAnswer(const QString &text, const QJsonObject &request)
{
    m_violations.clear();
    m_list->clear();
    const QString type = JsonAnswer::formatType(request);
    const QJsonObject jsonSchema = JsonAnswer::schemaOf(request);
    const QString name = jsonSchema.value(u"name"_s).toString();
    const bool strict = jsonSchema.value(u"strict"_s).toBool();
    const JsonAnswer::Parsed parsed = JsonAnswer::parse(text);
    m_isJson = parsed.isValid();
    if (!m_isJson) {
        showParseError(text, parsed.error, parsed.offset);
        return;
    }
    m_error->hide();
    m_raw->hide();
    m_splitter->show();
    m_expand->setEnabled(true);
    m_collapse->setEnabled(true);
    m_copy->setEnabled(true);
    m_tree->setValue(parsed.value);
    m_pretty = QString::fromUtf8(parsed.value.isArray()
            ? QJsonDocument(parsed.value.toArray()).toJson(QJsonDocument::Indented)
            : QJsonDocument(parsed.value.toObject()).toJson(QJsonDocument::Indented));

    const QJsonValue schema = jsonSchema.value(u"schema"_s);
    QString summary;
    if (type == u"json_schema"_s && schema.isObject()) {
        m_violations = JsonSchema(schema.toObject()).validate(parsed.value);
        const QString which =
            strict ? tr("schema “%1” (strict)").arg(name) : tr("schema “%1”").arg(name);
        summary = m_violations.isEmpty()
            ? tr("Valid: the answer matches the %1.").arg(which)
            : tr("The answer breaks the %1 in %n place(s).", nullptr, int(m_violations.size()))
                  .arg(which);
    } else if (type == u"json_schema"_s) {
        summary =
            tr("The request named schema “%1” but sent no schema body: parsed only.").arg(name);
    } else if (type == u"json_object"_s) {
        summary = tr("Requested as a JSON object (no schema to check against): parsed only.");
    } else {
        summary =
            tr("Not requested as JSON; the answer parses as JSON (nothing to check against).");
    }
    m_summary->setText(summary);
    for (const JsonSchema::Violation &violation : std::as_const(m_violations)) {
        auto *item = new QListWidgetItem(
            tr("%1: %2").arg(
                violation.path.isEmpty() ? tr("(root)") : violation.path, violation.message),
            m_list);
        item->setData(Qt::UserRole, violation.path);
        item->setToolTip(violation.message);
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    m_violationsTitle->setText(
        m_violations.isEmpty() ? QString() : tr("&Violations (%1):").arg(m_violations.size()));
    m_violationsTitle->parentWidget()->setVisible(!m_violations.isEmpty());
    m_tree->setViolations(m_violations);
}

void JsonResultDialog::showParseError(const QString &text, const QString &error, qsizetype offset)
{
    m_splitter->hide();
    m_expand->setEnabled(false);
    m_collapse->setEnabled(false);
    m_copy->setEnabled(false);
    m_tree->clear();
    m_pretty.clear();
    m_summary->setText(
        tr("This answer is not valid JSON, so it can't be shown as a tree or "
           "checked against a schema. If the answer was cut off mid-stream, the error is at its "
           "end."));
    m_error->setText(tr("Parse error: %1").arg(error));
    m_error->show();
    m_raw->setPlainText(text);
    m_raw->show();
    // Mark where parsing stopped (the end, for a cut-off answer).
    QTextCursor cursor(m_raw->document());
    cursor.setPosition(int(std::clamp<qsizetype>(offset, 0, text.size())));
    QTextEdit::ExtraSelection mark;
    mark.cursor = cursor;
    if (!cursor.atEnd())
        mark.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    else if (!cursor.atStart())
        mark.cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor);
    mark.format.setBackground(palette().color(QPalette::Highlight));
    mark.format.setForeground(palette().color(QPalette::HighlightedText));
    m_raw->setExtraSelections({ mark });
    m_raw->setTextCursor(cursor);
    m_raw->ensureCursorVisible();
}

void JsonResultDialog::copyJson() const
{
    if (!m_pretty.isEmpty())
        QGuiApplication::clipboard()->setText(m_pretty);
}
