// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

//! For bench/bench-startup.sh: with KAIWA_BENCH_STARTUP=1 in the environment, prints how long
//! after the process began the first window finished its first paint, then (after
//! KAIWA_BENCH_IDLE_MS of idling, default 3000) the resident memory, and quits. Does nothing
//! otherwise.
namespace StartupProbe {
bool enabled();
void watch(QWidget *window);
} // namespace StartupProbe
