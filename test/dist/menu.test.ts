/** The built script's menu targets as Apps Script runs them: the installation check and a failing item. */

import { loadDist } from '../../scripts/lib/apps-script-vm';
import { distProject } from '../support/dist-project';

const project = distProject;

describe('the installation check of the built script (menu › ตรวจการติดตั้ง)', () => {
  it('is an item of the add-on menu', () => {
    const { loaded } = project();

    loaded.call('onOpen', { authMode: 'NONE' });

    expect(loaded.ui.menuItems).toContainEqual({
      caption: 'ตรวจการติดตั้ง (Check the installation)',
      functionName: 'menuSelfTest',
    });
  });

  it('runs every check through the real script, removes its scratch tab and tells the owner all passed', () => {
    const { workbook, loaded } = project();

    loaded.call('menuSelfTest');

    expect(loaded.ui.alerts).toEqual([expect.stringMatching(/^ติดตั้งถูกต้อง ผ่านทุกข้อ \(\d+\/\d+\)/)]);
    expect(workbook.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect(workbook.calls['SpreadsheetApp.flush']).toBe(1);
  });
});

describe('a menu item whose work fails outside every check', () => {
  it('is logged with console.error and told to the officer, in Thai, as a bug', () => {
    const loaded = loadDist({
      SpreadsheetApp: {
        getActiveSheet: () => {
          throw new Error('Service Spreadsheets timed out');
        },
      },
    });
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);

    loaded.call('menuValidate');
    const logged = log.mock.calls.map((c) => String(c[0]));
    log.mockRestore();

    expect(loaded.ui.alerts).toEqual([
      expect.stringMatching(/^ทำรายการไม่สำเร็จ: Service Spreadsheets timed out .*นี่เป็นข้อบกพร่องของ ita-sheets/),
    ]);
    expect(logged).toEqual(['ita-sheets: menuValidate failed unexpectedly']);
  });
});
