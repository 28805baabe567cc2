import { DEFAULT_WORKBOOK_FILE, parsePreviewArgs } from '../../src/preview/main';

describe('parsePreviewArgs', () => {
  it('takes a free port and .preview/workbook.json when given nothing', () => {
    expect(parsePreviewArgs([])).toEqual({
      ok: true,
      port: 0,
      workbookFile: DEFAULT_WORKBOOK_FILE,
      help: false,
    });
  });

  it('reads --port and --workbook, with a space or an equals sign', () => {
    expect(parsePreviewArgs(['--port', '8080', '--workbook=/tmp/ตัวอย่าง.json'])).toEqual({
      ok: true,
      port: 8080,
      workbookFile: '/tmp/ตัวอย่าง.json',
      help: false,
    });
  });

  it('refuses a port that is not 0–65535, a missing value and an unknown option, in Thai', () => {
    expect(parsePreviewArgs(['--port', '70000'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('0–65535'),
    });
    expect(parsePreviewArgs(['--port', 'abc'])).toMatchObject({ ok: false });
    expect(parsePreviewArgs(['--workbook'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('ต้องมีค่า'),
    });
    expect(parsePreviewArgs(['--verbose'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('ไม่รู้จัก'),
    });
  });
});
