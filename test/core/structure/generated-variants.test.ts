import { readFileSync } from 'node:fs';
import { join } from 'node:path';
/**
 * Variants of small base documents, made here as an officer's files come (OCR slips and synonyms in
 * headers, extra columns, headers over two rows, signature blocks and footers, text copied out of a
 * PDF): each must give the base's records, and every word of the variant must be in a field, a kept
 * column or a warning. The PDF damage and its repair are written here independently of the core's.
 */
import { DOCUMENT_TYPES } from '../../../src/core/documents/types';
import type { DocumentTypeId } from '../../../src/core/documents/document-type';
import { structureDocument } from '../../../src/core/structure/structure';
import { findingMessage } from '../../../src/core/validation/finding-message';
import { describeProblem } from '../../../src/core/problems/messages';
import { toArabicDigits } from '../../../src/core/thai/digits';
import { cleanText } from '../../../src/core/thai/markup';

type Rows = string[][];
const LABELS = new Set<string>();
function H(cells: string[]): string[] {
  for (const c of cells) for (const w of words(c)) LABELS.add(w);
  return cells;
}
const tsv = (rows: Rows) => rows.map((r) => r.join('\t')).join('\n');

// --- PDF-copy damage ----------------------------------------------------------------------
const UPPER_VOWELS = /[\u0e31\u0e34-\u0e37\u0e47]/;
function pdfDamage(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const prev = text[i - 1] ?? '';
    if (ch === '\u0e33') out += '\u0e4d\u0e32';
    else if ('\u0e48\u0e49\u0e4a\u0e4b\u0e4c'.includes(ch) && !UPPER_VOWELS.test(prev))
      out += String.fromCharCode(0xf70a + '\u0e48\u0e49\u0e4a\u0e4b\u0e4c'.indexOf(ch)); // low tone marks
    else if ('\u0e48\u0e49\u0e4a\u0e4b\u0e4c'.includes(ch))
      out += String.fromCharCode(0xf713 + '\u0e48\u0e49\u0e4a\u0e4b\u0e4c'.indexOf(ch)); // left high
    else if (ch === '\u0e38' && i % 3 === 0) out += '\uf718';
    else if (ch === '\u0e34' && i % 5 === 0)
      out += ' \u0e34'; // a stray space before a vowel
    else if (ch === '\u0e10') out += '\uf700';
    else out += ch;
  }
  return out;
}
const damageRows = (rows: Rows): Rows => rows.map((r) => r.map(pdfDamage));

// --- Words ---------------------------------------------------------------------------------
const PUA: Record<string, string> = {};
'\u0e10\u0e34\u0e35\u0e36\u0e37\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e0d\u0e31\u0e4d\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e38\u0e39\u0e3a'
  .split('')
  .forEach((c, i) => {
    PUA[String.fromCharCode(0xf700 + i)] = c;
  });
function repair(text: string): string {
  return text
    .replace(/[\uf700-\uf71a]/g, (c) => PUA[c] ?? c)
    .replace(/(?: |\u200b|\u200c|\u200d|\ufeff)+(?=[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])/g, '')
    .replace(/\u0e4d\u0e32/g, '\u0e33')
    .normalize('NFC');
}
const MARKER = /^(?:\(?[0-9]{1,3}(?:\.[0-9]{1,2})*[.)]\)?|[-–•·*▪●○:])/;
function words(text: string): string[] {
  return toArabicDigits(cleanText(repair(text)))
    .split(/[\s,]+/)
    .map((w) => (/^\d\.\d(\.\d)*$/.test(w) ? '' : w.replace(/^["(]+|[")]+$/g, '').replace(MARKER, '')))
    .filter((w) => w !== '' && !/^\d\.\d(\.\d)*$/.test(w));
}
const norm = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map((x) => norm(x))
    : typeof v === 'string'
      ? toArabicDigits(repair(v)).replace(/\s+/g, ' ').trim()
      : v;

// --- Base documents ------------------------------------------------------------------------
const M_HEAD = H([
  'ลำดับ',
  'มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
  'ขั้นตอนหรือวิธีการ',
  'ช่วงระยะเวลาดำเนินการ',
  'ผู้รับผิดชอบ',
  'การกำกับติดตาม',
]);
const M_ROWS: Rows = [
  [
    '๑',
    'การเผยแพร่ข้อมูลการใช้จ่ายงบประมาณให้บุคลากรทราบ',
    '๑. จัดทำประกาศ ๒. เผยแพร่ทางเว็บไซต์',
    '๑ ต.ค. ๖๘ – ๓๐ ก.ย. ๖๙',
    'กองคลัง',
    'รายงานผลให้ผู้บริหารทราบรอบ ๖ เดือนและประจำปี',
  ],
  [
    '๒',
    'ประเมินความพึงพอใจผู้รับบริการผ่าน QR Code',
    '๑. จัดทำแบบประเมิน ๒. สรุปผลเสนอผู้บริหาร',
    'ต.ค. ๒๕๖๘ – มี.ค. ๒๕๖๙',
    'สำนักปลัด',
    'รายงานผลให้ผู้บริหารทราบ',
  ],
  [
    '๓',
    'จัดทำคู่มือการปฏิบัติงานเพื่อป้องกันผลประโยชน์ทับซ้อน',
    '๑. แต่งตั้งคณะทำงาน ๒. จัดทำคู่มือ ๓. เผยแพร่คู่มือ',
    'ปีงบประมาณ พ.ศ. ๒๕๖๙',
    'สำนักปลัด, กองช่าง',
    'สรุปผล ณ สิ้นปีงบประมาณ',
  ],
  [
    '๔',
    'เปิดช่องทางร้องเรียนการทุจริตที่สะดวกและปลอดภัย',
    '๑. จัดทำกล่องรับเรื่องร้องเรียน ๒. เปิดช่องทางร้องเรียนทางเว็บไซต์',
    '๑ ต.ค. ๖๘ – ๓๐ ก.ย. ๖๙',
    'สำนักปลัด',
    'รายงานผลทุกเดือน',
  ],
];
const M_TITLE: Rows = [
  ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี พ.ศ. ๒๕๖๙'],
  ['องค์การบริหารส่วนตำบลหนองบัว อำเภอเมือง จังหวัดขอนแก่น'],
  [''],
];
const SIGNATURE: Rows = [
  [''],
  ['', '', '', 'ลงชื่อ', 'ผู้รายงาน'],
  ['', '', '', '(นายสมชาย ใจดี)'],
  ['', '', '', 'ตำแหน่ง ปลัดองค์การบริหารส่วนตำบลหนองบัว'],
];

const R_HEAD = H([
  'ลำดับที่',
  'มาตรการหรือกิจกรรมที่ดำเนินการ',
  'ขั้นตอนหรือวิธีการปฏิบัติ',
  'ช่วงระยะเวลาในการดำเนินการ',
  'ผู้รับผิดชอบ',
  'ผลการดำเนินการ',
  'ผลลัพธ์หรือผลสัมฤทธิ์ในการดำเนินการ',
]);
const R_ROWS: Rows = [
  [
    '1',
    'เปิดเผยข้อมูลการใช้จ่ายงบประมาณ',
    '1. จัดทำรายงาน 2. เผยแพร่บนเว็บไซต์',
    '1 ต.ค. 68 - 31 มี.ค. 69',
    'กองคลัง',
    'เผยแพร่รายงาน 6 ฉบับ',
    'ประชาชนเข้าถึงข้อมูลได้',
  ],
  [
    '2',
    'ประเมินความพึงพอใจผู้รับบริการ',
    '1. แจกแบบประเมิน 2. สรุปผล',
    '1 ต.ค. 68 - 31 มี.ค. 69',
    'สำนักปลัด',
    'ผู้ตอบแบบประเมิน 250 คน',
    'ผู้บริหารนำผลไปปรับปรุงบริการ',
  ],
  [
    '3',
    'อบรมคุณธรรมจริยธรรมบุคลากร',
    '1. จัดอบรม',
    'มี.ค. 2569',
    'สำนักปลัด',
    'ผู้เข้าอบรม 45 คน',
    'บุคลากรเข้าใจประมวลจริยธรรม',
  ],
];
const R_TITLE: Rows = [
  ['รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 (รอบ 6 เดือน)'],
  ['เทศบาลตำบลบ้านใหม่ อำเภอเมือง จังหวัดลำปาง'],
];

const E_HEAD = H([
  'พฤติกรรมที่พึงประสงค์',
  'มาตรฐานทางคุณธรรมและจริยธรรม',
  'ความหมาย',
  'แนวทางปฏิบัติ',
  'ตัวชี้วัดเพื่อการประเมินผล',
]);
const E_ROWS: Rows = [
  [
    '๑. ซื่อสัตย์ ๒. รับผิดชอบ',
    'มาตรฐาน ๑ ยึดมั่นในสถาบันหลักของประเทศ',
    'การยึดมั่นและธำรงไว้ซึ่งสถาบันชาติ ศาสนา พระมหากษัตริย์',
    '๑. เข้าร่วมกิจกรรมวันสำคัญ ๒. แสดงความเคารพต่อสัญลักษณ์ของชาติ',
    '๑. ร้อยละของบุคลากรที่เข้าร่วมกิจกรรม',
  ],
  [
    '',
    'มาตรฐาน ๒ ซื่อสัตย์สุจริต',
    'การปฏิบัติหน้าที่ด้วยความซื่อตรง',
    '๑. ไม่รับสินบน ๒. เปิดเผยข้อมูลอย่างโปร่งใส',
    '๑. จำนวนเรื่องร้องเรียน ๒. ผลการประเมิน ITA',
  ],
  [
    '๑. จิตอาสา',
    'มาตรฐาน ๓ มีจิตสาธารณะ',
    'การทำประโยชน์เพื่อส่วนรวม',
    '๑. ร่วมกิจกรรมจิตอาสา',
    '๑. จำนวนครั้งที่เข้าร่วมกิจกรรม',
  ],
];
const E_TITLE: Rows = [
  ['แผนการเสริมสร้างมาตรฐานทางคุณธรรมและจริยธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๙'],
  ['องค์การบริหารส่วนตำบลดอนแก้ว'],
];

const O_HEAD = H(['ข้อ', 'ข้อมูล', 'ตัวชี้วัดย่อย', 'URL', 'สถานะ']);
const O_ROWS: Rows = [
  ['o1', 'โครงสร้าง', '9.1 ข้อมูลพื้นฐาน', 'https://www.nongbua.go.th/structure', 'เผยแพร่แล้ว'],
  ['o2', 'ข้อมูลผู้บริหาร', '9.1 ข้อมูลพื้นฐาน', 'https://www.nongbua.go.th/executives', 'เผยแพร่แล้ว'],
  ['o3', 'อำนาจหน้าที่', '9.1 ข้อมูลพื้นฐาน', 'https://www.nongbua.go.th/authority', 'ยังไม่ดำเนินการ'],
  [
    'o11',
    'แผนดำเนินงานและการใช้งบประมาณประจำปี',
    '9.2 การบริหารงาน',
    'https://www.nongbua.go.th/plan',
    'เผยแพร่แล้ว',
  ],
];
const O_TITLE: Rows = [
  ['แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. ๒๕๖๖'],
  ['องค์การบริหารส่วนตำบลหนองบัว'],
];

// --- Variants ------------------------------------------------------------------------------
interface Variant {
  readonly name: string;
  readonly type: DocumentTypeId;
  readonly text: string;
  readonly base: string;
  /** Fields of the base to compare (default all of the type's). */
  readonly fields?: readonly string[];
}
const variants: Variant[] = [];
const add = (name: string, type: DocumentTypeId, base: Rows, rows: Rows, fields?: readonly string[]) =>
  variants.push({ name, type, base: tsv(base), text: tsv(rows), ...(fields ? { fields } : {}) });

const mBase = [...M_TITLE, M_HEAD, ...M_ROWS];
add('measures: clean', 'measures', mBase, mBase);
add('measures: OCR slips in header', 'measures', mBase, [
  ...M_TITLE,
  H([
    'ลำดับ',
    'มาตราการส่งเสริมคุณธรรมและความโปร่งใส',
    'ขั้นตอนหรือวิธีกา',
    'ช่วงระยะเวลาดําเนินการ',
    'ผู้รับผิดขอบ',
    'การกํากับติดตาม',
  ]),
  ...M_ROWS,
]);
add('measures: synonyms', 'measures', mBase, [
  ...M_TITLE,
  H(['ที่', 'มาตรการ', 'วิธีดำเนินการ', 'ระยะเวลาดำเนินการ', 'หน่วยงานที่รับผิดชอบ', 'การติดตามประเมินผล']),
  ...M_ROWS,
]);
add('measures: หมายเหตุ column at end', 'measures', mBase, [
  ...M_TITLE,
  H([...M_HEAD, 'หมายเหตุ']),
  ...M_ROWS.map((r, i) => [...r, i === 1 ? 'ดำเนินการร่วมกับกองช่าง' : '']),
]);
add('measures: หมายเหตุ column in middle', 'measures', mBase, [
  ...M_TITLE,
  H([...M_HEAD.slice(0, 3), 'หมายเหตุ', ...M_HEAD.slice(3)]),
  ...M_ROWS.map((r, i) => [...r.slice(0, 3), i === 0 ? 'ต่อเนื่องจากปีก่อน' : '', ...r.slice(3)]),
]);
add('measures: header wrapped over two rows', 'measures', mBase, [
  ...M_TITLE,
  H(['ลำดับ', 'มาตรการส่งเสริม', 'ขั้นตอนหรือ', 'ช่วงระยะเวลา', 'ผู้รับ', 'การกำกับ']),
  H(['', 'คุณธรรมและความโปร่งใส', 'วิธีการ', 'ดำเนินการ', 'ผิดชอบ', 'ติดตาม']),
  ...M_ROWS,
]);
add('measures: signature block after', 'measures', mBase, [...mBase, ...SIGNATURE]);
add('measures: copied from PDF', 'measures', mBase, damageRows(mBase));
add('measures: Latin glosses', 'measures', mBase, [
  ...M_TITLE,
  H([
    'ลำดับ (No.)',
    'มาตรการ (Measures)',
    'ขั้นตอนหรือวิธีการ (Steps)',
    'ช่วงระยะเวลาดำเนินการ (Period)',
    'ผู้รับผิดชอบ (Responsible)',
    'การกำกับติดตาม (Monitoring)',
  ]),
  ...M_ROWS,
]);
const order = [0, 1, 4, 2, 5, 3];
add('measures: columns reordered', 'measures', mBase, [
  ...M_TITLE,
  H(order.map((i) => M_HEAD[i] as string)),
  ...M_ROWS.map((r) => order.map((i) => r[i] as string)),
]);
add('measures: number inside the measure text', 'measures', mBase, [
  ...M_TITLE,
  H(M_HEAD.slice(1)),
  ...M_ROWS.map((r) => [`${r[0]}. ${r[1]}`, ...r.slice(2)]),
]);
add('measures: page break with repeated header and footer', 'measures', mBase, [
  ...M_TITLE,
  M_HEAD,
  ...M_ROWS.slice(0, 2),
  ['', '', '', '', '', '- ๒ -'],
  H(['ลำดับ', 'มาตรการ', 'ขั้นตอน/วิธีการ', 'ระยะเวลา', 'ผู้รับผิดชอบ', 'การกำกับ ติดตาม']),
  ...M_ROWS.slice(2),
]);
add('measures: html fragments and stray spaces in header', 'measures', mBase, [
  ...M_TITLE,
  H([
    '<p>ลำดับ</p>',
    '<p>มาตรการส่งเสริม คุณธรรมและ ความโปร่งใส</p>',
    'ขั้นตอน หรือ วิธีการ',
    'ช่วงระยะเวลา ดำเนินการ',
    'ผู้รับผิด ชอบ',
    '<u>การกำกับติดตาม</u>',
  ]),
  ...M_ROWS.map((r) => r.map((c) => `<p>${c}</p>`)),
]);
add(
  'measures: PDF copy + signature + note column',
  'measures',
  mBase,
  damageRows([...M_TITLE, H([...M_HEAD, 'หมายเหตุ']), ...M_ROWS.map((r) => [...r, 'ดูแผนเดิม']), ...SIGNATURE]),
);
add('measures: extra empty columns and a หน้า footer', 'measures', mBase, [
  ...M_TITLE,
  H(['', ...M_HEAD]),
  ...M_ROWS.map((r) => ['', ...r]),
  ['', '', '', '', '', 'หน้า ๑ จาก ๑'],
]);

const rBase = [...R_TITLE, R_HEAD, ...R_ROWS];
add('results: clean', 'results', rBase, rBase);
add('results: Latin glosses and ํา', 'results', rBase, [
  ...R_TITLE,
  H([
    'ลำดับที่',
    'มาตรการหรือกิจกรรม',
    'ขั้นตอนการปฏิบัติ',
    'ระยะเวลาดําเนินการ',
    'ผู้รับผิดชอบ',
    'ผลการดําเนินการ (Output)',
    'ผลลัพธ์ (Outcome)',
  ]),
  ...R_ROWS,
]);
add('results: หมายเหตุ and signature', 'results', rBase, [
  ...R_TITLE,
  H([...R_HEAD, 'หมายเหตุ']),
  ...R_ROWS.map((r) => [...r, 'เป็นไปตามแผน']),
  ...SIGNATURE,
]);
add('results: synonyms', 'results', rBase, [
  ...R_TITLE,
  H(['ที่', 'มาตรการ/กิจกรรม', 'วิธีดำเนินการ', 'ระยะเวลาดำเนินการ', 'หน่วยงานที่รับผิดชอบ', 'ผลการดำเนินงาน', 'ผลสัมฤทธิ์']),
  ...R_ROWS,
]);
add('results: copied from PDF', 'results', rBase, damageRows(rBase));

const eBase = [...E_TITLE, E_HEAD, ...E_ROWS];
add('ethics: clean', 'ethics', eBase, eBase);
add('ethics: OCR slips (issue 12)', 'ethics', eBase, [
  ...E_TITLE,
  H(['พฤติกรรมที่ประสงค์', 'มาตรฐานทางคุณธรรมและจริยธรรม', 'ความหมาย', 'แนวปฏิบัติ', 'ตัวชี้วัดด้านที่ออกการประเมินผล']),
  ...E_ROWS,
]);
add('ethics: copied from PDF', 'ethics', eBase, damageRows(eBase));
add('ethics: wrapped header + หมายเหตุ', 'ethics', eBase, [
  ...E_TITLE,
  H(['พฤติกรรม', 'มาตรฐานทาง', 'ความหมาย', 'แนวทาง', 'ตัวชี้วัดเพื่อ', 'หมายเหตุ']),
  H(['ที่พึงประสงค์', 'คุณธรรมและจริยธรรม', '', 'ปฏิบัติ', 'การประเมินผล', '']),
  ...E_ROWS.map((r) => [...r, '']),
]);
add('ethics: signature block', 'ethics', eBase, [...eBase, ...SIGNATURE]);

const oBase = [...O_TITLE, O_HEAD, ...O_ROWS];
const oFields = ['code', 'title', 'subIndicator', 'url', 'status'];
add('oit: clean', 'oit-checklist', oBase, oBase, oFields);
add(
  'oit: codes OIT1 / O-2 / O๓',
  'oit-checklist',
  oBase,
  [...O_TITLE, O_HEAD, ...O_ROWS.map((r, i) => [['OIT1', 'O-2', 'O๓', 'o 11'][i] as string, ...r.slice(1)])],
  oFields,
);
add(
  'oit: section heading rows, no sub-indicator column',
  'oit-checklist',
  oBase,
  [
    ...O_TITLE,
    H(['ข้อ', 'ข้อมูล', 'URL', 'สถานะ']),
    ['9.1 ข้อมูลพื้นฐาน'],
    ...O_ROWS.slice(0, 3).map((r) => [r[0], r[1], r[3], r[4]] as string[]),
    ['9.2 การบริหารงาน'],
    ...O_ROWS.slice(3).map((r) => [r[0], r[1], r[3], r[4]] as string[]),
  ],
  oFields,
);
add(
  'oit: bare numbers, list of the year',
  'oit-checklist',
  oBase,
  [
    ...O_TITLE,
    H(['ข้อ', 'รายละเอียด', 'ลิงก์', 'สถานะ']),
    ...O_ROWS.map((r) => [r[0]!.slice(1), r[1], r[3], r[4]] as string[]),
  ],
  oFields,
);
add(
  'oit: website columns (description, link, note)',
  'oit-checklist',
  oBase,
  [
    ...O_TITLE,
    H(['ข้อ', 'ข้อมูล', 'ตัวชี้วัดย่อย', 'คำอธิบาย', 'ลิงก์', 'สถานะ']),
    ...O_ROWS.map((r) => [r[0], r[1], r[2], '', r[3], r[4]] as string[]),
  ],
  oFields,
);

// Action plan: variants of the project's fixture.
const ap = readFileSync(join(__dirname, '../../fixtures/action-plan-thesaban-khok-klang.txt'), 'utf8');
const apRows = (t: string): Rows => t.split('\n').map((l) => [l]);
H([
  'ชื่อโครงการ/กิจกรรม/มาตรการ',
  'ชื่อโครงการ',
  'หลักการและเหตุผล/ที่มาของโครงการ',
  'วัตถุประสงค์',
  'เป้าหมาย/ผลผลิต',
  'กลุ่มเป้าหมาย',
  'พื้นที่ดำเนินการ',
  'สถานที่ดำเนินการ',
  'วิธีดำเนินการ',
  'วิธีการดำเนินการ',
  'ระยะเวลาดำเนินการ',
  'ระยะเวลาการดำเนินการ',
  'ระยะเวลาในการดำเนินการ',
  'งบประมาณดำเนินการ',
  'งบประมาณ',
  'ผู้รับผิดชอบโครงการ',
  'ผู้รับผิดชอบโครงการฯ',
  'หน่วยงานรับผิดชอบ',
  'ผู้รับผิดชอบ',
  'ตัวชี้วัด/ผลลัพธ์',
  'วตถุประสงค์',
  'ตวชี้วัด/ผลลพธ์',
  'ชื่อ',
  'หลักการและเหตุผล',
  ':',
]);
add('action plan: clean', 'action-plan', apRows(ap), apRows(ap));
add(
  'action plan: reworded headings',
  'action-plan',
  apRows(ap),
  apRows(
    ap
      .replace('๔. เป้าหมาย/ผลผลิต', '๔. กลุ่มเป้าหมาย')
      .replace('๕. สถานที่ดำเนินการ', '๕. สถานที่ดำเนินการ')
      .replace('๕. พื้นที่ดำเนินการ', '๕. สถานที่ดำเนินการ')
      .replace('๗. ระยะเวลาดำเนินการ', '๗. ระยะเวลาในการดำเนินการ')
      .replace('๙. ผู้รับผิดชอบโครงการ\n', '๙. หน่วยงานรับผิดชอบ\n'),
  ),
);
add(
  'action plan: headings missing vowel marks',
  'action-plan',
  apRows(ap),
  apRows(ap.replace('๓. วัตถุประสงค์', '๓. วตถุประสงค์').replace('๑๐. ตัวชี้วัด/ผลลัพธ์', '๑๐. ตวชี้วัด/ผลลพธ์')),
);
add('action plan: copied from PDF', 'action-plan', apRows(ap), apRows(pdfDamage(ap)));
add(
  'action plan: unnumbered headings',
  'action-plan',
  apRows(ap),
  apRows(
    ap.replace(
      /^(\s*)[๐-๙]+\.\s*(ชื่อ|หลักการ|วัตถุ|เป้าหมาย|พื้นที่|สถานที่|วิธี|ระยะเวลา|งบประมาณ|ผู้รับผิดชอบ|ตัวชี้วัด)/gm,
      '$1$2',
    ),
  ),
);

// --- Check -------------------------------------------------------------------------------
function fieldsOf(
  doc: { records: readonly Record<string, unknown>[] },
  fields: readonly string[],
): unknown[] {
  return doc.records.map((r) => fields.map((f) => norm(r[f])));
}

describe("generated variants of officers' documents", () => {
  it('are 35, of every table type, the action plan and the memo-free kinds', () => {
    expect(variants).toHaveLength(35);
  });

  it.each(variants.map((v) => [v.name, v] as const))(
    '%s gives the base records, no word lost',
    (_name, v) => {
      const type = DOCUMENT_TYPES[v.type];
      const fields = v.fields ?? type.fields.map((f) => f.key);
      const base = structureDocument(v.type, v.base);
      const got = structureDocument(v.type, v.text);
      if (!base.ok) throw new Error(`base refused: ${describeProblem(base.problem).th}`);
      if (!got.ok) throw new Error(`refused: ${describeProblem(got.problem).th}`);

      expect(fieldsOf(got.value, fields)).toEqual(fieldsOf(base.value, fields));
      const kept = new Map<string, number>();
      const text = [
        ...Object.values(got.value.header).flat().map(String),
        ...got.value.records.flatMap((r) => Object.values(r).flat().map(String)),
        ...(got.value.keptColumns ?? []).flatMap((k) => [k.heading, ...k.values]),
        ...got.value.warnings.map((w) => findingMessage(type, w)),
      ].join('\n');
      for (const w of words(text)) kept.set(w, (kept.get(w) ?? 0) + 1);
      const lost: string[] = [];
      const source = v.type === 'oit-checklist' ? v.text.replace(/\bo (\d)/gi, 'o$1') : v.text;
      for (const w of words(source)) {
        if (LABELS.has(w)) continue;
        // An item code is read into its canonical form (OIT1 → o1): the code, not lost.
        if (v.type === 'oit-checklist' && /^(?:oit|o)?-?\d{1,2}$/i.test(w)) continue;
        const left = kept.get(w) ?? 0;
        if (left > 0) kept.set(w, left - 1);
        else lost.push(w);
      }
      expect(lost).toEqual([]);
    },
  );
});
