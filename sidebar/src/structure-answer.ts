/** What the sidebar shows of a structured paste: the new tab, its count of records, and each warning. */

import type { StructureSummary } from '../../src/shared/api';
import { h } from './dom';

/** The lines of a structure answer: text only (every value set as text, never as markup). */
export function structureAnswer(summary: StructureSummary, warningsTestId: string): HTMLElement[] {
  const { tab, records, warnings } = summary;
  const lines: HTMLElement[] = [
    h('p', {}, `สร้างแท็บ “${tab.name}” แล้ว: ${records} รายการ (${records} records)`),
  ];
  if (warnings.length > 0) {
    lines.push(
      h(
        'ul',
        { class: 'warnings', 'data-testid': warningsTestId },
        ...warnings.map((w) => h('li', { class: w.severity }, w.a1 ? `${w.a1}: ${w.message}` : w.message)),
      ),
    );
  }
  return lines;
}
