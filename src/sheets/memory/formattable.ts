/** The FormatApi setters, written once for Range and RangeList: each is one counted call. */

import type { FormatApi } from '../spreadsheet-api';
import type { CallLedger } from './call-ledger';
import {
  backgroundEdit,
  borderEdit,
  type CellEdit,
  fontColorEdit,
  fontFamilyEdit,
  fontSizeEdit,
  fontWeightEdit,
  horizontalAlignmentEdit,
  noteEdit,
  numberFormatEdit,
  verticalAlignmentEdit,
  wrapEdit,
} from './cell-edits';
import type { Region } from './region';
import { assertLive, type SheetState } from './sheet-state';

/** A block of one sheet that a format call reaches. */
export interface RangeTarget {
  readonly sheet: SheetState;
  readonly region: Region;
}

/** The FormatApi of an object that formats one or more blocks; Self is what each setter returns. */
export abstract class Formattable<Self> implements FormatApi<Self> {
  protected constructor(
    protected readonly ledger: CallLedger,
    private readonly className: 'Range' | 'RangeList',
  ) {}

  protected abstract targets(): readonly RangeTarget[];
  protected abstract self(): Self;

  /** Counts the call, then checks arguments (as Sheets does, inside the call) and edits every cell. */
  private format(method: string, makeEdit: () => CellEdit): Self {
    this.ledger.enter(`${this.className}.${method}`);
    const edit = makeEdit();
    for (const { sheet, region } of this.targets()) {
      assertLive(sheet);
      sheet.grid.edit(region, (cell, row, column) => edit(cell, row, column, region));
    }
    return this.self();
  }

  setFontFamily(fontFamily: string | null): Self {
    return this.format('setFontFamily', () => fontFamilyEdit(fontFamily));
  }

  setFontSize(size: number): Self {
    return this.format('setFontSize', () => fontSizeEdit(size));
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): Self {
    return this.format('setFontWeight', () => fontWeightEdit(fontWeight));
  }

  setFontColor(color: string | null): Self {
    return this.format('setFontColor', () => fontColorEdit(color));
  }

  setBackground(color: string | null): Self {
    return this.format('setBackground', () => backgroundEdit(color));
  }

  setWrap(isWrapEnabled: boolean): Self {
    return this.format('setWrap', () => wrapEdit(isWrapEnabled));
  }

  setHorizontalAlignment(alignment: string | null): Self {
    return this.format('setHorizontalAlignment', () => horizontalAlignmentEdit(alignment));
  }

  setVerticalAlignment(alignment: string | null): Self {
    return this.format('setVerticalAlignment', () => verticalAlignmentEdit(alignment));
  }

  setNumberFormat(numberFormat: string): Self {
    return this.format('setNumberFormat', () => numberFormatEdit(numberFormat));
  }

  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
  ): Self {
    return this.format('setBorder', () => borderEdit(top, left, bottom, right, vertical, horizontal));
  }

  setNote(note: string | null): Self {
    return this.format('setNote', () => noteEdit(note));
  }

  clearNote(): Self {
    return this.format('clearNote', () => noteEdit(null));
  }
}
