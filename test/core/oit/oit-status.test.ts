import { OIT_STATUSES, oitStatusLabel, readOitStatus } from '../../../src/core/oit/oit-status';

describe('OIT_STATUSES', () => {
  it('lists the four statuses with their Thai labels', () => {
    expect(OIT_STATUSES.map((s) => [s.id, s.th])).toEqual([
      ['published', 'เผยแพร่แล้ว'],
      ['in-progress', 'อยู่ระหว่างดำเนินการ'],
      ['not-started', 'ยังไม่ดำเนินการ'],
      ['exempt', 'ไม่ต้องเผยแพร่'],
    ]);
  });
});

describe('readOitStatus', () => {
  it.each(OIT_STATUSES.map((s) => [s.th, s.id]))('reads %s as %s', (th, id) => {
    expect(readOitStatus(th)).toBe(id);
  });

  it('reads the label with spaces around it, the id and the English words', () => {
    expect(readOitStatus('  เผยแพร่แล้ว\u200b ')).toBe('published');
    expect(readOitStatus('in-progress')).toBe('in-progress');
    expect(readOitStatus('Not Started')).toBe('not-started');
  });

  it('reads ไม่ต้องเผยแพร่ with a reason after it as exempt', () => {
    expect(readOitStatus('ไม่ต้องเผยแพร่ เพราะไม่มีภารกิจนี้')).toBe('exempt');
    expect(readOitStatus('ไม่ต้องเผยแพร่เนื่องจากไม่มีการจัดซื้อ')).toBe('exempt');
  });

  it('reads nothing from another label followed by more words: a part-published item is not published', () => {
    expect(readOitStatus('เผยแพร่แล้วบางส่วน')).toBeUndefined();
    expect(readOitStatus('เผยแพร่แล้ว บางส่วน')).toBeUndefined();
  });

  it('reads nothing from other text', () => {
    expect(readOitStatus('')).toBeUndefined();
    expect(readOitStatus('ok')).toBeUndefined();
  });
});

describe('oitStatusLabel', () => {
  it('writes a status with its Thai word, as the checklist holds it', () => {
    expect(oitStatusLabel('published')).toBe('เผยแพร่แล้ว');
    expect(oitStatusLabel('not-started')).toBe('ยังไม่ดำเนินการ');
    expect(oitStatusLabel('exempt')).toBe('ไม่ต้องเผยแพร่');
  });
});
