// The district report's print view of the test fixtures (test/support/rollups.ts) printed to PDF, for
// the pictures in docs/print (scripts/print-pictures.sh): the district of 12 links and the province of 211.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printFontCss } from '../../src/cli/print-font';
import { htmlToPdf } from '../../src/cli/print-pdf';
import { rollupPrintHtml } from '../../src/core/reports/print-view';
import { demoDistrictRollup } from '../support/demo-district';
import { districtRollup, provinceRollup } from '../support/rollups';

async function main(out: string): Promise<void> {
  const font = printFontCss();
  const district = rollupPrintHtml(districtRollup(), { thaiDigits: true }, font);
  const province = rollupPrintHtml(provinceRollup(), { thaiDigits: true }, font);
  writeFileSync(join(out, 'rollup.pdf'), await htmlToPdf(district));
  writeFileSync(join(out, 'rollup-province.pdf'), await htmlToPdf(province));
  const demo = rollupPrintHtml(
    demoDistrictRollup(),
    { thaiDigits: true, signer: { name: 'นายสมชาย ใจดี' } },
    font,
  );
  writeFileSync(join(out, 'rollup-demo.pdf'), await htmlToPdf(demo));
}

const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/run-ts.mjs test/render/rollup-pdf.ts OUT_DIR');
  process.exit(2);
}
main(out).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
