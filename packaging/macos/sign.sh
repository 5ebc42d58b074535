#!/usr/bin/env bash
# Sign "dist/Meeting Launcher.app" for distribution outside the App Store, then notarize.
# Written and reviewed on Linux, not run there: see packaging/README.md (macOS).
#
#   MACOS_CODESIGN_IDENTITY="Developer ID Application: NAME (TEAMID)" \
#   NOTARY_PROFILE=meeting-launcher packaging/macos/sign.sh
#
# PyInstaller already signed every binary with the app's entitlements
# (packaging/macos/entitlements.plist) when MACOS_CODESIGN_IDENTITY was set for the
# build. QtWebEngineProcess needs its own (JIT for V8), so it is signed again with
# packaging/macos/QtWebEngineProcess.entitlements, and then the app bundle, whose
# seal covers the helper, is signed again last (inside out, never --deep).
# NOTARY_PROFILE names a keychain profile made once with
# `xcrun notarytool store-credentials`.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
identity=${MACOS_CODESIGN_IDENTITY:?set it to a Developer ID Application identity}
app="$here/dist/Meeting Launcher.app"
[ -d "$app" ] || { echo "sign.sh: $app not found: build it first" >&2; exit 1; }

helper=$(find "$app/Contents" -path '*QtWebEngineProcess.app' -type d -print -quit)
[ -n "$helper" ] || { echo "sign.sh: QtWebEngineProcess.app not found in the bundle" >&2; exit 1; }

sign() {
  codesign --force --timestamp --options runtime --sign "$identity" "$@"
}
sign --entitlements "$here/packaging/macos/QtWebEngineProcess.entitlements" "$helper"
sign --entitlements "$here/packaging/macos/entitlements.plist" "$app"
codesign --verify --strict --verbose=2 "$app"

if [ -n "${NOTARY_PROFILE:-}" ]; then
  zip="$here/dist/Meeting-Launcher-notarize.zip"
  ditto -c -k --keepParent "$app" "$zip"
  xcrun notarytool submit "$zip" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$app"
  rm -f "$zip"
  spctl --assess --type execute --verbose "$app"
fi
