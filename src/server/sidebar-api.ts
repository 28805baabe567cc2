/**
 * The sidebar's API over the open spreadsheet, as the entry exports it. The build writes one top-level
 * function (a google.script.run target) for each of its functions, read from the built bundle, so no
 * list of names is kept by hand; the local preview calls the same object's functions.
 */

import type { ServerHandlers } from '../shared/api';
import { createServerApi } from './api';
import { appsScriptContext, appsScriptLock } from './apps-script-context';

/**
 * Cheap to make: a function per call, nothing read until one runs (the context and the lock are
 * functions), so a custom-function execution, which evaluates the bundle too, does not pay for it.
 */
export const sidebarApi: ServerHandlers = createServerApi(appsScriptContext, appsScriptLock);
