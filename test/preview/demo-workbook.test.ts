import { join } from 'node:path';
import { DEMO_PROFILE, demoDocument, PASTE_TAB } from '../../src/preview/demo-workbook';
import { PreviewProperties } from '../../src/preview/preview-properties';
import { readWorkbookJson } from '../../src/preview/workbook-json';
import { documentTabs } from '../../src/sheets/document-tab';
import { loadProfile } from '../../src/sheets/operations/profile';

const ROOT = join(__dirname, '..', '..');

describe('demoDocument', () => {
  it('holds the profile, a tab of each fixture and the pasted tab, which is active', () => {
    const { workbook, properties } = demoDocument(ROOT);

    expect(loadProfile(properties)).toEqual(DEMO_PROFILE);
    expect(documentTabs(workbook).map((t) => t.type.id)).toEqual([
      'measures',
      'results',
      'ita-analysis',
      'oit-checklist',
    ]);
    expect(workbook.getActiveSheet().getName()).toBe(PASTE_TAB);
    expect(workbook.getActiveSheet().getLastRow()).toBeGreaterThan(10);
    expect(workbook.getRangeByName('ITA_SUMMARY')?.getValues()[1]).toEqual([
      'organization',
      DEMO_PROFILE.organization,
      'หน่วยงาน',
    ]);
  });

  it('is saved and read back whole: the workbook as JSON, the properties as a plain object', () => {
    const { workbook, properties } = demoDocument(ROOT);

    const again = readWorkbookJson(JSON.parse(JSON.stringify(workbook.toJSON())));
    const props = new PreviewProperties(JSON.parse(JSON.stringify(properties)));

    expect(again.toJSON()).toEqual(workbook.toJSON());
    expect(loadProfile(props)).toEqual(DEMO_PROFILE);
  });

  it('says where to run it from when the fixtures are not there', () => {
    expect(() => demoDocument('/nonexistent')).toThrow(/ไม่พบไฟล์ตัวอย่าง/);
  });
});
