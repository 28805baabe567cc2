/** Grades and pass/fail of a score, as the officer sees it: rounded to 2 decimals first. */

import type { Framework, Grade } from './framework';

const bandMinimums = new WeakMap<Framework, readonly bigint[]>();

/** Each band's minimum in hundredths, computed once per framework (grading runs once per cell). */
function minimumsOf(framework: Framework): readonly bigint[] {
  let minimums = bandMinimums.get(framework);
  if (!minimums) {
    minimums = framework.grades.map((band) => BigInt(Math.round(band.min * 100)));
    bandMinimums.set(framework, minimums);
  }
  return minimums;
}

/** The grade of a score given in hundredths (7721n = 77.21). */
export function gradeOf(framework: Framework, hundredths: bigint): Grade {
  const minimums = minimumsOf(framework);
  for (let i = 0; i < minimums.length; i++) {
    if (hundredths >= minimums[i]!) return framework.grades[i]!.grade;
  }
  throw new Error(`gradeOf: bug: no band of FY ${framework.fiscalYear} holds ${hundredths} hundredths`);
}

/** True when a score in hundredths reaches the framework's pass mark (85 in every year known). */
export function passes(framework: Framework, hundredths: bigint): boolean {
  return hundredths >= BigInt(Math.round(framework.passMark * 100));
}

export const PASS_TH = 'ผ่าน';
export const FAIL_TH = 'ไม่ผ่าน';
