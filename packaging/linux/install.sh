#!/bin/sh
# Install Meeting Launcher from this unpacked folder.
#
#   ./install.sh              for you alone: ~/.local/lib/meeting-launcher,
#                             ~/.local/bin/meeting-launcher, menu entry and icons
#                             under ~/.local/share
#   sudo ./install.sh --system
#                             for everyone: /opt/meeting-launcher,
#                             /usr/local/bin/meeting-launcher, /usr/local/share
#   ./install.sh --uninstall  (add --system for the system-wide one)
#
# Running ./meeting-launcher from this folder works without installing too.
# Settings, rooms and keyring entries are never touched by this script.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
app_id=org.meetinglauncher.MeetingLauncher
scope=user
action=install
for arg in "$@"; do
  case "$arg" in
    --system) scope=system ;;
    --uninstall) action=uninstall ;;
    -h | --help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

if [ "$scope" = system ]; then
  lib=/opt/meeting-launcher bin=/usr/local/bin share=/usr/local/share
  if [ "$(id -u)" -ne 0 ]; then
    echo "install.sh: --system needs root (sudo ./install.sh --system)" >&2
    exit 1
  fi
else
  lib=$HOME/.local/lib/meeting-launcher bin=$HOME/.local/bin
  share=${XDG_DATA_HOME:-$HOME/.local/share}
fi

refresh_caches() {
  # System-wide only, where distributions keep this cache; menus read a user's
  # ~/.local/share without it. No icon cache: one in a folder that has none
  # would hide icons other software installs there later.
  [ "$scope" = system ] || return 0
  command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$share/applications" 2>/dev/null || true
}

installed_files() {
  echo "$bin/meeting-launcher"
  echo "$share/applications/$app_id.desktop"
  echo "$share/metainfo/$app_id.metainfo.xml"
  (cd "$here/share" && find icons -type f) | sed "s|^|$share/|"
}

if [ "$action" = uninstall ]; then
  installed_files | while read -r f; do rm -f "$f"; done
  rm -rf "$lib"
  refresh_caches
  echo "Meeting Launcher removed from $lib"
  exit 0
fi

if [ "$here" != "$(cd "$lib" 2>/dev/null && pwd || true)" ]; then
  # A fresh copy: a half-updated folder from an older version must not linger.
  rm -rf "$lib.new"
  mkdir -p "$(dirname "$lib")"
  cp -a "$here" "$lib.new"
  rm -rf "$lib"
  mv "$lib.new" "$lib"
fi
lib=$(cd "$lib" && pwd)

mkdir -p "$bin" "$share/applications" "$share/metainfo"
ln -sfn "$lib/meeting-launcher" "$bin/meeting-launcher"
# The menu entry points at the installed executable, whether or not $bin is on PATH.
sed -e "s|^Exec=meeting-launcher|Exec=$lib/meeting-launcher|" \
    -e "s|^TryExec=meeting-launcher|TryExec=$lib/meeting-launcher|" \
    "$lib/share/applications/$app_id.desktop" >"$share/applications/$app_id.desktop"
cp "$lib/share/metainfo/$app_id.metainfo.xml" "$share/metainfo/"
(cd "$lib/share" && find icons -type f) | while read -r f; do
  mkdir -p "$share/$(dirname "$f")"
  cp "$lib/share/$f" "$share/$f"
done
refresh_caches
if [ "$scope" = user ] && command -v xdg-mime >/dev/null 2>&1; then
  # meeting-launcher: links (the app's own scheme) open with this entry.
  xdg-mime default "$app_id.desktop" x-scheme-handler/meeting-launcher 2>/dev/null || true
fi
echo "Meeting Launcher installed in $lib; start it from the menu or with $bin/meeting-launcher"
