import { memoOrganization, withMemoOrganization } from '../../../src/core/reports/memo-organization';
import { reportModel } from '../../../src/core/reports/report-models';
import { seed } from '../../support/fixtures';
import { structured } from './layout-helpers';

describe('memoOrganization', () => {
  it('reads the organization of the memo’s ส่วนราชการ line', () => {
    expect(memoOrganization('บันทึกข้อความ\nส่วนราชการ สำนักงานปลัด องค์การบริหารส่วนตำบลห้วยปลาดอง\nที่ ศก ๗๔๑๐๑')).toBe(
      'องค์การบริหารส่วนตำบลห้วยปลาดอง',
    );
    expect(memoOrganization('ส่วนราชการ กองคลัง เทศบาลเมือง โคกกลาง')).toBe('เทศบาลเมืองโคกกลาง');
  });

  it('reads nothing from a title without a ส่วนราชการ line, and leaves the header as it is', () => {
    const header = { title: 'รายงานการวิเคราะห์ผล\nองค์การบริหารส่วนตำบลหญ้าปล้อง', organization: 'อบต.หญ้าปล้อง' };

    expect(memoOrganization(header.title)).toBeUndefined();
    expect(withMemoOrganization(header)).toBe(header);
  });

  it('names the seed memo’s organization in the ITA analysis, not the attachment title’s', () => {
    const model = reportModel('ita-analysis', structured('ita-analysis', seed('ita-analysis-fy2562.txt')), {
      thaiDigits: false,
    });

    expect(model.organization).toBe('องค์การบริหารส่วนตำบลห้วยปลาดอง อำเภอเมืองศรีสะเกษ จังหวัดศรีสะเกษ');
  });
});
