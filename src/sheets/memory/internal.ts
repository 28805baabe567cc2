/**
 * The key under which memory objects keep their state. It is not re-exported by index.ts: the modules of
 * the memory workbook reach each other's state through it without a method call that would be counted.
 */
export const STATE: unique symbol = Symbol('memory workbook state');
