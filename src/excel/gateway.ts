/**
 * The Excel gateway: the only code in Kring that calls `Excel.run`. It implements the engine's
 * WorkbookGateway for Office.js with a bounded number of `context.sync()` calls:
 *
 * - readSheets: 3 syncs whatever the number of sheets or rows
 *   (1: sheet names; 2: tables and used-range address per sheet; 3: values of the used range
 *   of every sheet, which holds its table).
 * - writeSheets: 1 sync to look at the workbook, then 1 sync for structure, formats and all
 *   values of up to `maxRequestBytes` (default 2 MB); larger data adds one sync per further
 *   ~2 MB block of values (Excel on the web rejects requests over 5 MB). So: 2 syncs for
 *   anything under ~2 MB of cell data, 2 + ceil(extra / 2 MB) beyond.
 * - selectCell: 1 sync.
 *
 * Feature detection (Office.context.requirements.isSetSupported): screen-updating suspension
 * (ExcelApi 1.9), manual calculation during writes (1.8), data validation (1.8), tab colour and
 * frozen panes (1.7), getUsedRangeOrNullObject (1.4); below these the step is skipped.
 */
import {
  Cell,
  ColumnKind,
  ColumnSpec,
  FORBIDDEN_SHEET_NAME_CHARS,
  NUMBER_FORMATS,
  RawSheet,
  SHEET_NAME_MAX,
  SheetSpec,
  WorkbookGateway,
  WriteMode,
  WriteResult,
  columnLetters,
} from '../engine/workbook';

export interface ExcelGatewayOptions {
  /** The Excel namespace (default: the global `Excel`). */
  excel?: typeof Excel;
  /** The Office namespace (default: the global `Office`). */
  office?: typeof Office;
  /** Budget for cell values per request, in bytes of JSON (default 2,000,000; Excel's limit is 5 MB). */
  maxRequestBytes?: number;
  /** Empty rows below the body of 'input' sheets that get the column formats, dropdowns and unlocking. */
  spareInputRows?: number;
}

export interface ExcelFeatures {
  /** getUsedRangeOrNullObject (ExcelApi 1.4); otherwise getUsedRange. */
  usedRangeOrNullObject: boolean;
  /** Worksheet.tabColor (ExcelApi 1.7). */
  tabColor: boolean;
  /** Worksheet.freezePanes (ExcelApi 1.7). */
  freezePanes: boolean;
  /** Setting Application.calculationMode (ExcelApi 1.8). */
  manualCalculation: boolean;
  /** Range.dataValidation dropdowns and input messages (ExcelApi 1.8). */
  dataValidation: boolean;
  /** Application.suspendScreenUpdatingUntilNextSync (ExcelApi 1.9). */
  suspendScreenUpdating: boolean;
}

export interface ExcelWriteResult extends WriteResult {
  /** Things that were left out (e.g. a dropdown list too long for Excel's 255-character list). */
  warnings: string[];
}

export interface ExcelGateway extends WorkbookGateway {
  writeSheets(specs: SheetSpec[], mode: WriteMode): Promise<ExcelWriteResult>;
  /** Activate `sheet` and select `address` (e.g. "B7") in it. */
  selectCell(sheet: string, address: string): Promise<void>;
  features(): ExcelFeatures;
}

/** Column width in points for a width in characters (Calibri 11: 7 px per character + 5 px padding; 0.75 pt per px). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Where a spec's parts go on the sheet (zero-based rows): preamble, one blank row, header, body. */
export interface SheetLayout {
  headerRow: number;
  bodyRow: number;
  /** Rows that get column formats, dropdowns and unlocking (body, at least one row for a table, spare rows for input sheets). */
  formattedRows: number;
  /** Table rows below the header (a table needs at least one body row). */
  tableBodyRows: number;
}

export function layoutOf(spec: SheetSpec, spareInputRows = 200): SheetLayout {
  const preamble = spec.preamble?.length ?? 0;
  const headerRow = preamble > 0 ? preamble + 1 : 0;
  const tableBodyRows = Math.max(spec.rows.length, spec.table ? 1 : 0);
  const formattedRows = tableBodyRows + (spec.role === 'input' ? spareInputRows : 0);
  return { headerRow, bodyRow: headerRow + 1, formattedRows, tableBodyRows };
}

const LIST_SOURCE_MAX = 255;

function rangeAddress(row0: number, col0: number, rows: number, cols: number): string {
  const a = `${columnLetters(col0)}${row0 + 1}`;
  if (rows === 1 && cols === 1) return a;
  return `${a}:${columnLetters(col0 + cols - 1)}${row0 + rows}`;
}

/** A cell value as written to `range.values` so that Excel stores exactly this value. */
function toExcelValue(cell: Cell | undefined, kind: ColumnKind): string | number | boolean {
  if (cell === null || cell === undefined) return ''; // null would mean "leave the cell as it is"
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  if (typeof cell === 'boolean') return cell;
  if (cell === '') return '';
  // Text columns have the text format "@" (set before the values), which keeps text literally.
  // Elsewhere an apostrophe keeps text from being read as a number, date or formula.
  return kind === 'text' ? cell : `'${cell}`;
}

/** UTF-8 bytes of a JSON text. */
function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

function defaultWidth(column: ColumnSpec, index: number, rows: Cell[][]): number {
  let longest = column.header.length;
  for (let i = 0; i < Math.min(rows.length, 200); i++) {
    const v = rows[i]?.[index];
    if (v !== null && v !== undefined) longest = Math.max(longest, String(v).length);
  }
  return Math.min(60, Math.max(8, longest + 2));
}

/** Table names Excel refuses because they read as a cell reference ("T1", "AB12", "R1C1", "R", "C"). */
function isCellReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1) {
    let col = 0;
    for (const ch of a1[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
    const row = Number(a1[2]);
    if (col <= 16384 && row >= 1 && row <= 1048576) return true;
  }
  return /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
}

function checkSpecs(specs: SheetSpec[]): void {
  const seen = new Set<string>();
  for (const spec of specs) {
    const name = spec.name;
    if (!name || name.length > SHEET_NAME_MAX || FORBIDDEN_SHEET_NAME_CHARS.test(name)) throw new Error(`Invalid sheet name "${name}"`);
    if (seen.has(name.toLowerCase())) throw new Error(`Sheet "${name}" appears twice`);
    seen.add(name.toLowerCase());
    if (spec.table !== undefined && (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(spec.table) || isCellReference(spec.table))) {
      throw new Error(`Invalid table name "${spec.table}" (letters, digits and underscores, not a cell reference like "T1")`);
    }
    if (spec.columns.length === 0) throw new Error(`Sheet "${name}" has no columns`);
  }
}

/** One block of body rows written with one `values` assignment. */
interface Block {
  sheet: number;
  /** Index of the first row in spec.rows. */
  start: number;
  values: (string | number | boolean)[][];
}

/** Split the bodies of all sheets into requests of at most `budget` bytes of values (first request shares with `firstUsed`). */
export function planBlocks(specs: SheetSpec[], budget: number, firstUsed = 0): Block[][] {
  const requests: Block[][] = [];
  let current: Block[] = [];
  let used = firstUsed;
  specs.forEach((spec, s) => {
    let block: Block | undefined;
    spec.rows.forEach((row, i) => {
      const values = spec.columns.map((col, j) => toExcelValue(row[j], col.kind));
      const bytes = jsonBytes(values) + 1;
      if (used + bytes > budget && (current.length > 0 || block)) {
        requests.push(current);
        current = [];
        used = 0;
        block = undefined;
      }
      if (!block) {
        block = { sheet: s, start: i, values: [] };
        current.push(block);
      }
      block.values.push(values);
      used += bytes;
    });
  });
  if (current.length) requests.push(current);
  return requests;
}

export function createExcelGateway(options: ExcelGatewayOptions = {}): ExcelGateway {
  const excel = (): typeof Excel => options.excel ?? (globalThis as unknown as { Excel: typeof Excel }).Excel;
  const office = (): typeof Office => options.office ?? (globalThis as unknown as { Office: typeof Office }).Office;
  const budget = options.maxRequestBytes ?? 2_000_000;
  const spare = options.spareInputRows ?? 200;
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
  });

  async function readSheets(): Promise<RawSheet[]> {
    const f = features();
    return excel().run(runOptions, async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync(); // 1: names

      const perSheet = sheets.items.map((sheet) => {
        const tables = sheet.tables.load('items/name');
        const used = f.usedRangeOrNullObject ? sheet.getUsedRangeOrNullObject(true) : sheet.getUsedRange(true);
        used.load('address');
        return { sheet, tables, used };
      });
      await ctx.sync(); // 2: tables and used ranges

      const reads = perSheet.map(({ sheet, tables, used }) => {
        // The used range, not only the table: rows typed below a table that did not grow with them
        // still count, and both gateways then see the same cells.
        const table = tables.items[0];
        const range = used.isNullObject ? undefined : used;
        range?.load('values,rowIndex,columnIndex');
        return { name: sheet.name, table: table?.name, range };
      });
      await ctx.sync(); // 3: values

      return reads.map(({ name, table, range }): RawSheet => {
        if (!range) return { name, rows: [], firstRow: 1, firstColumn: 0 };
        const rows: Cell[][] = range.values.map((row) => row.map((v: unknown): Cell => (v === '' || v === null || v === undefined ? null : (v as Cell))));
        const empty = rows.every((row) => row.every((v) => v === null));
        const out: RawSheet = { name, rows: empty && !table ? [] : rows, firstRow: range.rowIndex + 1, firstColumn: range.columnIndex };
        if (table) out.table = table;
        return out;
      });
    });
  }

  async function writeSheets(specs: SheetSpec[], mode: WriteMode): Promise<ExcelWriteResult> {
    checkSpecs(specs);
    const f = features();
    const warnings: string[] = [];
    const written: string[] = [];
    const skipped: string[] = [];
    let originalMode: string | undefined;
    let calcChanged = false;

    try {
      await excel().run(runOptions, async (ctx) => {
        const app = ctx.workbook.application;
        const sheets = ctx.workbook.worksheets.load('items/name,items/position');
        const tables = ctx.workbook.tables.load(supported('1.2') ? 'items/name,items/worksheet/name' : 'items/name');
        if (f.manualCalculation) app.load('calculationMode');
        await ctx.sync(); // 1: what is there

        const existing = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s] as const));
        const todo: { spec: SheetSpec; old?: Excel.Worksheet }[] = [];
        for (const spec of specs) {
          const old = existing.get(spec.name.toLowerCase());
          if (old && (mode === 'create-if-missing' || spec.role === 'input')) skipped.push(spec.name);
          else todo.push({ spec, old });
        }
        if (todo.length === 0) return;

        // A table name used on a sheet we keep would fail the whole request: say so before writing.
        const replaced = new Set(todo.filter((t) => t.old).map((t) => t.spec.name.toLowerCase()));
        for (const { spec } of todo) {
          if (!spec.table) continue;
          const clash = tables.items.find((t) => t.name.toLowerCase() === spec.table!.toLowerCase());
          if (!clash) continue;
          let onReplacedSheet = false;
          if (supported('1.2')) onReplacedSheet = replaced.has(clash.worksheet.name.toLowerCase());
          if (!onReplacedSheet) throw new Error(`Table name "${spec.table}" is already used in this workbook`);
        }

        // 2: structure, formats and the first block of values.
        if (f.suspendScreenUpdating) app.suspendScreenUpdatingUntilNextSync();
        if (f.manualCalculation) {
          originalMode = app.calculationMode;
          if (originalMode !== 'Manual') {
            app.calculationMode = 'Manual';
            calcChanged = true;
          }
        }

        const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
        specs.forEach((s) => taken.add(s.name.toLowerCase()));
        let tmpCounter = 0;
        const targets = todo.map(({ spec, old }) => {
          if (!old) return ctx.workbook.worksheets.add(spec.name);
          let tmp: string;
          do tmp = `Kring tmp ${++tmpCounter}`;
          while (taken.has(tmp.toLowerCase()));
          taken.add(tmp.toLowerCase());
          const fresh = ctx.workbook.worksheets.add(tmp);
          const position = old.position;
          old.delete(); // removes its tables, protection and everything else on it
          fresh.name = spec.name;
          fresh.position = position;
          return fresh;
        });

        const writeSpecs = todo.map((t) => t.spec);
        const layouts = writeSpecs.map((spec) => layoutOf(spec, spare));

        writeSpecs.forEach((spec, s) => {
          const ws = targets[s];
          const layout = layouts[s];
          const ncol = spec.columns.length;
          if (spec.tabColor && f.tabColor) ws.tabColor = spec.tabColor;

          if (spec.preamble?.length) {
            const pre = ws.getRange(rangeAddress(0, 0, spec.preamble.length, 1));
            pre.numberFormat = spec.preamble.map(() => ['@']);
            pre.values = spec.preamble.map((line) => [line]);
            ws.getRange('A1').format.font.bold = true;
          }

          const header = ws.getRange(rangeAddress(layout.headerRow, 0, 1, ncol));
          header.numberFormat = [spec.columns.map(() => '@')];
          header.values = [spec.columns.map((c) => c.header)];
          header.format.font.bold = true;

          spec.columns.forEach((col, j) => {
            const width = col.width ?? defaultWidth(col, j, spec.rows);
            ws.getRange(`${columnLetters(j)}:${columnLetters(j)}`).format.columnWidth = charsToPoints(width);
            if (layout.formattedRows > 0) {
              // Number format before any value: "@" keeps user text (=…, +31…, 00123) literal.
              const body = ws.getRange(rangeAddress(layout.bodyRow, j, layout.formattedRows, 1));
              (body as unknown as { numberFormat: string }).numberFormat = NUMBER_FORMATS[col.kind];
            }
          });
        });

        const structureBytes = jsonBytes(writeSpecs.map((s) => ({ ...s, rows: undefined })));
        const requests = planBlocks(writeSpecs, budget, Math.min(structureBytes, budget / 2));

        const writeBlocks = (blocks: Block[]) => {
          for (const block of blocks) {
            const layout = layouts[block.sheet];
            const address = rangeAddress(layout.bodyRow + block.start, 0, block.values.length, writeSpecs[block.sheet].columns.length);
            targets[block.sheet].getRange(address).values = block.values;
          }
        };
        writeBlocks(requests[0] ?? []);

        writeSpecs.forEach((spec, s) => {
          const ws = targets[s];
          const layout = layouts[s];
          const ncol = spec.columns.length;
          if (spec.table) {
            const table = ws.tables.add(rangeAddress(layout.headerRow, 0, 1 + layout.tableBodyRows, ncol), true);
            table.name = spec.table;
          }
          spec.columns.forEach((col, j) => {
            if (layout.formattedRows === 0) return;
            const body = ws.getRange(rangeAddress(layout.bodyRow, j, layout.formattedRows, 1));
            if (f.dataValidation && col.list?.length) {
              const source = col.list.join(',');
              if (source.length > LIST_SOURCE_MAX || col.list.some((item) => item.includes(','))) {
                warnings.push(`${spec.name} / ${col.header}: dropdown left out (list longer than ${LIST_SOURCE_MAX} characters or items with commas)`);
              } else {
                body.dataValidation.rule = { list: { inCellDropDown: true, source } };
              }
            }
            if (f.dataValidation && col.hint) {
              body.dataValidation.prompt = { showPrompt: true, title: col.header.slice(0, 32), message: col.hint.slice(0, 255) };
            }
            if (spec.protect && col.editable) body.format.protection.locked = false;
          });
          if (spec.freezeHeader && f.freezePanes) ws.freezePanes.freezeRows(layout.headerRow + 1);
          written.push(spec.name);
        });

        const finish = () => {
          writeSpecs.forEach((spec, s) => {
            if (spec.protect) targets[s].protection.protect({ allowAutoFilter: true, allowSort: true, allowFormatColumns: true });
          });
          if (calcChanged && originalMode) app.calculationMode = originalMode as Excel.CalculationMode;
        };

        if (requests.length <= 1) finish();
        await ctx.sync(); // 2

        // Further blocks of ~maxRequestBytes each: one sync per block, only for large data.
        for (let k = 1; k < requests.length; k++) {
          if (f.suspendScreenUpdating) app.suspendScreenUpdatingUntilNextSync();
          writeBlocks(requests[k]);
          if (k === requests.length - 1) finish();
          // One sync per ~2 MB block keeps each request under Excel's 5 MB limit (the only data-dependent sync).
          await ctx.sync();
        }
        calcChanged = false; // restored by the last request
      });
    } catch (error) {
      if (calcChanged && originalMode) {
        const mode = originalMode as Excel.CalculationMode;
        await excel()
          .run(async (ctx) => {
            ctx.workbook.application.calculationMode = mode;
            await ctx.sync();
          })
          .catch(() => undefined);
      }
      throw error;
    }
    return { written, skipped, warnings };
  }

  async function selectCell(sheet: string, address: string): Promise<void> {
    await excel().run(runOptions, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await ctx.sync();
    });
  }

  return { readSheets, writeSheets, selectCell, features };
}
