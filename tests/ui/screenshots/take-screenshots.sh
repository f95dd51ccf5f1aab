#!/bin/sh
# Draws every screen of the window under Xvfb (a real X server, as on an office PC)
# and writes the PNGs to OUT_DIR.   take-screenshots.sh BUILD_DIR OUT_DIR
set -eu
build=$1
out=$2
exec xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \
  "$build/tests/ui/screenshots/rentflow_ui_screenshots" "$out"
