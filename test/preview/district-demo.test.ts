import { join } from 'node:path';
import { readSheetLink } from '../../src/core/rollup/sheet-link';
import { DEMO_ID } from '../../src/preview/demo-workbook';
import { DEMO_IDS, DISTRICT_PROFILE, districtDemo, districtDemoLinks } from '../../src/preview/district-demo';
import { demoPreviewFile, fromPreviewFile, idOf } from '../../src/preview/preview-workbooks';
import { IMPORT_MESSAGES, type MemoryWorkbook } from '../../src/sheets/memory';
import { documentTabs } from '../../src/sheets/document-tab';
import { loadProfile } from '../../src/sheets/operations/profile';

const ROOT = join(__dirname, '..', '..');

/** The value of a key of a workbook's ITA_SUMMARY block. */
function summary(workbook: MemoryWorkbook, key: string): unknown {
  return workbook
    .getRangeByName('ITA_SUMMARY')
    ?.getValues()
    .find((row) => row[0] === key)?.[1];
}

/** The district's tab with an import of each organization in column A, one block apart. */
function importEach(district: MemoryWorkbook, ids: readonly string[]): string[] {
  const sheet = district.getSheets()[0];
  if (!sheet) throw new Error('no tab');
  return ids.map((id, i) => {
    const a1 = `${String.fromCharCode(65 + i * 4)}1`;
    sheet
      .getRange(a1)
      .setValues([[`=IMPORTRANGE("https://docs.google.com/spreadsheets/d/${id}/edit", "ITA_SUMMARY")`]]);
    return district.importMessage(sheet.getName(), a1) ?? `${sheet.getRange(a1).getValues()[0]?.[0]}`;
  });
}

describe('districtDemo', () => {
  it('gives every workbook an id Google could have given, which the link reader takes', () => {
    const ids = Object.values(DEMO_IDS);

    expect(ids.every((id) => /^[A-Za-z0-9_-]{44}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(DEMO_IDS.orgA).toBe(DEMO_ID);
    expect(districtDemoLinks(DEMO_ID).map((l) => readSheetLink(l.link))).toEqual(
      [DEMO_IDS.orgA, DEMO_IDS.orgB, DEMO_IDS.orgC, DEMO_IDS.orgD].map((id) => ({ ok: true, id })),
    );
  });

  it('makes the district with its profile, and B with measures and a checklist of one item published', () => {
    const { documents } = districtDemo(ROOT, DEMO_ID);
    const [district, b, c, d] = documents;

    expect(documents.map(idOf)).toEqual([DEMO_IDS.district, DEMO_IDS.orgB, DEMO_IDS.orgC, DEMO_IDS.orgD]);
    expect(district && loadProfile(district.properties)).toEqual(DISTRICT_PROFILE);
    expect(b && documentTabs(b.workbook).map((t) => t.type.id)).toEqual(['measures', 'oit-checklist']);
    expect(b && summary(b.workbook, 'organization')).toBe('องค์การบริหารส่วนตำบลโคกสะอาด');
    expect(b && summary(b.workbook, 'oit.published')).toBe(1);
    expect(c && summary(c.workbook, 'organization')).toBe('เทศบาลตำบลดอนชมพู');
    expect(d && summary(d.workbook, 'version')).toBe(1);
  });

  it('shares A, B and C with the district and allows A and B: C asks to connect, D has no permission', () => {
    const workbooks = fromPreviewFile(demoPreviewFile(ROOT));
    const district = workbooks.registry.get(DEMO_IDS.district);
    if (!district) throw new Error('no district workbook');

    const shown = importEach(district, [DEMO_IDS.orgA, DEMO_IDS.orgB, DEMO_IDS.orgC, DEMO_IDS.orgD]);

    expect(workbooks.documents.map(idOf)[0]).toBe(DEMO_ID);
    expect(shown).toEqual(['version', 'version', IMPORT_MESSAGES.connect, IMPORT_MESSAGES.permission]);
    expect(district.getSheets()[0]?.getRange('A2:B2').getValues()).toEqual([
      ['organization', 'องค์การบริหารส่วนตำบลหนองบัวทอง'],
    ]);
  });
});
