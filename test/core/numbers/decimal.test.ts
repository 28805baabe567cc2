import fc from 'fast-check';
import {
  decimalAsShown,
  decimalFromNumber,
  decimalToNumber,
  decimalToString,
  parseDecimal,
  roundDecimal,
  toHundredths,
} from '../../../src/core/numbers/decimal';

describe('parseDecimal', () => {
  it.each([
    ['99.65', 9965n, 2],
    ['-12.50', -1250n, 2],
    ['.5', 5n, 1],
    ['1e-7', 1n, 7],
    ['1.5e3', 1500n, 0],
    ['100', 100n, 0],
  ])('reads %s exactly', (text, units, scale) => {
    expect(parseDecimal(text)).toEqual({ units, scale });
  });

  it.each(['', 'abc', '1.2.3', '1,000', '--1', '1e', 'NaN', 'Infinity'])('refuses %p', (text) => {
    expect(parseDecimal(text)).toBeUndefined();
  });
});

describe('decimalFromNumber', () => {
  it('takes the decimal the number shows, not its binary approximation', () => {
    expect(decimalFromNumber(84.995)).toEqual({ units: 84995n, scale: 3 });
  });

  it("takes the same decimal by its fast path as by reading the number's text, for any double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(decimalFromNumber(n)).toEqual(parseDecimal(String(n)));
      }),
      { numRuns: 5000 },
    );
  });

  it('takes the same decimal by its fast path for numbers with few decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 8 }), (k, scale) => {
        const n = k / 10 ** scale;

        expect(decimalFromNumber(n)).toEqual(parseDecimal(String(n)));
      }),
      { numRuns: 5000 },
    );
  });

  it('takes the exact decimal of 2-decimal scores', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (hundredths) => {
        expect(decimalToString(roundDecimal(decimalFromNumber(hundredths / 100), 2))).toBe(
          (hundredths / 100).toFixed(2),
        );
      }),
    );
  });

  it('refuses a number that is not finite', () => {
    expect(() => decimalFromNumber(Number.NaN)).toThrow('not a finite number');
  });
});

describe('decimalAsShown', () => {
  it.each([
    [0.1 + 0.2, '0.3'],
    [84.99499999999999, '84.995'],
    [77.21, '77.21'],
    [123456789012345.6, '123456789012346'],
    [1e21, '1000000000000000000000'],
    [-Number.MAX_VALUE, `-17976931348623157${'0'.repeat(292)}`],
  ])('reads %p as Sheets shows it: %s', (value, shown) => {
    expect(decimalToString(decimalAsShown(value))).toBe(shown);
  });

  it('agrees with 15 significant digits for any double below 1e300', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e300, max: 1e300 }), (n) => {
        expect(decimalAsShown(n)).toEqual(decimalFromNumber(Number(n.toPrecision(15))));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('roundDecimal', () => {
  it.each([
    ['84.995', '85.00'],
    ['84.994', '84.99'],
    ['77.2125', '77.21'],
    ['0.005', '0.01'],
    ['-0.125', '-0.13'],
    ['99', '99.00'],
  ])('rounds %s half up to %s', (text, expected) => {
    expect(decimalToString(roundDecimal(parseDecimal(text)!, 2))).toBe(expected);
  });

  it('agrees with rounding the exact decimal of any cent-and-a-half value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (thousandths) => {
        const d = { units: BigInt(thousandths), scale: 3 };
        const expected = Math.floor((thousandths + 5) / 10);
        expect(toHundredths(d)).toBe(BigInt(expected));
      }),
    );
  });
});

describe('decimalToString', () => {
  it('writes a huge number without an exponent', () => {
    expect(decimalToString(decimalFromNumber(1e21))).toBe('1000000000000000000000');
  });

  it('writes a tiny number without an exponent', () => {
    expect(decimalToString(decimalFromNumber(1e-7))).toBe('0.0000001');
  });

  it('round-trips any finite double through decimalToNumber', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(decimalToNumber(decimalFromNumber(n))).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});
