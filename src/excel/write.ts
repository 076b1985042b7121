/**
 * writeSheets through Office.js. 1 sync to look at the workbook, then the write requests: every
 * operation is charged to the request budget (./budget: a conservative model of the bytes the
 * Excel client library sends), and a request is sent whenever the charge passes the budget,
 * between two small units of work (a sheet's structure, a value block of at most
 * VALUE_BLOCK_BYTES, a sheet's column rules, a chart). So the requests grow with the volume of
 * data, never with the number of forms, charts or points, and each stays under the budget plus
 * one unit: under 4 MB of real bytes with the default budget (Excel on the web refuses 5 MB).
 * Anything up to the budget is one write request: 2 syncs in all.
 *
 * No half-written state: see ./swap (temporary names, the swap last, recovery in a new run).
 * Charts come after all values; wrapped form rows are fitted and the swap queued in the last request.
 */
import { checkSheetSpecs } from '../engine/layout/specs';
import { NUMBER_FORMATS, SheetSpec, WriteMode, columnLetters } from '../engine/workbook';
import { RequestBudget, rangeAt } from './budget';
import { addChart } from './charts';
import { applyHighlights, applyPrint, writeBlock } from './forms';
import type { ExcelFeatures, ExcelWriteResult } from './gateway';
import { PROMPT_MESSAGE_MAX, PROMPT_TITLE_MAX, listSource } from '../engine/layout/lists';
import { TITLE_FONT, columnWidths, minHeightRuns } from '../engine/layout/sheet';
import { SheetLayout, blockTop, blockWidth, charsToPoints, layoutOf, planBlocks, rangeAddress } from './layout';
import { SwapPlan, SwapTarget, TEMP_SHEET_PREFIX, TEMP_TABLE_PREFIX, WriteProgress, queueSwap, recoverWrite } from './swap';

/** Largest value block (values and number formats as JSON): the budget can close a request between any two. */
export const VALUE_BLOCK_BYTES = 200_000;

/** Value blocks stay a small part of the budget, so that a request ends close to it. */
export function valueBlockBytes(budget: number): number {
  return Math.max(1_000, Math.min(VALUE_BLOCK_BYTES, Math.floor(budget / 10)));
}

export interface WriteEnv {
  excel: typeof Excel;
  runOptions: Excel.RunOptions;
  features: ExcelFeatures;
  supported(version: string): boolean;
  /** Request budget in modelled bytes. */
  budget: number;
  spareInputRows: number;
}

/** Tab colour, preamble, header, column widths, and the number formats of formatted rows without values. */
function writeStructure(ws: Excel.Worksheet, spec: SheetSpec, layout: SheetLayout, f: ExcelFeatures, budget: RequestBudget): void {
  const ncol = spec.columns.length;
  if (spec.tabColor && f.tabColor) {
    ws.tabColor = spec.tabColor;
    budget.action(spec.tabColor);
  }
  if (spec.preamble?.length) {
    const pre = rangeAt(ws, rangeAddress(0, 0, spec.preamble.length, 1), budget);
    pre.numberFormat = spec.preamble.map(() => ['@']);
    pre.values = spec.preamble.map((line) => [line]);
    const title = rangeAt(ws, 'A1', budget).format.font;
    title.bold = TITLE_FONT.bold;
    title.size = TITLE_FONT.size;
    budget.object();
    budget.object();
    budget.action(spec.preamble);
    budget.action(spec.preamble);
    budget.action(true);
    budget.action(TITLE_FONT.size);
  }
  const header = rangeAt(ws, rangeAddress(layout.headerRow, 0, 1, ncol), budget);
  header.numberFormat = [spec.columns.map(() => '@')];
  header.values = [spec.columns.map((c) => c.header)];
  header.format.font.bold = true;
  budget.object();
  budget.object();
  budget.action(header.numberFormat);
  budget.action(spec.columns.map((c) => c.header));
  budget.action(true);
  for (const { column, width } of columnWidths(spec)) {
    rangeAt(ws, `${columnLetters(column)}:${columnLetters(column)}`, budget).format.columnWidth = charsToPoints(width);
    budget.object();
    budget.action(width);
  }
  // Wrapped columns (header and body), every cell aligned to the top; the rows fitted once the values are in.
  if (spec.columns.some((c) => c.wrap)) {
    rangeAt(ws, rangeAddress(layout.headerRow, 0, 1 + layout.formattedRows, ncol), budget).format.verticalAlignment = 'Top';
    budget.object();
    budget.action('Top');
  }
  spec.columns.forEach((c, j) => {
    if (!c.wrap) return;
    rangeAt(ws, rangeAddress(layout.headerRow, j, 1 + layout.formattedRows, 1), budget).format.wrapText = true;
    budget.object();
    budget.action(true);
  });
  // Rows below the body that still get the column formats (spare input rows, a table's empty row).
  const extra = layout.formattedRows - spec.rows.length;
  if (extra > 0) {
    const formats = Array.from({ length: extra }, () => spec.columns.map((c) => NUMBER_FORMATS[c.kind]));
    rangeAt(ws, rangeAddress(layout.bodyRow + spec.rows.length, 0, extra, ncol), budget).numberFormat = formats;
    budget.action(formats);
  }
}

/** Dropdowns, input messages and unlocked editable columns over the formatted rows. */
function writeColumnRules(ws: Excel.Worksheet, spec: SheetSpec, layout: SheetLayout, f: ExcelFeatures, warnings: string[], budget: RequestBudget): void {
  if (layout.formattedRows === 0) return;
  spec.columns.forEach((col, j) => {
    const list = f.dataValidation ? listSource(col.list) : undefined;
    const prompt = f.dataValidation && col.hint;
    const unlock = spec.protect && col.editable;
    if (!list && !prompt && !unlock) return;
    const body = rangeAt(ws, rangeAddress(layout.bodyRow, j, layout.formattedRows, 1), budget);
    if (list && 'problem' in list) {
      warnings.push(`${spec.name} / ${col.header}: dropdown left out (${list.problem})`);
    } else if (list) {
      body.dataValidation.rule = { list: { inCellDropDown: true, source: list.source } };
      budget.object();
      budget.action(list.source);
    }
    if (prompt) {
      body.dataValidation.prompt = { showPrompt: true, title: col.header.slice(0, PROMPT_TITLE_MAX), message: col.hint!.slice(0, PROMPT_MESSAGE_MAX) };
      budget.object();
      budget.action(col.hint);
    }
    if (unlock) {
      body.format.protection.locked = false;
      budget.object();
      budget.object();
      budget.action(false);
    }
  });
}

export async function writeSheetsExcel(env: WriteEnv, specs: SheetSpec[], mode: WriteMode): Promise<ExcelWriteResult> {
  checkSheetSpecs(specs);
  const { excel, runOptions, features: f, supported } = env;
  const warnings: string[] = [];
  const written: string[] = [];
  const skipped: string[] = [];
  /** What a recovery needs to know: set once the write requests are planned. */
  let plan: SwapPlan | undefined;
  let originalMode: Excel.CalculationMode | undefined;
  let calcChanged = false;
  const progress: WriteProgress = { sent: 0, done: 0, swapSent: false };

  try {
    await excel.run(runOptions, async (context) => {
      const app = context.workbook.application;
      const sheets = context.workbook.worksheets.load('items/name,items/position,items/id');
      const tables = context.workbook.tables.load(supported('1.2') ? 'items/name,items/worksheet/name' : 'items/name');
      if (f.manualCalculation) app.load('calculationMode');
      await context.sync(); // 1: what is there

      const existing = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s] as const));
      const todo: { spec: SheetSpec; old?: Excel.Worksheet }[] = [];
      for (const spec of specs) {
        const old = existing.get(spec.name.toLowerCase());
        if (old && (mode === 'create-if-missing' || spec.role === 'input')) skipped.push(spec.name);
        else todo.push({ spec, old });
      }
      if (todo.length === 0) return;

      // A table name used on a sheet we keep would fail the swap: say so before writing.
      const replaced = new Set(todo.filter((t) => t.old).map((t) => t.spec.name.toLowerCase()));
      for (const { spec } of todo) {
        if (!spec.table) continue;
        const clash = tables.items.find((t) => t.name.toLowerCase() === spec.table!.toLowerCase());
        if (!clash) continue;
        let onReplacedSheet = false;
        if (supported('1.2')) onReplacedSheet = replaced.has(clash.worksheet.name.toLowerCase());
        if (!onReplacedSheet) throw new Error(`Table name "${spec.table}" is already used in this workbook`);
      }

      // Temporary names for the new sheets and their tables, unused in the workbook.
      const takenSheets = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      specs.forEach((s) => takenSheets.add(s.name.toLowerCase()));
      const takenTables = new Set(tables.items.map((t) => t.name.toLowerCase()));
      specs.forEach((s) => s.table && takenTables.add(s.table.toLowerCase()));
      const fresh = (prefix: string, taken: Set<string>): string => {
        let n = 1;
        while (taken.has(`${prefix}${n}`.toLowerCase())) n++;
        taken.add(`${prefix}${n}`.toLowerCase());
        return `${prefix}${n}`;
      };
      const swapPlan: SwapPlan = {
        originalIds: new Set(sheets.items.map((s) => s.id)),
        targets: todo.map(({ spec, old }): SwapTarget => ({
          name: spec.name,
          temp: fresh(TEMP_SHEET_PREFIX, takenSheets),
          table: spec.table ? { temp: fresh(TEMP_TABLE_PREFIX, takenTables), name: spec.table } : undefined,
          old: old ? { id: old.id, name: old.name, position: old.position } : undefined,
          protect: !!spec.protect,
        })),
      };
      plan = swapPlan;

      const budget = new RequestBudget(env.budget);
      const send = async (last = false) => {
        progress.sent++;
        await context.sync();
        progress.done++;
        budget.reset();
        if (f.suspendScreenUpdating && !last) app.suspendScreenUpdatingUntilNextSync();
      };
      // Between two units of work: a request once the budget is spent (the only data-dependent sync).
      const step = async () => {
        if (budget.full) await send();
      };

      // 2…: everything on the temporary sheets.
      if (f.suspendScreenUpdating) app.suspendScreenUpdatingUntilNextSync();
      if (f.manualCalculation) {
        originalMode = app.calculationMode as Excel.CalculationMode;
        if (originalMode !== 'Manual') {
          app.calculationMode = 'Manual';
          calcChanged = true;
        }
      }
      const targets = swapPlan.targets.map((t) => {
        budget.object(t.temp);
        return context.workbook.worksheets.add(t.temp);
      });
      const tableProxies: (Excel.Table | undefined)[] = swapPlan.targets.map(() => undefined);
      const writeSpecs = todo.map((t) => t.spec);
      const layouts = writeSpecs.map((spec) => layoutOf(spec, env.spareInputRows));

      for (let s = 0; s < writeSpecs.length; s++) {
        writeStructure(targets[s], writeSpecs[s], layouts[s], f, budget);
        await step();
      }
      const warnedPerSheet = writeSpecs.map(() => new Set<string>());
      for (const block of planBlocks(writeSpecs, valueBlockBytes(env.budget), env.spareInputRows)) {
        writeBlock(targets[block.sheet], writeSpecs[block.sheet], block, f, warnings, warnedPerSheet[block.sheet], budget);
        await step();
      }
      for (let s = 0; s < writeSpecs.length; s++) {
        const spec = writeSpecs[s];
        const ws = targets[s];
        const layout = layouts[s];
        const table = swapPlan.targets[s].table;
        if (table) {
          // Under a temporary name: the real one may still belong to the sheet being replaced.
          const xlTable = ws.tables.add(rangeAddress(layout.headerRow, 0, 1 + layout.tableBodyRows, spec.columns.length), true);
          xlTable.name = table.temp;
          tableProxies[s] = xlTable;
          budget.object();
          budget.object();
          budget.action(table.temp);
        }
        writeColumnRules(ws, spec, layout, f, warnings, budget);
        if (spec.highlights?.length) applyHighlights(ws, spec, layout, f, warnings, budget);
        if (spec.print) applyPrint(ws, spec, spec.print, f, warnings, budget);
        if (spec.freezeHeader && f.freezePanes) {
          ws.freezePanes.freezeRows(layout.headerRow + 1);
          budget.object();
          budget.action(layout.headerRow + 1);
        }
        written.push(spec.name);
        await step();
      }
      // Charts after all values (charts.add reads its source range). Labels link to cells by the
      // temporary sheet name, which Excel updates when the sheet takes its real name.
      for (let s = 0; s < writeSpecs.length; s++) {
        const names = new Set<string>();
        for (const chart of writeSpecs[s].charts ?? []) {
          addChart(targets[s], writeSpecs[s], chart, f, warnings, names, swapPlan.targets[s].temp, budget);
          await step();
        }
      }
      // Wrapped form cells: row heights fitted once all values are in — one range per sheet, from
      // the first to the last wrapped row, so thousands of forms stay one operation.
      writeSpecs.forEach((spec, s) => {
        const wrapped = (spec.blocks ?? []).filter((b) => b.wrap && blockWidth(b) > 0 && b.rows.length > 0);
        if (!wrapped.length) return;
        const top = Math.min(...wrapped.map(blockTop));
        const bottom = Math.max(...wrapped.map((b) => blockTop(b) + b.rows.length));
        const left = Math.min(...wrapped.map((b) => b.at.column));
        const right = Math.max(...wrapped.map((b) => b.at.column + blockWidth(b)));
        rangeAt(targets[s], rangeAddress(top, left, bottom - top, right - left), budget).format.autofitRows();
      });
      // Wrapped columns: the header and body rows fitted, one range per sheet.
      writeSpecs.forEach((spec, s) => {
        if (!spec.columns.some((c) => c.wrap)) return;
        const layout = layoutOf(spec);
        rangeAt(targets[s], rangeAddress(layout.headerRow, 0, 1 + spec.rows.length, spec.columns.length), budget).format.autofitRows();
      });
      // Rows to write in by hand on a printed form: at least their height (after the autofit, which would shrink them).
      for (let s = 0; s < writeSpecs.length; s++) {
        for (const run of minHeightRuns(writeSpecs[s])) {
          rangeAt(targets[s], rangeAddress(run.row, 0, run.rows, 1), budget).format.rowHeight = run.height;
          budget.object(); // format
          budget.action(run.height);
          await step();
        }
      }
      // The swap, last in the last request: only now do the output sheets take their names.
      queueSwap(
        swapPlan.targets.map((t, s) => ({ plan: t, sheet: targets[s], table: tableProxies[s], old: todo[s].old })),
        calcChanged && originalMode ? () => (app.calculationMode = originalMode!) : undefined,
      );
      progress.swapSent = true;
      await send(true);
      calcChanged = false; // restored by the last request
    });
  } catch (error) {
    if (plan && progress.sent > 0) {
      const restoreMode = calcChanged ? originalMode : undefined;
      await recoverWrite(excel, runOptions, plan, progress, restoreMode).catch(() => undefined);
    }
    throw error;
  }
  return { written, skipped, warnings };
}
