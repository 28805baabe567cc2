import { removeControlCharacters } from '../../../src/core/thai/control-characters';

describe('removeControlCharacters', () => {
  it('removes C0 (not tab or line breaks), DEL and C1 characters, counting them', () => {
    expect(removeControlCharacters('ก\u0001ข\u007fค\u0090ง\tจ\nฉ\r\nช')).toEqual({
      text: 'กขคง\tจ\nฉ\r\nช',
      removed: 3,
    });
  });

  it("turns Word's manual line break (VT), a page break (FF) and NEL into line breaks, so words stay apart", () => {
    expect(removeControlCharacters('หนึ่ง\u000bสอง\u000cสาม\u0085สี่')).toEqual({
      text: 'หนึ่ง\nสอง\nสาม\nสี่',
      removed: 3,
    });
  });

  it('leaves Thai text and its digits alone', () => {
    expect(removeControlCharacters('มาตรการ ๑ ต.ค. ๖๗')).toEqual({ text: 'มาตรการ ๑ ต.ค. ๖๗', removed: 0 });
  });
});
