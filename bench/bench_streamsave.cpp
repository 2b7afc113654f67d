// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Streaming 20,000 deltas into the message model with checkpoints to the real SQLite store, as
// ChatSession does at 2,000 deltas per second: the model is flushed every 32 deltas (its 16 ms
// timer) and the text checkpointed every 1,000 deltas (every 500 ms). The cost must grow
// linearly: the last 10% of deltas may cost at most 1.5× the first 10%.
//   kaiwa-bench-streamsave [--deltas N] [--runs N]
#include <algorithm>
#include <chrono>
#include <cstdio>

#include <QCoreApplication>
#include <QTemporaryDir>

#include "core/models/MessageModel.h"
#include "core/storage/ConversationStore.h"

namespace {
using Clock = std::chrono::steady_clock;

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int deltas = 20000;
    int runs = 5;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--deltas"))
            deltas = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
    }
    const QStringList pieces{ QStringLiteral("東京"), QStringLiteral(" the"),
        QStringLiteral("ストリーム"), QStringLiteral(" parser"), QStringLiteral("です。"),
        QStringLiteral("\n- "), QStringLiteral(" 😀") };
    QList<double> firsts, lasts, finals;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        ConversationStore store;
        if (!store.open(dir.filePath(QStringLiteral("bench.sqlite3")))) {
            std::fprintf(stderr, "cannot open the store\n");
            return 1;
        }
        Conversation::Info info;
        info.title = QStringLiteral("bench");
        (void)store.createConversation(info);
        Conversation::Message question;
        question.conversationId = info.id;
        question.parts = { Conversation::Part{
            Conversation::Part::Type::Text, QStringLiteral("質問"), {}, {}, {}, {}, {} } };
        question.created = QDateTime::currentDateTimeUtc();
        (void)store.addMessage(question);
        Conversation::Message answer;
        answer.conversationId = info.id;
        answer.parentId = question.id;
        answer.role = Conversation::Role::Assistant;
        answer.state = Conversation::State::Streaming;
        answer.created = question.created;
        (void)store.addMessage(answer);
        MessageModel model;
        model.setConversation(info.id, { question, answer }, answer.id);
        const int tenth = deltas / 10;
        Clock::duration first{}, last{};
        qsizetype saved = 0;
        for (int i = 0; i < deltas; ++i) {
            const auto start = Clock::now();
            model.appendDelta(answer.id, 0, pieces.at(i % pieces.size()));
            if (i % 32 == 31)
                model.flushDeltas();
            if (i % 1000 == 999) { // what ChatSession does every 500 ms: append the new text
                model.flushDeltas();
                const QStringView text = model.textView(answer.id);
                (void)store.appendCheckpoint(
                    answer.id, text.mid(saved), {}, Conversation::State::Streaming);
                saved = text.size();
            }
            const auto spent = Clock::now() - start;
            if (i < tenth)
                first += spent;
            else if (i >= deltas - tenth)
                last += spent;
        }
        model.flushDeltas();
        const auto start = Clock::now();
        answer = model.message(model.rowOf(answer.id));
        answer.state = Conversation::State::Complete;
        (void)store.updateMessage(answer);
        finals << ms(Clock::now() - start);
        firsts << ms(first);
        lasts << ms(last);
    }
    const double ratio = median(lasts) / median(firsts);
    std::printf("stream+checkpoint: %d deltas, first 10%% %.2f ms, last 10%% %.2f ms, ratio %.2f "
                "(target <= 1.5) %s; "
                "final save %.2f ms (medians of %d)\n",
        deltas, median(firsts), median(lasts), ratio, ratio <= 1.5 ? "PASS" : "FAIL",
        median(finals), runs);
    return ratio <= 1.5 ? 0 : 1;
}
