/**
 * The google.script.run targets as the small bundle exports them: each loads the app part and calls
 * its function of the same name (sidebar-api.ts), so an execution that never needs it never pays for it.
 */

import { loadApp } from './app-loader';

export const getActiveContext = () => loadApp().getActiveContext();
export const selectCell = (request: unknown) => loadApp().selectCell(request);
export const getProfile = () => loadApp().getProfile();
export const saveProfile = (request: unknown) => loadApp().saveProfile(request);
export const listDocumentTabs = () => loadApp().listDocumentTabs();
export const createDocumentTab = (request: unknown) => loadApp().createDocumentTab(request);
export const structureActiveTab = (request: unknown) => loadApp().structureActiveTab(request);
export const readRecords = (request: unknown) => loadApp().readRecords(request);
export const appendRecord = (request: unknown) => loadApp().appendRecord(request);
export const updateRecord = (request: unknown) => loadApp().updateRecord(request);
export const validateTab = (request: unknown) => loadApp().validateTab(request);
export const makeReport = (request: unknown) => loadApp().makeReport(request);
export const rolloverTab = (request: unknown) => loadApp().rolloverTab(request);
