#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kaiwa contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders the hicolor PNG icons from the one SVG (packaging/linux/icons/hicolor/scalable/apps).
# Run it after changing the SVG and commit the PNGs: the build and the package never need a
# renderer. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail

cd "$(dirname "$0")/.."
id=io.github.kaiwa.Kaiwa
hicolor=packaging/linux/icons/hicolor
svg=$hicolor/scalable/apps/$id.svg

command -v rsvg-convert >/dev/null || {
    echo "render-icons.sh: rsvg-convert not found (apt install librsvg2-bin)" >&2
    exit 1
}

for size in 16 22 24 32 48 64 128 256 512; do
    out=$hicolor/${size}x${size}/apps/$id.png
    mkdir -p "$(dirname "$out")"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio --format png \
        --output "$out" "$svg"
    echo "$out"
done
