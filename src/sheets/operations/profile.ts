/**
 * The organization profile, kept once per spreadsheet in its document properties: one call to read,
 * one to write, invisible to the tab bar (an officer cannot delete or print it by mistake) and checked
 * with its schema whenever it is read, so a damaged value never reaches a form — it is reported, with
 * what to do, never read as "no profile" (which would silently drop the units every check relies on).
 */

import { type Profile, profileSchema } from '../../core/documents/header';
import { issuesText } from '../../core/problems/schema-issues';
import { type KeyValueStore, OperationError, utf8Length } from './context';

const PROFILE_KEY = 'ita-sheets.profile';

/**
 * The most UTF-8 bytes the add-in stores in one property value. Apps Script documents 9 KB a value;
 * a measurement found the real ceiling near 8,066 bytes (tanaikech, "Specification of
 * PropertiesService", 2023), so the add-in stays under both.
 */
export const MAX_PROFILE_BYTES = 8_000;

const DAMAGED =
  'ข้อมูลหน่วยงานที่บันทึกไว้ในไฟล์นี้เสียหาย อ่านไม่ได้ โปรดเปิดแถบข้าง กรอกข้อมูลหน่วยงานแล้วกดบันทึกใหม่ ' +
  '(the organization profile saved in this file is damaged: open the sidebar, fill in the profile and save it again)';

/** The saved profile, or null when none was saved; a saved value that cannot be read is an error saying what to do. */
export function loadProfile(properties: KeyValueStore): Profile | null {
  const json = properties.getProperty(PROFILE_KEY);
  if (json === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new OperationError(`${DAMAGED}: ${json.slice(0, 40)}`);
  }
  const parsed = profileSchema.safeParse(value);
  if (!parsed.success) throw new OperationError(`${DAMAGED}: ${issuesText(parsed.error.issues)}`);
  return parsed.data;
}

/** Saves a checked profile; refuses, before writing, one longer than a property value holds. */
export function storeProfile(properties: KeyValueStore, profile: Profile): void {
  const json = JSON.stringify(profile);
  const bytes = utf8Length(json);
  if (bytes > MAX_PROFILE_BYTES) {
    throw new OperationError(
      `ข้อมูลหน่วยงานยาวเกินกว่าที่เก็บในไฟล์ได้ (${bytes.toLocaleString('en-US')} ไบต์ เก็บได้ไม่เกิน ` +
        `${MAX_PROFILE_BYTES.toLocaleString('en-US')} ไบต์) โปรดย่อชื่อหน่วยงานหรือรายชื่อหน่วยงานย่อย ยังไม่ได้บันทึกสิ่งใด ` +
        `(the profile is ${bytes} bytes, more than the ${MAX_PROFILE_BYTES} a document property holds: shorten the units; nothing was saved)`,
    );
  }
  properties.setProperty(PROFILE_KEY, json);
}
