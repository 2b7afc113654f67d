// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Streaming cost of MessageModel: 20,000 deltas (~5 characters, Japanese and English mixed) into
// one assistant answer at the end of a 1,000-message conversation. flushDeltas() runs every 32
// deltas, as the 16 ms timer would at ~2,000 deltas/s, and a listener on dataChanged reads the
// changed row's TextRole, as a view does. The first and the last 10% of the deltas are timed;
// with a cost per delta that doesn't grow, their ratio stays near 1 (the issue allows 1.5).
// --checkpoint adds what the session does about once a second (every 2,000 deltas here): flush
// and encode for the store only the text that arrived since the last checkpoint (textView());
// --checkpoint-full encodes the whole answer each time instead (O(length) per checkpoint, so its
// last 10% costs more: that is the store's choice, once a second, not a cost per delta).
//
//   kaiwa-bench-messagemodel [--deltas 20000] [--messages 1000] [--runs 5]
//                            [--checkpoint | --checkpoint-full]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include <QCoreApplication>
#include <QStringList>

#include "core/models/MessageModel.h"

namespace {
using Clock = std::chrono::steady_clock;

struct Args
{
    int deltas = 20000;
    int messages = 1000;
    int runs = 5;
    enum class Checkpoint { None, Tail, Full };
    Checkpoint checkpoint = Checkpoint::None;
};

struct Run
{
    double firstMs = 0;
    double lastMs = 0;
    double totalMs = 0;
    qsizetype textLength = 0;
    qint64 reads = 0;
};

const QStringList &pieces()
{
    static const QStringList list{
        QStringLiteral("Hello"),
        QString::fromUtf8("会話の"),
        QStringLiteral(" the "),
        QString::fromUtf8("モデルは"),
        QStringLiteral("model"),
        QString::fromUtf8("、日本語"),
        QStringLiteral(" text"),
        QString::fromUtf8("🌏 ok"),
        QStringLiteral("ing, "),
        QString::fromUtf8("です。\n"),
    };
    return list;
}

QList<Conversation::Message> conversation(int count)
{
    QList<Conversation::Message> list;
    list.reserve(count);
    const QString body =
        QString::fromUtf8("これは過去のメッセージです。 An earlier message. ").repeated(4);
    for (int i = 1; i <= count; ++i) {
        Conversation::Message m;
        m.id = i;
        m.conversationId = 1;
        m.parentId = i - 1;
        m.role = i % 2 ? Conversation::Role::User : Conversation::Role::Assistant;
        Conversation::Part part;
        part.text = body + QString::number(i);
        m.parts = { part };
        list.append(m);
    }
    return list;
}

Run runOnce(const Args &args)
{
    MessageModel model;
    model.setConversation(1, conversation(args.messages), args.messages);
    const qint64 answerId = args.messages + 1;
    Conversation::Message answer;
    answer.id = answerId;
    answer.parentId = args.messages;
    answer.role = Conversation::Role::Assistant;
    answer.state = Conversation::State::Streaming;
    model.appendMessage(answer);

    Run run;
    // What a view does on dataChanged: fetch the row's text and look at it.
    QObject::connect(&model, &MessageModel::dataChanged, &model,
        [&run](const QModelIndex &top, const QModelIndex &, const QList<int> &) {
            const QString text = top.data(MessageModel::TextRole).toString();
            run.textLength = text.size();
            ++run.reads;
        });
    QByteArray stored;
    qsizetype checkpointed = 0;
    const QStringList &list = pieces();
    const int tenth = args.deltas / 10;
    Clock::time_point firstEnd;
    Clock::time_point lastStart;
    const Clock::time_point start = Clock::now();
    for (int i = 0; i < args.deltas; ++i) {
        if (i == args.deltas - tenth)
            lastStart = Clock::now();
        model.appendDelta(answerId, 0, list.at(i % list.size()), {});
        if ((i + 1) % 32 == 0)
            model.flushDeltas();
        if (args.checkpoint != Args::Checkpoint::None && (i + 1) % 2000 == 0) {
            model.flushDeltas();
            const QStringView text = model.textView(answerId);
            if (args.checkpoint == Args::Checkpoint::Full)
                stored = text.toUtf8();
            else
                stored += text.mid(checkpointed).toUtf8();
            checkpointed = text.size();
        }
        if (i + 1 == tenth)
            firstEnd = Clock::now();
    }
    model.flushDeltas();
    const Clock::time_point end = Clock::now();
    using Ms = std::chrono::duration<double, std::milli>;
    run.firstMs = Ms(firstEnd - start).count();
    run.lastMs = Ms(end - lastStart).count();
    run.totalMs = Ms(end - start).count();
    return run;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Args args;
    const QStringList list = app.arguments();
    for (qsizetype i = 1; i < list.size(); ++i) {
        const QString &a = list.at(i);
        const bool hasValue = i + 1 < list.size();
        if (a == QStringLiteral("--deltas") && hasValue)
            args.deltas = list.at(++i).toInt();
        else if (a == QStringLiteral("--messages") && hasValue)
            args.messages = list.at(++i).toInt();
        else if (a == QStringLiteral("--runs") && hasValue)
            args.runs = list.at(++i).toInt();
        else if (a == QStringLiteral("--checkpoint"))
            args.checkpoint = Args::Checkpoint::Tail;
        else if (a == QStringLiteral("--checkpoint-full"))
            args.checkpoint = Args::Checkpoint::Full;
        else {
            std::fprintf(stderr,
                "usage: kaiwa-bench-messagemodel [--deltas N] [--messages N] [--runs N] "
                "[--checkpoint | --checkpoint-full]\n");
            return 2;
        }
    }
    if (args.deltas < 10 || args.messages < 1 || args.runs < 1) {
        std::fprintf(stderr, "kaiwa-bench-messagemodel: --deltas >= 10, --messages, --runs >= 1\n");
        return 2;
    }

    std::vector<double> first;
    std::vector<double> last;
    std::vector<double> total;
    Run run;
    runOnce(args); // warm-up: allocator and caches
    for (int r = 0; r < args.runs; ++r) {
        run = runOnce(args);
        first.push_back(run.firstMs);
        last.push_back(run.lastMs);
        total.push_back(run.totalMs);
    }
    const double ratio = median(last) / median(first);
    std::printf("messagemodel: %d deltas into message %d of %d, flush every 32, %d runs%s\n",
        args.deltas, args.messages + 1, args.messages + 1, args.runs,
        args.checkpoint == Args::Checkpoint::None       ? ""
            : args.checkpoint == Args::Checkpoint::Tail ? ", checkpoint (new text) every 2000"
                                                        : ", checkpoint (whole text) every 2000");
    std::printf("  answer length %lld chars, %lld dataChanged reads of TextRole per run\n",
        static_cast<long long>(run.textLength), static_cast<long long>(run.reads));
    std::printf(
        "  median first 10%%: %.3f ms   last 10%%: %.3f ms   total: %.3f ms (%.2f us/delta)\n",
        median(first), median(last), median(total), median(total) * 1000.0 / args.deltas);
    std::printf(
        "  ratio last/first: %.2f  %s (limit 1.5)\n", ratio, ratio <= 1.5 ? "PASS" : "FAIL");
    return ratio <= 1.5 ? 0 : 1;
}
