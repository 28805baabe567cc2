/**
 * An indicator's line that gives several numbers: a table with last year's score beside this
 * year's and the change (`1 การปฏิบัติหน้าที่ 85.20 92.41 +7.21`), or a sentence with both
 * (`… ปี 2566 ได้ 85.20 ปี 2567 ได้ 92.41 คะแนน`). The indicator's score is the last number a score
 * word (ได้, คะแนน) introduces, else the last one without a sign; the line is kept and a warning
 * names the numbers, so the officer checks the choice.
 */

// A number a score may be, with its sign: "92.41", "+7.21", "-1.5"; never part of a longer number.
const NUMBER = /(?<![\d.])([+\-−–]?)(\d{1,3}(?:\.\d{1,4})?)(?![\d]|\.\d)/g;
// What else a score line may say between its numbers: score words, years, units and punctuation.
const FILLER =
  /ได้คะแนน|คะแนน|ได้|เพิ่มขึ้น|ลดลง|คงที่|ปี(?:งบประมาณ)?\s?(?:พ\.\s?ศ\.)?\s?\d{4}|พ\.\s?ศ\.\s?\d{4}|\d{4}|ร้อยละ|[\s:=|(),%/]+/g;
const SCORE_WORD = /(?:ได้คะแนน|ได้|คะแนน)\s?[:=]?\s?$/;

/** The several numbers of a line's tail after the indicator's name, and the one taken as its score. */
export interface SeveralScores {
  /** The indicator's name: the text before the first number or score word. */
  readonly name: string;
  readonly score: string;
  /** Every number of the tail, as written (with its sign). */
  readonly numbers: readonly string[];
}

/** Reads `text` (Arabic digits, after the indicator's number) as a name and several scores, if it is one. */
export function readSeveralScores(text: string): SeveralScores | undefined {
  const firstDigit = text.search(/\d/);
  if (firstDigit <= 0) return undefined;
  // The name ends before the first number and the words that introduce it ("ปี", "ได้คะแนน").
  const name = text
    .slice(0, firstDigit)
    .replace(/(?:\s|ได้คะแนน|คะแนน|ได้|ปี(?:งบประมาณ)?|พ\.\s?ศ\.|[:=|(])+$/, '')
    .trim();
  const tail = text.slice(name.length);
  if (name === '' || tail.replace(NUMBER, '').replace(FILLER, '') !== '') return undefined;
  const withoutYears = tail.replace(/(?:ปี(?:งบประมาณ)?\s?)?(?:พ\.\s?ศ\.\s?)?\d{4}/g, (y) =>
    ' '.repeat(y.length),
  );
  const found = [...withoutYears.matchAll(NUMBER)].filter((m) => Number(m[2]) <= 100);
  if (found.length < 2) return undefined;
  const introduced = found.filter((m) => SCORE_WORD.test(withoutYears.slice(0, m.index)));
  // A change column ("+4.31", or "0.00" where the two years agree) is no score.
  const value = (m: RegExpMatchArray | undefined) => Number(m?.[2] ?? Number.NaN);
  const [a, b, c] = found.slice(-3);
  const change =
    found.length >= 3 && Math.abs(Math.abs(value(a) - value(b)) - value(c)) < 0.005 ? c : undefined;
  const unsigned = found.filter((m) => m[1] === '' && m !== change);
  const chosen = introduced[introduced.length - 1] ?? unsigned[unsigned.length - 1];
  if (!chosen) return undefined;
  return { name, score: chosen[2] ?? '', numbers: found.map((m) => `${m[1]}${m[2]}`) };
}
