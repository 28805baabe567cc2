import { declaration, declarationsFile } from '../../scripts/lib/declarations';
import { CATALOG } from '../../src/core/functions/catalog';
import { GLOBALS } from '../../src/server/globals';

describe('declaration', () => {
  it('writes a custom function with its JSDoc and real parameter names, forwarding to the bundle', () => {
    const itaScore = GLOBALS.find((g) => g.name === 'ITA_SCORE')!;

    const text = declaration(itaScore, 'ItaSheets');

    expect(text).toMatch(/^\/\*\*\n \* คะแนน ITA รวม/);
    expect(text).toContain(' * @param {number[][]} scores ');
    expect(text).toContain(' * @param {number} year ');
    expect(text).toContain(' * @customfunction\n */\nfunction ITA_SCORE(scores, year) {');
    expect(text).toContain('return ItaSheets.ITA_SCORE(scores, year);');
  });

  it('writes a trigger without @customfunction', () => {
    const text = declaration({ name: 'onOpen', params: ['e'], summary: 'Builds the menu.' }, 'ItaSheets');

    expect(text).not.toContain('@customfunction');
    expect(text).toContain('function onOpen(e) {');
  });

  it('cannot be closed early by a */ in a description', () => {
    const doc = { ...CATALOG[0], th: 'a */ b' };

    const text = declaration({ name: 'ITA_SCORE', params: [], doc }, 'G');

    expect(text.indexOf('*/')).toBe(text.lastIndexOf('*/'));
  });
});

describe('declarationsFile', () => {
  it('declares every global once', () => {
    const text = declarationsFile(GLOBALS, 'ItaSheets');

    for (const g of GLOBALS) expect(text.split(`\nfunction ${g.name}(`).length).toBe(2);
  });
});
