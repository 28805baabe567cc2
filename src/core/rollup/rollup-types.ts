/**
 * The district's roll-up as plain data: each organization as its imported summary states it, the links
 * the officer listed and what became of each, the ranking and the district's own counts. The roll-up tab,
 * the print view and the roll-up's own summary (for the province) are all made from a Rollup.
 * See docs/district-rollup.md.
 */

import type { DocumentTypeId } from '../documents/document-type';

/** A district's roll-up reads organizations; a province's reads districts' roll-ups. */
export type RollupScope = 'district' | 'province';

/** One organization's figures, as its summary (or a district's roll-up of it) states them. */
export interface OrganizationFigures {
  readonly organization: string;
  readonly district: string;
  readonly province: string;
  readonly fiscalYear: number | undefined;
  /** The document types of which the organization has a tab with records, in the catalog's order. */
  readonly documentsReady: readonly DocumentTypeId[];
  /** The others, in the catalog's order. */
  readonly documentsMissing: readonly DocumentTypeId[];
  readonly oitPublished: number | undefined;
  readonly oitRequired: number | undefined;
  /** The OIT if assessed today (0–100), undefined when the organization's checklist cannot be scored. */
  readonly oitScoreToday: number | undefined;
  /** The OIT codes still missing as the summary lists them, soonest due first. */
  readonly oitMissing: readonly string[];
  /** How many more codes the summary left out of its text ("… (+n)"). */
  readonly oitMissingMore: number;
  /** The latest ITA analysis: tool scores and total. */
  readonly iit: number | undefined;
  readonly eit: number | undefined;
  readonly itaOit: number | undefined;
  readonly itaTotal: number | undefined;
  /** The latest assessment's level (from 2567) or grade (before), '' when unknown. */
  readonly level: string;
  /**
   * The level if assessed today: the latest IIT and EIT with today's OIT, under the rules of the
   * organization's fiscal year; '' when either is unknown.
   */
  readonly projectedLevel: string;
  readonly projectedTotal: number | undefined;
  /** When the organization's summary was brought up to date (ISO date-time), '' when unknown. */
  readonly updatedAt: string;
}

/** What became of a link the officer listed. */
export type SourceStatus =
  /** Imported and read. */
  | 'ok'
  /** Not a Google Sheets link or id: no import was written. */
  | 'invalid-link'
  /** The same spreadsheet as an earlier row: no second import. */
  | 'duplicate'
  /** The roll-up's own spreadsheet. */
  | 'self'
  /** #REF!: Allow access not clicked yet, or the spreadsheet not shared (Sheets does not say which). */
  | 'not-connected'
  /** Sheets is still fetching the import. */
  | 'loading'
  /** The spreadsheet has no ITA_SUMMARY the roll-up can read (not made by ita-sheets, or another shape). */
  | 'no-summary';

/** One link row of the roll-up's list. */
export interface RollupSource {
  /** The row of the links tab (1-based), as the officer sees it. */
  readonly row: number;
  /** The name the officer wrote beside the link ('' when none). */
  readonly label: string;
  /** The link as the officer wrote it. */
  readonly link: string;
  /** The spreadsheet's id, when the link is one. */
  readonly id?: string;
  /** What the import holds, once read. */
  readonly kind?: 'organization' | 'rollup';
  readonly status: SourceStatus;
  /** What the officer should know or do, in Thai with an English gloss ('' when all is well). */
  readonly message: string;
  /** The import's cell on the imports tab (A1), where Sheets shows Allow access. */
  readonly importCell?: string;
  /** The organizations the import brought: one for an organization, each of a district's for a roll-up. */
  readonly organizations: readonly OrganizationFigures[];
}

/** An organization in the ranking. */
export interface RankedOrganization extends OrganizationFigures {
  /** 1-based; organizations equal on every ranking key share a rank (1, 2, 2, 4). */
  readonly rank: number;
  /** The links-tab row it came from. */
  readonly sourceRow: number;
  /** No document with records and no OIT item published. */
  readonly notStarted: boolean;
  /** Its projected level does not pass, or (with no projection) today's OIT is below the pass mark. */
  readonly atRisk: boolean;
}

/** How many organizations stand at a level. */
export interface LevelCount {
  /** The level's or grade's name; '' for the organizations that cannot be projected yet. */
  readonly level: string;
  readonly count: number;
}

/** An OIT item and how many organizations still lack it. */
export interface MissingItem {
  readonly code: string;
  readonly count: number;
}

/** The whole roll-up. */
export interface Rollup {
  readonly scope: RollupScope;
  /** The district's name (scope district) or the province's. */
  readonly name: string;
  readonly province: string;
  /** The office that made the roll-up (the profile's organization), for the report's header. */
  readonly office: string;
  /** The newest fiscal year among the organizations. */
  readonly fiscalYear: number | undefined;
  /** When the roll-up was computed (ISO date-time). */
  readonly asOf: string;
  readonly sources: readonly RollupSource[];
  /** Every organization read, ranked: by projected level, then today's OIT, then documents ready. */
  readonly ranked: readonly RankedOrganization[];
  /** Organizations per projected level, best first; the unprojected last. */
  readonly levelCounts: readonly LevelCount[];
  /** The OIT items the most organizations lack, most first (at most MOST_MISSING_SHOWN). */
  readonly commonMissing: readonly MissingItem[];
}
