/** Matching a responsible unit against the organization's units, as officers and scanners write them. */

// "สำนักงาน ปลัดอบต." and "สำนักงานปลัด อบต" are the same unit: spaces and dots are not part of a name.
function unitKey(name: string): string {
  return name.replace(/[\s.]+/g, '').replace(/^สำนักงานปลัด/, 'สำนักปลัด');
}

// "ทุกส่วนราชการ", "ทุกกอง/สำนัก": every unit, which needs no match.
const EVERY_UNIT = /^ทุก(?:ส่วนราชการ|กอง|สำนัก|หน่วยงาน|ฝ่าย)/;

/** True when `name` is one of `units` (spaces, dots and สำนักงานปลัด/สำนักปลัด aside) or names every unit. */
export function isKnownUnit(name: string, units: readonly string[]): boolean {
  const key = unitKey(name);
  if (EVERY_UNIT.test(key)) return true;
  // A unit is often followed by the organization's name: "สำนักงานปลัด องค์การบริหารส่วนตำบล…".
  return units.some((unit) => {
    const u = unitKey(unit);
    return u !== '' && (key === u || key.startsWith(u));
  });
}
