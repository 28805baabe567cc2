/**
 * Loads the add-in's working part (app.ts) on first use in an execution. The build writes it, minified,
 * to the project's HTML file APP_FILE under the global APP_GLOBAL; HtmlService hands its text back as
 * written, and it is evaluated once per execution. Only the project's own file is ever evaluated: no
 * text from a sheet or a user comes near it.
 */

import type * as App from './app';

/** The app part's file in dist/ (ita-sheets-app.html) and the global its code defines. */
export const APP_FILE = 'ita-sheets-app';
export const APP_GLOBAL = 'ItaSheetsApp';

export type AppPart = typeof App;

let loaded: AppPart | undefined;

/** The app part, evaluated on the first call of an execution. */
export function loadApp(): AppPart {
  if (!loaded) {
    const source = HtmlService.createHtmlOutputFromFile(APP_FILE).getContent();
    loaded = new Function(`${source}\nreturn ${APP_GLOBAL};`)() as AppPart;
  }
  return loaded;
}
