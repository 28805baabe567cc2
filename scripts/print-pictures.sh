#!/usr/bin/env bash
# The pictures of the printed reports in the README: the rendering tests print every report kind with
# LibreOffice (test/render), and each page of the fixture reports becomes docs/print/KIND-N.png.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
ITA_RENDER_DIR="$out" npx jest test/render
rm -f docs/print/*.png
mkdir -p docs/print
for kind in results ita-analysis action-plan ethics oit-readiness; do
  pdftoppm -r 48 -png "$out/$kind.pdf" "docs/print/$kind"
done
rm -rf "$out"
ls -l docs/print
