import { readHeaderLines } from '../../../src/core/structure/header-lines';
import { readMemoPlace } from '../../../src/core/structure/ita-analysis-lines';
import {
  districtIn,
  ORGANIZATION_KINDS,
  organizationIn,
  provinceIn,
  shortOrganizationName,
} from '../../../src/core/thai/place-names';

describe('organizationIn, districtIn, provinceIn', () => {
  it.each(ORGANIZATION_KINDS.map((kind) => [kind]))('read an organization of the kind %s', (kind) => {
    expect(organizationIn(`${kind}บ้านใหม่ อำเภอเมือง`)).toBe(`${kind}บ้านใหม่`);
  });

  it('end a name at a space or punctuation', () => {
    const line = 'เทศบาลตำบลบ้านใหม่, อำเภอเมือง (จังหวัดลำปาง).';

    expect([organizationIn(line), districtIn(line), provinceIn(line)]).toEqual([
      'เทศบาลตำบลบ้านใหม่',
      'เมือง',
      'ลำปาง',
    ]);
  });

  it('take a run too long for a name for no name, rather than cut it', () => {
    const line = `จังหวัด${'ก'.repeat(81)}`;

    expect(provinceIn(line)).toBeUndefined();
    expect(provinceIn(`จังหวัด${'ก'.repeat(80)}`)).toBe('ก'.repeat(80));
  });

  it('tell where the organization is named: opening the line, glued to its kind, anywhere', () => {
    const sentence = 'ผลการประเมินขององค์การบริหารส่วนตำบล ปฏิบัติหน้าที่';

    expect(organizationIn(sentence, 'anywhere')).toBe('องค์การบริหารส่วนตำบล ปฏิบัติหน้าที่');
    expect(organizationIn(sentence, 'glued')).toBeUndefined();
    expect(organizationIn(sentence, 'at-start')).toBeUndefined();
    expect(organizationIn('เทศบาลเมืองลำพูน จังหวัดลำพูน', 'at-start')).toBe('เทศบาลเมืองลำพูน');
  });
});

describe('a document header and an analysis memo', () => {
  it('read the same place from the same title line', () => {
    const line = 'องค์การบริหารส่วนตำบลหนองไผ่งาม อำเภอเมือง จังหวัดขอนแก่น';

    const { organization, district, province } = readHeaderLines([line]);

    expect(readMemoPlace([line])).toEqual({ organization, district, province });
    expect(province).toBe('ขอนแก่น');
  });
});

describe('shortOrganizationName', () => {
  it.each([
    ['องค์การบริหารส่วนตำบลหนองบัว', 'อบต.หนองบัว'],
    ['เทศบาลตำบล โนนสูง', 'ทต.โนนสูง'],
    ['เทศบาลเมืองลำพูน', 'ทม.ลำพูน'],
    ['เทศบาลนครนครราชสีมา', 'ทน.นครราชสีมา'],
    ['องค์การบริหารส่วนจังหวัดขอนแก่น', 'อบจ.ขอนแก่น'],
  ])('writes %s as %s', (name, short) => {
    expect(shortOrganizationName(name)).toBe(short);
  });

  it('keeps a name already short, a kind without a name, and any other text as written', () => {
    expect(shortOrganizationName('อบต.ใหม่')).toBe('อบต.ใหม่');
    expect(shortOrganizationName('เทศบาลตำบล')).toBe('เทศบาลตำบล');
    expect(shortOrganizationName(' =IMPORTRANGE("x") ')).toBe('=IMPORTRANGE("x")');
  });
});
