#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Debian package with CPack from a configured and built tree and checks what a user
# installing it gets: executables, catalog, desktop entry, metainfo, icons, and the runtime
# plugin packages in Depends. Then unpacks it and runs `checkout-kiosk --version` from it.
# Usage: check-deb.sh <build-dir> <version>
set -euo pipefail
build=$1
version=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

( cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1 ) || { cat "$out/cpack.log" >&2; fail "cpack -G DEB failed"; }
deb=$(ls "$out"/checkout-kiosk_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "no checkout-kiosk_*.deb produced"
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

info=$(dpkg-deb --info "$deb")
contents=$(dpkg-deb --contents "$deb")

field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = "checkout-kiosk" ] || fail "Package is $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version is $(field Version), expected $version"
depends=$(field Depends)
echo "Depends: $depends"
for dep in libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 qt6-image-formats-plugins fonts-dejavu-core; do
    grep -qE "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep"
done
# dpkg-shlibdeps worked: the Qt libraries the binaries link are there too.
grep -q "libqt6core6" <<<"$depends" || fail "Depends lacks libqt6core6 (dpkg-shlibdeps did not run?)"
grep -q "^ Description:" <<<"$info" || fail "no Description"

has() { grep -qE "\./usr/$1\$" <<<"$contents" || fail "package lacks /usr/$1"; }
has "bin/checkout-kiosk"
has "bin/checkout-kiosk-server"
has "bin/stripe-sim"
has "share/checkout-kiosk/catalog/catalog.json"
grep -qE "\./usr/share/checkout-kiosk/catalog/images/.+\.(png|jpg|jpeg|webp|svg)$" <<<"$contents" \
    || fail "package lacks catalog images"
has "share/applications/org.checkoutkiosk.CheckoutKiosk.desktop"
has "share/metainfo/org.checkoutkiosk.CheckoutKiosk.metainfo.xml"
has "share/icons/hicolor/scalable/apps/org.checkoutkiosk.CheckoutKiosk.svg"
has "share/icons/hicolor/256x256/apps/org.checkoutkiosk.CheckoutKiosk.png"
has "lib/systemd/system/checkout-kiosk-server.service"
has "share/doc/checkout-kiosk/server.env.example"
has "share/doc/checkout-kiosk/README.md"
if grep -qE "\.(a|h|py)$" <<<"$contents"; then fail "package ships build or helper files"; fi

root="$out/root"
dpkg-deb -x "$deb" "$root"
file "$root/usr/share/icons/hicolor/256x256/apps/org.checkoutkiosk.CheckoutKiosk.png" | grep -q "256 x 256" \
    || fail "icon PNG is not 256x256"
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/org.checkoutkiosk.CheckoutKiosk.metainfo.xml" \
        || fail "metainfo does not validate"
fi

# The unit is hardened, reads its secrets from a root-only file and names the packaged binary.
unit="$root/usr/lib/systemd/system/checkout-kiosk-server.service"
for line in "EnvironmentFile=-/etc/checkout-kiosk/server.env" "DynamicUser=yes" "NoNewPrivileges=yes" \
    "ProtectSystem=strict" "ExecStart=/usr/bin/checkout-kiosk-server "; do
    grep -qF "$line" "$unit" || fail "the unit lacks $line"
done
if command -v systemd-analyze >/dev/null 2>&1; then
    # Only a missing /usr/bin binary (it is in $root, not installed) may be reported.
    problems=$(systemd-analyze verify "$unit" 2>&1 | grep -v "is not executable" || true)
    [ -z "$problems" ] || fail "systemd-analyze verify: $problems"
fi

# The unpacked program starts and reports its version without a display.
reported=$(env -u DISPLAY -u WAYLAND_DISPLAY "$root/usr/bin/checkout-kiosk" --version 2>&1) \
    || fail "checkout-kiosk --version failed: $reported"
grep -q "$version" <<<"$reported" || fail "checkout-kiosk --version printed: $reported"
echo "checkout-kiosk --version: $reported"
echo "OK"
