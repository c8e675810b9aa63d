#!/usr/bin/env bash
# Regenerates the README's screenshots from the real application under a virtual display.
# Needs: xvfb, xdotool, imagemagick and GTK 3 (Debian: apt-get install xvfb xdotool imagemagick libgtk-3-0).
# Usage: screenshots/take.sh   (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in xvfb-run xdotool import; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install xvfb xdotool imagemagick libgtk-3-0" >&2; exit 1; }
done
[ -f target/mlp-playground.jar ] || mvn -q -B package -DskipTests

shoot() {
    local preset=$1 seconds=$2
    java -Dplayground.preset="$preset" -jar target/mlp-playground.jar >/tmp/mlp-playground-shot.log 2>&1 &
    local app=$!
    local wid=""
    for _ in $(seq 1 50); do
        wid=$(xdotool search --name "MLP Playground" 2>/dev/null | head -1 || true)
        [ -n "$wid" ] && break
        sleep 0.2
    done
    [ -n "$wid" ] || { echo "the window did not appear; see /tmp/mlp-playground-shot.log" >&2; kill $app; exit 1; }
    sleep 1.5
    xdotool windowmove "$wid" 0 0
    # press Play (space) and let it train for a few seconds
    xdotool mousemove 700 500 click 1
    xdotool key space
    sleep "$seconds"
    import -window "$wid" "screenshots/playground-$preset.png"
    kill $app
    wait $app 2>/dev/null || true
}
if [ "${1:-}" = "--inside-display" ]; then
    shoot circle 5
    shoot spiral 25
    shoot blobs 5
    shoot regression 8
else
    xvfb-run -a -s "-screen 0 1600x1000x24" "$0" --inside-display
    echo "wrote screenshots/playground-{circle,spiral,blobs,regression}.png"
fi
