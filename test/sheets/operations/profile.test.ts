import { createServerApi, singleProcessLock } from '../../../src/server/api';
import { MemoryProperties } from '../../../src/sheets/memory-properties';
import { loadProfile, MAX_PROFILE_BYTES, storeProfile } from '../../../src/sheets/operations/profile';
import { PROFILE, testWorkbook } from '../../support/workbook';

const KEY = 'ita-sheets.profile';

describe('the organization profile in the document properties', () => {
  it('reads back the profile it saved, and null when none was saved', () => {
    const properties = new MemoryProperties();
    const before = loadProfile(properties);

    storeProfile(properties, PROFILE);

    expect([before, loadProfile(properties)]).toEqual([null, PROFILE]);
  });

  it.each([
    ['text that is not JSON', '{"organization": "อบต.หนองบัว'],
    ['JSON that is not a profile', '{"organization": 5}'],
  ])(
    'reports a damaged profile (%s) in Thai with what to do, rather than reading it as none',
    (_, stored) => {
      const properties = new MemoryProperties();
      properties.setProperty(KEY, stored);

      expect(() => loadProfile(properties)).toThrow(
        /ข้อมูลหน่วยงานที่บันทึกไว้ในไฟล์นี้เสียหาย.*กรอกข้อมูลหน่วยงานแล้วกดบันทึกใหม่.*profile saved in this file is damaged/,
      );
    },
  );

  it('tells the sidebar the profile is damaged, makes no report on it, and lets the officer save it again', () => {
    const { context } = testWorkbook(null);
    context.properties.setProperty(KEY, 'not json');
    const api = createServerApi(() => context, singleProcessLock);

    const read = api.getProfile();
    const made = api.createDocumentTab({ type: 'measures' });
    const saved = api.saveProfile(PROFILE);

    expect([read.ok, made.ok]).toEqual([false, false]);
    expect(!read.ok && read.error).toContain('เสียหาย');
    expect(saved).toEqual({ ok: true, value: PROFILE });
    expect(api.getProfile()).toEqual({ ok: true, value: PROFILE });
  });

  it('refuses a profile over what one property value holds, in Thai, and keeps the one saved before', () => {
    const properties = new MemoryProperties();
    storeProfile(properties, PROFILE);
    // Thai is three bytes a character in UTF-8: 120 units of 25 characters are about 9,000 bytes.
    const units = Array.from({ length: 120 }, (_, i) => `กองส่งเสริมการเกษตรที่ ${i + 1}`);

    expect(() => storeProfile(properties, { ...PROFILE, units })).toThrow(
      /ข้อมูลหน่วยงานยาวเกินกว่าที่เก็บในไฟล์ได้ \([\d,]+ ไบต์ เก็บได้ไม่เกิน 8,000 ไบต์\)/,
    );
    expect(loadProfile(properties)).toEqual(PROFILE);
    expect(MAX_PROFILE_BYTES).toBeLessThan(9 * 1024);
  });
});

describe('MemoryProperties', () => {
  it('refuses a value over Apps Script’s 9 KB a property, as PropertiesService does', () => {
    const properties = new MemoryProperties();

    expect(() => properties.setProperty('k', 'ก'.repeat(3072))).toThrow('Argument too large: value');
    expect(properties.getProperty('k')).toBeNull();
    expect(properties.setProperty('k', 'a'.repeat(9 * 1024 - 1)).getProperty('k')).toHaveLength(9215);
  });
});
