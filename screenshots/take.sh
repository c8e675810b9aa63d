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

# The id of the application's window, once it is up (the app is killed if it never is).
window_of() {
    local app=$1 wid=""
    for _ in $(seq 1 50); do
        wid=$(xdotool search --name "MLP Playground" 2>/dev/null | head -1 || true)
        [ -n "$wid" ] && break
        sleep 0.2
    done
    [ -n "$wid" ] || { echo "the window did not appear; see /tmp/mlp-playground-shot.log" >&2; kill "$app"; exit 1; }
    echo "$wid"
}

# Starts the application with a fresh home and the given -D options; sets app, wid and home, and
# leaves the window at (0, 0). Ends with finish.
launch() {
    home=$(mktemp -d)
    java -Duser.home="$home" "$@" -jar target/mlp-playground.jar >/tmp/mlp-playground-shot.log 2>&1 &
    app=$!
    wid=$(window_of $app)
    sleep 4
    xdotool windowmove "$wid" 0 0
    sleep 0.5
}
finish() {
    kill $app
    wait $app 2>/dev/null || true
    rm -rf "$home"
}

shoot() {
    local preset=$1 seconds=$2
    # a fresh home each time: nothing remembered from an earlier run (~/.mlp-playground/window.properties)
    local home
    home=$(mktemp -d)
    java -Duser.home="$home" -Dplayground.preset="$preset" -jar target/mlp-playground.jar >/tmp/mlp-playground-shot.log 2>&1 &
    local app=$!
    local wid
    wid=$(window_of $app)
    sleep 1.5
    xdotool windowmove "$wid" 0 0
    # press Play and let it train for a few seconds
    xdotool mousemove 40 70 click 1
    sleep "$seconds"
    import -window "$wid" "screenshots/playground-$preset.png"
    kill $app
    wait $app 2>/dev/null || true
    rm -rf "$home"
}
# The Digits tab: draws a 4 on the pad, then shows the Training, Evaluation or Comparison tab.
# Coordinates are the window's at (0, 0) on the 1600x1000 display (the window is 1440x900).
digits() {
    local details=$1 name=$2
    launch -Dplayground.tab=digits -Dplayground.digits.details="$details"
    if [ "$details" = "evaluation" ]; then
        xdotool mousemove 1105 710 click 1     # log scale for the ROC's false positive rate
    fi
    if [ "$details" = "comparison" ]; then
        xdotool mousemove 919 71 click 1       # Train (128 hidden units, 10,000 digits, 10 epochs)
        sleep 15
        xdotool mousemove 1167 226 click 1     # Add logistic regression
        sleep 8
        xdotool mousemove 806 226 click 1      # Add SVM on 2,000 digits
        sleep 25
    fi
    local x=14 y=168
    xdotool mousemove $((x + 110)) $((y + 50)) mousedown 1
    for i in $(seq 1 12); do xdotool mousemove $((x + 110 - i * 5)) $((y + 50 + i * 9)); sleep 0.02; done
    for i in $(seq 1 14); do xdotool mousemove $((x + 50 + i * 10)) $((y + 158)); sleep 0.02; done
    xdotool mouseup 1
    xdotool mousemove $((x + 160)) $((y + 60)) mousedown 1
    for i in $(seq 1 16); do xdotool mousemove $((x + 160)) $((y + 60 + i * 11)); sleep 0.02; done
    xdotool mouseup 1
    sleep 1.5
    import -window "$wid" "screenshots/$name.png"
    finish
}
# The Sweep tab on the circle: an alpha sweep up to alpha 10, then the lecture's grid, scrolled to it.
# Coordinates are the window's at (0, 0) on the 1600x1000 display (the window is 1440x900).
sweep() {
    launch -Dplayground.tab=sweep
    xdotool mousemove 200 84 click 1 key ctrl+a type "0, 1e-6, 1e-5, 1e-4, 0.001, 0.01, 0.1, 1, 10"
    xdotool mousemove 786 84 click 1        # Sweep alpha
    sleep 20
    import -window "$wid" screenshots/sweep-alpha.png
    xdotool mousemove 420 141 click 1       # Run grid
    sleep 60
    xdotool mousemove 1300 700
    for _ in $(seq 1 10); do xdotool click 5; done
    sleep 1
    import -window "$wid" screenshots/sweep-grid.png
    finish
}
# The Digits tab's Sweep panel: the lecture's grid on 10,000 digits, a held-out 20% scoring each cell.
# Coordinates are the window's at (0, 0) on the 1600x1000 display (the window is 1440x900).
digits_sweep() {
    launch -Dplayground.tab=digits -Dplayground.digits.details=sweep
    xdotool mousemove 1074 265 click 1      # Run grid
    sleep 60
    import -window "$wid" screenshots/digits-sweep.png
    finish
}
# Presentation mode, full screen on 1920x1080: the spiral training, then a 4 drawn on the Digits tab.
present() {
    local home
    home=$(mktemp -d)
    java -Duser.home="$home" -Dplayground.preset=spiral -jar target/mlp-playground.jar --presentation --fullscreen \
        >/tmp/mlp-playground-shot.log 2>&1 &
    local app=$!
    window_of $app >/dev/null
    sleep 4
    xdotool mousemove 55 83 click 1        # Play
    sleep 25
    import -window root screenshots/presentation-playground.png
    kill $app
    wait $app 2>/dev/null || true
    java -Duser.home="$home" -Dplayground.tab=digits -jar target/mlp-playground.jar --presentation --fullscreen \
        >/tmp/mlp-playground-shot.log 2>&1 &
    app=$!
    window_of $app >/dev/null
    sleep 5
    # the pad's top left is at (13, 194) and it is 410 pixels wide
    local x=13 y=194
    xdotool mousemove $((x + 160)) $((y + 70)) mousedown 1
    for i in $(seq 1 12); do xdotool mousemove $((x + 160 - i * 7)) $((y + 70 + i * 13)); sleep 0.02; done
    for i in $(seq 1 14); do xdotool mousemove $((x + 76 + i * 15)) $((y + 230)); sleep 0.02; done
    xdotool mouseup 1
    xdotool mousemove $((x + 235)) $((y + 85)) mousedown 1
    for i in $(seq 1 16); do xdotool mousemove $((x + 235)) $((y + 85 + i * 16)); sleep 0.02; done
    xdotool mouseup 1
    sleep 2
    import -window root screenshots/presentation-digits.png
    kill $app
    wait $app 2>/dev/null || true
    rm -rf "$home"
}
if [ "${1:-}" = "--presentation-display" ]; then
    # full screen needs a window manager: openbox where there is one
    if command -v openbox >/dev/null; then openbox & sleep 1; fi
    present
elif [ "${1:-}" = "--inside-display" ]; then
    shoot circle 5
    shoot spiral 25
    shoot blobs 5
    shoot regression 8
    digits training digits-draw
    digits evaluation digits-evaluation
    digits comparison digits-comparison
    digits_sweep
    sweep
elif [ "${1:-}" = "--sweep-display" ]; then
    digits_sweep
    sweep
else
    xvfb-run -a -s "-screen 0 1600x1000x24" "$0" --inside-display
    xvfb-run -a -s "-screen 0 1920x1080x24" "$0" --presentation-display
    echo "wrote screenshots/playground-{circle,spiral,blobs,regression}.png, digits-{draw,evaluation,comparison,sweep}.png" \
        "sweep-{alpha,grid}.png and presentation-{playground,digits}.png"
fi
