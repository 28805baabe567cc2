/**
 * The sidebar's entry point: the navigation, the busy line, the error banner and the six views.
 * It opens on the entry form, or on the profile while the spreadsheet has none.
 */

import { createApp, type View, type ViewName } from './app';
import { createDocumentsView } from './documents-view';
import { h, show } from './dom';
import { createEntryView } from './entry-form';
import { createOitView } from './oit-view';
import { createProfileView } from './profile-view';
import { createReportView } from './report-view';
import { createValidateView } from './validate-view';

const NAV: readonly { name: ViewName; th: string; title: string }[] = [
  { name: 'profile', th: 'หน่วยงาน', title: 'ข้อมูลหน่วยงาน (profile)' },
  { name: 'documents', th: 'เอกสาร', title: 'แท็บเอกสาร (documents)' },
  { name: 'entry', th: 'กรอก', title: 'กรอกรายการ (entry form)' },
  { name: 'oit', th: 'OIT', title: 'แบบตรวจ OIT (OIT checklist)' },
  { name: 'validate', th: 'ตรวจ', title: 'ตรวจเอกสาร (validate)' },
  { name: 'report', th: 'รายงาน', title: 'สร้างรายงาน (report)' },
];

function start(root: HTMLElement): void {
  const views = new Map<ViewName, View>();
  const buttons = new Map<ViewName, HTMLButtonElement>();

  function navigate(name: ViewName): void {
    for (const [key, view] of views) show(view.element, key === name);
    for (const [key, button] of buttons) button.setAttribute('aria-pressed', String(key === name));
    views.get(name)?.show();
  }

  const { app, busy, banner } = createApp(navigate);
  for (const view of [
    createProfileView(app),
    createDocumentsView(app),
    createEntryView(app),
    createOitView(app),
    createValidateView(app),
    createReportView(app),
  ]) {
    show(view.element, false);
    views.set(view.name, view);
  }
  const nav = h(
    'nav',
    { class: 'nav', 'aria-label': 'เมนู (menu)' },
    ...NAV.map(({ name, th, title }) => {
      const button = h(
        'button',
        {
          type: 'button',
          'data-testid': `nav-${name}`,
          title,
          'aria-pressed': 'false',
          onClick: () => navigate(name),
        },
        th,
      );
      buttons.set(name, button);
      return button;
    }),
  );
  root.replaceChildren(
    h('header', { class: 'top' }, h('h1', {}, 'ita-sheets'), busy),
    nav,
    banner,
    h('main', {}, ...[...views.values()].map((v) => v.element)),
  );

  void (async () => {
    const profile = await app.call('getProfile');
    if (profile.ok) app.profile.set(profile.value);
    navigate(profile.ok && profile.value === null ? 'profile' : 'entry');
  })();
}

const root = document.getElementById('app');
if (root) start(root);
