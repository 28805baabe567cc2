/** Turns problems into the words an officer reads: Thai first, a short English gloss after. */

import { isDate } from '../values/is-date';
import type { Place, Problem } from './problem';

/** Thai and English words for one problem. */
export interface Words {
  readonly th: string;
  readonly en: string;
}

const MAX_SHOWN = 60;

/** The value as it appears in a message: text quoted and cut short, other values as Sheets shows them. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    return JSON.stringify(cut);
  }
  if (isDate(value)) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (value === null || value === undefined) return '(ว่าง)';
  if (Array.isArray(value)) return `[${value.length} ช่อง]`;
  // Sheets never passes an object, but a script or a request may: one without toString (a
  // null-prototype object, {"toString": 1}) makes String() throw, so none is turned into text.
  if (typeof value === 'object') return '{…}';
  if (typeof value === 'function') return 'ƒ';
  return String(value);
}

function listOr(items: readonly (string | number)[]): string {
  return items.join(', ');
}

/** Thai and English words for a problem, without its place. */
export function describeProblem(problem: Problem): Words {
  switch (problem.code) {
    case 'blank':
      return { th: 'ว่าง', en: 'is blank' };
    case 'not-a-number':
      return {
        th: `ไม่ใช่ตัวเลข: ${showValue(problem.value)}`,
        en: `is not a number: ${showValue(problem.value)}`,
      };
    case 'out-of-range':
      return {
        th: `ต้องอยู่ระหว่าง ${problem.min}–${problem.max}: ${showValue(problem.value)}`,
        en: `must be between ${problem.min} and ${problem.max}: ${showValue(problem.value)}`,
      };
    case 'not-an-integer':
      return {
        th: `ต้องเป็นจำนวนเต็ม: ${showValue(problem.value)}`,
        en: `must be a whole number: ${showValue(problem.value)}`,
      };
    case 'too-large':
      return {
        th: `มากเกินไป (ไม่เกิน ${problem.max}): ${showValue(problem.value)}`,
        en: `is too large (at most ${problem.max}): ${showValue(problem.value)}`,
      };
    case 'wrong-count':
      return {
        th: `มี ${problem.count} ค่า ต้องมี ${listOr(problem.expected)} ค่า`,
        en: `has ${problem.count} values; expected ${problem.expected.join(' or ')}`,
      };
    case 'partly-blank':
      return {
        th: `กรอกไม่ครบ: ${problem.blanks.map((b) => b.th).join(', ')} ว่าง`,
        en: `is incomplete: ${problem.blanks.map((b) => b.en).join(', ')} blank`,
      };
    case 'not-a-year':
      return {
        th: `ไม่ใช่ปีงบประมาณ พ.ศ.: ${showValue(problem.value)}`,
        en: `is not a fiscal year B.E.: ${showValue(problem.value)}`,
      };
    case 'gregorian-year':
      return {
        th: `เป็นปี ค.ศ. ให้ใช้ปี พ.ศ. เช่น ${problem.buddhistEra}: ${showValue(problem.value)}`,
        en: `is a year A.D.; use B.E., e.g. ${problem.buddhistEra}: ${showValue(problem.value)}`,
      };
    case 'unknown-year':
      return {
        th: `ยังไม่มีเกณฑ์การประเมินของปี ${showValue(problem.value)} (มีปี ${listOr(problem.known)})`,
        en: `has no built-in framework: ${showValue(problem.value)} (known: ${listOr(problem.known)})`,
      };
    case 'unknown-option':
      return {
        th: `ไม่รู้จักค่า ${showValue(problem.value)} (ใช้ได้: ${listOr(problem.allowed)})`,
        en: `is not a known option: ${showValue(problem.value)} (use: ${listOr(problem.allowed)})`,
      };
    case 'year-after-newest': {
      const which = problem.current
        ? `ปีงบประมาณปัจจุบัน ${problem.fiscalYear}`
        : `ปีงบประมาณ ${problem.fiscalYear}`;
      const whichEn = problem.current
        ? `the current fiscal year ${problem.fiscalYear}`
        : `FY ${problem.fiscalYear}`;
      return {
        th: `ยังไม่มีเกณฑ์การประเมินของ${which} เกณฑ์ล่าสุดที่มีคือปี ${problem.newest}: ระบุปี ${problem.newest} เพื่อใช้เกณฑ์นั้น หรือปรับรุ่นส่วนเสริม`,
        en: `has no built-in framework for ${whichEn}; the newest is ${problem.newest}: give the year ${problem.newest} to use it, or update the add-in`,
      };
    }
    case 'recheck-url':
      return {
        th: `ลิงก์จากปีงบประมาณ ${problem.fiscalYear} ต้องตรวจสอบอีกครั้ง: ${showValue(problem.value)}`,
        en: `the link from FY ${problem.fiscalYear} must be checked again: ${showValue(problem.value)}`,
      };
    case 'year-assumed':
      return {
        th: `เอกสารไม่ระบุปีงบประมาณ จึงถือว่าเป็นปี ${problem.fiscalYear}`,
        en: `names no fiscal year, so it is taken as FY ${problem.fiscalYear}`,
      };
    case 'check-item-list':
      return {
        th: `รายการข้อ OIT ยกมาจากปี ${problem.from} ให้ตรวจกับคู่มือ ป.ป.ช. ปี ${problem.fiscalYear} ก่อนใช้`,
        en: `the OIT items are carried from FY ${problem.from}: check them against the NACC's FY ${problem.fiscalYear} manual before use`,
      };
    case 'rollover-not-later':
      return {
        th: `ปีงบประมาณใหม่ ${problem.to} ต้องหลังปีของเอกสาร ${problem.from}`,
        en: `the new fiscal year ${problem.to} must come after the document's ${problem.from}`,
      };
    case 'rollover-type':
      return {
        th: `เอกสาร ${problem.from} ยกไปเป็น ${problem.to} ไม่ได้ (ได้เป็น ${problem.allowed.join(', ') || 'ไม่มี'})`,
        en: `a ${problem.from} document cannot become ${problem.to} (it can become: ${problem.allowed.join(', ') || 'none'})`,
      };
    case 'period-needs-year':
      return {
        th: `อ่านได้เมื่อรู้ปีงบประมาณ: ${showValue(problem.value)} ให้ระบุปีงบประมาณของเอกสาร หรือเขียนปีต่อท้าย`,
        en: `can be read once the fiscal year is known: ${showValue(problem.value)}; give the document's fiscal year or write the year after it`,
      };
    case 'year-not-date':
      return {
        th: `เป็นตัวเลขปี ไม่ใช่วันที่: ${showValue(problem.value)} ให้ใส่วันที่ เช่น DATE(2026,11,22) หรือ "22 พ.ย. 2569"`,
        en: `is a year, not a date: ${showValue(problem.value)}; give a date such as DATE(2026,11,22) or "22 พ.ย. 2569"`,
      };
    case 'not-a-date':
      return { th: `ไม่ใช่วันที่: ${showValue(problem.value)}`, en: `is not a date: ${showValue(problem.value)}` };
    case 'no-such-date':
      return {
        th: `ไม่มีวันที่นี้ในปฏิทิน: ${showValue(problem.value)}`,
        en: `is not a day of the calendar: ${showValue(problem.value)}`,
      };
    case 'no-such-quarter':
      return {
        th: `ปีงบประมาณมีไตรมาส ๑–๔ เท่านั้น: ${showValue(problem.value)}`,
        en: `a fiscal year has quarters 1–4 only: ${showValue(problem.value)}`,
      };
    case 'not-a-period':
      return {
        th: `อ่านเป็นระยะเวลาไม่ได้: ${showValue(problem.value)}`,
        en: `cannot be read as a period: ${showValue(problem.value)}`,
      };
    case 'not-a-budget':
      return {
        th: `ไม่ใช่จำนวนเงินหรือ "ไม่ใช้งบประมาณ": ${showValue(problem.value)}`,
        en: `is not an amount or "ไม่ใช้งบประมาณ": ${showValue(problem.value)}`,
      };
    case 'required':
      return { th: 'ต้องกรอก', en: 'is required' };
    case 'empty-list':
      return { th: 'ต้องมีอย่างน้อยหนึ่งข้อ', en: 'needs at least one item' };
    case 'period-outside-year':
      return {
        th: `อยู่นอกปีงบประมาณ ${problem.fiscalYear}: ${showValue(problem.value)}`,
        en: `lies outside fiscal year ${problem.fiscalYear}: ${showValue(problem.value)}`,
      };
    case 'unknown-unit':
      return {
        th: `ไม่มีหน่วยงานนี้ในข้อมูลหน่วยงาน (${problem.units.join(', ') || 'ยังไม่ได้กำหนด'}): ${showValue(problem.value)}`,
        en: `is not one of the organization's units: ${showValue(problem.value)}`,
      };
    case 'too-long':
      return {
        th: `ยาว ${problem.length} ตัวอักษร เกิน ${problem.max}`,
        en: `is ${problem.length} characters long, more than ${problem.max}`,
      };
    case 'longer-than-cell':
      return {
        th: `${problem.where.th} ยาว ${problem.length} ตัวอักษร เกินที่ช่องหนึ่งของชีตรับได้ (${problem.max}) ให้แบ่งข้อความ หรือตรวจว่าแถวที่ต่อกันมีช่องลำดับครบ`,
        en: `${problem.where.en} is ${problem.length} characters long, more than a sheet cell holds (${problem.max}); split the text, or check that no row lost its number cell`,
      };
    case 'duplicate':
      return { th: `ซ้ำ: ${showValue(problem.value)}`, en: `is a duplicate: ${showValue(problem.value)}` };
    case 'stated-differs':
      return {
        th: `ในเอกสารระบุ ${problem.stated} แต่คำนวณได้ ${problem.computed}`,
        en: `is stated as ${problem.stated} but computes to ${problem.computed}`,
      };
    case 'column-without-heading':
      return {
        th: `คอลัมน์ที่ ${problem.column} ไม่มีหัวคอลัมน์ จึงรวมไว้กับ "${problem.field}"`,
        en: `column ${problem.column} has no heading; its text was added to "${problem.field}"`,
      };
    case 'not-this-document':
      return {
        th: `ไม่ใช่เอกสารประเภท ${problem.expected}: ${problem.reason.th}`,
        en: `is not a ${problem.expected} document: ${problem.reason.en}`,
      };
    case 'not-an-oit-result':
      return {
        th: `อ่านเป็นผลการตรวจไม่ได้ (ใช้ 100/0, ✓/✗, เผยแพร่แล้ว, ยังไม่ดำเนินการ, ไม่ต้องเผยแพร่): ${showValue(problem.value)}`,
        en: `cannot be read as an item result (use 100/0, ✓/✗ or a status): ${showValue(problem.value)}`,
      };
    case 'not-a-sub-indicator':
      return {
        th: `ไม่ใช่รหัส 9.n หรือ 10.n (เช่น 9.1, 10.2): ${showValue(problem.value)}`,
        en: `is not a code 9.n or 10.n (such as 9.1, 10.2): ${showValue(problem.value)}`,
      };
    case 'no-scored-item':
      return {
        th: `ตัวชี้วัดย่อย ${problem.subIndicator} ไม่มีข้อที่นับคะแนน (ทุกข้อไม่ต้องเผยแพร่)`,
        en: `sub-indicator ${problem.subIndicator} has no scored item (all are exempt)`,
      };
    case 'no-sub-indicator':
      return {
        th: `ตัวชี้วัดที่ ${problem.indicator} ไม่มีตัวชี้วัดย่อยเลย (${problem.indicator}.1 …)`,
        en: `indicator ${problem.indicator} has no sub-indicator (${problem.indicator}.1 …)`,
      };
    case 'target-unreachable':
      return {
        th: `${problem.target} ไปไม่ถึง: แม้ ${problem.tool} ได้ 100 คะแนนรวมได้เพียง ${problem.best}`,
        en: `${problem.target} cannot be reached: with ${problem.tool} at 100 the total is ${problem.best}`,
      };
    case 'oit-item-added':
      return {
        th: `ข้อ ${problem.item} ${problem.title} เป็นข้อใหม่ของปี ${problem.fiscalYear} ยังไม่มีข้อมูลจากปีก่อน`,
        en: `item ${problem.item} is new in ${problem.fiscalYear}: nothing carried from last year`,
      };
    case 'oit-item-gone':
      return {
        th: `ข้อ ${problem.item} ${problem.title} ไม่มีในรายการปี ${problem.fiscalYear} จึงไม่ได้ยกไป`,
        en: `item ${problem.item} is not in the ${problem.fiscalYear} list: not carried`,
      };
    case 'oit-item-renumbered':
      return {
        th: `ข้อ ${problem.from} ${problem.title} เป็นข้อ ${problem.to} ในปี ${problem.fiscalYear} ยกลิงก์ ผู้รับผิดชอบ และหมายเหตุไปด้วย`,
        en: `item ${problem.from} is ${problem.to} in ${problem.fiscalYear}: its link, units and note carried`,
      };
    case 'total-needs-tools':
      return {
        th:
          `คะแนนรวม ${problem.total} บอกระดับปี ${problem.fiscalYear} ไม่ได้: ตั้งแต่ปี 2567 ระดับ 85 คะแนนขึ้นไปขึ้นกับคะแนน ` +
          'IIT EIT OIT แต่ละตัวด้วย ใช้ ITA_LEVEL กับคะแนน IIT EIT OIT',
        en:
          `is a total of ${problem.total}, which does not give the level of ${problem.fiscalYear} alone: from 2567 a level of ` +
          '85 or more also depends on each tool; give the IIT, EIT and OIT scores to ITA_LEVEL',
      };
    case 'level-blocked': {
      const th = problem.blockers.map((b) => `${b.tool} ได้ ${b.score}`).join(' และ ');
      const en = problem.blockers.map((b) => `${b.tool} is ${b.score}`).join(' and ');
      return {
        th: `ระดับ${problem.level} ไปไม่ถึง: ต้องได้ทุกเครื่องมืออย่างน้อย ${problem.floor} แต่ ${th}`,
        en: `${problem.level} cannot be reached: every tool needs ${problem.floor}, but ${en}`,
      };
    }
    case 'not-an-oit-code':
      return {
        th: `ไม่ใช่รหัสข้อ OIT (เช่น o1, o12): ${showValue(problem.value)}`,
        en: `is not an OIT item code (such as o1, o12): ${showValue(problem.value)}`,
      };
    case 'not-in-item-list':
      return {
        th: `ไม่มีข้อนี้ในรายการข้อ OIT ปี ${problem.fiscalYear} (${problem.known}): ${showValue(problem.value)}`,
        en: `is not an item of the FY ${problem.fiscalYear} OIT list (${problem.known}): ${showValue(problem.value)}`,
      };
    case 'sub-indicator-differs':
      return {
        th: `ของข้อ ${problem.item} ในรายการปี ${problem.fiscalYear} คือ ${problem.expected}: ${showValue(problem.value)}`,
        en: `of ${problem.item} is ${problem.expected} in the FY ${problem.fiscalYear} list: ${showValue(problem.value)}`,
      };
    case 'not-a-url':
      return {
        th: `ไม่ใช่ที่อยู่เว็บที่ขึ้นต้นด้วย http:// หรือ https://: ${showValue(problem.value)}`,
        en: `is not a web address starting with http:// or https://: ${showValue(problem.value)}`,
      };
    case 'url-off-website':
      return {
        th: `ไม่อยู่บนเว็บไซต์ของหน่วยงาน (${problem.website}): ${showValue(problem.value)}`,
        en: `is not on the organization's website (${problem.website}): ${showValue(problem.value)}`,
      };
    case 'published-without-url':
      return {
        th: `ข้อ ${problem.item} เผยแพร่แล้ว ต้องมีลิงก์หลักฐาน http(s)`,
        en: `${problem.item} is published, so it needs its evidence link`,
      };
    case 'exempt-without-reason':
      return {
        th: `ข้อ ${problem.item} ไม่ต้องเผยแพร่ ต้องระบุเหตุผลในหมายเหตุ`,
        en: `${problem.item} is not required: give the reason in the note`,
      };
    case 'answered-but-unpublished': {
      const tabs = problem.tabs.map((t) => JSON.stringify(t)).join(', ');
      return {
        th: `ข้อ ${problem.item} (${problem.documentName.th}): มีเอกสารนี้ในไฟล์แล้ว (แท็บ ${tabs}) แต่ยังไม่ได้เผยแพร่`,
        en: `${problem.item} (${problem.documentName.en}): this document is in the file (tab ${tabs}) but not yet published`,
      };
    }
    case 'item-before-heading':
      return {
        th: `บรรทัดที่ ${problem.line} มีข้อ OIT ก่อนหัวข้อตัวชี้วัดย่อย (เช่น 9.1 ข้อมูลพื้นฐาน): ${showValue(problem.text)}`,
        en: `line ${problem.line} has an item before any sub-indicator heading (such as 9.1): ${showValue(problem.text)}`,
      };
    case 'duplicate-item':
      return {
        th: `บรรทัดที่ ${problem.line} มีข้อ ${problem.item} ซ้ำ: ${showValue(problem.text)}`,
        en: `line ${problem.line} repeats item ${problem.item}: ${showValue(problem.text)}`,
      };
    case 'item-without-title':
      return {
        th: `บรรทัดที่ ${problem.line} มีรหัสข้อแต่ไม่มีชื่อข้อมูล: ${showValue(problem.text)}`,
        en: `line ${problem.line} has an item code without its title: ${showValue(problem.text)}`,
      };
    case 'no-oit-items':
      return {
        th: 'ไม่พบรายการข้อ OIT (บรรทัดเช่น 9.1 ข้อมูลพื้นฐาน แล้วตามด้วย o1 โครงสร้าง)',
        en: 'has no OIT item (lines such as "9.1 ข้อมูลพื้นฐาน" followed by "o1 โครงสร้าง")',
      };
    case 'bad-column-mapping':
      return {
        th: `กำหนดคอลัมน์ไม่ถูกต้อง: ${problem.reason.th}`,
        en: `has a wrong column mapping: ${problem.reason.en}`,
      };
  }
}

/**
 * One line for one problem: `ITA_SCORE: คะแนนตัวชี้วัดที่ 3 ไม่ใช่ตัวเลข: "abc" (indicator 3 is not a number: "abc")`.
 */
export function problemMessage(operation: string, place: Place, problem: Problem): string {
  const words = describeProblem(problem);
  return `${operation}: ${place.th} ${words.th} (${place.en} ${words.en})`;
}
