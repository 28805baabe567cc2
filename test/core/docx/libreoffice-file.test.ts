/**
 * A Word file not written by this project's builder: LibreOffice's own .docx of
 * test/fixtures/word/measures-merged-libreoffice.html (converted once with
 * `soffice --headless --convert-to docx:"MS Word 2007 XML"`): its styles, its numbering of an ordered
 * and a bulleted list, a period and a monitoring cell merged down over three measures (HTML rowspan).
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { structureWordFile, wordFileRows } from '../../../src/core/docx/structure-word-file';
import { readWordParts, type WordParts } from '../../../src/core/docx/zip-entries';

const FILE = join(__dirname, '..', '..', 'fixtures', 'word', 'measures-merged-libreoffice.docx');
const MONITOR = 'รายงานผลให้นายก อบต. ทราบรอบ ๖ เดือนและประจำปี';

async function parts(): Promise<WordParts> {
  const read = await readWordParts(new Uint8Array(readFileSync(FILE)), {
    inflateRaw: async (data) => inflateRawSync(data),
    decodeUtf8: (data) => new TextDecoder().decode(data),
  });
  if (!read.ok) throw new Error(read.en);
  return read.parts;
}

describe("LibreOffice's Word file of a measures table", () => {
  it('reads the numbered and bulleted steps as Word shows them, and the title above the table', async () => {
    const rows = wordFileRows(await parts())?.rows ?? [];

    expect(rows[0]).toEqual(['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี พ.ศ. ๒๕๖๘']);
    expect(rows[3]?.[2]).toBe('1. จัดทำแผน\n2. ประกาศแผน');
    expect(rows[4]?.[2]).toBe('• เฝ้าระวังป้องกันการทุจริต\n• ตอบกลับภายใน ๗ วัน');
  });

  it('gives three measures, the merged period and monitoring in each, with a warning for each merge', async () => {
    const doc = structureWordFile('measures', await parts());
    if (!doc.ok) throw new Error(JSON.stringify(doc.problem));

    expect(doc.value.header).toMatchObject({ fiscalYear: 2568, organization: 'องค์การบริหารส่วนตำบลทดสอบ' });
    expect(doc.value.records.map((r) => [r.no, r.period, r.monitoring])).toEqual([
      ['๑', '๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘', MONITOR],
      ['๒', '๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘', MONITOR],
      ['๓', '๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘', MONITOR],
    ]);
    expect(doc.value.records[1]?.steps).toEqual(['เฝ้าระวังป้องกันการทุจริต', 'ตอบกลับภายใน ๗ วัน']);
    expect(doc.value.records[2]?.responsible).toEqual(['กองช่าง', 'กองคลัง']);
    expect(doc.value.warnings.map((w) => w.problem)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'word-merged-cell', column: 4, rows: [5, 6] }),
        expect.objectContaining({ code: 'word-merged-cell', column: 6, rows: [5, 6] }),
      ]),
    );
  });

  it('is refused as an ethics plan, as its paste would be', async () => {
    expect(structureWordFile('ethics', await parts()).ok).toBe(false);
  });
});
