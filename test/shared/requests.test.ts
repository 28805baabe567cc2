import { issuesText } from '../../src/core/problems/schema-issues';
import { issuesMessage, tabRequest, updateRequest, validateRequest } from '../../src/shared/requests';

describe('the request schemas', () => {
  it('refuses what is not an object in Thai with an English gloss', () => {
    const result = tabRequest.safeParse([]);

    expect(result.success || issuesMessage(result.error)).toBe(
      'คำขอต้องเป็นชุดข้อมูล (the request must be an object)',
    );
  });

  it('names the field of a wrong flag and of a missing record', () => {
    const flag = validateRequest.safeParse({ sheetId: 1, mark: 'yes' });
    const missing = updateRequest.safeParse({ sheetId: 1, row: 2 });

    expect([flag, missing].map((r) => (r.success ? '' : issuesText(r.error.issues)))).toEqual([
      'mark: ต้องเป็นค่าจริงหรือเท็จ (mark must be true or false)',
      'record: ไม่ได้ส่ง record มา (record is missing) · expected: ต้องส่งรายการเดิมตามที่เปิดมาแก้ไขด้วย (expected: the record as it was opened is required)',
    ]);
  });

  it('defaults mark to false', () => {
    expect(validateRequest.safeParse({ sheetId: 0 })).toEqual({
      success: true,
      data: { sheetId: 0, mark: false },
    });
  });
});
