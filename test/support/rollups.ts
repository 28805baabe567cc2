/**
 * Roll-ups written out as literal data, as computeRollup would hand them over: a district of 12
 * organizations in mixed states (some not connected, one link invalid), a province of 211
 * organizations across 16 districts, and an empty one. Built here rather than computed, so the report
 * tests do not depend on the ranking's rules.
 */

import type { DocumentTypeId } from '../../src/core/documents/document-type';
import type {
  LevelCount,
  MissingItem,
  OrganizationFigures,
  RankedOrganization,
  Rollup,
  RollupSource,
} from '../../src/core/rollup/rollup-types';

const DOCUMENTS: readonly DocumentTypeId[] = [
  'measures',
  'results',
  'ethics',
  'action-plan',
  'ita-analysis',
  'oit-checklist',
];

/** The levels best first, as levelCounts lists them; '' (cannot be projected) last. */
// FY 2567's levels (src/core/ita/years/year-facts.ts).
const LEVEL_ORDER = ['ผ่านดีเยี่ยม', 'ผ่านดี', 'ผ่าน', 'ต้องปรับปรุง', 'ต้องปรับปรุงโดยด่วน', ''];
const FAILING = new Set(['ต้องปรับปรุง', 'ต้องปรับปรุงโดยด่วน']);

export interface OrganizationSpec {
  readonly organization: string;
  readonly district?: string;
  /** How many documents are ready (the first ones of the catalog). */
  readonly documents: number;
  readonly oitPublished: number | undefined;
  readonly oitScoreToday: number | undefined;
  readonly projectedLevel: string;
  readonly projectedTotal: number | undefined;
  readonly itaTotal?: number;
  readonly level?: string;
  readonly oitMissing?: readonly string[];
  readonly oitMissingMore?: number;
}

/** An organization's figures as its summary states them. */
export function figures(spec: OrganizationSpec, province = 'นครราชสีมา'): OrganizationFigures {
  const oitRequired = spec.oitPublished === undefined ? undefined : 43;
  return {
    organization: spec.organization,
    district: spec.district ?? 'โนนสูง',
    province,
    fiscalYear: 2569,
    documentsReady: DOCUMENTS.slice(0, spec.documents),
    documentsMissing: DOCUMENTS.slice(spec.documents),
    oitPublished: spec.oitPublished,
    oitRequired,
    oitScoreToday: spec.oitScoreToday,
    oitMissing: spec.oitMissing ?? [],
    oitMissingMore: spec.oitMissingMore ?? 0,
    iit: spec.projectedTotal === undefined ? undefined : 90.12,
    eit: spec.projectedTotal === undefined ? undefined : 84.5,
    itaOit: spec.itaTotal === undefined ? undefined : 80,
    itaTotal: spec.itaTotal,
    level: spec.level ?? '',
    projectedLevel: spec.projectedLevel,
    projectedTotal: spec.projectedTotal,
    updatedAt: '2026-12-06T09:15:00.000Z',
  };
}

/** The codes o{from}…o{to}. */
export function codes(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `o${from + i}`);
}

/**
 * Ranks figures already in ranking order: equal projected total, OIT and documents share a rank
 * (1, 2, 2, 4), as computeRollup does.
 */
export function ranked(
  organizations: readonly OrganizationFigures[],
  sourceRow: (o: OrganizationFigures, i: number) => number,
): RankedOrganization[] {
  const key = (o: OrganizationFigures) =>
    `${o.projectedLevel}|${o.projectedTotal}|${o.oitScoreToday}|${o.documentsReady.length}`;
  let rank = 0;
  return organizations.map((o, i) => {
    const before = organizations[i - 1];
    if (!before || key(before) !== key(o)) rank = i + 1;
    const notStarted = o.documentsReady.length === 0 && (o.oitPublished ?? 0) === 0;
    const atRisk = FAILING.has(o.projectedLevel) || (o.projectedLevel === '' && (o.oitScoreToday ?? 0) < 85);
    return { ...o, rank, sourceRow: sourceRow(o, i), notStarted, atRisk };
  });
}

function levelCounts(organizations: readonly OrganizationFigures[]): LevelCount[] {
  return LEVEL_ORDER.map((level) => ({
    level,
    count: organizations.filter((o) => o.projectedLevel === level).length,
  })).filter((c) => c.count > 0);
}

function commonMissing(organizations: readonly OrganizationFigures[]): MissingItem[] {
  const counts = new Map<string, number>();
  for (const o of organizations)
    for (const code of o.oitMissing) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count)
    .slice(0, 10);
}

const DISTRICT_ORGANIZATIONS: readonly OrganizationSpec[] = [
  {
    organization: 'เทศบาลตำบลโนนสูง',
    documents: 6,
    oitPublished: 43,
    oitScoreToday: 100,
    projectedLevel: 'ผ่านดีเยี่ยม',
    projectedTotal: 96.42,
    itaTotal: 94.1,
    level: 'ผ่านดีเยี่ยม',
  },
  {
    organization: 'องค์การบริหารส่วนตำบลใหม่',
    documents: 6,
    oitPublished: 41,
    oitScoreToday: 95.35,
    projectedLevel: 'ผ่านดี',
    projectedTotal: 91.2,
    itaTotal: 89.75,
    level: 'ผ่านดี',
    oitMissing: ['o12', 'o33'],
  },
  {
    organization: 'องค์การบริหารส่วนตำบลโตนด',
    documents: 5,
    oitPublished: 38,
    oitScoreToday: 88.37,
    projectedLevel: 'ผ่านดี',
    projectedTotal: 87.5,
    itaTotal: 86.02,
    level: 'ผ่านดี',
    oitMissing: ['o12', 'o19', 'o20', 'o33', 'o41'],
  },
  // Two organizations equal on every key: they share rank 4.
  {
    organization: 'องค์การบริหารส่วนตำบลบิง',
    documents: 4,
    oitPublished: 36,
    oitScoreToday: 83.72,
    projectedLevel: 'ผ่าน',
    projectedTotal: 85.4,
    itaTotal: 81.33,
    level: 'ต้องปรับปรุง',
    oitMissing: ['o12', 'o19', 'o20', 'o22', 'o33', 'o38', 'o41'],
  },
  {
    organization: 'องค์การบริหารส่วนตำบลดอนหวาย',
    documents: 4,
    oitPublished: 36,
    oitScoreToday: 83.72,
    projectedLevel: 'ผ่าน',
    projectedTotal: 85.4,
    itaTotal: 84.9,
    level: 'ต้องปรับปรุง',
    oitMissing: ['o12', 'o19', 'o20', 'o23', 'o33', 'o39', 'o41'],
  },
  {
    organization: 'องค์การบริหารส่วนตำบลธารปราสาท',
    documents: 3,
    oitPublished: 30,
    oitScoreToday: 69.77,
    projectedLevel: 'ต้องปรับปรุง',
    projectedTotal: 78.06,
    itaTotal: 76.5,
    level: 'ต้องปรับปรุง',
    oitMissing: codes(12, 24),
  },
  {
    organization: 'องค์การบริหารส่วนตำบลลำคอหงษ์',
    documents: 2,
    oitPublished: 12,
    oitScoreToday: 27.91,
    projectedLevel: '',
    projectedTotal: undefined,
    oitMissing: codes(1, 20),
    oitMissingMore: 11,
  },
  {
    organization: 'องค์การบริหารส่วนตำบลเมืองปราสาท',
    documents: 0,
    oitPublished: 0,
    oitScoreToday: 0,
    projectedLevel: '',
    projectedTotal: undefined,
    oitMissing: codes(1, 20),
    oitMissingMore: 23,
  },
  // A name an officer's sheet might hold: a formula and markup, printed as text.
  {
    organization: '=IMPORTRANGE("x","y") <script>alert(1)</script> อบต.ทดสอบ',
    documents: 1,
    oitPublished: undefined,
    oitScoreToday: undefined,
    projectedLevel: '',
    projectedTotal: undefined,
  },
];

/** A district of 12 listed links: 9 organizations read, 2 not connected, 1 link invalid. */
export function districtRollup(): Rollup {
  const organizations = DISTRICT_ORGANIZATIONS.map((spec) => figures(spec));
  const rankedOrganizations = ranked(organizations, (_, i) => i + 2);
  const okSources: RollupSource[] = organizations.map((o, i) => ({
    row: i + 2,
    label: o.organization,
    link: `https://docs.google.com/spreadsheets/d/1OrgSheet${i}AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit#gid=0`,
    id: `1OrgSheet${i}AbCdEfGhIjKlMnOpQrStUvWxYz0123456789`,
    kind: 'organization',
    status: 'ok',
    message: '',
    importCell: `A${i + 1}`,
    organizations: [o],
  }));
  const failing: RollupSource[] = [
    {
      row: 11,
      label: 'องค์การบริหารส่วนตำบลจันอัด',
      link: 'https://docs.google.com/spreadsheets/d/1NotSharedYetAbCdEfGhIjKlMnOpQrStUvWxYz0123/edit',
      id: '1NotSharedYetAbCdEfGhIjKlMnOpQrStUvWxYz0123',
      status: 'not-connected',
      message:
        'ยังเชื่อมต่อไม่ได้: กด "อนุญาตให้เข้าถึง" ที่เซลล์ A10 ของแท็บนำเข้า หรือขอให้หน่วยงานแชร์ไฟล์ (not connected: click Allow access in A10, or ask for the file to be shared)',
      importCell: 'A10',
      organizations: [],
    },
    {
      row: 12,
      label: 'องค์การบริหารส่วนตำบลขามเฒ่า',
      link: 'https://docs.google.com/spreadsheets/d/1NoSummaryAbCdEfGhIjKlMnOpQrStUvWxYz0123/edit',
      id: '1NoSummaryAbCdEfGhIjKlMnOpQrStUvWxYz0123',
      status: 'no-summary',
      message:
        'ไฟล์นี้ไม่มีช่วงข้อมูล ITA_SUMMARY: ให้หน่วยงานเปิดไฟล์ด้วย ita-sheets แล้วสร้างสรุป (no ITA_SUMMARY in this file)',
      organizations: [],
    },
    {
      row: 13,
      label: 'เทศบาลตำบลด่านคล้า',
      link: 'ส่งลิงก์ทางไลน์แล้ว',
      status: 'invalid-link',
      message: 'ไม่ใช่ลิงก์ Google Sheets: วางลิงก์ของไฟล์ทั้งลิงก์ (not a Google Sheets link)',
      organizations: [],
    },
  ];
  return {
    scope: 'district',
    name: 'โนนสูง',
    province: 'นครราชสีมา',
    office: 'สำนักงานส่งเสริมการปกครองท้องถิ่นอำเภอโนนสูง',
    fiscalYear: 2569,
    asOf: '2026-12-07T03:30:00.000Z',
    sources: [...okSources, ...failing],
    ranked: rankedOrganizations,
    levelCounts: levelCounts(organizations),
    commonMissing: commonMissing(organizations),
  };
}

const PROVINCE_DISTRICTS = [
  'เมืองนครราชสีมา',
  'ครบุรี',
  'เสิงสาง',
  'คง',
  'บ้านเหลื่อม',
  'จักราช',
  'โชคชัย',
  'ด่านขุนทด',
  'โนนไทย',
  'โนนสูง',
  'ขามสะแกแสง',
  'บัวใหญ่',
  'ประทาย',
  'ปักธงชัย',
  'พิมาย',
  'ห้วยแถลง',
];

const PLACES = [
  'หนองบัว',
  'โคกสูง',
  'บ้านใหม่',
  'ดอนตะหนิน',
  'หนองระเวียง',
  'มะค่า',
  'สำโรง',
  'ตะคุ',
  'หัวทะเล',
  'พลับพลา',
  'หนองจะบก',
  'โพธิ์กลาง',
  'จอหอ',
  'ไชยมงคล',
];

/** A province of 211 organizations across 16 districts, each district's roll-up one source. */
export function provinceRollup(): Rollup {
  const organizations: OrganizationFigures[] = [];
  for (let n = 0; n < 211; n++) {
    const district = PROVINCE_DISTRICTS[n % PROVINCE_DISTRICTS.length] ?? '';
    const place = PLACES[Math.floor(n / PROVINCE_DISTRICTS.length) % PLACES.length] ?? '';
    const step = (n * 37) % 100;
    const total = 70 + step * 0.29;
    const projectedLevel =
      n % 13 === 0 || n % 29 === 0
        ? ''
        : total >= 95
          ? 'ผ่านดีเยี่ยม'
          : total >= 90
            ? 'ผ่านดี'
            : total >= 85
              ? 'ผ่าน'
              : 'ต้องปรับปรุง';
    const published = Math.min(43, 20 + Math.floor(step / 4));
    organizations.push(
      figures(
        {
          organization: `${n % 5 === 0 ? 'เทศบาลตำบล' : 'องค์การบริหารส่วนตำบล'}${place}`,
          district,
          documents: n % 29 === 0 ? 0 : 1 + (n % 6),
          oitPublished: n % 29 === 0 ? 0 : published,
          oitScoreToday: n % 29 === 0 ? 0 : Math.round((published / 43) * 10000) / 100,
          projectedLevel,
          projectedTotal: projectedLevel === '' ? undefined : Math.round(total * 100) / 100,
          itaTotal: Math.round((total - 2) * 100) / 100,
          level: total - 2 >= 85 ? 'ผ่านดี' : 'ต้องปรับปรุง',
          oitMissing: codes(n % 29 === 0 ? 1 : published + 1, 43).slice(0, 20),
          oitMissingMore: Math.max(0, 43 - (n % 29 === 0 ? 0 : published) - 20),
        },
        'นครราชสีมา',
      ),
    );
  }
  const order = (o: OrganizationFigures) => LEVEL_ORDER.indexOf(o.projectedLevel);
  const sorted = [...organizations].sort(
    (a, b) =>
      order(a) - order(b) ||
      (b.projectedTotal ?? -1) - (a.projectedTotal ?? -1) ||
      (b.oitScoreToday ?? -1) - (a.oitScoreToday ?? -1) ||
      b.documentsReady.length - a.documentsReady.length,
  );
  const rowOf = (o: OrganizationFigures) => PROVINCE_DISTRICTS.indexOf(o.district) + 2;
  const sources: RollupSource[] = PROVINCE_DISTRICTS.map((district, i) => ({
    row: i + 2,
    label: `ภาพรวมอำเภอ${district}`,
    link: `https://docs.google.com/spreadsheets/d/1District${i}AbCdEfGhIjKlMnOpQrStUvWxYz012345/edit`,
    id: `1District${i}AbCdEfGhIjKlMnOpQrStUvWxYz012345`,
    kind: 'rollup',
    status: 'ok',
    message: '',
    importCell: `A${i + 1}`,
    organizations: organizations.filter((o) => o.district === district),
  }));
  return {
    scope: 'province',
    name: 'นครราชสีมา',
    province: 'นครราชสีมา',
    office: 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดนครราชสีมา',
    fiscalYear: 2569,
    asOf: '2026-12-07T08:05:00.000Z',
    sources,
    ranked: ranked(sorted, (o) => rowOf(o)),
    levelCounts: levelCounts(organizations),
    commonMissing: commonMissing(organizations),
  };
}

/** A district whose links were listed but none could be read yet. */
export function unreadRollup(): Rollup {
  const district = districtRollup();
  return {
    ...district,
    sources: district.sources.filter((s) => s.status !== 'ok'),
    ranked: [],
    levelCounts: [],
    commonMissing: [],
  };
}
