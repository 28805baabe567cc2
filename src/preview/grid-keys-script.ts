/**
 * The preview grid's keyboard, as Sheets': typing on a selected cell opens it for editing with what was
 * typed, Enter opens it with its content (the formula, as the cell bar shows it); in the editor Enter
 * writes and moves down, Tab writes and moves right (Shift+Tab left), Escape cancels; on the grid the
 * arrows and Tab move the selection, Delete or Backspace clears the cell, Ctrl+Z undoes the last edit
 * made in the grid. Writes go to the server (/preview/edit, /preview/undo), which writes through the
 * in-memory workbook as Sheets takes typing; the grid is then drawn again, its formulas computed.
 *
 * Plain ES2017 for the browser, a string, run after the page's own script (page-html.ts), whose
 * window.itaGrid gives it post() and refresh(); the editor is an input, its text only ever a value.
 */

export const GRID_KEYS_SCRIPT = `
(function () {
  'use strict';
  var grid = window.itaGrid;
  var pane = document.getElementById('grid-pane');
  var editor = null;
  function table() { return pane.querySelector('[data-testid="grid-table"]'); }
  function selected() { var t = table(); return t ? t.querySelector('td.selected[data-a1]') : null; }
  function parse(a1) {
    var m = /^([A-Z]+)(\\d+)$/.exec(a1);
    var column = 0;
    for (var i = 0; i < m[1].length; i++) column = column * 26 + (m[1].charCodeAt(i) - 64);
    return { row: Number(m[2]), column: column };
  }
  function name(row, column) {
    var letters = '';
    for (var c = column; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
    return letters + row;
  }
  function sheetId() { var t = table(); return t ? Number(t.getAttribute('data-sheet-id')) : NaN; }
  // The cell a move is on its way to: keys pressed faster than the grid is drawn move on from there.
  var pending = null;
  var moves = 0;
  function current() {
    if (pending) return pending;
    var cell = selected();
    return cell ? cell.getAttribute('data-a1') : null;
  }
  function select(a1) {
    var ticket = ++moves;
    pending = a1;
    return grid.post('/preview/select', { sheetId: sheetId(), a1: a1 })
      .then(grid.refresh)
      .then(function () { if (ticket === moves) pending = null; }, function (e) { pending = null; grid.fail(e); });
  }
  function move(a1, rows, columns) {
    var at = parse(a1);
    return select(name(Math.max(1, at.row + rows), Math.max(1, at.column + columns)));
  }
  function write(a1, text) {
    return grid.post('/preview/edit', { sheetId: sheetId(), a1: a1, text: text });
  }
  function close() {
    if (editor && editor.parentNode) editor.parentNode.removeChild(editor);
    editor = null;
    grid.editing = false;
  }
  function open(cell, text) {
    close();
    editor = document.createElement('input');
    editor.type = 'text';
    editor.className = 'cell-editor';
    editor.setAttribute('data-testid', 'cell-editor');
    editor.setAttribute('aria-label', 'แก้เซลล์ ' + cell.getAttribute('data-a1'));
    editor.value = text;
    editor.setAttribute('data-a1', cell.getAttribute('data-a1'));
    cell.appendChild(editor);
    grid.editing = true;
    editor.focus();
    editor.setSelectionRange(text.length, text.length);
  }
  function commit(rows, columns) {
    if (!editor) return;
    var a1 = editor.getAttribute('data-a1');
    var text = editor.value;
    close();
    write(a1, text).then(function () { return move(a1, rows, columns); }, grid.fail);
  }
  function cellBarText() {
    var bar = pane.querySelector('[data-testid="cell-bar"] .cell-text');
    return bar ? bar.textContent : '';
  }
  pane.addEventListener('dblclick', function (event) {
    var cell = event.target instanceof Element ? event.target.closest('td[data-a1]') : null;
    if (cell && cell.classList.contains('selected')) open(cell, cellBarText());
  });
  document.addEventListener('keydown', function (event) {
    if (editor && event.target === editor) {
      if (event.key === 'Enter') { event.preventDefault(); commit(1, 0); }
      else if (event.key === 'Tab') { event.preventDefault(); commit(0, event.shiftKey ? -1 : 1); }
      else if (event.key === 'Escape') { event.preventDefault(); close(); grid.refresh(); }
      return;
    }
    var target = event.target;
    if (target instanceof HTMLElement && target !== document.body && !pane.contains(target)) return;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
    // A focused button (a tab, Allow access) takes its own Enter and Space.
    if (target instanceof HTMLButtonElement) return;
    var cell = selected();
    if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 'z' || event.key === 'Z')) {
      event.preventDefault();
      grid.post('/preview/undo', {}).then(grid.refresh, grid.fail);
      return;
    }
    var a1 = current();
    if (!cell || !a1) return;
    var step = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] }[event.key];
    if (step) { event.preventDefault(); move(a1, step[0], step[1]); return; }
    var target = table().querySelector('td[data-a1="' + a1 + '"]') || cell;
    if (event.key === 'Tab') { event.preventDefault(); move(a1, 0, event.shiftKey ? -1 : 1); return; }
    if (event.key === 'Enter' || event.key === 'F2') { event.preventDefault(); open(target, cellBarText()); return; }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      write(a1, '').then(grid.refresh, grid.fail);
      return;
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      open(target, event.key);
    }
  });
})();
`;
