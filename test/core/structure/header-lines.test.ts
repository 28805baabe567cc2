import { readHeaderLines } from '../../../src/core/structure/header-lines';

describe('readHeaderLines', () => {
  it('reads the year and the round of a measures title', () => {
    expect(
      readHeaderLines(['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี พ.ศ.๒๕๖๓ ในรอบ ๖ เดือน']),
    ).toMatchObject({
      fiscalYear: 2563,
      round: 6,
    });
  });

  it('reads the organization, district and province, and keeps every line as the title', () => {
    const lines = ['รายงานผลการดำเนินการ ประจำปี', 'เทศบาลตำบลบ้านใหม่ อำเภอเมือง จังหวัดลำปาง'];

    expect(readHeaderLines(lines)).toEqual({
      round: 12,
      organization: 'เทศบาลตำบลบ้านใหม่',
      district: 'เมือง',
      province: 'ลำปาง',
      title: lines.join('\n'),
    });
  });

  it('reads a plan over several years', () => {
    expect(readHeaderLines(['แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ พ.ศ. 2562 - 2564'])).toMatchObject({
      fiscalYear: 2562,
      fiscalYearEnd: 2564,
    });
  });

  it('does not take ประจำปี พ.ศ. for the annual round', () => {
    expect(readHeaderLines(['มาตรการ ประจำปี พ.ศ. 2568']).round).toBeUndefined();
  });

  it('gives an empty header for no lines', () => {
    expect(readHeaderLines([])).toEqual({});
  });
});
