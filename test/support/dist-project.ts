/** The built dist/ loaded as Apps Script runs it, over an in-memory workbook with a profile and a lock. */

import { loadDist } from '../../scripts/lib/apps-script-vm';
import { MemoryWorkbook, memoryServices } from '../../src/sheets/memory';
import { MemoryProperties } from '../../src/sheets/memory-properties';
import { storeProfile } from '../../src/sheets/operations/profile';
import { PROFILE } from './workbook';

/** A fresh workbook and the built script loaded over it (the services it calls are the workbook's). */
export function distProject() {
  const workbook = new MemoryWorkbook({ name: 'ทดสอบ' });
  const properties = new MemoryProperties();
  storeProfile(properties, PROFILE);
  const services = memoryServices(workbook);
  const loaded = loadDist({
    SpreadsheetApp: {
      getActiveSpreadsheet: () => workbook,
      getActiveSheet: () => workbook.getActiveSheet(),
      newDataValidation: () => services.newDataValidation(),
      flush: () => services.flush(),
    },
    Charts: { ChartType: { BAR: services.barChartType } },
    PropertiesService: { getDocumentProperties: () => properties },
    LockService: { getDocumentLock: () => ({ waitLock: () => undefined, releaseLock: () => undefined }) },
  });
  return { workbook, loaded };
}
