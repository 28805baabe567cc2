/**
 * The one list of names Apps Script must see as top-level functions: the custom functions (with the
 * docs the build turns into `@customfunction` JSDoc), the triggers and the menu's targets.
 */

import { CATALOG, type CustomFunctionDoc } from '../core/functions/catalog';
import type * as Entry from './index';

export interface GlobalDeclaration {
  readonly name: keyof typeof Entry;
  /** The parameter names of the declaration, as Sheets shows them. */
  readonly params: readonly string[];
  /** Present for a custom function. */
  readonly doc?: CustomFunctionDoc;
  /** A one-line comment for a trigger or a menu target. */
  readonly summary?: string;
}

/** The global name of the server bundle. */
export const BUNDLE_GLOBAL = 'ItaSheets';

export const GLOBALS: readonly GlobalDeclaration[] = [
  ...CATALOG.map((doc) => ({ name: doc.name, params: doc.params.map((p) => p.name), doc })),
  { name: 'onOpen', params: ['e'], summary: 'Builds the add-on menu when the spreadsheet opens.' },
  {
    name: 'onInstall',
    params: ['e'],
    summary: 'Builds the add-on menu right after the add-on is installed.',
  },
  { name: 'showHelp', params: [], summary: 'Menu item: the help dialog listing the functions.' },
];
