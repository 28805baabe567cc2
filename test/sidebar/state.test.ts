import type { StartState } from '../../src/shared/api';
import { createSidebarStore, createStore } from '../../sidebar/src/state';
import { nextStep, startSteps } from '../../sidebar/src/steps';

describe('createStore', () => {
  it('tells its listeners what changed, and only when something did', () => {
    const store = createStore({ view: 'start', context: null as { row: number } | null });
    const heard: string[] = [];
    store.subscribe((change) => {
      heard.push(
        `${change.changed('view') ? 'view' : ''}${change.changed('context') ? 'context' : ''}:${change.state.view}<-${change.previous.view}`,
      );
    });

    store.set({ view: 'entry' });
    store.set({ context: { row: 4 } });
    store.set({ context: { row: 4 } });
    store.set({ view: 'entry' });

    expect(heard).toEqual(['view:entry<-start', 'context:entry<-entry']);
    expect(store.get()).toEqual({ view: 'entry', context: { row: 4 } });
  });

  it('stops telling a listener that unsubscribed', () => {
    const store = createStore({ n: 0 });
    const heard: number[] = [];
    const stop = store.subscribe((change) => heard.push(change.state.n));

    store.set({ n: 1 });
    stop();
    store.set({ n: 2 });

    expect(heard).toEqual([1]);
  });

  it('opens the sidebar on the start page with nothing read yet', () => {
    expect(createSidebarStore().get()).toEqual({
      view: 'start',
      context: null,
      form: null,
      start: null,
      openRecord: null,
    });
  });
});

const NOTHING: StartState = {
  profile: false,
  documents: [],
  lastCheck: null,
  reports: 0,
  oitChecklist: false,
  rollup: false,
};

describe('startSteps', () => {
  it('lists the five steps in order, all to do in a new file, the profile first', () => {
    const steps = startSteps(NOTHING);

    expect(steps.map((s) => [s.number, s.title, s.done, s.status])).toEqual([
      [1, 'ข้อมูลหน่วยงาน', false, 'ยังไม่ทำ'],
      [2, 'เอกสาร', false, 'ยังไม่ทำ'],
      [3, 'ตรวจสอบ', false, 'ยังไม่ทำ'],
      [4, 'สร้างและพิมพ์รายงาน', false, 'ยังไม่ทำ'],
      [5, 'แบบตรวจ OIT', false, 'ยังไม่ทำ'],
    ]);
    expect(nextStep(steps)?.view).toBe('profile');
  });

  it('counts a document done once it holds records, and a check done only without errors', () => {
    const state: StartState = {
      ...NOTHING,
      profile: true,
      documents: [
        { sheetId: 1, name: 'มาตรการ 2568', type: 'measures', records: 0 },
        { sheetId: 2, name: 'แบบตรวจ OIT 2568', type: 'oit-checklist', records: 40 },
      ],
    };
    expect(startSteps(state)[1]).toMatchObject({ done: false, status: 'ยังไม่ทำ: ๑ แท็บ ๐ รายการ' });

    const filled = { ...state, documents: [{ ...state.documents[0]!, records: 5 }, state.documents[1]!] };
    const failed = startSteps({
      ...filled,
      lastCheck: { sheetId: 1, name: 'มาตรการ 2568', errors: 1, warnings: 2 },
    });
    expect(failed[1]?.done).toBe(true);
    expect(failed[2]).toMatchObject({ done: false, status: expect.stringContaining('ข้อผิดพลาด ๑ จุด') });
    expect(nextStep(failed)?.id).toBe('check');

    const clean = startSteps({
      ...filled,
      lastCheck: { sheetId: 1, name: 'มาตรการ 2568', errors: 0, warnings: 2 },
    });
    expect(clean[2]).toMatchObject({ done: true, status: expect.stringContaining('คำเตือน ๒ จุด') });
    expect(clean[4]?.done).toBe(true);
    expect(nextStep(clean)?.id).toBe('report');
    expect(
      nextStep(
        startSteps({
          ...filled,
          lastCheck: { sheetId: 1, name: 'มาตรการ 2568', errors: 0, warnings: 0 },
          reports: 2,
        }),
      ),
    ).toBeUndefined();
  });
});
