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
]);

export function isStructureNote(note: Note): note is StructureNote {
  return NOTE_CODES.has(note.code);
}

function describeNote(problem: StructureNote): Words {
  switch (problem.code) {
    case 'pdf-text-repaired':
      return {
        th: `ซ่อมอักขระจาก PDF ${problem.count} จุด (สระอำ วรรณยุกต์ และช่องว่างก่อนสระ) โปรดตรวจทาน`,
        en: `${problem.count} characters copied from a PDF were repaired (sara am, tone marks, stray spaces); please check`,
      };
    case 'kept-column':
      return {
        th: `หัวคอลัมน์ที่ ${problem.column} ${JSON.stringify(problem.heading)} ไม่ตรงกับช่องใดของเอกสาร จึงเก็บข้อความไว้ในคอลัมน์แยกชื่อเดิม ไม่ได้ตัดทิ้ง`,
        en: `header cell ${problem.column} ${JSON.stringify(problem.heading)} names no field; its text is kept in a column of its own`,
      };
    case 'repeated-title':
      return {
        th: `หัวเรื่องซ้ำที่หัวหน้ากระดาษ เก็บไว้ในหัวเอกสารครั้งเดียว ไม่ได้อ่านเป็นรายการ: ${JSON.stringify(problem.line)}`,
        en: `the title repeated at the top of a page, kept once in the header, not read as a record: ${JSON.stringify(problem.line)}`,
      };
    case 'column-numbers':
      return {
        th: `แถวเลขลำดับคอลัมน์ใต้หัวตาราง ไม่ใช่รายการ: ${JSON.stringify(problem.line)}`,
        en: `a row numbering the columns under the header, not a record: ${JSON.stringify(problem.line)}`,
      };
    case 'several-scores':
      return {
        th: `บรรทัดนี้มีตัวเลขหลายค่า (${problem.numbers.join(', ')}) จึงใช้ ${problem.score} เป็นคะแนน โปรดตรวจว่าถูกต้อง: ${showValue(problem.line)}`,
        en: `the line gives several numbers (${problem.numbers.join(', ')}); ${problem.score} was taken as the score, please check: ${showValue(problem.line)}`,
      };
    case 'section-heading':
      return {
        th: `แถวหัวข้อในตาราง ไม่ใช่รายการ: ${problem.lines.map((l) => JSON.stringify(l)).join(' · ')}`,
        en: `a heading row inside the table, not a record: ${problem.lines.map((l) => JSON.stringify(l)).join(' · ')}`,
      };
    case 'after-table':
      return {
        th: `ข้อความท้ายตาราง (ลงชื่อ ตำแหน่ง เลขหน้า) ไม่ได้อ่านเป็นรายการ: ${problem.lines.map((l) => JSON.stringify(l)).join(' · ')}`,
        en: `text after the table (signatures, positions, page numbers) was not read as records: ${problem.lines.map((l) => JSON.stringify(l)).join(' · ')}`,
      };
  }
}

/** Thai and English words for a problem or a structurer's note, without its place. */
export function describeNoteOrProblem(note: Note): Words {
  return isStructureNote(note) ? describeNote(note) : describeProblem(note);
}
