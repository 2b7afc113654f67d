// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 4, benchmark (a): stream a 200,000-character Markdown answer (code blocks, lists, tables,
// Japanese) into a visible ConversationView (900×700) at 2,000 deltas per second worth of data:
// 32 deltas (~100 characters) per 16 ms flush, flushes driven by flushDeltas(). Each flush is
// timed on the main thread: model update, relayout and a forced paint (viewport grab). Reports
// the longest stall (target < 16 ms) and the cost of the last 10% of flushes against the first
// 10% (target ≤ 1.5).
//
//   QT_QPA_PLATFORM=offscreen kaiwa-bench-streamview [--chars 200000] [--messages 200]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QStringList>

#include "core/models/MessageModel.h"
#include "gui/ConversationView.h"

namespace {
using Clock = std::chrono::steady_clock;

QString answerText(qsizetype length)
{
    const QString unit = QString::fromUtf8(
        "## 手順 %1\n\nこの節では **QTextDocument** の使い方を説明します。日本語の文章が"
        "続きます。Streaming text in English as well, with a [link](https://example.com).\n\n"
        "```cpp\n#include <QTextDocument>\n\nint main()\n{\n    QTextDocument doc;\n"
        "    doc.setMarkdown(QStringLiteral(\"# 見出し\"));\n    return 0;\n}\n```\n\n"
        "- 項目その一\n- 項目その二\n- item three\n\n"
        "| 名前 | 値 |\n|---|---|\n| alpha | 1 |\n| ベータ | 2 |\n\n");
    QString text;
    for (int i = 1; text.size() < length; ++i)
        text += unit.arg(i);
    text.truncate(length);
    return text;
}

QList<Conversation::Message> history(int count)
{
    QList<Conversation::Message> list;
    for (int i = 1; i <= count; ++i) {
        Conversation::Message m;
        m.id = i;
        m.conversationId = 1;
        m.parentId = i - 1;
        m.role = i % 2 ? Conversation::Role::User : Conversation::Role::Assistant;
        Conversation::Part part;
        part.text = QString::fromUtf8("以前のメッセージ %1。 An *earlier* message.").arg(i);
        m.parts = { part };
        if (i == count) {
            m.role = Conversation::Role::Assistant;
            m.state = Conversation::State::Streaming;
            m.parts = { Conversation::Part{} };
        }
        list.append(m);
    }
    return list;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    qsizetype chars = 200000;
    int messages = 200;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QStringLiteral("--chars"))
            chars = args[i + 1].toLongLong();
        else if (args[i] == QStringLiteral("--messages"))
            messages = std::max(2, args[i + 1].toInt());
    }

    MessageModel model;
    model.setConversation(1, history(messages), messages);
    ConversationView view;
    view.resize(900, 700);
    view.setModel(&model);
    view.show();
    QCoreApplication::processEvents();
    view.viewport()->grab();

    const QString answer = answerText(chars);
    constexpr qsizetype PerFlush = 100; // 2,000 deltas/s × 16 ms × ~3 characters
    constexpr qsizetype PerDelta = 3;
    std::vector<double> costs;
    for (qsizetype pos = 0; pos < answer.size(); pos += PerFlush) {
        const QStringView chunk =
            QStringView(answer).sliced(pos, std::min(PerFlush, answer.size() - pos));
        for (qsizetype d = 0; d < chunk.size(); d += PerDelta)
            model.appendDelta(messages, 0, chunk.sliced(d, std::min(PerDelta, chunk.size() - d)));
        const auto start = Clock::now();
        model.flushDeltas();
        QCoreApplication::processEvents();
        view.viewport()->grab();
        costs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    const bool atBottom = view.isAtBottom();

    const std::size_t tenth = std::max<std::size_t>(1, costs.size() / 10);
    auto mean = [](auto begin, auto end) {
        double sum = 0;
        for (auto it = begin; it != end; ++it)
            sum += *it;
        return sum / double(end - begin);
    };
    const double first = mean(costs.begin(), costs.begin() + tenth);
    const double last = mean(costs.end() - tenth, costs.end());
    const double longest = *std::max_element(costs.begin(), costs.end());
    std::vector<double> sorted = costs;
    std::sort(sorted.begin(), sorted.end());
    const double p99 = sorted[sorted.size() * 99 / 100];
    const double ratio = last / first;
    const bool pass = longest < 16.0 && ratio <= 1.5 && atBottom;
    std::printf("bench_streamview: %lld characters in %zu flushes (%d messages above)\n",
        static_cast<long long>(answer.size()), costs.size(), messages - 1);
    std::printf("  per flush: first 10%% %.3f ms, last 10%% %.3f ms, ratio %.2f (target <= 1.5)\n",
        first, last, ratio);
    std::printf("  longest stall %.2f ms (target < 16), p99 %.2f ms, still at bottom: %s\n",
        longest, p99, atBottom ? "yes" : "no");
    std::printf("%s\n", pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
}
