/**
 * The profile view: the organization's name, district, province, website and units, kept once per
 * spreadsheet. Checked with the profile schema here and again by the server, which may refuse too.
 */

import { type Profile, profileSchema } from '../../src/core/documents/header';
import type { App, View } from './app';
import { h, replace, uniqueId } from './dom';
import { lines } from './form-values';

type Key = keyof Profile;

const FIELDS: readonly { key: Key; th: string; en: string; placeholder: string }[] = [
  { key: 'organization', th: 'ชื่อหน่วยงาน', en: 'organization', placeholder: 'องค์การบริหารส่วนตำบล…' },
  { key: 'district', th: 'อำเภอ', en: 'district', placeholder: '' },
  { key: 'province', th: 'จังหวัด', en: 'province', placeholder: '' },
  { key: 'website', th: 'เว็บไซต์', en: 'website', placeholder: 'https://' },
  {
    key: 'units',
    th: 'หน่วยงานย่อย หนึ่งชื่อต่อบรรทัด',
    en: 'units, one a line',
    placeholder: 'สำนักปลัด\nกองคลัง\nกองช่าง',
  },
];

/** The profile the form stands for: units one a line, repeated names once. */
export function profileFromForm(read: (key: Key) => string): Profile {
  return {
    organization: read('organization').trim(),
    district: read('district').trim(),
    province: read('province').trim(),
    website: read('website').trim(),
    units: [...new Set(lines(read('units')))],
  };
}

/** The profile view. */
export function createProfileView(app: App): View {
  const controls = new Map<Key, HTMLInputElement | HTMLTextAreaElement>();
  const messages = new Map<Key, HTMLElement>();
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'profile-status' });
  const saveButton = h(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'profile-save' },
    'บันทึก (save)',
  );

  const rows = FIELDS.map(({ key, th, en, placeholder }) => {
    const message = h('div', { id: uniqueId('m'), class: 'messages', 'data-testid': `error-profile-${key}` });
    const attrs = {
      id: uniqueId(`profile-${key}`),
      name: key,
      'data-testid': `profile-${key}`,
      placeholder,
      'aria-describedby': message.id,
      'aria-required': key === 'organization' ? 'true' : null,
      onInput: () => {
        status.textContent = '';
      },
    };
    const control =
      key === 'units'
        ? h('textarea', { ...attrs, rows: 6 })
        : h('input', { ...attrs, type: key === 'website' ? 'url' : 'text' });
    controls.set(key, control);
    messages.set(key, message);
    return h(
      'div',
      { class: 'field' },
      h('label', { for: control.id }, th, h('span', { class: 'gloss' }, ` ${en}`)),
      control,
      message,
    );
  });

  const read = (key: Key): string => controls.get(key)?.value ?? '';

  function fill(profile: Profile | null): void {
    for (const { key } of FIELDS) {
      const control = controls.get(key);
      if (!control) continue;
      const value = profile?.[key] ?? (key === 'units' ? [] : '');
      control.value = typeof value === 'string' ? value : value.join('\n');
    }
  }

  function showMessages(byKey: ReadonlyMap<Key, readonly string[]>): void {
    for (const [key, element] of messages) {
      replace(element, ...(byKey.get(key) ?? []).map((text) => h('p', { class: 'error' }, text)));
      controls.get(key)?.setAttribute('aria-invalid', String(byKey.has(key)));
    }
  }

  async function save(): Promise<void> {
    status.textContent = '';
    const profile = profileFromForm(read);
    const checked = profileSchema.safeParse(profile);
    if (!checked.success) {
      const byKey = new Map<Key, string[]>();
      for (const issue of checked.error.issues) {
        const key = (issue.path[0] ?? 'organization') as Key;
        byKey.set(key, [...(byKey.get(key) ?? []), issue.message]);
      }
      showMessages(byKey);
      app.showError(
        'บันทึกข้อมูลหน่วยงานไม่ได้ (the profile was not saved)',
        checked.error.issues.map((i) => i.message),
      );
      return;
    }
    showMessages(new Map());
    const answer = await app.call('saveProfile', checked.data, saveButton);
    if (!answer.ok) return;
    app.profile.set(answer.value);
    fill(answer.value);
    status.textContent = 'บันทึกข้อมูลหน่วยงานแล้ว (saved)';
  }

  async function load(): Promise<void> {
    const answer = await app.call('getProfile');
    if (!answer.ok) return;
    app.profile.set(answer.value);
  }

  saveButton.addEventListener('click', () => void save());
  app.profile.subscribe(fill);

  const element = h(
    'section',
    { 'aria-labelledby': 'profile-heading' },
    h('h2', { id: 'profile-heading' }, 'ข้อมูลหน่วยงาน ', h('span', { class: 'gloss' }, 'profile')),
    h('p', { class: 'hint' }, 'กรอกครั้งเดียวต่อไฟล์ ใช้ในทุกเอกสารและรายงาน (kept once per spreadsheet)'),
    h('form', { novalidate: true, onSubmit: (event) => event.preventDefault() }, ...rows, saveButton, status),
  );
  return {
    name: 'profile',
    element,
    show: () => {
      if (!app.profile.isLoaded) void load();
    },
  };
}
