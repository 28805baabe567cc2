/** The help dialog of the add-on menu: every custom function with its Thai examples, as one HTML page. */

import type { CustomFunctionDoc } from '../functions/catalog';
import { escapeHtml } from '../html/escape-html';

function signature(doc: CustomFunctionDoc): string {
  const params = doc.params.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${doc.name}(${params.join(', ')})`;
}

function functionSection(doc: CustomFunctionDoc): string {
  const params = doc.params
    .map(
      (p) =>
        `<li><code>${escapeHtml(p.name)}</code> ${escapeHtml(p.th)} <span class="en">${escapeHtml(p.en)}</span></li>`,
    )
    .join('');
  const examples = doc.examples
    .map(
      (e) =>
        `<tr><td><code>${escapeHtml(e.formula)}</code></td><td>${escapeHtml(e.result)}</td><td>${escapeHtml(e.th)}</td></tr>`,
    )
    .join('');
  return [
    `<section><h2><code>${escapeHtml(signature(doc))}</code></h2>`,
    `<p>${escapeHtml(doc.th)}<br><span class="en">${escapeHtml(doc.en)}</span></p>`,
    `<ul>${params}</ul>`,
    `<table><thead><tr><th>สูตร</th><th>ผลลัพธ์</th><th>คำอธิบาย</th></tr></thead><tbody>${examples}</tbody></table>`,
    '</section>',
  ].join('');
}

const STYLE = [
  "body{font-family:'Sarabun','TH Sarabun New',sans-serif;font-size:14px;margin:8px;color:#202124}",
  'h1{font-size:18px;margin:0 0 8px}h2{font-size:15px;margin:16px 0 4px}',
  'code{font-family:monospace;background:#f1f3f4;padding:0 3px}',
  'table{border-collapse:collapse;width:100%}td,th{border:1px solid #dadce0;padding:3px 6px;text-align:left}',
  '.en{color:#5f6368;font-size:12px}ul{margin:4px 0;padding-left:20px}',
].join('');

/** The whole help page. */
export function renderHelpPage(functions: readonly CustomFunctionDoc[]): string {
  return [
    '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><base target="_top">',
    `<style>${STYLE}</style></head><body>`,
    '<h1>ฟังก์ชันของ ita-sheets <span class="en">(custom functions)</span></h1>',
    '<p>พิมพ์ในเซลล์ได้เหมือนฟังก์ชันของ Sheets ตัวเลขอ่านได้ทั้งเลขไทยและเลขอารบิก ',
    'ใส่ช่วงเซลล์ได้ ผลลัพธ์ออกมาในรูปเดียวกัน <span class="en">Thai or Arabic digits are read; ranges in, ranges out.</span></p>',
    functions.map(functionSection).join(''),
    '</body></html>',
  ].join('');
}
