/**
 * Cleans text pasted from Word, PDF or the web: HTML fragments (`<p>`, `<u>`, `<br>`), entities
 * (`&nbsp;`), image placeholders, zero-width characters and the runs of spaces scanning leaves.
 * Words are never dropped: only markup and spacing change.
 */

// Tags that end a line in the original layout; other tags (u, b, span, font …) vanish.
const BLOCK_TAG = /^(p|br|div|li|tr|h[1-6])$/i;
// A real tag only: `<`, an optional `/`, an HTML element's name (Word's `o:p` too), then attributes
// written as attributes (`name`, `name="…"`, `name='…'`, `name=value`), up to `>`. So `ทำ a<b แล้ว c>d`
// keeps its text: `<b แล้ว c>` is no tag. Bounded: linear on long text.
const TAG_NAMES =
  'a|abbr|b|big|blockquote|body|br|caption|center|code|col|colgroup|del|div|em|font|h[1-6]|head|hr|html|i|img|ins|label|li|mark|meta|o:p|ol|p|pre|s|small|span|strike|strong|style|sub|sup|table|tbody|td|tfoot|th|thead|tr|u|ul|w:[a-z]{1,20}';
const ATTRIBUTE = `\\s+[a-zA-Z_:][-a-zA-Z0-9_:.]{0,40}(?:\\s*=\\s*(?:"[^"<>]{0,500}"|'[^'<>]{0,500}'|[^\\s"'<>=\`]{1,200}))?`;
const TAG = new RegExp(`<\\/?(${TAG_NAMES})(?:${ATTRIBUTE}){0,20}\\s*\\/?>`, 'gi');
const ENTITY = /&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
};
// "[image: ผลการค้นหารูปภาพสำหรับ กรอบลายไทย]" — what a copied picture leaves behind.
const IMAGE_PLACEHOLDER = /\[(?:image|รูปภาพ|ภาพ)\s*:[^\]\n]{0,300}\]/gi;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACES = /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

function decodeEntity(match: string, body: string): string {
  if (body.startsWith('#x') || body.startsWith('#X'))
    return safeCodePoint(Number.parseInt(body.slice(2), 16), match);
  if (body.startsWith('#')) return safeCodePoint(Number.parseInt(body.slice(1), 10), match);
  return NAMED_ENTITIES[body.toLowerCase()] ?? match;
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : fallback;
}

/** Removes markup and placeholders, keeping the line breaks block tags stood for. */
export function stripMarkup(text: string): string {
  return text
    .replace(TAG, (_, name: string) => (BLOCK_TAG.test(name) ? '\n' : ''))
    .replace(IMAGE_PLACEHOLDER, ' ')
    .replace(ENTITY, decodeEntity);
}

/**
 * Clean text of one cell: markup gone, invisible characters gone, every run of spaces one space,
 * each line trimmed, empty lines dropped. Lines are kept: they are a cell's list items.
 */
export function cleanText(text: string): string {
  return stripMarkup(text)
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(SPACES, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Clean text on one line: as cleanText, with line breaks turned into spaces. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\n/g, ' ');
}
