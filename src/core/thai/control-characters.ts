/**
 * Control characters that old encodings and some exports leave inside text (C0 except tab, line feed
 * and carriage return; DEL; C1 U+0080–U+009F): invisible, never typed, and they break searches and
 * the sheet's display. Removed, and counted for the officer to see. The three that break a line (Word's
 * manual line break VT, the page break FF, NEL) become a line break, so the words on either side stay
 * apart.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

const LINE_BREAKING = '\u000b\u000c\u0085';

/** The text without control characters, and how many were removed. */
export function removeControlCharacters(text: string): { text: string; removed: number } {
  let removed = 0;
  const out = text.replace(CONTROL, (c) => {
    removed += 1;
    return LINE_BREAKING.includes(c) ? '\n' : '';
  });
  return { text: out, removed };
}
