/**
 * The one list of names Apps Script must see as top-level functions: the custom functions (with the
 * docs the build turns into `@customfunction` JSDoc), the triggers, the menu's targets and, read by the
 * build from the bundle's `sidebarApi`, the sidebar's google.script.run targets.
 */

import { CATALOG, type CustomFunctionDoc } from '../core/functions/catalog';
import type * as Entry from './index';
import { MENU_ITEMS } from './menu-actions';

type EntryName = keyof typeof Entry;

export interface GlobalDeclaration {
  /** The global's name; the bundle's export of the same name, unless it forwards. */
  readonly name: string;
  /** The parameter names of the declaration, as Sheets shows them. */
  readonly params: readonly string[];
  /** Present for a custom function. */
  readonly doc?: CustomFunctionDoc;
  /** A one-line comment for a trigger, a menu target or an API function. */
  readonly summary?: string;
  /** A menu item's global calls one export with its own name as the argument. */
  readonly forward?: { readonly target: EntryName; readonly argument: string };
  /** A sidebar API global calls the function of its own name in this export of the bundle. */
  readonly member?: typeof API_EXPORT;
}

/** The global name of the server bundle. */
export const BUNDLE_GLOBAL = 'ItaSheets';

/** The entry's export holding the sidebar's API (sidebar-api.ts): each of its functions gets a global. */
export const API_EXPORT = 'sidebarApi' satisfies EntryName;

/**
 * The google.script.run targets, from the functions the built bundle's `sidebarApi` holds (the build
 * reads them there): one global each, with as many parameters as the function takes.
 */
export function apiGlobals(functions: readonly { name: string; arity: number }[]): GlobalDeclaration[] {
  return functions.map(({ name, arity }) => ({
    name,
    params: arity === 0 ? [] : ['request'],
    summary: `Sidebar API (google.script.run): ${name}`,
    member: API_EXPORT,
  }));
}

/** Every global but the sidebar API's, which the build adds from the bundle (apiGlobals). */
export const GLOBALS: readonly GlobalDeclaration[] = [
  ...CATALOG.map((doc) => ({ name: doc.name, params: doc.params.map((p) => p.name), doc })),
  { name: 'onOpen', params: ['e'], summary: 'Builds the add-on menu when the spreadsheet opens.' },
  {
    name: 'onInstall',
    params: ['e'],
    summary: 'Builds the add-on menu right after the add-on is installed.',
  },
  { name: 'showHelp', params: [], summary: 'Menu item: the help dialog listing the functions.' },
  { name: 'showSidebar', params: [], summary: 'Menu item: the sidebar.' },
  { name: 'runMenu', params: ['global'], summary: 'Runs one menu item on the active tab.' },
  { name: 'menuSelfTest', params: [], summary: 'Menu item: the installation check (ตรวจการติดตั้ง).' },
  ...MENU_ITEMS.map((item) => ({
    name: item.global,
    params: [],
    summary: `Menu item: ${item.caption}`,
    forward: { target: 'runMenu' as const, argument: item.global },
  })),
];
