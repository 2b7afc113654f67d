// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 4, benchmark (b): open a 10,000-message conversation (realistic Markdown: paragraphs,
// lists, code blocks, tables, Japanese) in a visible ConversationView (900×700) and page through
// it. Reports the time from setModel() to the first completed paint (target < 200 ms), each
// PageUp frame (key event, relayout and paint; target: every frame < 16 ms; max and p99) from the
// bottom to the top, and the peak resident memory (VmHWM, target < 250 MB).
//
//   QT_QPA_PLATFORM=offscreen kaiwa-bench-openview [--messages 10000] [--pages N]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QFile>
#include <QKeyEvent>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStringList>

#include "core/models/MessageModel.h"
#include "gui/ConversationView.h"
#include "gui/delegates/MessageDelegate.h"

namespace {
using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

const char *const Paragraphs[] = {
    "This is an ordinary paragraph with **bold**, *italic* and `inline code`, followed by a "
    "[link](https://example.com/docs) and a bit more text so that it wraps over a few lines "
    "in a typical window.",
    "日本語の段落です。QListView は行ごとに高さが違う場合でも、スクロールを滑らかに保つ必要が"
    "あります。長い会話を開いたときに最初の描画までの時間が短いことが大切です。",
    "A shorter remark.",
    "Mixed 日本語 and English: the delegate estimates the height first, then lays the row out "
    "exactly when it becomes visible, keeping the rows on screen where they were.",
};

const char *const Blocks[] = {
    "- first item with some words\n- second item, a little longer than the first one\n"
    "- 三番目の項目\n",
    "1. Open the file\n2. Change the setting\n3. 保存して再起動する\n",
    "```cpp\n#include <QApplication>\n\nint main(int argc, char *argv[])\n{\n"
    "    QApplication app(argc, argv);\n    return app.exec();\n}\n```\n",
    "```python\nfor i in range(10):\n    print(f\"行 {i}\")\n```\n",
    "| 名前 | 値 | note |\n|---|---|---|\n| alpha | 1 | first |\n| ベータ | 2 | second |\n",
    "## 見出し Heading\n",
    "> A quoted line from an earlier answer.\n",
};

QString userText(QRandomGenerator &random)
{
    static const char *const questions[] = {
        "How do I keep a QListView anchored at the bottom while the last row grows?",
        "この関数はなぜ遅いのですか？",
        "Can you show an example with a table and a code block?",
        "Explain the difference between ScrollPerItem and ScrollPerPixel, please. I tried "
        "both and the second one feels smoother but I don't know why.",
    };
    return QString::fromUtf8(questions[random.bounded(4)]);
}

QString assistantText(QRandomGenerator &random)
{
    QString text;
    const int pieces = 2 + int(random.bounded(7));
    for (int i = 0; i < pieces; ++i) {
        if (random.bounded(3) == 0)
            text += QString::fromUtf8(Blocks[random.bounded(int(std::size(Blocks)))]);
        else
            text += QString::fromUtf8(Paragraphs[random.bounded(int(std::size(Paragraphs)))]);
        text += u"\n\n";
    }
    return text.trimmed();
}

QList<Conversation::Message> conversation(int count)
{
    QRandomGenerator random(42);
    QList<Conversation::Message> list;
    list.reserve(count);
    for (int i = 1; i <= count; ++i) {
        Conversation::Message m;
        m.id = i;
        m.conversationId = 1;
        m.parentId = i - 1;
        m.role = i % 2 ? Conversation::Role::User : Conversation::Role::Assistant;
        Conversation::Part part;
        part.text = m.role == Conversation::Role::User ? userText(random) : assistantText(random);
        m.parts = { part };
        list.append(m);
    }
    return list;
}

long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

class PaintCounter final : public QObject
{
public:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }

    int paints = 0;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    int messages = 10000;
    int pages = -1; // all the way to the top
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QStringLiteral("--messages"))
            messages = std::max(2, args[i + 1].toInt());
        else if (args[i] == QStringLiteral("--pages"))
            pages = args[i + 1].toInt();
    }

    MessageModel model;
    model.setConversation(1, conversation(messages), 0);
    ConversationView view;
    view.resize(900, 700);
    view.show();
    QCoreApplication::processEvents();
    PaintCounter counter;
    view.viewport()->installEventFilter(&counter);

    // Open: setModel → the first paint of the viewport with rows in it.
    const auto openStart = Clock::now();
    view.setModel(&model);
    counter.paints = 0;
    while (counter.paints == 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double openMs = msSince(openStart);
    const bool openedAtBottom = view.isAtBottom();

    // Page up to the top, one frame per key press: the key event, the relayout it causes and the
    // paint (forced if the event loop didn't paint by itself).
    std::vector<double> frames;
    QScrollBar *bar = view.verticalScrollBar();
    while (bar->value() > 0 && (pages < 0 || int(frames.size()) < pages)) {
        const auto start = Clock::now();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_PageUp, Qt::NoModifier);
        QCoreApplication::sendEvent(&view, &press);
        counter.paints = 0;
        QCoreApplication::processEvents();
        if (counter.paints == 0)
            view.viewport()->repaint();
        frames.push_back(msSince(start));
    }
    const bool reachedTop = bar->value() == 0;

    std::vector<double> sorted = frames;
    std::sort(sorted.begin(), sorted.end());
    const double longest = sorted.empty() ? 0 : sorted.back();
    const double p99 = sorted.empty() ? 0 : sorted[sorted.size() * 99 / 100];
    const double median = sorted.empty() ? 0 : sorted[sorted.size() / 2];
    const double rssMiB = double(peakRssKiB()) / 1024.0;
    const bool pass = openMs < 200 && longest < 16 && rssMiB < 250 && openedAtBottom
        && (pages >= 0 || reachedTop);
    std::printf(
        "bench_openview: %d messages, 900x700, scroll range %d px\n", messages, bar->maximum());
    std::printf("  open: first paint %.1f ms after setModel (target < 200), at bottom: %s\n",
        openMs, openedAtBottom ? "yes" : "no");
    std::printf("  PageUp x %zu frames%s: median %.2f ms, p99 %.2f ms, max %.2f ms (target < 16)\n",
        frames.size(), reachedTop ? " to the top" : "", median, p99, longest);
    std::printf("  peak RSS %.1f MiB (target < 250), %d renderers cached\n", rssMiB,
        view.messageDelegate()->cachedRenderers());
    std::printf("%s\n", pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
}
