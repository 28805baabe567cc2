/**
 * The Word-file step of the documents view: the officer picks a .docx file; the browser reads it (an
 * upload into the page, no Drive access), unzips its document, numbering and styles parts with the browser's
 * own DecompressionStream (the directory read by the core's zip-entries.ts; no zip library in the
 * sidebar), and sends the XML to the server, which structures it into a new document tab as a pasted
 * tab is. The XML is read on the server so that the sidebar's bundle carries no Word reader.
 */

import { isDocumentTypeId } from '../../src/core/catalog';
import { MAX_WORD_XML, readWordParts, type WordPartsResult } from '../../src/core/docx/zip-entries';
import type { StructureSummary } from '../../src/shared/api';
import type { App } from './app';
import { h, labelled } from './dom';

const NO_STREAMS = 'เบราว์เซอร์นี้อ่านไฟล์ Word ไม่ได้ ให้ใช้รุ่นใหม่กว่า (this browser cannot unzip; update it)';

async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The parts of a picked file, or why it cannot be read (Thai, English gloss). */
export async function readPickedWordFile(file: Blob): Promise<WordPartsResult> {
  if (typeof DecompressionStream === 'undefined') return { ok: false, th: NO_STREAMS, en: '' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  return readWordParts(bytes, { inflateRaw, decodeUtf8: (b) => new TextDecoder('utf-8').decode(b) });
}

/**
 * The file picker and its button; the type is the structure step's. `done` shows the new tab as the
 * structure step shows a pasted tab's.
 */
export function wordUploadPart(
  app: App,
  typeSelect: HTMLSelectElement,
  done: (summary: StructureSummary) => Promise<void>,
): HTMLElement[] {
  const picker = h('input', {
    type: 'file',
    accept: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'data-testid': 'docx-file',
  });
  const button = h('button', { type: 'button', 'data-testid': 'docx-structure' }, 'จัดโครงสร้างไฟล์ Word');

  async function structure(): Promise<void> {
    const file = picker.files?.[0];
    const type = typeSelect.value;
    if (!isDocumentTypeId(type)) return;
    if (!file) {
      app.showError('ยังไม่ได้เลือกไฟล์ Word (.docx) (no Word file chosen)');
      return;
    }
    const read = await readPickedWordFile(file);
    if (!read.ok) {
      app.showError(`ไฟล์ "${file.name}": ${read.th}${read.en ? ` (${read.en})` : ''}`);
      return;
    }
    const { parts } = read;
    if (Object.values(parts).reduce((n, xml) => n + xml.length, 0) > MAX_WORD_XML) {
      app.showError(`ไฟล์ "${file.name}" ใหญ่เกินไป ให้แบ่งเป็นหลายไฟล์ (the Word file is too large; split it)`);
      return;
    }
    const answer = await app.call('structureWordFile', { type, fileName: file.name, ...parts }, button);
    if (answer.ok) await done(answer.value);
  }

  button.addEventListener('click', () => void structure());
  return [
    h('p', { class: 'hint' }, 'หรือเลือกไฟล์ Word ของเอกสาร (อ่านในเบราว์เซอร์ ไม่ใช้ Drive)'),
    labelled('เลือกไฟล์ Word (.docx)', picker, 'choose a Word file'),
    h('div', { class: 'actions' }, button),
  ];
}
