/** Appends rows below the data of an existing sheet through Office.js (the register Koppelingen): 2 syncs. */
import { AppendRequest, CellUpdate, NUMBER_FORMATS, columnLetters, looksLikeFormula } from '../engine/workbook';

export async function appendRowsExcel(excel: typeof Excel, runOptions: Excel.RunOptions, request: AppendRequest): Promise<void> {
  const width = request.kinds.length;
  if (!request.rows.length || !width) return;
  await excel.run(runOptions, async (context) => {
    const ws = context.workbook.worksheets.getItem(request.sheet);
    const used = ws.getUsedRange(true);
    used.load('rowIndex,rowCount');
    await context.sync(); // 1: where the data ends
    const firstRow = Math.max(request.headerRow, used.rowIndex + used.rowCount); // zero-based row after the data
    const address = `${columnLetters(request.firstColumn)}${firstRow + 1}:${columnLetters(request.firstColumn + width - 1)}${firstRow + request.rows.length}`;
    const range = ws.getRange(address);
    range.numberFormat = request.rows.map(() => request.kinds.map((k) => NUMBER_FORMATS[k]));
    // null leaves a cell as it is; text that looks like a formula gets the apostrophe prefix.
    range.values = request.rows.map((row) =>
      Array.from({ length: width }, (_, j) => {
        const v = row[j] ?? null;
        return (typeof v === 'string' && looksLikeFormula(v) ? `'${v}` : v) as never;
      }),
    );
    await context.sync(); // 2: the rows
  });
}

/** Overwrites single cells in one sync, whatever their number. */
export async function updateCellsExcel(excel: typeof Excel, runOptions: Excel.RunOptions, sheet: string, updates: CellUpdate[]): Promise<void> {
  if (!updates.length) return;
  await excel.run(runOptions, async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const u of updates) {
      const range = ws.getRange(`${columnLetters(u.column)}${u.row}`);
      range.numberFormat = [[NUMBER_FORMATS[u.kind]]];
      const v = u.value;
      range.values = [[(typeof v === 'string' && looksLikeFormula(v) ? `'${v}` : v ?? '') as never]];
    }
    await context.sync();
  });
}
