#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kaiwa contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a command with a private, throwaway PulseAudio server: a null sink ("kaiwa_null") is the
# default output (the player plays into it), and the default input ("kaiwa_mic") reads raw
# s16le mono 24 kHz samples from the FIFO named by $KAIWA_PULSE_MIC_FIFO: what a test writes
# there is what the "microphone" hears. $KAIWA_PULSE_PID is the server, for tests that take it
# away. (Qt lists no monitor sources as inputs, hence the FIFO rather than the sink's monitor.)
# Usage: tests/run-with-pulse.sh COMMAND [ARGS...]
#
# Needs (Debian 12): pulseaudio, pulseaudio-utils (pactl, paplay).
#
# HOME and XDG_RUNTIME_DIR point into a scratch folder so the server never touches (or finds) the
# user's own sound server; it runs without a session bus and leaves with this script.
set -euo pipefail

if [[ $# -eq 0 ]]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in pulseaudio pactl; do
    if ! command -v "$tool" >/dev/null; then
        echo "run-with-pulse.sh: '$tool' not found. Install: apt-get install pulseaudio pulseaudio-utils" >&2
        exit 1
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/kaiwa-pulse.XXXXXX")
export HOME="$scratch/home"
export XDG_RUNTIME_DIR="$scratch/run"
export XDG_CONFIG_HOME="$HOME/.config"
export PULSE_RUNTIME_PATH="$XDG_RUNTIME_DIR/pulse"
export PULSE_STATE_PATH="$scratch/state"
unset PULSE_SERVER PULSE_SINK PULSE_SOURCE DBUS_SESSION_BUS_ADDRESS
mkdir -m 700 "$HOME" "$XDG_RUNTIME_DIR" "$PULSE_STATE_PATH"
export KAIWA_PULSE_MIC_FIFO="$scratch/mic.fifo"

# -n: no default.pa (no hardware, no session modules); only what is loaded here.
pulseaudio -n --daemonize=no --exit-idle-time=-1 --disallow-exit --use-pid-file=false \
    --log-target=file:"$scratch/pulse.log" \
    -L "module-native-protocol-unix" \
    -L "module-null-sink sink_name=kaiwa_null rate=24000 channels=1" \
    -L "module-pipe-source source_name=kaiwa_mic file=$KAIWA_PULSE_MIC_FIFO format=s16le rate=24000 channels=1" &
server=$!
export KAIWA_PULSE_PID=$server # lets a test take the sound server away mid-recording
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$scratch"' EXIT

for _ in $(seq 1 100); do
    if pactl info >/dev/null 2>&1; then break; fi
    sleep 0.1
done
if ! pactl info >/dev/null 2>&1; then
    echo "run-with-pulse.sh: the PulseAudio server did not start:" >&2
    cat "$scratch/pulse.log" >&2 || true
    exit 1
fi
pactl set-default-sink kaiwa_null
pactl set-default-source kaiwa_mic

status=0
"$@" || status=$?
exit "$status"
