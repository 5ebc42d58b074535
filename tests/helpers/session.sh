#!/usr/bin/env bash
# Runs a command inside the private D-Bus session that ./run tests opened, with
# a fresh home, an unlocked gnome-keyring (a real Secret Service) and an Xvfb
# display for screenshots. Nothing of the real user's home or keyring is touched.
set -euo pipefail
scratch=$(mktemp -d "${TMPDIR:-/tmp}/launcher-tests.XXXXXX")
export HOME="$scratch/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share"
export XDG_CACHE_HOME="$HOME/.cache" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# The login keyring is created with this throwaway password and left unlocked.
eval "$(printf 'launcher-tests' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
export LAUNCHER_TEST_KEYRING=gnome-keyring

Xvfb_pid=""
for n in $(seq 90 120); do
  if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then
    Xvfb ":$n" -screen 0 1440x960x24 -nolisten tcp >/dev/null 2>&1 &
    Xvfb_pid=$!
    export LAUNCHER_TEST_DISPLAY=":$n"
    break
  fi
done
cleanup() {
  [ -n "$Xvfb_pid" ] && kill "$Xvfb_pid" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT
set +e
"$@"
rc=$?
exit $rc
