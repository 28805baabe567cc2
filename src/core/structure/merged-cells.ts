/**
 * Cells merged in a pasted tab (a unit or a period merged down over several measures in Word or
 * Excel): Sheets keeps the text in the block's top-left cell only, the rest read empty. The table
 * structurer fills that text into every record row the block covers (a row continuing a record keeps
 * its cell empty, so no text is doubled inside one record) and says so in a warning.
 */

/** A merged block, 0-based into the pasted rows. */
export interface MergedBlock {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/** A cell's place, 0-based. */
export interface CellPlace {
  readonly row: number;
  readonly column: number;
}

/**
 * For each cell under a block's top row in its first column ("row,column"), the block's top-left
 * cell: the cell whose text the merge shows there. Blocks one row high are not filled (a heading
 * merged across columns keeps its text once).
 */
export function mergedSources(blocks: readonly MergedBlock[]): Map<string, CellPlace> {
  const sources = new Map<string, CellPlace>();
  for (const block of blocks) {
    for (let r = block.row + 1; r < block.row + block.numRows; r++) {
      sources.set(`${r},${block.column}`, { row: block.row, column: block.column });
    }
  }
  return sources;
}
