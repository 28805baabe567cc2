import { structureDocument } from '../../../src/core/structure/structure';
import { yearOfPeriods } from '../../../src/core/structure/year-from-periods';
import { fixture } from '../../support/fixtures';

describe('yearOfPeriods', () => {
  it('reads the fiscal year most periods lie in', () => {
    expect(yearOfPeriods(['๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘', 'ต.ค. ๒๕๖๗ – มี.ค. ๒๕๖๘', 'ตลอดปี'])).toBe(2568);
  });

  it('names no year when the periods disagree, span years or cannot be read', () => {
    expect(yearOfPeriods(['๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘', '๑ ต.ค. ๖๘ – ๓๐ ก.ย. ๖๙'])).toBeUndefined();
    expect(yearOfPeriods(['ปีงบประมาณ พ.ศ. 2562 - 2564'])).toBeUndefined();
    expect(yearOfPeriods(['ทุกวัน', ''])).toBeUndefined();
  });
});

describe('structureDocument, the fiscal year without a title', () => {
  const untitled = fixture('measures-fy2568.txt')
    .split('\n')
    .filter((line) => !line.startsWith('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายใน') && !line.startsWith('องค์การ'))
    .join('\n');

  it('reads it from the periods, with a warning', () => {
    const result = structureDocument('measures', untitled);

    expect(result.ok && result.value.header.fiscalYear).toBe(2568);
    expect(result.ok && result.value.warnings[0]?.problem).toEqual({ code: 'year-from-periods', year: 2568 });
  });

  it('takes the year given instead, without a warning, and never over the title’s', () => {
    const given = structureDocument('measures', untitled, { fiscalYear: 2569 });
    const titled = structureDocument('measures', fixture('measures-fy2568.txt'), { fiscalYear: 2569 });

    expect(given.ok && [given.value.header.fiscalYear, given.value.warnings.length]).toEqual([2569, 0]);
    expect(titled.ok && titled.value.header.fiscalYear).toBe(2568);
  });
});
