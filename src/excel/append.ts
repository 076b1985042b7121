/** Appends rows below the data of an existing sheet through Office.js (the register Koppelingen): 2 syncs. */
import { withoutExisting } from '../engine/append';
import { AppendRequest, Cell, CellUpdate, ColumnKind, NUMBER_FORMATS, columnLetters, looksLikeFormula } from '../engine/workbook';
import { RequestBudget } from './budget';
import { PROTECTION_OPTIONS } from './swap';

export async function appendRowsExcel(excel: typeof Excel, runOptions: Excel.RunOptions, request: AppendRequest): Promise<void> {
  const width = request.kinds.length;
  if (!request.rows.length || !width) return;
  await excel.run(runOptions, async (context) => {
    const ws = context.workbook.worksheets.getItem(request.sheet);
    // Every range untracked: each is used in the request it is made in (no references to release).
    const used = ws.getUsedRange(true).untrack();
    used.load('rowIndex,rowCount,columnIndex,values'); // the register is small: its values cost little
    await context.sync(); // 1: where the data ends (and, when asked, what is there now)
    const firstRow = Math.max(request.headerRow, used.rowIndex + used.rowCount); // zero-based row after the data
    const rows = request.skipExisting ? withoutExisting(request, used.values as Cell[][], used.columnIndex) : request.rows;
    if (!rows.length) return;
    request = { ...request, rows };
    const address = `${columnLetters(request.firstColumn)}${firstRow + 1}:${columnLetters(request.firstColumn + width - 1)}${firstRow + request.rows.length}`;
    const range = ws.getRange(address).untrack();
    range.numberFormat = request.rows.map(() => request.kinds.map((k) => NUMBER_FORMATS[k]));
    // null leaves a cell as it is; text cells are formatted "@" first, so their text stays literal.
    range.values = request.rows.map((row) => Array.from({ length: width }, (_, j) => literal(row[j] ?? null, request.kinds[j] ?? 'text') as never));
    await context.sync(); // 2: the rows
    if (!request.skipExisting || firstRow <= request.headerRow) return;
    // Co-authoring: a colleague may have appended the same rows between our two requests. The
    // earliest copy stays; ours are emptied where an earlier one exists.
    const above = ws.getRange(`${columnLetters(request.firstColumn)}${request.headerRow + 1}:${columnLetters(request.firstColumn + width - 1)}${firstRow}`).untrack();
    above.load('values');
    await context.sync(); // 3: what is above our rows now
    const again = withoutExisting(request, above.values as Cell[][], request.firstColumn);
    const keep = new Set(again);
    request.rows.forEach((row, i) => {
      if (!keep.has(row)) ws.getRange(`${columnLetters(request.firstColumn)}${firstRow + i + 1}:${columnLetters(request.firstColumn + width - 1)}${firstRow + i + 1}`).untrack().values = [Array.from({ length: width }, () => '')];
    });
    if (again.length < request.rows.length) await context.sync(); // 4: only when a colleague was first
  });
}

/**
 * A value as written: text in a "@" (text) cell goes as it is — an apostrophe there would become part
 * of the text; formula-looking text in any other cell gets Excel's apostrophe prefix.
 */
function literal(v: Cell, kind: ColumnKind): Cell {
  return typeof v === 'string' && kind !== 'text' && looksLikeFormula(v) ? `'${v}` : v;
}

/**
 * Overwrites single cells, in one request when they fit the request budget (a decision, a register
 * row) and in requests of at most `limit` bytes when they do not (a sheet compacted on erasure).
 * Cells next to each other in a row are written with one `values` assignment, all number formats
 * of a request before any of its values: Excel applies a request's operations in order and stops at
 * one that fails, so such a failure leaves each run of cells either entirely old or entirely new.
 */
export async function updateCellsExcel(excel: typeof Excel, runOptions: Excel.RunOptions, sheet: string, updates: CellUpdate[], form = false, limit = 3_000_000): Promise<void> {
  if (!updates.length) return;
  const batches: CellUpdate[][][] = [[]];
  const budget = new RequestBudget(limit);
  for (const run of cellRuns(updates)) {
    if (budget.full && batches[batches.length - 1].length) {
      batches.push([]);
      budget.reset();
    }
    const address = `${columnLetters(run[0].column)}${run[0].row}:${columnLetters(run[run.length - 1].column)}${run[0].row}`;
    budget.object(address);
    budget.action([run.map((u) => NUMBER_FORMATS[u.kind])]);
    budget.action([run.map((u) => u.value)]);
    batches[batches.length - 1].push(run);
  }
  await excel.run(runOptions, async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    // One of Kring's protected forms (rows removed on erasure): unlocked for the write, protected again after it.
    if (form) ws.protection.unprotect();
    // One request per batch: bounded by the size of the change, not by a loop over rows.
    const send = () => context.sync();
    for (const [k, runs] of batches.entries()) {
      const ranges = runs.map((run) => ws.getRange(`${columnLetters(run[0].column)}${run[0].row}:${columnLetters(run[run.length - 1].column)}${run[0].row}`).untrack());
      runs.forEach((run, i) => (ranges[i].numberFormat = [run.map((u) => NUMBER_FORMATS[u.kind])]));
      runs.forEach((run, i) => {
        ranges[i].values = [
          run.map((u) => literal(u.value ?? '', u.kind) as never),
        ];
      });
      if (form && k === batches.length - 1) ws.protection.protect(PROTECTION_OPTIONS);
      await send();
    }
  });
}

/** Updates grouped into runs of adjacent cells of one row (the last update of a cell wins). */
function cellRuns(updates: CellUpdate[]): CellUpdate[][] {
  const byCell = new Map<string, CellUpdate>();
  for (const u of updates) byCell.set(`${u.row}:${u.column}`, u);
  const sorted = [...byCell.values()].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: CellUpdate[][] = [];
  for (const u of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && last.row === u.row && last.column + 1 === u.column) run.push(u);
    else runs.push([u]);
  }
  return runs;
}
