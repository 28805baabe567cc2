#!/usr/bin/env bash
# The pictures of the printed reports (docs/print-view.md, README): each report kind's print view,
# printed to PDF by the command line (Chromium), its first pages as docs/print/KIND-N.png.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build >/dev/null
out=$(mktemp -d)
cli=build/cli/ita-sheets.cjs
"$cli" report --type results --thai-digits test/fixtures/results-fy2568-6-months.txt --out "$out/results.pdf"
"$cli" report --type measures --thai-digits ../shared/seeds/measures-fy2563.txt --out "$out/measures.pdf"
"$cli" report --type ita-analysis --thai-digits ../shared/seeds/ita-analysis-fy2562.txt --out "$out/ita-analysis.pdf"
"$cli" report --type action-plan --thai-digits test/fixtures/action-plan-tambon-nong-phai-ngam.txt --out "$out/action-plan.pdf"
"$cli" report --type ethics --thai-digits test/fixtures/ethics-lead-line-fy2569.txt --out "$out/ethics.pdf"
"$cli" report --type oit-readiness --thai-digits test/fixtures/oit-checklist-fy2568.txt --out "$out/oit-readiness.pdf"
# The district report is made from a roll-up, not a document: printed from the test fixtures.
node scripts/run-ts.mjs test/render/rollup-pdf.ts "$out"
rm -f docs/print/*.png
mkdir -p docs/print
for kind in results measures ita-analysis action-plan ethics oit-readiness; do
  pdftoppm -r 48 -l 3 -png "$out/$kind.pdf" "docs/print/$kind"
done
# The district's pages 1 and 3 (the ranking, what each lacks), and a page of the province's long ranking.
pdftoppm -r 48 -f 1 -l 1 -singlefile -png "$out/rollup.pdf" docs/print/rollup-1
pdftoppm -r 48 -f 3 -l 3 -singlefile -png "$out/rollup.pdf" docs/print/rollup-2
pdftoppm -r 48 -f 2 -l 2 -singlefile -png "$out/rollup-province.pdf" docs/print/rollup-3
rm -rf "$out"
ls -l docs/print
