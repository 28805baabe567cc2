/** What every field of the entry form shares: its label, its message line, its preview line. */

import type { FieldSpec } from '../../src/core/documents/field';
import type { DocumentHeader } from '../../src/core/documents/header';
import { type Child, h, replace, show, uniqueId } from './dom';
import type { FieldMessage } from './field-messages';
import type { FormValue } from './form-values';
import type { Preview } from './previews';

/** A field's block in the form and how to read, fill and annotate it. */
export interface FieldControl {
  readonly field: FieldSpec;
  readonly element: HTMLElement;
  read(): FormValue;
  write(value: FormValue): void;
  showMessages(messages: readonly FieldMessage[]): void;
}

/** What a field needs besides its spec. */
export interface FieldContext {
  /** The profile's units, for a units field's boxes. */
  readonly units: readonly string[];
  readonly header: DocumentHeader;
  readonly now: Date;
  readonly onInput: () => void;
}

/** A field's label: its Thai heading, a mark when required, and the English gloss. */
export function labelText(field: FieldSpec): Child[] {
  return [
    field.th,
    field.required ? h('span', { class: 'required', title: 'ต้องกรอก (required)' }, ' *') : null,
    h('span', { class: 'gloss' }, ` ${field.en}`),
  ];
}

/** A field's message line (`error-<key>`) and how to show messages on it, marking its controls invalid. */
export function messagesOf(field: FieldSpec) {
  const element = h('div', { id: uniqueId('m'), class: 'messages', 'data-testid': `error-${field.key}` });
  const render = (messages: readonly FieldMessage[], controls: readonly Element[]) => {
    replace(element, ...messages.map((m) => h('p', { class: m.severity }, m.text)));
    const invalid = messages.some((m) => m.severity === 'error');
    for (const control of controls) control.setAttribute('aria-invalid', String(invalid));
  };
  return { element, render };
}

/** The line under a field that says how its text was read. */
export function previewLine(): { element: HTMLElement; set(preview: Preview): void } {
  const element = h('p', { id: uniqueId('p'), class: 'preview', hidden: true });
  return {
    element,
    set(preview) {
      element.textContent = preview.kind === 'empty' ? '' : preview.text;
      element.className = `preview ${preview.kind}`;
      show(element, preview.kind !== 'empty');
    },
  };
}
