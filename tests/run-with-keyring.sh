#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kaiwa contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a command inside a private D-Bus session with a throwaway gnome-keyring whose "login"
# keyring is unlocked with a throwaway password, so QtKeychain (libsecret) can store secrets
# headless. Usage: tests/run-with-keyring.sh COMMAND [ARGS...]
#
# Needs (Debian 12): dbus-daemon (dbus-run-session), dbus-bin (dbus-send), gnome-keyring,
# libsecret-1-0 (loaded by QtKeychain at run time).
#
# HOME and XDG_RUNTIME_DIR point into a scratch folder: the throwaway keyring must never touch the
# user's real one, and gnome-keyring-daemon --unlock must not find (and try to unlock) a daemon
# that is already running in the user's desktop session.
set -euo pipefail

if [[ $# -eq 0 ]]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "run-with-keyring.sh: '$tool' not found." \
            "Install: apt-get install dbus-daemon dbus-bin gnome-keyring libsecret-1-0" >&2
        exit 1
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/kaiwa-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home"
export XDG_RUNTIME_DIR="$scratch/run"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
mkdir -p -m 700 "$HOME" "$XDG_RUNTIME_DIR"
# Let QtKeychain pick the Secret Service (libsecret), whatever desktop the caller runs.
unset XDG_CURRENT_DESKTOP KDE_FULL_SESSION DESKTOP_SESSION GNOME_KEYRING_CONTROL

status=0
# shellcheck disable=SC2016 # expanded by the inner shell
dbus-run-session -- bash -c '
    set -euo pipefail
    bus_call() {
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            "org.freedesktop.DBus.$1" string:org.freedesktop.secrets 2>/dev/null
    }
    # The daemon forks and prints NAME=value lines for what it started; export them.
    while IFS= read -r line; do
        if [[ $line == [A-Z_]*=* ]]; then export "${line?}"; fi
    done < <(echo -n throwaway | gnome-keyring-daemon --unlock --components=secrets)

    # Wait until the Secret Service is on the bus; otherwise D-Bus activation could start a
    # second, locked daemon behind our back.
    for _ in $(seq 1 100); do
        if bus_call NameHasOwner | grep -q "boolean true"; then break; fi
        sleep 0.1
    done
    if ! bus_call NameHasOwner | grep -q "boolean true"; then
        echo "run-with-keyring.sh: gnome-keyring-daemon did not provide org.freedesktop.secrets" >&2
        exit 1
    fi
    daemon_pid=$(bus_call GetConnectionUnixProcessID | awk "/uint32/ { print \$2 }")

    command_status=0
    "$@" || command_status=$?
    # Stop the daemon we started (it would also leave when the bus goes away).
    if [[ -n $daemon_pid ]]; then kill "$daemon_pid" 2>/dev/null || true; fi
    exit "$command_status"
' run-with-keyring "$@" || status=$?
exit "$status"
