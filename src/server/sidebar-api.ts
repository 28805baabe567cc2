/**
 * The google.script.run targets: one global per ServerApi method, each answering for the open
 * spreadsheet. A new API object per call: Apps Script runs each call in a fresh execution anyway.
 */

import type { ServerApi } from '../shared/api';
import { createServerApi } from './api';
import { appsScriptContext, appsScriptLock } from './apps-script-context';

const api = (): ServerApi => createServerApi(appsScriptContext, appsScriptLock);

export const getActiveContext = () => api().getActiveContext();
export const selectCell = (request: unknown) => api().selectCell(request);
export const getProfile = () => api().getProfile();
export const saveProfile = (request: unknown) => api().saveProfile(request);
export const listDocumentTabs = () => api().listDocumentTabs();
export const createDocumentTab = (request: unknown) => api().createDocumentTab(request);
export const structureActiveTab = (request: unknown) => api().structureActiveTab(request);
export const readRecords = (request: unknown) => api().readRecords(request);
export const appendRecord = (request: unknown) => api().appendRecord(request);
export const updateRecord = (request: unknown) => api().updateRecord(request);
export const validateTab = (request: unknown) => api().validateTab(request);
export const makeReport = (request: unknown) => api().makeReport(request);
export const rolloverTab = (request: unknown) => api().rolloverTab(request);
