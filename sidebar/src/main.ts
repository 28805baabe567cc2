/**
 * The sidebar's entry point: the navigation, the busy line, the error banner, the next step and the
 * views. It opens on the start page (the steps and their state). The view shown is the store's `view`.
 */

import { createApp, type View, type ViewName } from './app';
import { createDistrictView } from './district-view';
import { createDocumentsView } from './documents-view';
import { h, show } from './dom';
import { createEntryView } from './entry-form';
import { followActiveContext } from './follow-active';
import { createNextStep } from './next-step';
import { createOitView } from './oit-view';
import { createProfileView } from './profile-view';
import { createReportView } from './report-view';
import { createStartView } from './start-view';
import { createValidateView } from './validate-view';

const NAV: readonly { name: ViewName; th: string; title: string }[] = [
  { name: 'start', th: 'เริ่ม', title: 'ขั้นตอนการใช้งาน' },
  { name: 'profile', th: 'หน่วยงาน', title: 'ข้อมูลหน่วยงาน' },
  { name: 'documents', th: 'เอกสาร', title: 'แท็บเอกสาร' },
  { name: 'entry', th: 'กรอก', title: 'กรอกรายการ' },
  { name: 'oit', th: 'OIT', title: 'แบบตรวจ OIT' },
  { name: 'validate', th: 'ตรวจ', title: 'ตรวจเอกสาร' },
  { name: 'report', th: 'รายงาน', title: 'สร้างรายงาน' },
  { name: 'district', th: 'อำเภอ', title: 'ภาพรวมอำเภอ (สำหรับท้องถิ่นอำเภอ)' },
];

function start(root: HTMLElement): void {
  const views = new Map<ViewName, View>();
  const buttons = new Map<ViewName, HTMLButtonElement>();

  function navigate(name: ViewName): void {
    for (const [key, view] of views) show(view.element, key === name);
    for (const [key, button] of buttons) button.setAttribute('aria-pressed', String(key === name));
    app.store.set({ view: name });
    views.get(name)?.show();
  }

  const { app, busy, banner } = createApp(navigate);
  for (const view of [
    createStartView(app),
    createProfileView(app),
    createDocumentsView(app),
    createEntryView(app),
    createOitView(app),
    createValidateView(app),
    createReportView(app),
    createDistrictView(app),
  ]) {
    show(view.element, false);
    views.set(view.name, view);
  }
  const nav = h(
    'nav',
    { class: 'nav', 'aria-label': 'เมนู' },
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
    createNextStep(app),
    banner,
    h('main', {}, ...[...views.values()].map((v) => v.element)),
  );

  followActiveContext(app.store);
  navigate('start');
  void (async () => {
    const profile = await app.call('getProfile');
    if (profile.ok) app.profile.set(profile.value);
  })();
}

const root = document.getElementById('app');
if (root) start(root);
