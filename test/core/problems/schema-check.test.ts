import * as z from 'zod/mini';
import { checker, object, record, strictObject, wholeNumber } from '../../../src/core/problems/schema-check';

const NOT_OBJECT = 'ต้องเป็นชุดข้อมูล (must be an object)';
const name = z.string({ error: 'ชื่อต้องเป็นข้อความ (name must be text)' });

function messages(result: { readonly error?: { readonly issues: readonly { readonly message: string }[] } }) {
  return result.error?.issues.map((i) => i.message);
}

describe('checker', () => {
  it('answers the value of a good input', () => {
    expect(checker(object({ name }, NOT_OBJECT)).safeParse({ name: 'ก', extra: 1 })).toEqual({
      success: true,
      data: { name: 'ก' },
    });
  });

  it("answers the issues of a bad one, each with its field's path", () => {
    const result = checker(object({ names: z.array(name) }, NOT_OBJECT)).safeParse({ names: ['ก', 2] });

    expect(result.error?.issues).toEqual([
      { type: 'string', path: ['names', 1], message: 'ชื่อต้องเป็นข้อความ (name must be text)' },
    ]);
  });
});

describe('object', () => {
  it('says of a missing field what its own schema says of nothing', () => {
    expect(messages(checker(object({ name }, NOT_OBJECT)).safeParse({}))).toEqual([
      'ชื่อต้องเป็นข้อความ (name must be text)',
    ]);
  });

  it('names a missing field whose schema takes anything', () => {
    expect(messages(checker(object({ record: z.unknown() }, NOT_OBJECT)).safeParse({}))).toEqual([
      'ไม่ได้ส่ง record มา (record is missing)',
    ]);
  });

  it('refuses an array, null and text as an object', () => {
    const schema = checker(object({ title: z.optional(name) }, NOT_OBJECT));

    expect([[], null, 'x'].map((input) => messages(schema.safeParse(input)))).toEqual([
      [NOT_OBJECT],
      [NOT_OBJECT],
      [NOT_OBJECT],
    ]);
  });
});

describe('strictObject', () => {
  const schema = checker(strictObject({ name }, NOT_OBJECT, (keys) => `ไม่มีช่อง ${keys.join(', ')} (unknown)`));

  it('lists every key it does not know, on the object itself', () => {
    expect(schema.safeParse({ name: 'ก', b: 1, c: 2 }).error?.issues).toEqual([
      { type: 'unrecognized_keys', path: [], message: 'ไม่มีช่อง b, c (unknown)' },
    ]);
  });

  it('accepts exactly its keys', () => {
    expect(schema.safeParse({ name: 'ก' }).success).toBe(true);
  });
});

describe('record', () => {
  it('checks every value and refuses an array', () => {
    const schema = checker(record(z.string(), NOT_OBJECT));

    expect([schema.safeParse({ a: 'x' }).success, schema.safeParse({ a: 1 }).success]).toEqual([true, false]);
    expect(messages(schema.safeParse(['x']))).toEqual([NOT_OBJECT]);
  });
});

describe('wholeNumber', () => {
  const year = checker(
    wholeNumber(2400, 2800, { type: 'ตัวเลข (a number)', whole: 'จำนวนเต็ม (whole)', range: 'พ.ศ. (B.E.)' }),
  );

  it.each<[unknown, string[] | undefined]>([
    [2567, undefined],
    ['2567', ['ตัวเลข (a number)']],
    [Number.POSITIVE_INFINITY, ['ตัวเลข (a number)']],
    [Number.NaN, ['ตัวเลข (a number)']],
    [2567.5, ['จำนวนเต็ม (whole)']],
    [0.5, ['จำนวนเต็ม (whole)']],
    [2025, ['พ.ศ. (B.E.)']],
    [2 ** 60, ['จำนวนเต็ม (whole)', 'พ.ศ. (B.E.)']],
  ])('reads %p', (input, expected) => {
    expect(messages(year.safeParse(input))).toEqual(expected);
  });
});
