#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs every Debian package Checkout Kiosk needs to build, run and test.
# Idempotent: packages already present are skipped. Works as root or through sudo.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    libqt6sql6-psql postgresql
    qt6-websockets-dev
    qt6-webengine-dev qt6-webengine-dev-tools
    libqt6svg6 qt6-image-formats-plugins
    qt6-virtualkeyboard-plugin qml6-module-qtquick qml6-module-qtquick-layouts qml6-module-qtquick-window
    qml6-module-qtqml qml6-module-qtqml-workerscript qml6-module-qt-labs-folderlistmodel
    qtkeychain-qt6-dev libqrencode-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    nlohmann-json3-dev libssl-dev openssl
    libgl-dev libegl-dev libxkbcommon-dev
    xvfb xauth fonts-dejavu-core
    wrk dpkg-dev file curl ca-certificates
    libmicrohttpd-dev clang-14 libfuzzer-14-dev clang-format-14 ccache
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
# Node.js with npm runs the cross-checks against the official stripe package.
if ! command -v npm >/dev/null 2>&1; then
    command -v node >/dev/null 2>&1 || missing+=(nodejs)
    missing+=(npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all packages present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "install-deps: need root or sudo to install: ${missing[*]}" >&2
        exit 1
    fi
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
stamp=/var/lib/apt/periodic/update-success-stamp
if [ ! -d /var/lib/apt/lists/partial ] || [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v -e lock -e partial)" ] \
   || ! apt-cache show "${missing[0]}" >/dev/null 2>&1; then
    $SUDO apt-get update -q
fi
if ! $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"; then
    $SUDO apt-get update -q
    $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
: "${stamp}"
