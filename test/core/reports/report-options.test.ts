import {
  DOTS,
  fiscalYearsLine,
  organizationLine,
  signatureLines,
} from '../../../src/core/reports/report-options';

const PROFILE = {
  organization: 'องค์การบริหารส่วนตำบลดอนแก้ว',
  district: 'แม่ริม',
  province: 'เชียงใหม่',
  website: '',
  units: [],
};

describe('organizationLine', () => {
  it('writes the organization, อำเภอ and จังหวัด from the header', () => {
    const line = organizationLine({ organization: 'เทศบาลตำบลบ้านใหม่', district: 'เมือง', province: 'ลำปาง' });

    expect(line).toBe('เทศบาลตำบลบ้านใหม่ อำเภอเมือง จังหวัดลำปาง');
  });

  it("takes the profile's names before the header's", () => {
    expect(organizationLine({ organization: 'อบต.อื่น', district: 'เมือง' }, PROFILE)).toBe(
      'องค์การบริหารส่วนตำบลดอนแก้ว อำเภอแม่ริม จังหวัดเชียงใหม่',
    );
  });

  it('keeps a prefix the officer already wrote, and writes no จังหวัด before Bangkok', () => {
    expect(organizationLine({ organization: 'ก', district: 'อำเภอเมือง', province: 'จังหวัดเลย' })).toBe(
      'ก อำเภอเมือง จังหวัดเลย',
    );
    expect(organizationLine({ organization: 'ก', district: 'เขตบางรัก', province: 'กรุงเทพมหานคร' })).toBe(
      'ก เขตบางรัก กรุงเทพมหานคร',
    );
  });

  it('leaves a dotted line when nothing names the organization', () => {
    expect(organizationLine({})).toBe(DOTS);
  });
});

describe('fiscalYearsLine', () => {
  it('writes a plan over several years, one year, or a dotted year', () => {
    expect(fiscalYearsLine(2562, 2564)).toBe('ปีงบประมาณ พ.ศ. 2562 – 2564');
    expect(fiscalYearsLine(2568, undefined)).toBe('ปีงบประมาณ พ.ศ. 2568');
    expect(fiscalYearsLine(undefined, undefined)).toBe('ปีงบประมาณ พ.ศ. ....');
  });
});

describe('signatureLines', () => {
  it('leaves dotted lines to sign and fill in', () => {
    expect(signatureLines(undefined, 'ผู้รายงาน')).toEqual([
      'ลงชื่อ ......................... ผู้รายงาน',
      '(.........................)',
      'ตำแหน่ง .........................',
    ]);
  });

  it("writes the signer's name and position when given, a blank one dotted", () => {
    expect(signatureLines({ name: ' นายสมชาย ใจดี ', position: '  ' }, 'ผู้รายงาน').slice(1)).toEqual([
      '(นายสมชาย ใจดี)',
      'ตำแหน่ง .........................',
    ]);
  });
});
