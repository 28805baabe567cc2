/**
 * `npm start` (after `npm run build`): the local preview, the add-in's sidebar and a grid of an
 * in-memory workbook in the browser, without Google. Options: `--port N`, `--workbook FILE.json`.
 */

import { main } from '../src/preview/main';

void main(process.argv.slice(2));
