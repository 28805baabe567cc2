import { callServer } from '../../sidebar/src/server';

type Handler = (value: unknown) => void;

/** A stand-in for google.script.run that answers with `answer` (or fails with `failure`). */
function install(answer: (name: string, request: unknown) => unknown, failure?: unknown): string[] {
  const calls: string[] = [];
  const runner = (success: Handler, fail: Handler): object =>
    new Proxy(
      {},
      {
        get: (_, name: string) => {
          if (name === 'withSuccessHandler') return (f: Handler) => runner(f, fail);
          if (name === 'withFailureHandler') return (f: Handler) => runner(success, f);
          return (request: unknown) => {
            calls.push(`${name}:${JSON.stringify(request ?? null)}`);
            setTimeout(() => (failure === undefined ? success(answer(name, request)) : fail(failure)), 0);
          };
        },
      },
    );
  Object.assign(globalThis, {
    google: {
      script: {
        run: runner(
          () => undefined,
          () => undefined,
        ),
      },
    },
  });
  return calls;
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'google');
});

describe('callServer', () => {
  it('calls the function with the request and resolves with its answer', async () => {
    const calls = install(() => ({ ok: true, value: { a1: 'B3' } }));
    await expect(callServer('selectCell', { sheetId: 1, a1: 'B3' })).resolves.toEqual({
      ok: true,
      value: { a1: 'B3' },
    });
    expect(calls).toEqual(['selectCell:{"sheetId":1,"a1":"B3"}']);
  });

  it('passes a refusal through', async () => {
    install(() => ({ ok: false, error: 'บันทึกไม่ได้', problems: [] }));
    await expect(
      callServer('saveProfile', { organization: '', district: '', province: '', website: '', units: [] }),
    ).resolves.toEqual({
      ok: false,
      error: 'บันทึกไม่ได้',
      problems: [],
    });
  });

  it('turns a transport failure into a Thai message', async () => {
    install(() => null, new Error('NetworkError'));
    const answer = await callServer('getProfile');
    expect(answer).toEqual({ ok: false, error: expect.stringContaining('ติดต่อเซิร์ฟเวอร์ไม่ได้: NetworkError') });
  });

  it('refuses an answer that is not a result', async () => {
    install(() => 'oops');
    const answer = await callServer('getProfile');
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error).toContain('ติดต่อเซิร์ฟเวอร์ไม่ได้');
  });

  it('says so outside Apps Script', async () => {
    const answer = await callServer('listDocumentTabs');
    expect(!answer.ok && answer.error).toContain('google.script.run');
  });
});
