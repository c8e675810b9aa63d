#!/usr/bin/env bash
# Regenerates the lesson-mode screenshots (1920x1080, presentation mode) from the real application
# under a virtual display. Needs: xvfb, xdotool, imagemagick. Usage: screenshots/take-lessons.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/mlp-playground.jar ] || mvn -q -B package -DskipTests

# shoot LESSON STEP NAME X Y SECONDS: opens a built-in lesson at a step, clicks (X, Y) to take the
# keyboard focus (or the Presentation button), presses P on the playground, waits, takes the screen
shoot() {
    java -Dplayground.lesson="$1" -Dplayground.lesson.step="$2" -jar target/mlp-playground.jar >/tmp/mlp-lesson-shot.log 2>&1 &
    local app=$! wid=""
    for _ in $(seq 1 150); do
        wid=$(xdotool search --name "MLP Playground" 2>/dev/null | head -1 || true)
        [ -n "$wid" ] && break
        sleep 1
    done
    [ -n "$wid" ] || { echo "the window did not appear; see /tmp/mlp-lesson-shot.log" >&2; kill $app; exit 1; }
    sleep 8
    for _ in 1 2; do xdotool windowmove "$wid" 0 0; xdotool windowsize "$wid" 1920 1058; sleep 3; done
    xdotool mousemove "$4" "$5" click 1
    [ "$3" = lesson-mnist ] || xdotool key p
    sleep "$6"
    import -window root "screenshots/$3.png"
    kill $app
    wait $app 2>/dev/null || true
}
if [ "${1:-}" = "--inside-display" ]; then
    command -v openbox >/dev/null && { openbox & sleep 1; }
    shoot 02-xor 5 lesson-xor 700 900 30
    shoot 06-overfitting-alpha 6 lesson-alpha 700 900 20
    shoot 09-mnist 3 lesson-mnist 885 91 30
else
    xvfb-run -a -s "-screen 0 1920x1080x24" "$0" --inside-display
    echo "wrote screenshots/lesson-{xor,alpha,mnist}.png"
fi
