import { readSeveralScores } from '../../../src/core/structure/ita-analysis-score-line';

describe('readSeveralScores', () => {
  it.each([
    ['การปฏิบัติหน้าที่ 88.10 92.41 +4.31', 'การปฏิบัติหน้าที่', '92.41'],
    ['การใช้งบประมาณ 90.06 90.06 0.00', 'การใช้งบประมาณ', '90.06'],
    ['การใช้อำนาจ ปี 2566 ได้ 85.00 ปี 2567 ได้ 91.78 คะแนน', 'การใช้อำนาจ', '91.78'],
    ['การเปิดเผยข้อมูล ได้คะแนน 95.00 (ร้อยละ 95)', 'การเปิดเผยข้อมูล', '95.00'],
  ])('reads %p as %p with the score %p', (text, name, score) => {
    expect(readSeveralScores(text)).toMatchObject({ name, score });
  });

  it.each([
    ['การปฏิบัติหน้าที่ 92.41'],
    ['ประชาชนพึงพอใจ ร้อยละ 80 จาก 120 คน ในพื้นที่'],
    ['การใช้งบประมาณ'],
    ['92.41 88.10'],
  ])('reads %p as no line of several scores', (text) => {
    expect(readSeveralScores(text)).toBeUndefined();
  });
});
