/**
 * A bar chart as inline SVG text: a bar per item with its value above it, the pass mark as a dashed
 * line with its label, the items' labels under the bars. Every text goes through `text` (the
 * document's digits, escaped); nothing else in it comes from a document.
 */

import type { ModelChart } from '../reports/report-model';

const WIDTH = 640;
const HEIGHT = 280;
const LEFT = 40;
const RIGHT = 16;
const TOP = 24;
const BOTTOM = 36;

const fixed = (n: number) => (Math.round(n * 10) / 10).toString();

/** The chart's SVG; `text` makes a text safe and in the document's digits. */
export function chartSvg(chart: ModelChart, text: (value: string) => string): string {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const y = (value: number) => TOP + plotHeight * (1 - Math.max(0, Math.min(chart.max, value)) / chart.max);
  const parts: string[] = [];
  for (let tick = 0; tick <= chart.max; tick += 20) {
    parts.push(
      `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${fixed(y(tick))}" y2="${fixed(y(tick))}" stroke="#d0d0d0" stroke-width="0.5"/>`,
      `<text x="${LEFT - 6}" y="${fixed(y(tick) + 4)}" text-anchor="end" font-size="11">${text(String(tick))}</text>`,
    );
  }
  const slot = plotWidth / Math.max(1, chart.bars.length);
  const barWidth = Math.min(40, slot * 0.6);
  chart.bars.forEach((bar, i) => {
    const x = LEFT + slot * i + (slot - barWidth) / 2;
    const centre = fixed(x + barWidth / 2);
    if (bar.value !== null) {
      const top = y(bar.value);
      const fill = bar.value >= chart.passMark ? '#4472c4' : '#c55a11';
      parts.push(
        `<rect x="${fixed(x)}" y="${fixed(top)}" width="${fixed(barWidth)}" height="${fixed(TOP + plotHeight - top)}" fill="${fill}"></rect>`,
        `<text x="${centre}" y="${fixed(top - 4)}" text-anchor="middle" font-size="11">${text(bar.value.toFixed(2))}</text>`,
      );
    } else {
      parts.push(
        `<text x="${centre}" y="${fixed(TOP + plotHeight - 4)}" text-anchor="middle" font-size="11">-</text>`,
      );
    }
    parts.push(
      `<text x="${centre}" y="${fixed(TOP + plotHeight + 16)}" text-anchor="middle" font-size="12">${text(bar.label)}</text>`,
    );
  });
  const pass = fixed(y(chart.passMark));
  parts.push(
    `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${pass}" y2="${pass}" stroke="#c00000" stroke-width="1.5" stroke-dasharray="6 4"/>`,
    `<text x="${WIDTH - RIGHT}" y="${fixed(Number(pass) - 5)}" text-anchor="end" font-size="12" fill="#c00000">${text(`เกณฑ์ผ่าน ${chart.passMark}`)}</text>`,
    `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${TOP + plotHeight}" y2="${TOP + plotHeight}" stroke="#000" stroke-width="1"/>`,
    `<text x="${LEFT + plotWidth / 2}" y="${HEIGHT - 4}" text-anchor="middle" font-size="12">${text('ตัวชี้วัดที่')}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${text(chart.title)}">${parts.join('')}</svg>`;
}
