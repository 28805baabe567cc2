/**
 * The OIT item lists the add-in ships, as shared/ita-frameworks.md ("OIT items") gives them: FY 2564
 * (verified), 2565 (2564's list, assumed) and 2566 (not verified). No list for 2567–2568 or any other
 * year: none could be confirmed for local administrative organizations, so the officer pastes it.
 */

import { YEAR_FACTS } from '../ita/years';

export interface OitItem {
  /** "o1" … */
  readonly code: string;
  readonly title: string;
  /** "9.1" … "10.2" */
  readonly subIndicator: string;
}

export interface OitSubIndicator {
  /** "9.1" … */
  readonly code: string;
  readonly th: string;
}

export interface OitItemList {
  readonly fiscalYears: readonly number[];
  readonly verified: boolean;
  /** Where the list comes from and what in it is uncertain, Thai with an English gloss. */
  readonly source: string;
  readonly subIndicators: readonly OitSubIndicator[];
  /** In the NACC's order. */
  readonly items: readonly OitItem[];
}

// Kept compact for the server bundle (every Apps Script execution evaluates all of it): one string a
// sub-indicator, "code name|title|title…", items numbered o1, o2 … in order across the list, as the
// NACC numbers them. In a later year's list "@13" stands for the FY 2564 title of o13.
const FY2564 = [
  '9.1 ข้อมูลพื้นฐาน|โครงสร้าง|ข้อมูลผู้บริหาร|อำนาจหน้าที่|แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน|ข้อมูลการติดต่อ|กฎหมายที่เกี่ยวข้อง|ข่าวประชาสัมพันธ์|Q&A|Social Network',
  '9.2 การบริหารงาน|แผนดำเนินงานประจำปี|รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน|รายงานผลการดำเนินงานประจำปี|คู่มือหรือมาตรฐานการปฏิบัติงาน|คู่มือหรือมาตรฐานการให้บริการ|ข้อมูลเชิงสถิติการให้บริการ|รายงานผลการสำรวจความพึงพอใจการให้บริการ|E-Service',
  '9.3 การบริหารเงินงบประมาณ|แผนการใช้จ่ายงบประมาณประจำปี|รายงานการกำกับติดตามการใช้จ่ายงบประมาณประจำปี รอบ 6 เดือน|รายงานผลการใช้จ่ายงบประมาณประจำปี|แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ|ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ|สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน|รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี',
  '9.4 การบริหารและพัฒนาทรัพยากรบุคคล|นโยบายการบริหารทรัพยากรบุคคล|การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล|หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล|รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี',
  '9.5 การส่งเสริมความโปร่งใส|แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ|ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ|ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ|ช่องทางการรับฟังความคิดเห็น|การเปิดโอกาสให้เกิดการมีส่วนร่วม',
  '10.1 การดำเนินการเพื่อป้องกันการทุจริต|เจตจำนงสุจริตของผู้บริหาร|การมีส่วนร่วมของผู้บริหาร|การประเมินความเสี่ยงการทุจริตประจำปี|การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต|การเสริมสร้างวัฒนธรรมองค์กร|แผนปฏิบัติการป้องกันการทุจริต|รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน|รายงานผลการดำเนินการป้องกันการทุจริตประจำปี',
  '10.2 มาตรการภายในเพื่อป้องกันการทุจริต|มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน|การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
];

// FY 2566 as ita-frameworks.md groups it: o10 added to 9.1; 9.2 opens with the plan of work and
// budget and its reports; No Gift Policy (o31–o33) and the code of ethics (o39–o41) added.
const FY2566 = [
  '9.1 ข้อมูลพื้นฐาน|@1|@2|@3|@4|@5|@6|@7|@8|@9|นโยบายคุ้มครองข้อมูลส่วนบุคคล',
  '9.2 การบริหารงาน|แผนดำเนินงานและการใช้งบประมาณประจำปี|รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณประจำปี รอบ 6 เดือน|@12|@13|@14|@15|@16|@17',
  '9.3 การบริหารเงินงบประมาณ|@21|@22|@23|@24',
  '9.4 การบริหารและพัฒนาทรัพยากรบุคคล|@25|@26|@27|@28',
  '9.5 การส่งเสริมความโปร่งใส|@29|@30|@31|@33',
  '10.1 การดำเนินการเพื่อป้องกันการทุจริต|ประกาศเจตนารมณ์นโยบายไม่รับของขวัญ (No Gift Policy)|การสร้างวัฒนธรรมตามนโยบายไม่รับของขวัญ (No Gift Policy)|รายงานผลตามนโยบายไม่รับของขวัญ (No Gift Policy)|@36|@37|@39|@40|@41',
  '10.2 มาตรการภายในเพื่อป้องกันการทุจริต|ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ|การขับเคลื่อนจริยธรรม|การประเมินจริยธรรมเจ้าหน้าที่ของรัฐ|@42|@43',
];

const SOURCE_2564 =
  'อปท. สองแหล่งตรงกัน ยกเว้น o34 ที่แหล่งหนึ่งให้ชื่อว่า นโยบายไม่รับของขวัญ (No Gift Policy) ' +
  '(two LAO sources agree, except o34: one gives the No Gift Policy)';

// 2565 gets 2564's list, marked unverified, rather than no list: the source says 2565 "most likely"
// used it, and an officer checking a pre-filled list against the manual does better than one typing
// 43 items; the unverified flag and this note keep the doubt visible wherever the list is used.
const SOURCE_2565 =
  'รายการปี 2564 ซึ่งปี 2565 น่าจะใช้ด้วย ยังไม่ได้ยืนยัน (the FY 2564 list, most likely used in 2565: not verified)';

const SOURCE_2566 =
  'แหล่งข้อมูลไม่ใช่ของ อปท. การจัดกลุ่มและชื่อข้ออนุมาน ข้อที่มีแต่คำบรรยายใช้ชื่อของปี 2564 ข้อของ 9.5 ที่ตัดออกเป็นการเดา ' +
  '(not from LAOs; grouping and titles inferred: a described item has its FY 2564 title; the 9.5 item dropped is a guess)';

interface ListSpec {
  readonly fiscalYears: readonly number[];
  readonly verified: boolean;
  readonly source: string;
  readonly groups: readonly string[];
}

const SPECS: readonly ListSpec[] = [
  { fiscalYears: [2564], verified: true, source: SOURCE_2564, groups: FY2564 },
  { fiscalYears: [2565], verified: false, source: SOURCE_2565, groups: FY2564 },
  { fiscalYears: [2566], verified: false, source: SOURCE_2566, groups: FY2566 },
  // A year's data file may carry its list (src/core/ita/years, docs/adding-a-year.md).
  ...YEAR_FACTS.flatMap((y) =>
    'oitList' in y && y.oitList ? [{ fiscalYears: [y.fiscalYear], ...y.oitList }] : [],
  ),
];

/** The fiscal years with a shipped list, oldest first. */
export const OIT_LIST_YEARS: readonly number[] = SPECS.flatMap((s) => s.fiscalYears);

function parseList(spec: ListSpec, base: readonly OitItem[]): OitItemList {
  const subIndicators: OitSubIndicator[] = [];
  const items: OitItem[] = [];
  for (const group of spec.groups) {
    const [heading = '', ...titles] = group.split('|');
    const space = heading.indexOf(' ');
    const subIndicator = heading.slice(0, space);
    subIndicators.push({ code: subIndicator, th: heading.slice(space + 1) });
    for (const written of titles) {
      const title = written.startsWith('@') ? base[Number(written.slice(1)) - 1]?.title : written;
      if (title === undefined) throw new Error(`oitItemList: bug: no FY 2564 item ${written}`);
      items.push({ code: `o${items.length + 1}`, title, subIndicator });
    }
  }
  return {
    fiscalYears: spec.fiscalYears,
    verified: spec.verified,
    source: spec.source,
    subIndicators,
    items,
  };
}

// Parsed on first use, not at load: custom-function calls, which never need a list, load the bundle too.
let parsed: readonly OitItemList[] | undefined;

function lists(): readonly OitItemList[] {
  if (!parsed) {
    const all: OitItemList[] = [];
    for (const spec of SPECS) all.push(parseList(spec, all[0]?.items ?? []));
    parsed = all;
  }
  return parsed;
}

/** The shipped OIT item list of a fiscal year B.E., or undefined for a year whose list must be pasted. */
export function oitItemList(fiscalYear: number): OitItemList | undefined {
  return lists().find((list) => list.fiscalYears.includes(fiscalYear));
}
