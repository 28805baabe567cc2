/** The structurer's notes in words, Thai first, a short English gloss after (see messages.ts). */

import { describeProblem, showValue, type Words } from './messages';
import type { Note, StructureNote } from './structure-note';

const NOTE_CODES: ReadonlySet<string> = new Set<StructureNote['code']>([
  'pdf-text-repaired',
  'kept-column',
  'after-table',
  'several-scores',
  'repeated-title',
  'column-numbers',
  'section-heading',
  'heading-not-read',
  'word-merged-cell',
  'formula-recovered',
  'merged-cells-filled',
  'inherited-filled',
  'control-characters-removed',
  'year-from-periods',
  'oit-link-not-address',
  'oit-no-sub-indicator',
]);

export function isStructureNote(note: Note): note is StructureNote {
  return NOTE_CODES.has(note.code);
}

const quoted = (lines: readonly string[]) => lines.map((l) => JSON.stringify(l)).join(' · ');

/** Thai, then its English gloss; the text the note lists follows both (in the server bundle: kept short). */
function words(th: string, en: string, listed = ''): Words {
  return { th: `${th}${listed}`, en: `${en}${listed}` };
}

function describeNote(problem: StructureNote): Words {
  switch (problem.code) {
    case 'pdf-text-repaired':
      return words(
        `ซ่อมอักขระจาก PDF ${problem.count} จุด โปรดตรวจทาน`,
        `${problem.count} PDF characters repaired; please check`,
      );
    case 'kept-column': {
      const cell = `${problem.column} ${JSON.stringify(problem.heading)}`;
      return words(
        `หัวคอลัมน์ที่ ${cell} ไม่ตรงกับช่องใด จึงเก็บไว้เป็นคอลัมน์แยก ไม่ตัดทิ้ง`,
        `header ${cell} names no field; kept as its own column`,
      );
    }
    case 'repeated-title':
      return words(
        'หัวเรื่องซ้ำที่หัวกระดาษ ไม่ใช่รายการ: ',
        'a repeated title, not a record: ',
        JSON.stringify(problem.line),
      );
    case 'column-numbers':
      return words(
        'แถวเลขคอลัมน์ ไม่ใช่รายการ: ',
        'a row of column numbers, not a record: ',
        JSON.stringify(problem.line),
      );
    case 'several-scores': {
      const numbers = `(${problem.numbers.join(', ')}) → ${problem.score}`;
      return words(
        `มีตัวเลขหลายค่า ${numbers} โปรดตรวจคะแนน: `,
        `several numbers ${numbers}; check the score: `,
        showValue(problem.line),
      );
    }
    case 'heading-not-read':
      return words(
        `หัวคอลัมน์ที่ ${problem.column} ไม่ตรงกับช่องใด ไม่ได้ใช้ (คอลัมน์นี้เป็น ${problem.field}): `,
        `heading ${problem.column} names no field, not used (mapped to ${problem.field}): `,
        showValue(problem.text),
      );
    case 'section-heading':
      return words('แถวหัวข้อ ไม่ใช่รายการ: ', 'a heading row, not a record: ', quoted(problem.lines));
    case 'word-merged-cell': {
      const rows = problem.rows.join(', ');
      return words(
        `ช่องที่ผสานในตาราง Word คอลัมน์ที่ ${problem.column} เติมลงแถว ${rows} ด้วย โปรดตรวจทาน: `,
        `a merged Word cell, column ${problem.column}, filled into rows ${rows}; please check: `,
        showValue(problem.text),
      );
    }
    case 'formula-recovered':
      return words(
        `ข้อความที่ Sheets แปลงเป็นสูตร (ขึ้นต้นด้วย - + =) ${problem.cells.length} เซลล์ อ่านเป็นข้อความเดิมแล้ว โปรดตรวจทาน: `,
        `${problem.cells.length} cells Sheets had turned into formulas were read as their typed text; please check: `,
        problem.cells.join(', '),
      );
    case 'merged-cells-filled':
      return words(
        'เซลล์ที่ผสานไว้ถูกเติมข้อความลงทุกแถวที่ครอบคลุม แถว ',
        'merged cells filled into every row they cover, rows ',
        problem.rows.join(', '),
      );
    case 'inherited-filled':
      return words(
        `ช่อง ${problem.field} ว่าง จึงใช้ค่าของรายการก่อนหน้า (เซลล์ผสาน) โปรดตรวจทาน แถว `,
        `empty ${problem.field} took the value of the record above (a merged cell); please check, rows `,
        problem.rows.join(', '),
      );
    case 'control-characters-removed':
      return words(`ลบอักขระควบคุม ${problem.count} ตัว`, `${problem.count} control characters removed`);
    case 'year-from-periods':
      return words(
        `ไม่พบปีงบประมาณในหัวเรื่อง จึงอ่านจากช่วงเวลาดำเนินการ: พ.ศ. ${problem.year} โปรดตรวจทาน`,
        `no fiscal year in the title; read from the periods: ${problem.year}; please check`,
      );
    case 'oit-link-not-address':
      return words(
        `ช่องลิงก์ของข้อ ${problem.item} ไม่ใช่ที่อยู่เว็บ จึงย้ายไปไว้ในหมายเหตุ: `,
        `the link cell of ${problem.item} is not a web address; moved to the note: `,
        showValue(problem.text),
      );
    case 'oit-no-sub-indicator': {
      const year = problem.fiscalYear === undefined ? '' : ` ${problem.fiscalYear}`;
      return words(
        `ไม่พบตัวชี้วัดย่อยของข้อ ${problem.items.join(', ')} (ไม่มีหัวข้อ 9.x และไม่มีรายการข้อ OIT ของปี${year}) โปรดกรอกตัวชี้วัดย่อยเอง`,
        `no sub-indicator for ${problem.items.join(', ')} (no 9.x heading and no built-in list of the year${year}); fill it in`,
      );
    }
    case 'after-table':
      return words(
        'ท้ายตาราง (ลงชื่อ ตำแหน่ง เลขหน้า) ไม่ใช่รายการ: ',
        'after the table, not records: ',
        quoted(problem.lines),
      );
  }
}

/** Thai and English words for a problem or a structurer's note, without its place. */
export function describeNoteOrProblem(note: Note): Words {
  return isStructureNote(note) ? describeNote(note) : describeProblem(note);
}
