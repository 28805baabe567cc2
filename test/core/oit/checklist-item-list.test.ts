import { checklistItemList } from '../../../src/core/oit/checklist-item-list';
import { structureDocument } from '../../../src/core/structure/structure';
import { fixture } from '../../support/fixtures';

describe('checklistItemList', () => {
  it('reads the items of a checklist, each under the sub-indicator named above it', () => {
    const doc = structureDocument('oit-checklist', fixture('oit-checklist-fy2568.txt'));
    if (!doc.ok) throw new Error('the fixture is a checklist');

    const list = checklistItemList(doc.value.records, 2568, 'test');

    expect(list.items.slice(0, 3)).toEqual([
      { code: 'o1', title: 'โครงสร้าง', subIndicator: '9.1' },
      { code: 'o2', title: 'ข้อมูลผู้บริหาร', subIndicator: '9.1' },
      { code: 'o3', title: 'อำนาจหน้าที่', subIndicator: '9.1' },
    ]);
    expect(list.subIndicators[0]).toEqual({ code: '9.1', th: 'ข้อมูลพื้นฐาน' });
    expect(list.fiscalYears).toEqual([2568]);
  });

  it('leaves out a row without a code or a title', () => {
    const row = (code: string, title: string) => ({ code, title, subIndicator: '9.1', url: '', status: '' });

    expect(
      checklistItemList([row('o1', ''), row('', 'x'), row('o2', 'โครงสร้าง')], undefined, 't').items,
    ).toEqual([{ code: 'o2', title: 'โครงสร้าง', subIndicator: '9.1' }]);
  });
});
