// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupProbe.h"

#include <cstdio>
#include <unistd.h>

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

namespace {
//! Milliseconds since this process was started by the kernel (Linux /proc), so dynamic loading
//! and static initialisation are counted too.
double sinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime, in clock ticks since boot) counts from after the ')' of the name.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();
    const double nowSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (nowSeconds - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

class PaintWatcher final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Posted: runs once this paint (and the frame) is finished.
            QTimer::singleShot(0, this, [] {
                std::printf("first-window-ms %.1f\n", sinceProcessStart());
                std::fflush(stdout);
            });
            const int idle = qEnvironmentVariableIntValue("KAIWA_BENCH_IDLE_MS");
            QTimer::singleShot(idle > 0 ? idle : 3000, this, [] {
                std::printf("idle-rss-kib %ld\n", residentKiB());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
            watched->removeEventFilter(this);
        }
        return false;
    }

private:
    bool m_done = false;
};
} // namespace

namespace StartupProbe {
bool enabled()
{
    return qEnvironmentVariableIntValue("KAIWA_BENCH_STARTUP") == 1;
}

void watch(QWidget *window)
{
    if (!enabled())
        return;
    auto *watcher = new PaintWatcher;
    watcher->setParent(window);
    window->installEventFilter(watcher);
}
} // namespace StartupProbe
