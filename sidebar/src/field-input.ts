/**
 * One field of the entry form, made from its FieldSpec: the control its kind calls for, its label,
 * its live preview and the messages under it. What the officer types is only ever a control's value.
 */

import type { FieldSpec } from '../../src/core/documents/field';
import { h, uniqueId } from './dom';
import { type FieldContext, type FieldControl, labelText, messagesOf, previewLine } from './field-parts';
import { type FormValue, listItems, NO_BUDGET } from './form-values';
import { budgetPreview, listCountText, periodChoices, periodPreview } from './previews';
import { unitsField } from './units-field';

export type { FieldControl } from './field-parts';

type Control = HTMLInputElement | HTMLTextAreaElement;
const text = (value: FormValue): string => (typeof value === 'string' ? value : value.join('\n'));

function textField(field: FieldSpec, context: FieldContext): FieldControl {
  const multiline = field.kind === 'text' || field.kind === 'list';
  const messages = messagesOf(field);
  const count =
    field.kind === 'list' ? h('p', { class: 'count', 'data-testid': `count-${field.key}` }) : null;
  const hint =
    field.kind === 'list'
      ? h('p', { id: uniqueId('h'), class: 'hint' }, 'หนึ่งข้อต่อบรรทัด (one item a line)')
      : null;
  const attrs = {
    id: uniqueId(`f-${field.key}`),
    name: field.key,
    'data-testid': `field-${field.key}`,
    'aria-required': field.required ? 'true' : null,
    'aria-describedby': [hint?.id, messages.element.id].filter(Boolean).join(' '),
    onInput: () => {
      updateCount();
      context.onInput();
    },
  };
  const control: Control = multiline
    ? h('textarea', { ...attrs, rows: field.kind === 'list' ? 4 : 3 })
    : h('input', { ...attrs, type: 'text', inputmode: field.kind === 'score' ? 'decimal' : null });
  const updateCount = () => {
    if (count) count.textContent = listCountText(listItems(control.value).length);
  };
  updateCount();
  return {
    field,
    element: h(
      'div',
      { class: 'field' },
      h('label', { for: control.id }, ...labelText(field)),
      hint,
      control,
      count,
      messages.element,
    ),
    read: () => control.value,
    write(value) {
      control.value = text(value);
      updateCount();
    },
    showMessages: (list) => messages.render(list, [control]),
  };
}

function periodField(field: FieldSpec, context: FieldContext): FieldControl {
  const messages = messagesOf(field);
  const preview = previewLine();
  const input = h('input', {
    type: 'text',
    id: uniqueId(`f-${field.key}`),
    name: field.key,
    'data-testid': `field-${field.key}`,
    placeholder: 'เช่น ๑ ต.ค. ๖๗ – ๓๐ ก.ย. ๖๘',
    'aria-required': field.required ? 'true' : null,
    'aria-describedby': `${preview.element.id} ${messages.element.id}`,
    onInput: () => {
      picker.value = '';
      update();
      context.onInput();
    },
  });
  const picker = h(
    'select',
    {
      id: uniqueId('year'),
      'data-testid': `field-${field.key}-year`,
      onChange: () => {
        if (picker.value === '') return;
        input.value = picker.value;
        update();
        context.onInput();
      },
    },
    h('option', { value: '' }, '— เลือกจากปีงบประมาณ —'),
    ...periodChoices(context.header, context.now).map((year) =>
      h(
        'optgroup',
        { label: `ปีงบประมาณ ${year.year}` },
        ...year.choices.map((c) => h('option', { value: c.text }, `${c.label}: ${c.text}`)),
      ),
    ),
  );
  const update = () => preview.set(periodPreview(input.value, context.header.fiscalYear));
  return {
    field,
    element: h(
      'div',
      { class: 'field' },
      h('label', { for: input.id }, ...labelText(field)),
      input,
      h('label', { for: picker.id, class: 'sub' }, 'หรือเลือกช่วงเวลา (pick a period)'),
      picker,
      preview.element,
      messages.element,
    ),
    read: () => input.value,
    write(value) {
      input.value = text(value);
      picker.value = '';
      update();
    },
    showMessages: (list) => messages.render(list, [input]),
  };
}

function budgetField(field: FieldSpec, context: FieldContext): FieldControl {
  const messages = messagesOf(field);
  const preview = previewLine();
  const input = h('input', {
    type: 'text',
    id: uniqueId(`f-${field.key}`),
    name: field.key,
    inputmode: 'decimal',
    'data-testid': `field-${field.key}`,
    placeholder: 'เช่น 50,000 บาท',
    'aria-required': field.required ? 'true' : null,
    'aria-describedby': `${preview.element.id} ${messages.element.id}`,
    onInput: () => {
      update();
      context.onInput();
    },
  });
  const none = h('input', {
    type: 'checkbox',
    id: uniqueId('none'),
    'data-testid': `field-${field.key}-none`,
    onChange: () => {
      input.value = none.checked ? NO_BUDGET : '';
      update();
      context.onInput();
    },
  });
  const update = () => {
    none.checked = input.value.trim() === NO_BUDGET;
    input.disabled = none.checked;
    preview.set(none.checked ? { kind: 'empty' } : budgetPreview(input.value));
  };
  return {
    field,
    element: h(
      'div',
      { class: 'field' },
      h('label', { for: input.id }, ...labelText(field)),
      input,
      h('div', { class: 'check' }, none, h('label', { for: none.id }, `${NO_BUDGET} (no budget)`)),
      preview.element,
      messages.element,
    ),
    read: () => input.value,
    write(value) {
      input.value = text(value);
      update();
    },
    showMessages: (list) => messages.render(list, [input]),
  };
}

/** The control for a field, by its kind. */
export function fieldControl(field: FieldSpec, context: FieldContext): FieldControl {
  switch (field.kind) {
    case 'period':
      return periodField(field, context);
    case 'budget':
      return budgetField(field, context);
    case 'units':
      return unitsField(field, context);
    default:
      return textField(field, context);
  }
}
