/**
 * The Excel gateway: the only code in Kring that calls `Excel.run`. It implements the engine's
 * WorkbookGateway for Office.js with a bounded number of `context.sync()` calls:
 * - readSheets (./read): 3 syncs for up to 100,000 cells, one more per further 100,000;
 * - writeSheets (./write): 1 sync to look, then one request per request budget of modelled bytes
 *   (./budget; 2 syncs for anything up to the budget): the syncs grow with the volume of data only;
 * - deleteSheets: 2 syncs (the names; the deletes). selectCell: 1 sync; appendRows: 2 syncs (where the data ends; the rows);
 *   updateCells: 1 sync up to the request budget, one more per further budget (a sheet compacted on erasure) (./append).
 *
 * No half-written state (./swap): output sheets are built under temporary names and swapped in
 * by the last request; after a failure a new Excel.run rolls back or finishes the swap.
 * appendRows reads first and writes the rows in one request (number formats, then values in one
 * assignment): a failure leaves the register's values as before, or (lost response) completely
 * updated. updateCells writes in one request per budget, all number formats before any value, and the cells
 * adjacent in a row with one assignment, so a row is never half updated.
 * Not guaranteed: if the recovery's own Excel.run fails too (Excel gone), temporary sheets stay
 * behind (visible, named "Kring tmp N"; the next write picks other temporary names) and the
 * calculation mode may stay manual; a failure part-way through the values of an updateCells
 * request touching several rows may leave some rows updated and others not; a failure between the
 * number formats and the values of appendRows/updateCells leaves the new number formats on cells
 * whose values did not change. A command that writes several times (decide: the register, then
 * Kring afwijzingen) is not one transaction: each write is whole or absent, and running the
 * command again finishes the job.
 *
 * Feature detection (Office.context.requirements.isSetSupported): screen-updating suspension
 * (ExcelApi 1.9), manual calculation during writes (1.8), data validation (1.8), tab colour and
 * frozen panes (1.7), getUsedRangeOrNullObject (1.4), charts (./charts), forms, print and
 * highlights (./forms); below these the step is skipped, with a warning where something the
 * user would miss is left out.
 */
import { appendRowsExcel, updateCellsExcel } from './append';
import { readSheetsExcel } from './read';
import { writeSheetsExcel } from './write';
import { WIRE } from './budget';
import { ExcelFeatures, NewWorkbookUnavailable } from '../engine/hostFeatures';
import { SPARE_INPUT_ROWS } from '../engine/layout/sheet';
import { AppendRequest, CellUpdate, RawSheet, SheetSpec, WorkbookGateway, WriteMode, WriteResult } from '../engine/workbook';

export type { ExcelFeatures } from '../engine/hostFeatures';

export { charsToPoints, layoutOf, planBlocks } from './layout';
export type { SheetLayout } from './layout';
export { TEMP_SHEET_PREFIX, TEMP_TABLE_PREFIX, isTemporarySheetName, isTemporaryTableName } from './swap';

export interface ExcelGatewayOptions {
  /** The Excel namespace (default: the global `Excel`). */
  excel?: typeof Excel;
  /** The Office namespace (default: the global `Office`). */
  office?: typeof Office;
  /** Request budget in modelled bytes on the wire (default 3,000,000: every request under 4 MB; Excel on the web refuses 5 MB). See ./budget. */
  maxRequestBytes?: number;
  /** Cells read per request (default 100,000: about 2 MB of values at 20 bytes a cell). */
  readCellsPerSync?: number;
  /** Empty rows below the body of 'input' sheets that get the column formats, dropdowns and unlocking. */
  spareInputRows?: number;
}


export interface ExcelWriteResult extends WriteResult {
  /** Things that were left out (e.g. a dropdown list too long for Excel's 255-character list, a chart Excel's API version cannot build). */
  warnings: string[];
}

export interface ExcelGateway extends WorkbookGateway {
  writeSheets(specs: SheetSpec[], mode: WriteMode): Promise<ExcelWriteResult>;
  /** Activate `sheet` and select `address` (e.g. "B7") in it. */
  selectCell(sheet: string, address: string): Promise<void>;
  features(): ExcelFeatures;
  /** Opens `bytes` (an .xlsx package) as a new workbook in its own window; the user's own is not touched. */
  openWorkbook(bytes: Uint8Array): Promise<void>;
}

export function createExcelGateway(options: ExcelGatewayOptions = {}): ExcelGateway {
  const excel = (): typeof Excel => options.excel ?? (globalThis as unknown as { Excel: typeof Excel }).Excel;
  const office = (): typeof Office => options.office ?? (globalThis as unknown as { Office: typeof Office }).Office;
  const budget = options.maxRequestBytes ?? 3_000_000;
  const readCellsPerSync = options.readCellsPerSync ?? 100_000;
  const spareInputRows = options.spareInputRows ?? SPARE_INPUT_ROWS;
  const runOptions = { delayForCellEdit: true };

  const supported = (version: string): boolean => {
    const o = office();
    return !!o?.context?.requirements?.isSetSupported('ExcelApi', version);
  };

  const features = (): ExcelFeatures => ({
    usedRangeOrNullObject: supported('1.4'),
    tabColor: supported('1.7'),
    freezePanes: supported('1.7'),
    manualCalculation: supported('1.8'),
    dataValidation: supported('1.8'),
    suspendScreenUpdating: supported('1.9'),
    chartSeries: supported('1.7'),
    conditionalFormats: supported('1.6'),
    pageLayout: supported('1.9'),
    chartLabels: supported('1.8'),
    newWorkbook: supported('1.8'),
  });

  async function readSheets(names?: string[]): Promise<RawSheet[]> {
    return readSheetsExcel(excel(), runOptions, features(), readCellsPerSync, names);
  }

  async function writeSheets(specs: SheetSpec[], mode: WriteMode): Promise<ExcelWriteResult> {
    return writeSheetsExcel({ excel: excel(), runOptions, features: features(), supported, budget, spareInputRows }, specs, mode);
  }

  async function selectCell(sheet: string, address: string): Promise<void> {
    await excel().run(runOptions, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).untrack().select();
      await ctx.sync();
    });
  }

  async function appendRows(request: AppendRequest): Promise<void> {
    await appendRowsExcel(excel(), runOptions, request);
  }

  async function updateCells(sheet: string, updates: CellUpdate[], options?: { form?: boolean }): Promise<void> {
    await updateCellsExcel(excel(), runOptions, sheet, updates, !!options?.form, budget);
  }

  /** One sync: the named sheets deleted (absent ones ignored; getItemOrNullObject is ExcelApi 1.4). */
  async function deleteSheets(names: string[]): Promise<void> {
    if (!names.length) return;
    await excel().run(runOptions, async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      const wanted = new Set(names.map((n) => n.toLowerCase()));
      for (const ws of sheets.items) if (wanted.has(ws.name.toLowerCase())) ws.delete();
      await ctx.sync();
    });
  }

  /**
   * Excel.createWorkbook (ExcelApi 1.8) takes the file as base64 in one request, which must stay
   * under the budget like every other; a bigger file is refused before anything is sent.
   */
  async function openWorkbook(bytes: Uint8Array): Promise<void> {
    if (!features().newWorkbook) throw new NewWorkbookUnavailable('version');
    const base64 = toBase64(bytes);
    if (base64.length + WIRE.object > budget) throw new NewWorkbookUnavailable('size');
    await excel().createWorkbook(base64);
  }

  return { readSheets, writeSheets, appendRows, updateCells, deleteSheets, selectCell, features, openWorkbook };
}


/** Base64 of the bytes (what Excel.createWorkbook takes), in slices small enough for fromCharCode. */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000) parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  return btoa(parts.join(''));
}
