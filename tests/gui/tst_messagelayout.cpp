// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

#include "gui/delegates/MessageEstimate.h"
#include "gui/delegates/MessageLayout.h"
#include "gui/delegates/MessageRenderer.h"

using Role = Conversation::Role;

class TestMessageLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heightFollowsTextAndWidth();
    void japaneseWraps();
    void codeBlockIsFixedPitch();
    void tablesAndLists();
    void incrementalMatchesFull();
    void incrementalParsesOnlyTheTail();
    void estimateIsClose_data();
    void estimateIsClose();
};

void TestMessageLayout::heightFollowsTextAndWidth()
{
    const QFont font;
    const QString one = QStringLiteral("A short sentence that wraps. ");
    const int h1 = MessageLayout::compute(one, Role::Assistant, 400, font).size.height();
    const int h10 =
        MessageLayout::compute(one.repeated(10), Role::Assistant, 400, font).size.height();
    QVERIFY(h10 > h1);
    const int wide =
        MessageLayout::compute(one.repeated(10), Role::Assistant, 800, font).size.height();
    QVERIFY(wide < h10);
    const MessageLayout user = MessageLayout::compute(one, Role::User, 800, font);
    QVERIFY(user.bubble.left() > 400); // right-aligned, shrunk to its text
    QCOMPARE(user.bubble.right(), 800 - MessageLayout::Margin - 1);
}

void TestMessageLayout::japaneseWraps()
{
    const QString text =
        QString::fromUtf8("日本語の長い文章は空白がなくても折り返されます。").repeated(20);
    for (const Role role : { Role::User, Role::Assistant }) {
        MessageRenderer renderer;
        renderer.setMarkdown(text);
        const MessageLayout layout = MessageLayout::compute(renderer, role, 300, QFont());
        QVERIFY(layout.text.right() < 300);
        QVERIFY(layout.bubble.right() < 300);
        const QTextDocument *doc = renderer.document(0);
        QTextBlock block = doc->begin();
        QVERIFY(block.layout()->lineCount() > 5);
        for (int i = 0; i < block.layout()->lineCount(); ++i)
            QVERIFY(block.layout()->lineAt(i).naturalTextWidth() <= layout.text.width() + 1);
    }
}

void TestMessageLayout::codeBlockIsFixedPitch()
{
    const auto doc = MessageRenderer::render(
        QStringLiteral("Text\n\n```cpp\nint main() { return 0; }\n```\n"), {});
    QCOMPARE(doc->blockCount(), 2);
    const QTextBlock code = doc->begin().next();
    QVERIFY(code.blockFormat().background().style() != Qt::NoBrush);
    const QFont codeFont = code.begin().fragment().charFormat().font();
    QCOMPARE(codeFont.family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    // Fixed pitch, measured (QFontInfo::fixedPitch() is false for Noto Sans Mono via fontconfig).
    const auto fixed = [](const QFont &f) {
        const QFontMetricsF m(f);
        return qFuzzyCompare(m.horizontalAdvance(QStringLiteral("iiii")),
            m.horizontalAdvance(QStringLiteral("MMMM")));
    };
    QVERIFY(fixed(codeFont));
    QVERIFY(!fixed(doc->begin().begin().fragment().charFormat().font()));
}

void TestMessageLayout::tablesAndLists()
{
    const auto doc = MessageRenderer::render(
        QStringLiteral("- one\n- two\n- three\n\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n\n"
                       "[link](https://example.com)"),
        {});
    const QTextBlock first = doc->begin();
    QVERIFY(first.textList());
    QCOMPARE(first.textList()->count(), 3);
    QTextTable *table = nullptr;
    for (QTextBlock b = doc->begin(); b.isValid() && !table; b = b.next())
        table = QTextCursor(b).currentTable();
    QVERIFY(table);
    QCOMPARE(table->rows(), 3);
    QCOMPARE(table->columns(), 2);
    QCOMPARE(table->cellAt(2, 1).firstCursorPosition().block().text(), QStringLiteral("4"));
    const QTextBlock last = doc->lastBlock();
    QCOMPARE(last.text(), QStringLiteral("link"));
    QVERIFY(last.begin().fragment().charFormat().isAnchor());
}

namespace {
QStringList deltas()
{
    const QString answer = QString::fromUtf8(
        "# 回答\n\nまず説明です。Qt の **QTextDocument** を使います。\n\n"
        "```cpp\nint main()\n{\n\n    return 0; // 空行を含むコード\n}\n```\n\n"
        "1. 一つ目\n2. 二つ目\n\n3. 三つ目\n\n"
        "| 列 | 値 |\n|---|---|\n| a | 1 |\n| b | 2 |\n\n"
        "> 引用\n\n最後の段落。 [リンク](https://example.com)\n\n"
        "~~~\nopen fence\n\nstill code\n~~~\n\n- a\n\n  continued\n- b\n\nEnd.\n");
    QStringList list;
    for (qsizetype i = 0; i < answer.size(); i += 7)
        list.append(answer.mid(i, 7));
    return list;
}
} // namespace

void TestMessageLayout::incrementalMatchesFull()
{
    MessageRenderer renderer;
    QString text;
    int step = 0;
    for (const QString &delta : deltas()) {
        text += delta;
        renderer.setMarkdown(text);
        const auto full = MessageRenderer::render(text, {});
        QCOMPARE(renderer.toPlainText(), full->toPlainText());
        QCOMPARE(renderer.blockCount(), full->blockCount());
        ++step;
    }
    QVERIFY(renderer.documentCount() > 1 || step == 0);
    // A change that isn't an append rebuilds.
    renderer.setMarkdown(QStringLiteral("Different"));
    QCOMPARE(renderer.toPlainText(), QStringLiteral("Different"));
}

void TestMessageLayout::incrementalParsesOnlyTheTail()
{
    const QString block =
        QString::fromUtf8("段落のテキスト、それなりに長い文章です。 Some English text too.\n\n"
                          "```python\nprint('hello')\n\nprint('world')\n```\n\n- item\n- item\n\n");
    MessageRenderer renderer;
    QString text;
    qsizetype maxParsed = 0;
    while (text.size() < 100000) {
        const QString next = block.mid(text.size() % block.size(), 25);
        text += next.isEmpty() ? block.left(25) : next;
        renderer.setMarkdown(text);
        if (text.size() > 5000)
            maxParsed = std::max(maxParsed, renderer.lastParsedChars());
    }
    QVERIFY2(maxParsed <= MessageRenderer::ChunkChars + 2 * block.size(),
        qPrintable(QString::number(maxParsed)));
    const auto full = MessageRenderer::render(text, {});
    QCOMPARE(renderer.toPlainText(), full->toPlainText());
}

void TestMessageLayout::estimateIsClose_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("width");
    const QString paragraph = QStringLiteral(
        "An ordinary paragraph with **bold**, *italic* and `code`, and a [link](https://x.org) "
        "that wraps over a few lines in a typical window width.");
    const QString japanese = QString::fromUtf8(
        "日本語の段落です。長い会話を開いたときに最初の描画までの時間が短いことが大切です。");
    const QString code = QStringLiteral("```cpp\nint main()\n{\n    return 0;\n}\n```");
    const QString list = QString::fromUtf8("- one item\n- 二番目の項目\n- three\n");
    const QString table =
        QString::fromUtf8("| 名前 | 値 |\n|---|---|\n| alpha | 1 |\n| ベータ | 2 |");
    for (const int width : { 300, 600, 900 }) {
        QTest::addRow("line %d", width) << QStringLiteral("Hello there.") << width;
        QTest::addRow("paragraphs %d", width)
            << paragraph.repeated(3) % u"\n\n" % paragraph << width;
        QTest::addRow("japanese %d", width) << japanese.repeated(4) << width;
        QTest::addRow("mixed %d", width) << QString(u"## 見出し\n\n" % paragraph % u"\n\n" % code
            % u"\n\n" % list % u"\n" % japanese % u"\n\n" % table)
                                         << width;
    }
}

// Rows are sized by the estimate until shown: it needn't be exact, but a far-off guess makes the
// scroll bar lie and rows jump more when they are laid out.
void TestMessageLayout::estimateIsClose()
{
    QFETCH(QString, markdown);
    QFETCH(int, width);
    const QFont font;
    MessageRenderer renderer({ .font = font });
    renderer.setMarkdown(markdown);
    renderer.setTextWidth(width);
    const double exact = renderer.size().height();
    const double guess = MessageEstimate(font).height(markdown, width);
    QVERIFY2(guess > exact * 0.7 && guess < exact * 1.35,
        qPrintable(QStringLiteral("estimate %1, exact %2").arg(guess).arg(exact)));
}

QTEST_MAIN(TestMessageLayout)
#include "tst_messagelayout.moc"
