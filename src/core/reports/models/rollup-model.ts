/**
 * The district report (รายงานภาพรวมอำเภอ) as a report model: what a district officer (ท้องถิ่นอำเภอ)
 * signs and sends to the province, made from a Rollup: the counts, the ranking, the OIT items most
 * lacked, what each organization still lacks and the links not read. A province's roll-up of its
 * districts makes the same report, with a column for each organization's district.
 */

import { DOCUMENT_CATALOG } from '../../catalog';
import { oitItemList } from '../../oit/oit-item-lists';
import type { RankedOrganization, Rollup } from '../../rollup/rollup-types';
import {
  bareDistrict,
  bareProvince,
  districtWords,
  provinceWords,
  shortOrganizationName,
} from '../../thai/place-names';
import type { ModelBlock, ModelCell, ModelRow, ReportModel } from '../report-model';
import { DOTS, fiscalYearLine, type ReportSigner, signatureLines, yearsForName } from '../report-options';
import { asOfLine, codeRuns, counts, score, shortLink, sourceMessage } from './rollup-text';

export interface RollupModelOptions {
  readonly thaiDigits: boolean;
  readonly signer?: ReportSigner;
}

export const ROLLUP_TITLE = 'รายงานภาพรวมการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA)';

/** What the ranking's "projected" means, said once under the counts. */
export const PROJECTED_NOTE =
  'ระดับที่คาด คือ ระดับที่คาดว่าจะได้หากประเมินวันนี้ คำนวณจากคะแนน IIT และ EIT ครั้งล่าสุดของหน่วยงาน ' +
  'กับคะแนน OIT ของวันนี้ ตามเกณฑ์ของปีงบประมาณนั้น เป็นการประมาณการเพื่อติดตามงาน ' +
  'ไม่ใช่ผลการประเมินของสำนักงาน ป.ป.ช.';

const UNPROJECTED = 'ยังคาดการณ์ไม่ได้ (ไม่มีคะแนน IIT/EIT)';

/** Where the roll-up speaks of: อำเภอโนนสูง จังหวัดนครราชสีมา, or จังหวัดนครราชสีมา. */
function area(rollup: Rollup): string {
  if (rollup.scope === 'province') return provinceWords(bareProvince(rollup.name) || '....');
  const p = bareProvince(rollup.province);
  return `${districtWords(bareDistrict(rollup.name) || '....')}${p ? ` ${provinceWords(p)}` : ''}`;
}

function overviewBlocks(rollup: Rollup): ModelBlock[] {
  const notRead = rollup.sources.filter((s) => s.status !== 'ok').length;
  const read = rollup.sources.length - notRead;
  const listed =
    rollup.scope === 'province'
      ? [
          {
            label: 'ภาพรวมอำเภอที่ระบุไว้',
            value: counts(
              [
                ['ทั้งหมด', rollup.sources.length],
                ['นำเข้าได้', read],
                ['ยังนำเข้าไม่ได้', notRead],
              ],
              'รายการ',
            ),
          },
          { label: 'หน่วยงานที่นำเข้าข้อมูลได้', value: `${rollup.ranked.length} แห่ง` },
        ]
      : [
          {
            label: 'หน่วยงานในรายการ',
            value: counts(
              [
                ['ทั้งหมด', rollup.sources.length],
                ['นำเข้าข้อมูลได้', rollup.ranked.length],
                ['ยังนำเข้าไม่ได้', notRead],
              ],
              'แห่ง',
            ),
          },
        ];
  const heading: ModelBlock = { kind: 'heading', text: 'สรุปภาพรวม' };
  if (rollup.ranked.length === 0) return [heading, { kind: 'lines', lines: listed }];
  const atRisk = rollup.ranked.filter((o) => o.atRisk).length;
  const notStarted = rollup.ranked.filter((o) => o.notStarted).length;
  return [
    heading,
    {
      kind: 'lines',
      lines: [
        ...listed,
        {
          label: 'ระดับที่คาดหากประเมินวันนี้',
          value: counts(
            rollup.levelCounts.map((c) => [c.level === '' ? UNPROJECTED : c.level, c.count] as const),
            'แห่ง',
          ),
        },
        {
          label: 'หน่วยงานที่ต้องติดตาม',
          value: counts(
            [
              ['เสี่ยงไม่ผ่าน', atRisk],
              ['ยังไม่เริ่มดำเนินการ', notStarted],
            ],
            'แห่ง',
          ),
        },
      ],
    },
    { kind: 'notes', lines: [`หมายเหตุ ${PROJECTED_NOTE}`] },
  ];
}

/** One word, so the row stays one line: not started is the stronger (an organization not started is at risk too). */
function remarks(o: RankedOrganization): ModelCell | string {
  if (o.notStarted) return { text: 'ยังไม่เริ่ม', tone: 'warning' };
  return o.atRisk ? { text: 'เสี่ยง', tone: 'warning' } : '';
}

/**
 * The latest ITA's total (its level only when the total is unknown): a level beside it would take the
 * organization's name's room on A4 (a province's ranking, 10 columns), and the projected level is the
 * one the ranking is about.
 */
function latestIta(o: RankedOrganization): string {
  if (o.itaTotal === undefined) return o.level === '' ? '-' : o.level;
  return score(o.itaTotal);
}

/** The projected level, marked when it does not pass (the organization is then at risk). */
function projectedLevel(o: RankedOrganization): ModelCell | string {
  if (o.projectedLevel === '') return '-';
  return o.atRisk ? { text: o.projectedLevel, tone: 'warning' } : o.projectedLevel;
}

function rankingBlocks(rollup: Rollup): ModelBlock[] {
  const province = rollup.scope === 'province';
  const rows: ModelRow[] = rollup.ranked.map((o) => {
    return {
      cells: [
        String(o.rank),
        // The kind abbreviated, as a table in official correspondence writes it: the name on one line.
        shortOrganizationName(o.organization),
        ...(province ? [bareDistrict(o.district)] : []),
        projectedLevel(o),
        score(o.projectedTotal),
        score(o.oitScoreToday),
        o.oitPublished === undefined ? '-' : `${o.oitPublished}/${o.oitRequired ?? '-'}`,
        // Ready and missing together are every type of the catalog.
        `${o.documentsReady.length}/${o.documentsReady.length + o.documentsMissing.length}`,
        latestIta(o),
        remarks(o),
      ],
    };
  });
  return [
    { kind: 'heading', text: 'ลำดับหน่วยงานตามระดับที่คาด' },
    {
      kind: 'table',
      // Labels broken into lines by hand: ten columns on A4 leave the organization's name room only so.
      columns: [
        { label: 'ลำดับ', role: 'number' },
        { label: 'หน่วยงาน', role: 'text' },
        ...(province ? [{ label: 'อำเภอ', role: 'short' as const }] : []),
        { label: 'ระดับ\nที่คาด', role: 'short' },
        { label: 'คะแนน\nรวม\nที่คาด', role: 'score' },
        { label: 'OIT\nวันนี้', role: 'score' },
        { label: 'เผยแพร่\nOIT', role: 'short' },
        { label: 'เอกสาร', role: 'short' },
        // The latest total (latestIta).
        { label: 'ITA\nล่าสุด', role: 'score' },
        { label: 'หมายเหตุ', role: 'short' },
      ],
      rows,
    },
  ];
}

function commonMissingBlocks(rollup: Rollup): ModelBlock[] {
  const heading: ModelBlock = { kind: 'heading', text: 'ข้อ OIT ที่ยังขาดมากที่สุด' };
  if (rollup.commonMissing.length === 0) {
    return [heading, { kind: 'lines', lines: [{ label: '', value: 'ทุกหน่วยงานเผยแพร่ครบตามที่สรุปไว้' }] }];
  }
  // The item's name when the add-in ships the year's list; the code alone otherwise.
  const list = rollup.fiscalYear === undefined ? undefined : oitItemList(rollup.fiscalYear);
  const titles = new Map((list?.items ?? []).map((item) => [item.code, item.title]));
  return [
    heading,
    {
      kind: 'lines',
      lines: rollup.commonMissing.map((item) => {
        const title = titles.get(item.code);
        return {
          label: item.code,
          value: `${title ? `${title} ` : ''}ยังไม่เผยแพร่ ${item.count} จาก ${rollup.ranked.length} แห่ง`,
        };
      }),
    },
  ];
}

function lacksBlocks(rollup: Rollup): ModelBlock[] {
  const heading: ModelBlock = { kind: 'heading', text: 'สิ่งที่แต่ละหน่วยงานยังขาด' };
  const lacking = rollup.ranked.filter((o) => o.documentsMissing.length > 0 || o.oitMissing.length > 0);
  if (lacking.length === 0) {
    return [
      heading,
      { kind: 'lines', lines: [{ label: '', value: 'ทุกหน่วยงานมีเอกสารและเผยแพร่ OIT ครบแล้ว' }] },
    ];
  }
  return [
    heading,
    {
      kind: 'table',
      columns: [
        { label: 'ลำดับ', role: 'number' },
        { label: 'หน่วยงาน', role: 'text' },
        { label: 'เอกสารที่ยังไม่มีในไฟล์', role: 'text' },
        { label: 'ข้อ OIT ที่ยังไม่เผยแพร่', role: 'text' },
      ],
      rows: lacking.map((o) => ({
        cells: [
          String(o.rank),
          rollup.scope === 'province'
            ? `${shortOrganizationName(o.organization)} (${bareDistrict(o.district)})`
            : shortOrganizationName(o.organization),
          // The tabs' names, as the organization's file would show them.
          o.documentsMissing.map((type) => DOCUMENT_CATALOG[type].tab).join(', ') || '-',
          o.oitMissing.length === 0
            ? o.oitPublished === undefined
              ? 'ไม่มีข้อมูล OIT'
              : '-'
            : `${codeRuns(o.oitMissing)}${o.oitMissingMore > 0 ? ` และอีก ${o.oitMissingMore} ข้อ` : ''}`,
        ],
      })),
    },
  ];
}

function notReadBlocks(rollup: Rollup): ModelBlock[] {
  const heading: ModelBlock = {
    kind: 'heading',
    text: rollup.scope === 'province' ? 'รายการที่ยังนำเข้าไม่ได้' : 'หน่วยงานที่ยังไม่ได้นำเข้า',
  };
  const failing = rollup.sources.filter((s) => s.status !== 'ok');
  if (failing.length === 0) {
    return [heading, { kind: 'lines', lines: [{ label: '', value: 'นำเข้าข้อมูลได้ครบทุกรายการ' }] }];
  }
  return [
    heading,
    {
      kind: 'table',
      columns: [
        { label: 'แถว', role: 'number' },
        { label: rollup.scope === 'province' ? 'รายการ' : 'หน่วยงาน', role: 'text' },
        { label: 'ลิงก์', role: 'text' },
        { label: 'สิ่งที่ต้องทำ', role: 'text' },
      ],
      rows: failing.map((s) => ({
        cells: [
          String(s.row),
          shortOrganizationName(s.label) || '-',
          s.link.trim() === '' ? '-' : shortLink(s.link),
          { text: sourceMessage(s), tone: 'warning' },
        ],
      })),
    },
  ];
}

/** The signer's position when none is given: the district's (or province's) local government officer. */
function defaultPosition(rollup: Rollup): string {
  return rollup.scope === 'province'
    ? `ท้องถิ่น${provinceWords(bareProvince(rollup.name))}`
    : `ท้องถิ่น${districtWords(bareDistrict(rollup.name))}`;
}

/** The sections' headings numbered in order (1. สรุปภาพรวม …), whichever sections the roll-up has. */
function numbered(blocks: readonly ModelBlock[]): ModelBlock[] {
  let n = 0;
  return blocks.map((block) =>
    block.kind === 'heading' ? { ...block, text: `${++n}. ${block.text}` } : block,
  );
}

/** The district report's model of a roll-up. */
export function rollupModel(rollup: Rollup, options: RollupModelOptions): ReportModel {
  const asOf = asOfLine(rollup.asOf);
  const none = rollup.ranked.length === 0;
  const position = options.signer?.position?.trim() || defaultPosition(rollup);
  return {
    kind: 'rollup',
    name: `ภาพรวม${area(rollup).split(' ')[0]}${yearsForName(undefined, rollup.fiscalYear)}`,
    titles: [ROLLUP_TITLE, `ขององค์กรปกครองส่วนท้องถิ่นในเขต${area(rollup)}`, fiscalYearLine(rollup.fiscalYear)],
    organization: rollup.office.trim() || DOTS,
    ...(asOf ? { subtitles: [asOf] } : {}),
    landscape: true,
    blocks: numbered([
      ...overviewBlocks(rollup),
      ...(none
        ? [
            {
              kind: 'lines' as const,
              lines: [
                {
                  label: '',
                  value:
                    rollup.sources.length === 0
                      ? 'ยังไม่มีรายการลิงก์ของหน่วยงาน จึงยังไม่มีข้อมูลสำหรับจัดลำดับ'
                      : 'ยังนำเข้าข้อมูลของหน่วยงานไม่ได้สักแห่ง จึงยังไม่มีข้อมูลสำหรับจัดลำดับ',
                },
              ],
            },
          ]
        : [...rankingBlocks(rollup), ...commonMissingBlocks(rollup), ...lacksBlocks(rollup)]),
      ...(rollup.sources.length === 0 ? [] : notReadBlocks(rollup)),
    ]),
    signature: signatureLines({ ...options.signer, position }, 'ผู้รายงาน'),
    thaiDigits: options.thaiDigits,
  };
}
