// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>

#include "DarkPalette.h"
#include "core/models/MessageModel.h"
#include "gui/ConversationView.h"
#include "gui/json/JsonResultDialog.h"
#include "gui/json/JsonTreeView.h"

using namespace Qt::StringLiterals;
using MessageActions::Action;

namespace {
QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

//! A request as ChatSession stores it on the answer, asking for json_schema "order".
QJsonObject schemaRequest()
{
    return object(R"({"model": "gpt-4o", "response_format": {"type": "json_schema",
        "json_schema": {"name": "order", "strict": true, "schema": {
            "type": "object", "additionalProperties": false, "required": ["items", "total"],
            "properties": {
                "items": {"type": "array", "items": {"type": "object",
                    "additionalProperties": false, "required": ["name", "price"],
                    "properties": {"name": {"type": "string"},
                                   "price": {"type": "number", "minimum": 0}}}},
                "total": {"type": "number"}}}}}})");
}

const QString kValid =
    uR"({"items": [{"name": "tea", "price": 3}, {"name": "cake", "price": 2.5}], "total": 5.5})"_s;
const QString kBroken =
    uR"({"items": [{"name": "tea", "price": 3}, {"name": "cake", "price": -1, "note": "x"}], "total": "5.5"})"_s;

Conversation::Message message(qint64 id, Conversation::Role role, const QString &text,
    const QJsonObject &request = {}, Conversation::State state = Conversation::State::Complete)
{
    Conversation::Message m;
    m.id = id;
    m.conversationId = 1;
    m.parentId = id - 1;
    m.role = role;
    m.state = state;
    m.request = request;
    Conversation::Part part;
    part.text = text;
    m.parts = { part };
    return m;
}

QPalette darkPalette()
{
    return TestPalette::dark();
}
} // namespace

class TestJsonResult final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validAnswerShowsTree();
    void violationsListedAndMarked();
    void invalidJsonShowsTheError();
    void jsonObjectIsOnlyParsed();
    void copyValueAndPath();
    void actionOnlyForJsonAnswers();
    void screenshots();
};

void TestJsonResult::validAnswerShowsTree()
{
    JsonResultDialog dialog;
    dialog.setAnswer(kValid, schemaRequest());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.isJson());
    QVERIFY(dialog.violations().isEmpty());
    JsonTreeView *tree = dialog.tree();
    QVERIFY(tree->isVisible());
    QTreeWidgetItem *root = tree->itemForPath(QString());
    QVERIFY(root);
    QCOMPARE(root->childCount(), 2);
    QCOMPARE(root->child(0)->text(JsonTreeView::KeyColumn), u"items"_s);
    QCOMPARE(root->child(0)->text(JsonTreeView::TypeColumn), u"array"_s);
    QTreeWidgetItem *price = tree->itemForPath(u"/items/1/price"_s);
    QVERIFY(price);
    QCOMPARE(price->text(JsonTreeView::KeyColumn), u"price"_s);
    QCOMPARE(price->text(JsonTreeView::ValueColumn), u"2.5"_s);
    QCOMPARE(price->text(JsonTreeView::TypeColumn), u"number"_s);
    QCOMPARE(tree->itemForPath(u"/items/0/name"_s)->text(JsonTreeView::ValueColumn), u"\"tea\""_s);
    QVERIFY(!tree->isMarked(price));
    // Small trees open fully; collapsing and expanding work from the buttons.
    QVERIFY(price->parent()->isExpanded());
    dialog.findChild<QPushButton *>(u"jsonCollapseAll"_s)->click();
    QVERIFY(!root->isExpanded());
    dialog.findChild<QPushButton *>(u"jsonExpandAll"_s)->click();
    QVERIFY(price->parent()->isExpanded());
    QVERIFY(!dialog.findChild<QListWidget *>(u"jsonViolations"_s)->isVisible());
    QVERIFY(!dialog.findChild<QLabel *>(u"jsonError"_s)->isVisible());
    const QString summary = dialog.findChild<QLabel *>(u"jsonSummary"_s)->text();
    QVERIFY2(summary.contains(u"Valid"_s) && summary.contains(u"order"_s), qPrintable(summary));
}

void TestJsonResult::violationsListedAndMarked()
{
    JsonResultDialog dialog;
    dialog.setAnswer(kBroken, schemaRequest());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QListWidget *>(u"jsonViolations"_s);
    QVERIFY(list->isVisible());
    QStringList rows;
    for (int i = 0; i < list->count(); ++i)
        rows.append(list->item(i)->text());
    // In tree order (QJsonObject keeps keys sorted).
    const QStringList expected{ u"/items/1/note: Property \"note\" is not allowed"_s,
        u"/items/1/price: Must be at least 0"_s, u"/total: Expected number, got string"_s };
    QCOMPARE(rows, expected);
    JsonTreeView *tree = dialog.tree();
    QTreeWidgetItem *price = tree->itemForPath(u"/items/1/price"_s);
    QVERIFY(tree->isMarked(price));
    QVERIFY(tree->isMarked(tree->itemForPath(u"/total"_s)));
    QVERIFY(!tree->isMarked(tree->itemForPath(u"/items/0/price"_s)));
    QVERIFY(price->toolTip(JsonTreeView::KeyColumn).contains(u"at least 0"_s));
    QVERIFY(price->background(JsonTreeView::ValueColumn).style() != Qt::NoBrush);
    QVERIFY(price->font(JsonTreeView::KeyColumn).bold());
    // Clicking a violation selects its node.
    tree->setCurrentItem(tree->itemForPath(QString()));
    const QRect rect = list->visualItemRect(list->item(2));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(tree->currentItem(), tree->itemForPath(u"/total"_s));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(tree->currentItem(), tree->itemForPath(u"/items/1/price"_s));
    const QString summary = dialog.findChild<QLabel *>(u"jsonSummary"_s)->text();
    QVERIFY2(summary.contains(u"order"_s) && summary.contains(u"3"_s), qPrintable(summary));
}

void TestJsonResult::invalidJsonShowsTheError()
{
    // A stream cut mid-answer: no tree, the parse error with its place, the text marked there.
    JsonResultDialog dialog;
    const QString cut = kValid.left(40);
    dialog.setAnswer(cut, schemaRequest());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.isJson());
    QVERIFY(!dialog.tree()->isVisible());
    QCOMPARE(dialog.tree()->topLevelItemCount(), 0);
    auto *error = dialog.findChild<QLabel *>(u"jsonError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"at character 39 of 40"_s), qPrintable(error->text()));
    auto *raw = dialog.findChild<QPlainTextEdit *>(u"jsonRawText"_s);
    QVERIFY(raw->isVisible());
    QCOMPARE(raw->toPlainText(), cut);
    QCOMPARE(raw->textCursor().position(), 39); // after the last comma, before the space
    QVERIFY(!dialog.findChild<QPushButton *>(u"jsonCopy"_s)->isEnabled());
    // And back to a good answer in the same window.
    dialog.setAnswer(kValid, schemaRequest());
    QVERIFY(dialog.tree()->isVisible());
    QVERIFY(!error->isVisible());
    QVERIFY(!raw->isVisible());
}

void TestJsonResult::jsonObjectIsOnlyParsed()
{
    JsonResultDialog dialog;
    dialog.setAnswer(u"```json\n[1, {\"a\": null}]\n```"_s,
        object(R"({"response_format": {"type": "json_object"}})"));
    QVERIFY(dialog.isJson());
    QVERIFY(dialog.violations().isEmpty());
    QCOMPARE(dialog.tree()->itemForPath(u"/1/a"_s)->text(JsonTreeView::TypeColumn), u"null"_s);
    QVERIFY(dialog.findChild<QLabel *>(u"jsonSummary"_s)->text().contains(u"JSON object"_s));
}

void TestJsonResult::copyValueAndPath()
{
    JsonResultDialog dialog;
    dialog.setAnswer(kValid, schemaRequest());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    JsonTreeView *tree = dialog.tree();
    tree->setFocus();
    tree->setCurrentItem(tree->itemForPath(u"/items/0/name"_s));
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"tea"_s); // a string without its quotes
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"/items/0/name"_s);
    QMenu menu;
    tree->populateMenu(&menu, tree->itemForPath(u"/items/1"_s));
    menu.findChild<QAction *>(u"jsonCopyValue"_s)->trigger();
    QCOMPARE(QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object(),
        object(R"({"name": "cake", "price": 2.5})"));
    dialog.findChild<QPushButton *>(u"jsonCopy"_s)->click();
    QCOMPARE(QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object(),
        QJsonDocument::fromJson(kValid.toUtf8()).object());
}

void TestJsonResult::actionOnlyForJsonAnswers()
{
    MessageModel model;
    model.setConversation(1,
        { message(1, Conversation::Role::User, u"{\"looks\": \"like JSON\"}"_s),
            message(2, Conversation::Role::Assistant, u"Plain prose, no JSON."_s),
            message(3, Conversation::Role::User, u"Order?"_s),
            message(4, Conversation::Role::Assistant, kBroken, schemaRequest()),
            message(5, Conversation::Role::User, u"Again"_s),
            message(6, Conversation::Role::Assistant, u"  [1, 2]\n"_s),
            message(7, Conversation::Role::User, u"Once more"_s),
            message(8, Conversation::Role::Assistant, u"{\"items\": ["_s, schemaRequest(),
                Conversation::State::Streaming) },
        8);
    ConversationView view;
    view.resize(700, 900);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto offers = [&](int row) {
        const QModelIndex index = model.index(row, 0);
        QMenu menu;
        view.populateMenu(&menu, index);
        auto *action = menu.findChild<QAction *>(u"messageAction%1"_s.arg(int(Action::ShowJson)));
        const bool inMenu = action && action->text() == u"Show JSON"_s;
        const bool inFooter = !view.actionRect(index, Action::ShowJson).isEmpty();
        if (inMenu != inFooter)
            qWarning("row %d: menu %d, footer %d", row, inMenu, inFooter);
        return inMenu && inFooter;
    };
    QVERIFY(!offers(0)); // the user's own message
    QVERIFY(!offers(1)); // prose
    QVERIFY(offers(3)); // requested with json_schema
    QVERIFY(offers(5)); // text that is JSON
    QVERIFY(!offers(7)); // still streaming
    // Clicking the footer's "JSON" opens the window for that answer, with its violations.
    view.scrollTo(model.index(3, 0));
    const QRect rect = view.actionRect(model.index(3, 0), Action::ShowJson);
    QVERIFY(view.viewport()->rect().contains(rect.center()));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, rect.center());
    auto *dialog = view.findChild<JsonResultDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->violations().size(), 3);
    // Asking again raises the same window instead of stacking another.
    QCOMPARE(view.showJson(model.index(3, 0)), dialog);
    QCOMPARE(view.findChildren<JsonResultDialog *>().size(), 1);
    QPointer<JsonResultDialog> closed(dialog);
    dialog->findChild<QPushButton *>(u"jsonClose"_s)->click();
    QTRY_VERIFY(!closed);
}

void TestJsonResult::screenshots()
{
    const QString dir = qEnvironmentVariable("KAIWA_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set KAIWA_SCREENSHOTS to a directory to save the window's pictures");
    const QPalette light = QApplication::palette();
    for (const bool dark : { false, true }) {
        QApplication::setPalette(dark ? darkPalette() : light);
        const QString suffix = dark ? u"-dark.png"_s : u"-light.png"_s;
        JsonResultDialog broken;
        broken.setAnswer(kBroken, schemaRequest());
        broken.show();
        QVERIFY(QTest::qWaitForWindowExposed(&broken));
        broken.tree()->selectPath(u"/items/0/name"_s);
        QVERIFY(broken.grab().save(dir + u"/jsonresult-violations"_s + suffix));
        // The conversation with the answer's "JSON" footer action.
        MessageModel model;
        model.setConversation(1,
            { message(1, Conversation::Role::User, u"Order?"_s),
                message(2, Conversation::Role::Assistant, kValid, schemaRequest()) },
            2);
        ConversationView view;
        view.resize(640, 260);
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(dir + u"/jsonresult-conversation"_s + suffix));
        JsonResultDialog cut;
        cut.setAnswer(kValid.left(40), schemaRequest());
        cut.show();
        QVERIFY(QTest::qWaitForWindowExposed(&cut));
        QVERIFY(cut.grab().save(dir + u"/jsonresult-invalid"_s + suffix));
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TestJsonResult)
#include "tst_jsonresult.moc"
