#!/usr/bin/env bash
# Builds a native MLP Playground for this machine with jpackage: a Linux app image (default) or
# a .deb, with the icon, a launcher that opens the window (arguments run the command line), the
# LICENSE and THIRD-PARTY-NOTICES. Not part of `mvn verify`.
#
#   scripts/package-installer.sh [--type app-image|deb|rpm|exe|msi|dmg|pkg] [--skip-build] [--dest DIR]
#
# JDK: $JPACKAGE_JDK, else $JAVA_HOME, else the Java 17 or Temurin 25 JDK under /usr/lib/jvm; its
# runtime is bundled, so the classroom PC needs no Java. .deb needs dpkg-deb and fakeroot; on
# Windows (exe/msi: WiX 3 on the PATH) and macOS (dmg/pkg) run the same script from Git Bash or
# a shell there; jpackage only builds for the system it runs on (see the README).
set -euo pipefail

cd "$(dirname "$0")/.."
TYPE=app-image
BUILD=1
DEST=target/installer
while [ $# -gt 0 ]; do
  case "$1" in
    --type) TYPE="$2"; shift 2 ;;
    --skip-build) BUILD=0; shift ;;
    --dest) DEST="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "error: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

find_jdk() {
  for j in "${JPACKAGE_JDK:-}" "${JAVA_HOME:-}" /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -n "$j" ] && [ -x "$j/bin/jpackage" ]; then echo "$j"; return 0; fi
  done
  return 1
}
JDK=$(find_jdk) || { echo "error: no JDK with jpackage found: set JPACKAGE_JDK to a JDK 17 or newer" >&2; exit 1; }

VERSION=$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | head -1)
if [ "$BUILD" = 1 ] || [ ! -f target/mlp-playground.jar ]; then
  mvn -q -DskipTests package
fi

INPUT=target/installer-input
rm -rf "$INPUT" && mkdir -p "$INPUT" "$DEST"
cp target/mlp-playground.jar LICENSE THIRD-PARTY-NOTICES "$INPUT"/

case "$(uname -s)" in
  Darwin) ICON=target/mlp-playground.icns ;;   # made below with sips and iconutil
  MINGW*|MSYS*|CYGWIN*) ICON=target/mlp-playground.ico ;;
  *) ICON=resources/icons/mlp-playground.png ;;
esac
if [ "$ICON" = target/mlp-playground.ico ]; then
  magick resources/icons/mlp-playground.png -define icon:auto-resize=256,128,64,48,32,16 "$ICON"
elif [ "$ICON" = target/mlp-playground.icns ]; then
  SET=target/mlp-playground.iconset && mkdir -p "$SET"
  for s in 16 32 128 256; do
    sips -z $s $s resources/icons/mlp-playground.png --out "$SET/icon_${s}x${s}.png" >/dev/null
  done
  iconutil -c icns "$SET" -o "$ICON"
fi

JAVA_OPTIONS=(--java-options "-Xmx2g")
if "$JDK/bin/java" -version 2>&1 | grep -qE 'version "(2[2-9]|[3-9][0-9])'; then
  # JavaFX 21 loads its native code and uses sun.misc.Unsafe: say so, so newer JDKs do not warn
  JAVA_OPTIONS+=(--java-options "--enable-native-access=ALL-UNNAMED" --java-options "--sun-misc-unsafe-memory-access=allow")
fi

# the bundled runtime gets the JDK's class-data sharing archive (a faster start wherever it is
# installed); an app image also gets the app's own archive below (bench/appcds.sh), which its
# launcher uses while the image stays where it was built (moved, it starts without it)
JAVA_OPTIONS+=(--jlink-options "--strip-debug --no-man-pages --no-header-files --generate-cds-archive")
if [ "$TYPE" = app-image ]; then
  JAVA_OPTIONS+=(--java-options '-XX:SharedArchiveFile=$APPDIR/mlp-playground.jsa' --java-options "-Xlog:cds=off")
fi

ARGS=(--type "$TYPE" --dest "$DEST" --input "$INPUT"
  --name mlp-playground --app-version "$VERSION"
  --main-jar mlp-playground.jar --main-class org.mlplayground.Main
  --icon "$ICON" "${JAVA_OPTIONS[@]}"
  --description "A desktop playground that makes multilayer perceptrons visible"
  --vendor "The MLP Playground contributors" --copyright "MIT licence; see THIRD-PARTY-NOTICES")
case "$TYPE" in
  deb|rpm) ARGS+=(--license-file LICENSE --linux-shortcut --linux-menu-group Education
                  --linux-app-category education --linux-package-name mlp-playground) ;;
  exe|msi) ARGS+=(--license-file LICENSE --win-shortcut --win-menu --win-menu-group "MLP Playground" --win-dir-chooser) ;;
  dmg|pkg) ARGS+=(--license-file LICENSE --mac-package-name "MLP Playground") ;;
esac

if [ "$TYPE" = app-image ]; then rm -rf "$DEST/mlp-playground"; fi
echo "jpackage from $JDK: $TYPE into $DEST"
"$JDK/bin/jpackage" "${ARGS[@]}"
if [ "$TYPE" = app-image ] && [ -x "$DEST/mlp-playground/lib/runtime/bin/java" ]; then
  APP=$(cd "$DEST/mlp-playground/lib/app" && pwd -P)
  JAVA="$DEST/mlp-playground/lib/runtime/bin/java" JAR="$APP/mlp-playground.jar" JSA="$APP/mlp-playground.jsa" \
    LIST=target/installer-classes.lst bench/appcds.sh || echo "warning: no AppCDS archive for the app image (it starts without)" >&2
fi
ls -la "$DEST"
