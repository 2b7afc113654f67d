// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kaiwa-bench-store: the conversation database against the targets of issue 3.
//  1. A conversation of 10,000 messages (~5 M characters): reopen in a fresh store and time
//     "open to first 50 rows ready" (open() + messagesPage() of the active path), < 100 ms.
//  2. Search across 100,000 messages (Japanese and English): median of 50 queries, < 50 ms.
// Also prints the cost of addMessage() and checkpoint() (each a durable, fsynced commit).
// Usage: kaiwa-bench-store [--messages N] [--search-messages N] [--dir PATH]
#include <algorithm>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include "core/storage/ConversationStore.h"

using namespace Conversation;

namespace {
QTextStream out(stdout);

const QStringList japanese = { QStringLiteral("東京"), QStringLiteral("日本語"),
    QStringLiteral("会話"), QStringLiteral("天気"), QStringLiteral("料理"),
    QStringLiteral("新幹線"), QStringLiteral("プログラム"), QStringLiteral("データベース"),
    QStringLiteral("検索"), QStringLiteral("ありがとう"), QStringLiteral("について"),
    QStringLiteral("説明して"), QStringLiteral("ください"), QStringLiteral("です。"),
    QStringLiteral("ます。"), QStringLiteral("京都"), QStringLiteral("寿司"),
    QStringLiteral("映画"), QStringLiteral("音楽"), QStringLiteral("カタカナ"),
    QStringLiteral("ひらがな"), QStringLiteral("漢字"), QStringLiteral("学校"),
    QStringLiteral("先生"), QStringLiteral("時間"), QStringLiteral("問題"), QStringLiteral("経済"),
    QStringLiteral("政治"), QStringLiteral("富士山"), QStringLiteral("北海道"),
    QStringLiteral("沖縄"), QStringLiteral("、"), QStringLiteral("の"), QStringLiteral("は"),
    QStringLiteral("が"), QStringLiteral("を"), QStringLiteral("に") };
const QStringList english = { QStringLiteral("the"), QStringLiteral("model"),
    QStringLiteral("streaming"), QStringLiteral("answer"), QStringLiteral("database"),
    QStringLiteral("Kaiwa"), QStringLiteral("client"), QStringLiteral("weather"),
    QStringLiteral("Tokyo"), QStringLiteral("function"), QStringLiteral("search"),
    QStringLiteral("message"), QStringLiteral("and"), QStringLiteral("of"), QStringLiteral("with"),
    QStringLiteral("request"), QStringLiteral("token"), QStringLiteral("SQLite"),
    QStringLiteral("index"), QStringLiteral("performance"), QStringLiteral("is"),
    QStringLiteral("to"), QStringLiteral("a") };

QString sentence(QRandomGenerator &random, int length)
{
    QString text;
    while (text.size() < length) {
        if (random.bounded(3) == 0) { // a third English, two thirds Japanese
            text += english.at(random.bounded(qsizetype(english.size()))) + QLatin1Char(' ');
        } else {
            text += japanese.at(random.bounded(qsizetype(japanese.size())));
        }
        if (random.bounded(40) == 0)
            text += QLatin1Char('\n');
    }
    return text;
}

ImportedConversation chain(QRandomGenerator &random, int count, int length)
{
    ImportedConversation c;
    c.info.title = QStringLiteral("ベンチマーク %1").arg(random.bounded(1000));
    c.messages.reserve(count);
    for (int i = 0; i < count; ++i) {
        Message m;
        m.id = i + 1;
        m.parentId = i;
        m.role = i % 2 ? Role::Assistant : Role::User;
        Part part;
        part.text = sentence(random, length);
        m.parts = { part };
        c.messages.append(m);
    }
    return c;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void line(const QString &name, double value, const QString &unit, double target = -1)
{
    out << name << QStringLiteral(": ") << QString::number(value, 'f', 2) << QLatin1Char(' ')
        << unit;
    if (target >= 0)
        out << QStringLiteral(" (target < %1 %2: %3)")
                   .arg(target)
                   .arg(unit, value < target ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
    out << Qt::endl;
}

template <typename T>
T check(std::expected<T, StoreError> result)
{
    if (!result) {
        out << QStringLiteral("error: ") << result.error().describe() << Qt::endl;
        std::exit(1);
    }
    return *result;
}

bool openBench(const QString &path, qint64 conversationId, int repeats)
{
    QList<double> times, tail;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer timer;
        timer.start();
        ConversationStore store;
        if (!store.open(path))
            return false;
        const auto rows = check(store.messagesPage(conversationId, 0, 50));
        times.append(ms(timer.nsecsElapsed()));
        if (rows.size() != 50)
            return false;
        timer.restart();
        check(store.messagesPage(conversationId, -50, 50));
        tail.append(ms(timer.nsecsElapsed()));
    }
    line(QStringLiteral("open to first 50 rows ready (10,000 messages, median of %1)").arg(repeats),
        median(times), QStringLiteral("ms"), 100);
    line(QStringLiteral("  then the last 50 rows of the active path"), median(tail),
        QStringLiteral("ms"));
    ConversationStore store;
    store.open(path);
    QElapsedTimer timer;
    timer.start();
    const auto all = check(store.messages(conversationId));
    line(QStringLiteral("  whole tree, messages() of %1 (for comparison)").arg(all.size()),
        ms(timer.nsecsElapsed()), QStringLiteral("ms"));
    return true;
}

void writeBench(ConversationStore &store, QRandomGenerator &random)
{
    Info info;
    check(store.createConversation(info));
    QList<double> adds, checkpoints;
    qint64 parent = 0;
    for (int i = 0; i < 100; ++i) {
        Message m;
        m.conversationId = info.id;
        m.parentId = parent;
        m.state = State::Streaming;
        Part part;
        part.text = sentence(random, 200);
        m.parts = { part };
        QElapsedTimer timer;
        timer.start();
        parent = check(store.addMessage(m));
        adds.append(ms(timer.nsecsElapsed()));
        timer.restart();
        check(store.checkpoint(
            m.id, part.text + sentence(random, 2000), QString(), State::Streaming));
        checkpoints.append(ms(timer.nsecsElapsed()));
    }
    line(QStringLiteral("addMessage, durable (median of 100)"), median(adds), QStringLiteral("ms"));
    line(QStringLiteral("checkpoint of a ~2,200-character answer, durable (median of 100)"),
        median(checkpoints), QStringLiteral("ms"));
}

void searchBench(const QString &path, int total)
{
    ConversationStore store;
    check(store.open(path));
    QRandomGenerator random(7);
    QElapsedTimer timer;
    timer.start();
    QList<ImportedConversation> batch;
    const int perConversation = 1000;
    for (int c = 0; c < total / perConversation; ++c)
        batch.append(chain(random, perConversation, 120));
    check(store.importConversations(batch));
    line(QStringLiteral("import %1 messages (~120 characters each) for search").arg(total),
        ms(timer.nsecsElapsed()) / 1000, QStringLiteral("s"));

    const QStringList queries = { QStringLiteral("東京"), QStringLiteral("会話"),
        QStringLiteral("天気"), QStringLiteral("料理"), QStringLiteral("京都"),
        QStringLiteral("寿司"), QStringLiteral("映画"), QStringLiteral("漢字"),
        QStringLiteral("先生"), QStringLiteral("沖縄"), QStringLiteral("大阪"),
        QStringLiteral("京料"), QStringLiteral("画音"), QStringLiteral("語の"),
        QStringLiteral("山は"), QStringLiteral("日本語"), QStringLiteral("新幹線"),
        QStringLiteral("プログラム"), QStringLiteral("データベース"), QStringLiteral("ありがとう"),
        QStringLiteral("富士山"), QStringLiteral("北海道"), QStringLiteral("カタカナ"),
        QStringLiteral("ひらがな"), QStringLiteral("について"), QStringLiteral("説明して"),
        QStringLiteral("東京タワー"), QStringLiteral("寿司映画"), QStringLiteral("大阪城"),
        QStringLiteral("経済問題"), QStringLiteral("streaming"), QStringLiteral("database"),
        QStringLiteral("kaiwa"), QStringLiteral("TOKYO"), QStringLiteral("performance"),
        QStringLiteral("function"), QStringLiteral("request"), QStringLiteral("SQLite index"),
        QStringLiteral("weather model"), QStringLiteral("zebra"), QStringLiteral("of"),
        QStringLiteral("is"), QStringLiteral("to"), QStringLiteral("x"), QStringLiteral("の"),
        QStringLiteral("東"), QStringLiteral("token 東京"), QStringLiteral("検索 search"),
        QStringLiteral("message"), QStringLiteral("ani") };
    QList<double> all, short2, long3, latin;
    QString slowest;
    double slowestMs = 0;
    for (const QString &query : queries) {
        timer.restart();
        const auto hits = check(store.search(query));
        const double t = ms(timer.nsecsElapsed());
        all.append(t);
        if (t > slowestMs) {
            slowestMs = t;
            slowest = query;
        }
        if (query.at(0).unicode() < 0x80)
            latin.append(t);
        else if (query.size() <= 2)
            short2.append(t);
        else
            long3.append(t);
    }
    line(QStringLiteral("search across %1 messages, median of %2 queries")
             .arg(total)
             .arg(queries.size()),
        median(all), QStringLiteral("ms"), 50);
    line(QStringLiteral("  1-2 character Japanese (median of %1)").arg(short2.size()),
        median(short2), QStringLiteral("ms"));
    line(QStringLiteral("  3+ character Japanese (median of %1)").arg(long3.size()), median(long3),
        QStringLiteral("ms"));
    line(QStringLiteral("  English (median of %1)").arg(latin.size()), median(latin),
        QStringLiteral("ms"));
    line(QStringLiteral("  slowest (\"%1\")").arg(slowest), slowestMs, QStringLiteral("ms"));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption messages(QStringLiteral("messages"),
        QStringLiteral("Messages in the long conversation."), QStringLiteral("n"),
        QStringLiteral("10000"));
    const QCommandLineOption searchMessages(QStringLiteral("search-messages"),
        QStringLiteral("Messages to search."), QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption dir(QStringLiteral("dir"),
        QStringLiteral("Folder for the databases (default: a temporary one)."),
        QStringLiteral("path"));
    parser.addOptions({ messages, searchMessages, dir });
    parser.process(app);
    QTemporaryDir temporary(
        parser.isSet(dir) ? parser.value(dir) + QStringLiteral("/kaiwa-bench-XXXXXX") : QString());
    const QString longPath = temporary.filePath(QStringLiteral("long.sqlite3"));
    QRandomGenerator random(42);

    qint64 conversationId = 0;
    {
        ConversationStore store;
        check(store.open(longPath));
        const int count = parser.value(messages).toInt();
        const ImportedConversation c = chain(random, count, 500);
        qint64 characters = 0;
        for (const Message &m : c.messages)
            characters += m.text().size();
        QElapsedTimer timer;
        timer.start();
        conversationId = check(store.importConversations({ c })).first();
        line(QStringLiteral("insert %1 messages (%2 M characters) in one transaction")
                 .arg(count)
                 .arg(double(characters) / 1e6, 0, 'f', 1),
            ms(timer.nsecsElapsed()), QStringLiteral("ms"));
        writeBench(store, random);
    }
    if (!openBench(longPath, conversationId, 7))
        return 1;
    searchBench(
        temporary.filePath(QStringLiteral("search.sqlite3")), parser.value(searchMessages).toInt());
    return 0;
}
