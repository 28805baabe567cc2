/**
 * The one place the add-in reads an organization, a district and a province from Thai text: the
 * kinds of local administration (DESIGN §1) and how their names are written in a document's header
 * or a memo's sentences.
 */

/** The kinds of organization, longest first so that a kind is never read as a shorter one. */
export const ORGANIZATION_KINDS = [
  'องค์การบริหารส่วนตำบล',
  'องค์การบริหารส่วนจังหวัด',
  'เทศบาลตำบล',
  'เทศบาลเมือง',
  'เทศบาลนคร',
  'อบต.',
] as const;

const KIND = `(?:${ORGANIZATION_KINDS.map((k) => k.replace('.', '\\.')).join('|')})`;
// A name runs to the next space or punctuation; a run longer than this is not a name (a line pasted
// without spaces), and is not cut to fit either.
const MAX_NAME = 80;
const NAME = `[^\\s,.;:()]{1,${MAX_NAME}}(?![^\\s,.;:()])`;

/** An organization anywhere in a line: its kind, a space or none, its name. */
const ORGANIZATION = new RegExp(`${KIND}\\s?${NAME}`);
/** An organization that opens a line (a title block names it so). */
const ORGANIZATION_AT_START = new RegExp(`^${KIND}\\s?${NAME}`);
/** An organization written against its kind: inside a sentence "…ส่วนตำบล ปฏิบัติหน้าที่" is not one. */
const ORGANIZATION_GLUED = new RegExp(`${KIND}${NAME}`);
const DISTRICT = new RegExp(`อำเภอ\\s?(${NAME})`);
const PROVINCE = new RegExp(`จังหวัด\\s?(${NAME})`);

/** Where the organization is named in a line: anywhere, opening the line, or glued to its kind. */
export type OrganizationPlacing = 'anywhere' | 'at-start' | 'glued';

const ORGANIZATION_BY_PLACING: Readonly<Record<OrganizationPlacing, RegExp>> = {
  anywhere: ORGANIZATION,
  'at-start': ORGANIZATION_AT_START,
  glued: ORGANIZATION_GLUED,
};

/** The organization a line names, with its kind: "เทศบาลตำบลบ้านใหม่". */
export function organizationIn(line: string, placing: OrganizationPlacing = 'anywhere'): string | undefined {
  return ORGANIZATION_BY_PLACING[placing].exec(line)?.[0];
}

/** The district a line names, without the word อำเภอ. */
export function districtIn(line: string): string | undefined {
  return DISTRICT.exec(line)?.[1];
}

/** The province a line names, without the word จังหวัด. */
export function provinceIn(line: string): string | undefined {
  return PROVINCE.exec(line)?.[1];
}

/** The kinds' abbreviations as official correspondence writes them in a table (อบต.หนองบัว). */
const KIND_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['องค์การบริหารส่วนตำบล', 'อบต.'],
  ['องค์การบริหารส่วนจังหวัด', 'อบจ.'],
  ['เทศบาลตำบล', 'ทต.'],
  ['เทศบาลเมือง', 'ทม.'],
  ['เทศบาลนคร', 'ทน.'],
];

/** An organization's name with its kind abbreviated: องค์การบริหารส่วนตำบลหนองบัว → อบต.หนองบัว. */
export function shortOrganizationName(name: string): string {
  const trimmed = name.trim();
  for (const [kind, short] of KIND_ABBREVIATIONS) {
    if (trimmed.startsWith(kind) && trimmed.length > kind.length) {
      return `${short}${trimmed.slice(kind.length).trimStart()}`;
    }
  }
  return trimmed;
}

/** How an officer may begin a district's name, and a province's (Bangkok is not a จังหวัด). */
const DISTRICT_PREFIXES = ['อำเภอ', 'อ.', 'เขต'] as const;
const PROVINCE_PREFIXES = ['จังหวัด', 'จ.'] as const;
const BANGKOK = 'กรุงเทพ';

function withoutPrefix(name: string, prefixes: readonly string[]): string {
  const trimmed = name.trim();
  const prefix = prefixes.find((p) => trimmed.startsWith(p));
  return prefix ? trimmed.slice(prefix.length).trim() : trimmed;
}

/** A district's name without the prefix the officer may have written: อำเภอโนนสูง, อ.โนนสูง → โนนสูง. */
export const bareDistrict = (name: string): string => withoutPrefix(name, DISTRICT_PREFIXES);

/** A province's name without its prefix: จังหวัดนครราชสีมา, จ.นครราชสีมา → นครราชสีมา. */
export const bareProvince = (name: string): string => withoutPrefix(name, PROVINCE_PREFIXES);

/** A district as a document names it, the officer's own prefix kept: เมือง → อำเภอเมือง, เขตบางรัก stays. */
export function districtWords(name: string): string {
  const trimmed = name.trim();
  return DISTRICT_PREFIXES.some((p) => trimmed.startsWith(p)) ? trimmed : `อำเภอ${trimmed}`;
}

/** A province as a document names it: นครราชสีมา → จังหวัดนครราชสีมา; กรุงเทพมหานคร stays as it is. */
export function provinceWords(name: string): string {
  const trimmed = name.trim();
  return [...PROVINCE_PREFIXES, BANGKOK].some((p) => trimmed.startsWith(p)) ? trimmed : `จังหวัด${trimmed}`;
}
