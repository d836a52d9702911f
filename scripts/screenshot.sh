#!/usr/bin/env bash
# Renders the HTML report of the bundled transcript (examples/data/) and takes
# screenshots of it with headless Chromium: docs/report.png at a desktop width and
# docs/report-phone.png at a phone's.
#
#   scripts/screenshot.sh [OUTDIR]        (default: docs)
#
# Needs Chromium (Debian/Ubuntu: apt-get install chromium; or set CHROMIUM=/path).
# With pngquant on the PATH (apt-get install pngquant) the PNGs are cut to 128
# colours, a third of the size. With PDF=1 also writes OUTDIR/report.pdf, the page
# as it prints.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs}
browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
if [ -z "$browser" ]; then
    echo "screenshot.sh: no Chromium found (apt-get install chromium, or set CHROMIUM)" >&2
    exit 1
fi

cargo build --release --bin discrepancy
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# From the data folder, so that the page's title is the file's name, not a path.
(cd examples/data && ../../target/release/discrepancy --format html putin-aliyev-2022-02-22.txt) >"$tmp/report.html"

# shot WIDTH HEIGHT FILE
shot() {
    # (--no-sandbox: Chromium refuses to run as root without it.)
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --force-device-scale-factor=1 --window-size="$1,$2" \
        --screenshot="$3" "file://$tmp/report.html" 2>/dev/null
}
mkdir -p "$out"
# Tall enough for the first quote of discrepancy D1 to show, marked in the text.
# (Not scrolled there with a #fragment: headless Chromium then paints a blank page.)
shot 1280 1240 "$out/report.png"
shot 390 844 "$out/report-phone.png"
if command -v pngquant >/dev/null; then
    pngquant --force --skip-if-larger --strip --ext .png 128 "$out/report.png" "$out/report-phone.png" || true
fi
if [ "${PDF:-0}" = 1 ]; then
    "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$out/report.pdf" "file://$tmp/report.html" 2>/dev/null
fi
ls -l "$out"/report*
