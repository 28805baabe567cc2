/**
 * True for a JavaScript Date from any realm. `instanceof Date` fails for a Date made in another
 * global scope (a `node:vm` context in tests and the preview, an iframe in the sidebar).
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
