/**
 * A units field (ผู้รับผิดชอบ): a box for each of the profile's units, plus any unit the loaded row
 * names that the profile does not, so loading and saving a row never drops a name.
 */

import type { FieldSpec } from '../../src/core/documents/field';
import { h, replace, uniqueId } from './dom';
import { type FieldContext, type FieldControl, labelText, messagesOf } from './field-parts';
import { lines } from './form-values';

/** The units field: checkboxes labelled with the units, in a fieldset `field-<key>`. */
export function unitsField(field: FieldSpec, context: FieldContext): FieldControl {
  const messages = messagesOf(field);
  const boxes = h('div', { class: 'units' });
  // Without units in the profile there is nothing to tick: the names are typed, one a line.
  const typed = h('textarea', {
    id: uniqueId(`f-${field.key}`),
    rows: 3,
    'aria-describedby': messages.element.id,
    onInput: () => context.onInput(),
  });
  const fieldset = h(
    'fieldset',
    { class: 'field', 'data-testid': `field-${field.key}`, 'aria-describedby': messages.element.id },
    h('legend', {}, ...labelText(field)),
    boxes,
    messages.element,
  );
  let checkboxes: HTMLInputElement[] = [];
  const render = (selected: readonly string[]) => {
    const names = [...context.units, ...selected.filter((unit) => !context.units.includes(unit))];
    if (names.length === 0 && context.units.length === 0) {
      checkboxes = [];
      typed.value = selected.join('\n');
      replace(
        boxes,
        h('label', { for: typed.id }, 'หน่วยงาน หนึ่งชื่อต่อบรรทัด (one unit a line)'),
        typed,
        h('p', { class: 'hint' }, 'กำหนดหน่วยงานย่อยที่หน้า “หน่วยงาน” เพื่อเลือกได้'),
      );
      return;
    }
    checkboxes = names.map((unit) =>
      h('input', { type: 'checkbox', id: uniqueId('unit'), value: unit, onChange: () => context.onInput() }),
    );
    checkboxes.forEach((box) => {
      box.checked = selected.includes(box.value);
    });
    replace(
      boxes,
      ...checkboxes.map((box) =>
        h(
          'div',
          { class: 'check' },
          box,
          h(
            'label',
            { for: box.id },
            box.value,
            context.units.includes(box.value) ? null : h('span', { class: 'hint' }, ' (จากแถว)'),
          ),
        ),
      ),
    );
  };
  render([]);
  return {
    field,
    element: fieldset,
    read: () =>
      checkboxes.length > 0
        ? checkboxes.filter((box) => box.checked).map((box) => box.value)
        : lines(typed.value),
    write: (value) => render(typeof value === 'string' ? value.split('\n').filter(Boolean) : value),
    showMessages: (list) => messages.render(list, checkboxes.length > 0 ? checkboxes : [typed]),
  };
}
