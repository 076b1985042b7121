/**
 * readSheets through Office.js: 3 syncs for up to `readCellsPerSync` cells (default 100,000)
 * whatever the number of sheets (1: sheet names; 2: tables and used-range size per sheet; 3:
 * values of the used range of every sheet, which holds its table); larger workbooks add one sync
 * per further block of that many cells, so no response nears Excel on the web's 5 MB limit.
 */
import { Cell, RawSheet } from '../engine/workbook';
import type { ExcelFeatures } from './gateway';
import { rangeAddress } from './layout';

export async function readSheetsExcel(excel: typeof Excel, runOptions: Excel.RunOptions, f: ExcelFeatures, readCellsPerSync: number, names?: string[]): Promise<RawSheet[]> {
  const wanted = names ? new Set(names.map((n) => n.toLowerCase())) : null;
  return excel.run(runOptions, async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name');
    await ctx.sync(); // 1: names

    const perSheet = sheets.items.filter((sheet) => !wanted || wanted.has(sheet.name.toLowerCase())).map((sheet) => {
      const tables = sheet.tables.load('items/name');
      // Untracked: read once, right after this request (a tracked range costs a reference and its release).
      const used = (f.usedRangeOrNullObject ? sheet.getUsedRangeOrNullObject(true) : sheet.getUsedRange(true)).untrack();
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      return { sheet, tables, used };
    });
    await ctx.sync(); // 2: tables and the size of each used range

    // The used range, not only the table: rows typed below a table that did not grow with them
    // still count, and both gateways then see the same cells. Values come in row blocks, and the
    // blocks in requests of at most readCellsPerSync cells, so no response nears Excel's 5 MB.
    interface Block { sheet: number; row: number; rows: number; address: string; range?: Excel.Range }
    const blocks: Block[] = [];
    perSheet.forEach(({ used }, s) => {
      if (used.isNullObject) return;
      const cols = Math.max(1, used.columnCount);
      const rowsPerBlock = Math.max(1, Math.floor(readCellsPerSync / cols));
      for (let r = 0; r < used.rowCount; r += rowsPerBlock) {
        const n = Math.min(rowsPerBlock, used.rowCount - r);
        blocks.push({ sheet: s, row: r, rows: n, address: rangeAddress(used.rowIndex + r, used.columnIndex, n, cols) });
      }
    });
    const values: Cell[][][] = perSheet.map(() => []);
    let start = 0;
    while (start < blocks.length) {
      let cells = 0;
      let end = start;
      while (end < blocks.length && (end === start || cells + blocks[end].rows * perSheet[blocks[end].sheet].used.columnCount <= readCellsPerSync)) {
        // Made in the request that loads it, so it can be untracked.
        blocks[end].range = perSheet[blocks[end].sheet].sheet.getRange(blocks[end].address).untrack().load('values');
        cells += blocks[end].rows * perSheet[blocks[end].sheet].used.columnCount;
        end++;
      }
      await ctx.sync(); // 3…: values, one request per readCellsPerSync cells
      for (let b = start; b < end; b++) {
        const rows = values[blocks[b].sheet];
        for (const row of blocks[b].range!.values) rows.push(row.map((v: unknown): Cell => (v === '' || v === null || v === undefined ? null : (v as Cell))));
      }
      start = end;
    }

    return perSheet.map(({ sheet, tables, used }, s): RawSheet => {
      const table = tables.items[0]?.name;
      if (used.isNullObject) return { name: sheet.name, rows: [], firstRow: 1, firstColumn: 0 };
      const rows = values[s];
      const empty = rows.every((row) => row.every((v) => v === null));
      const out: RawSheet = { name: sheet.name, rows: empty && !table ? [] : rows, firstRow: used.rowIndex + 1, firstColumn: used.columnIndex };
      if (table) out.table = table;
      return out;
    });
  });
}
