/**
 * Small DOM helpers. Elements are built with createElement and text is set as textContent or a
 * control's value, never as markup: text from a sheet or an officer is data, not HTML.
 */

type Listener = (event: Event) => void;

/** An attribute's value: text, a flag (true sets it, false or null leaves it out) or, for `on…`, a listener. */
export type AttrValue = string | number | boolean | null | undefined | Listener;
export type Attrs = Readonly<Record<string, AttrValue>>;
export type Child = Node | string | number | null | undefined | false;

function setAttr(el: HTMLElement, name: string, value: AttrValue): void {
  if (value === null || value === undefined || value === false) return;
  if (name.startsWith('on')) {
    // Only listeners: an inline handler string would be code taken from data.
    if (typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value);
    return;
  }
  if (typeof value === 'function') return;
  // A textarea's value is not an attribute, and an input's value attribute is only its default.
  if (name === 'value' && 'value' in el) (el as HTMLInputElement).value = String(value);
  else el.setAttribute(name, value === true ? '' : String(value));
}

/** Appends children, strings and numbers as text nodes. */
export function append(el: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** An element with attributes (`onClick` adds a click listener) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) setAttr(el, name, value);
  append(el, ...children);
  return el;
}

/** Replaces an element's children. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, ...children);
}

/** Shows or hides an element (the hidden attribute, which screen readers honour too). */
export function show(el: HTMLElement, visible: boolean): void {
  el.hidden = !visible;
}

let counter = 0;

/** An id unique in the page, for <label for> and aria-describedby. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A label and its control, the label's `for` pointing at the control's id. */
export function labelled(
  text: Child,
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  gloss?: string,
): HTMLElement {
  if (!control.id) control.id = uniqueId('c');
  return h(
    'div',
    { class: 'row' },
    h('label', { for: control.id }, text, gloss ? h('span', { class: 'gloss' }, ` ${gloss}`) : null),
    control,
  );
}

/** A select's options from value–text pairs. */
export function options(pairs: readonly (readonly [string, string])[]): HTMLOptionElement[] {
  return pairs.map(([value, text]) => h('option', { value }, text));
}
