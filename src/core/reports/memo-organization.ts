/**
 * The organization an ITA analysis memo (บันทึกข้อความ) is from: its ส่วนราชการ line names it
 * ("ส่วนราชการ สำนักงานปลัด องค์การบริหารส่วนตำบลห้วยปลาดอง"). The attachment's title that follows may
 * name another (a copied template's), so the memo's own comes first.
 */

import type { DocumentHeader } from '../documents/header';

const ORGANIZATION = /(องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร)\s*([^\s,]+)/;

/** The organization the memo's ส่วนราชการ line names, or undefined. */
export function memoOrganization(title: string | undefined): string | undefined {
  const line = (title ?? '').split('\n').find((l) => /^\s*ส่วนราชการ/.test(l));
  const match = line === undefined ? null : ORGANIZATION.exec(line);
  return match ? `${match[1]}${match[2]}` : undefined;
}

/** The header with the memo's own organization, when its ส่วนราชการ line names one. */
export function withMemoOrganization(header: DocumentHeader): DocumentHeader {
  const organization = memoOrganization(header.title);
  return organization === undefined ? header : { ...header, organization };
}
