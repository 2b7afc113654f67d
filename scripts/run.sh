#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kaiwa contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the dependencies, builds the release preset and starts Kaiwa; arguments go to kaiwa.
set -euo pipefail

cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec build/release/src/app/kaiwa "$@"
