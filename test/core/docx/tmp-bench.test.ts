import { wordFileRows } from '../../../src/core/docx/structure-word-file';
import { parseXml } from '../../../src/core/docx/xml-tree';
import { structureDocument } from '../../../src/core/structure/structure';
import { cell, documentXml, table } from '../../support/docx-builder';
it('bench', () => {
  const rows = [
    ['ลำดับ', 'มาตรการ', 'ขั้นตอนหรือวิธีการ', 'ช่วงระยะเวลาดำเนินการ', 'ผู้รับผิดชอบ', 'การกำกับติดตาม'].map((t) =>
      cell(t),
    ),
  ];
  for (let i = 1; i <= 2000; i++)
    rows.push([
      cell(String(i)),
      cell(`มาตรการที่ ${i} ของปี`),
      cell(['1. ขั้นตอนแรก', '2. ขั้นตอนที่สอง']),
      cell('ต.ค. 67'),
      cell('กองคลัง'),
      cell('รายงานผล'),
    ]);
  const xml = documentXml(table(rows));
  let t = Date.now();
  parseXml(xml);
  const a = Date.now() - t;
  t = Date.now();
  const read = wordFileRows({ documentXml: xml })!;
  const b = Date.now() - t;
  t = Date.now();
  const r = structureDocument('measures', read.rows);
  console.log(xml.length, a, b, Date.now() - t, r.ok && r.value.records.length);
});
