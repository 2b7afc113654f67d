// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kaiwa-bench-storedlist: StoredCompletionModel loading 10,000 stored completions page by page
// (fetchMore() until has_more is false) from kaiwa-fake-server --stored N, a separate process, so
// the memory figures are the client's alone. Prints the load time (and the client's CPU share),
// the slowest page, the time to
// read every cell once (what scrolling through all rows costs the model) and the resident memory
// before and after, and the peak (VmHWM). Then a QTableView set up as the Stored Completions
// window's list (fixed row heights, elided cells) pages down through all rows, repainting each
// screenful, with the first-message column loading as rows come into view. Targets (issue 6):
// memory stays flat, well under 100 MB; scrolling stays smooth, every frame under 16 ms.
//
//   kaiwa-bench-storedlist [--count 10000] [--page 100] [--server PATH]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>

#include "core/api/ChatClient.h"
#include "core/models/StoredCompletionModel.h"

namespace {
using Clock = std::chrono::steady_clock;

// CPU time of this process (user + system), so the fake server's share is left out.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

long statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"),
        QStringLiteral("Stored completions on the server."), QStringLiteral("N"),
        QStringLiteral("10000"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
        QStringLiteral("Items per request (1-100)."), QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("The kaiwa-fake-server executable."), QStringLiteral("PATH"),
        QStringLiteral(KAIWA_FAKE_SERVER));
    parser.addOptions({ countOption, pageOption, serverOption });
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const int pageSize = parser.value(pageOption).toInt();

    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(
        parser.value(serverOption), { QStringLiteral("--stored"), QString::number(count) });
    if (!server.waitForStarted() || !server.waitForReadyRead(30'000)) {
        std::fprintf(stderr, "kaiwa-bench-storedlist: cannot start %s\n",
            qPrintable(parser.value(serverOption)));
        return 2;
    }
    const QByteArray greeting = server.readLine().trimmed(); // "listening on PORT"
    const int port = greeting.split(' ').value(2).toInt();

    QNetworkAccessManager nam;
    ProviderProfile profile = ProviderProfile::defaultsFor(ProviderProfile::Kind::OpenAI);
    profile.name = QStringLiteral("bench");
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    ChatClient client(nam, profile, QStringLiteral("sk-bench"));
    StoredCompletionModel model;
    model.setLoadFirstMessages(false); // no view asks; the column would cost one request per row
    model.setPageSize(pageSize);
    model.setClient(&client);

    const long rssBefore = statusKiB("VmRSS:");
    std::vector<double> pages;
    Clock::time_point pageStart;
    QObject::connect(&model, &StoredCompletionModel::pageLoaded, &app, [&] {
        pages.push_back(msSince(pageStart));
        if (model.canFetchMore({})) {
            pageStart = Clock::now();
            model.fetchMore({});
        } else {
            app.quit();
        }
    });
    QObject::connect(&model, &StoredCompletionModel::errorOccurred, &app, [&](const QString &e) {
        std::fprintf(stderr, "kaiwa-bench-storedlist: %s\n", qPrintable(e));
        app.exit(1);
    });
    const auto start = Clock::now();
    const double cpuStart = cpuMs();
    pageStart = start;
    model.fetchMore({});
    const int exitCode = QCoreApplication::exec();
    const double loadMs = msSince(start);
    const double loadCpuMs = cpuMs() - cpuStart;
    const long rssLoaded = statusKiB("VmRSS:");

    const auto readStart = Clock::now();
    qsizetype characters = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            characters += model.index(row, column).data().toString().size();
    }
    const double readMs = msSince(readStart);

    // Scrolling: what the window's list does, a screenful at a time from the top to the end.
    QTableView view;
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
    view.setWordWrap(false);
    view.setAlternatingRowColors(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.resize(900, 600);
    model.setLoadFirstMessages(true); // visible rows ask for their first message, as in the app
    view.setModel(&model);
    view.show();
    QCoreApplication::processEvents();
    std::vector<double> frames;
    QScrollBar *bar = view.verticalScrollBar();
    while (bar->value() < bar->maximum()) {
        const auto frame = Clock::now();
        bar->setValue(bar->value() + bar->pageStep());
        view.viewport()->repaint();
        frames.push_back(msSince(frame));
        QCoreApplication::processEvents(); // the first-message replies arrive between frames
    }
    std::sort(frames.begin(), frames.end());
    const long peak = statusKiB("VmHWM:");
    server.kill();
    server.waitForFinished();
    if (exitCode != 0)
        return exitCode;

    std::sort(pages.begin(), pages.end());
    const double deltaMiB = double(rssLoaded - rssBefore) / 1024.0;
    const double slowestFrame = frames.empty() ? 0 : frames.back();
    const bool pass = model.rowCount() == count && deltaMiB < 100 && slowestFrame < 16;
    std::printf("bench_storedlist: %d stored completions, %d per page, %zu pages\n",
        model.rowCount(), pageSize, pages.size());
    std::printf("  load all: %.0f ms (%.2f ms per row); page median %.1f ms, slowest %.1f ms\n",
        loadMs, loadMs / std::max(1, model.rowCount()), pages[pages.size() / 2], pages.back());
    std::printf("  client CPU for the load: %.0f ms (the rest is the fake server and the wire)\n",
        loadCpuMs);
    std::printf("  read every cell once: %.1f ms (%lld characters)\n", readMs,
        static_cast<long long>(characters));
    if (!frames.empty())
        std::printf("  page down through all rows: %zu frames, median %.2f ms, p99 %.2f ms, "
                    "slowest %.2f ms (target < 16)\n",
            frames.size(), frames[frames.size() / 2], frames[frames.size() * 99 / 100],
            slowestFrame);
    std::printf("  RSS before %.1f MiB, after %.1f MiB (+%.1f MiB for the rows, target < 100), "
                "peak %.1f MiB\n",
        rssBefore / 1024.0, rssLoaded / 1024.0, deltaMiB, peak / 1024.0);
    std::printf("%s\n", pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
}
