/**
 * The xlsx gateway: the WorkbookGateway interface on a .xlsx file, with ExcelJS.
 * The only module (with ./cells) that touches ExcelJS.
 *
 * Charts (SheetSpec.charts): ExcelJS cannot write them, so writeSheets keeps each written
 * sheet's charts on the instance and save() / toBuffer() inject native chart parts into the
 * package ExcelJS wrote (see ./charts). ExcelJS drops charts when it loads a file: a workbook
 * opened with `open` has no charts until its output sheets are written again (Kring rebuilds
 * its output sheets, and with them their charts, on every run).
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { AppendRequest, Cell, CellBlock, CellUpdate, ChartSpec, HighlightSpec, PrintSpec, RawSheet, SheetSpec, WorkbookGateway, WriteMode, WriteResult, FORBIDDEN_SHEET_NAME_CHARS, NUMBER_FORMATS, SHEET_NAME_MAX, columnLetters } from '../engine/workbook';
import { appendRowsXlsx, updateCellsXlsx } from './append';
import { fromExcelJs, toExcelJs } from './cells';
import { injectCharts } from './charts';

/** Rows below the data that get dropdowns in input sheets, so users can add rows. */
const INPUT_SPARE_ROWS = 200;

export class XlsxGatewayError extends Error {
  constructor(message: string, readonly kind: 'unreadable' | 'password' | 'not-found') {
    super(message);
  }
}

export class XlsxWorkbook implements WorkbookGateway {
  /** Charts of the sheets written by writeSheets, by lower-case sheet name; injected on save. */
  private readonly charts = new Map<string, { sheet: string; charts: ChartSpec[] }>();

  private constructor(readonly workbook: ExcelJS.Workbook) {}

  static create(): XlsxWorkbook {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Kring';
    return new XlsxWorkbook(wb);
  }

  static async open(file: string): Promise<XlsxWorkbook> {
    let data: Buffer;
    try {
      data = await fs.readFile(file);
    } catch {
      throw new XlsxGatewayError(`cannot read ${file}`, 'not-found');
    }
    // An encrypted (password-protected) workbook is an OLE compound file, not a zip.
    if (data.length >= 4 && data.readUInt32BE(0) === 0xd0cf11e0) {
      throw new XlsxGatewayError(`${file} is password-protected or an old .xls file`, 'password');
    }
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(data as unknown as ArrayBuffer);
    } catch (e) {
      throw new XlsxGatewayError(`${file} is not a readable .xlsx file (${(e as Error).message})`, 'unreadable');
    }
    return new XlsxWorkbook(wb);
  }

  /** Writes to a temporary file beside the target and renames it, so a failure never leaves half a file. */
  async save(file: string): Promise<void> {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    try {
      await fs.writeFile(tmp, await this.toBuffer());
      await fs.rename(tmp, file);
    } catch (e) {
      await fs.rm(tmp, { force: true });
      throw e;
    }
  }

  /** The .xlsx package: what ExcelJS writes, plus the native charts of the sheets written here. */
  async toBuffer(): Promise<Buffer> {
    const data = Buffer.from((await this.workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const sheets = [...this.charts.values()].flatMap(({ sheet, charts }) => {
      const ws = this.findWorksheet(sheet);
      if (!ws || charts.length === 0) return [];
      return [{ sheet: ws.name, charts, cell: (row: number, column: number) => fromExcelJs(ws.getCell(row + 1, column + 1).value) }];
    });
    if (sheets.length === 0) return data;
    return injectCharts(data, sheets);
  }

  /** The charts that save() will add, by sheet (for inspection). */
  pendingCharts(): { sheet: string; charts: ChartSpec[] }[] {
    return [...this.charts.values()].filter((c) => this.findWorksheet(c.sheet));
  }

  async appendRows(request: AppendRequest): Promise<void> {
    appendRowsXlsx(this.workbook, request);
  }

  async updateCells(sheet: string, updates: CellUpdate[]): Promise<void> {
    updateCellsXlsx(this.workbook, sheet, updates);
  }

  async readSheets(names?: string[]): Promise<RawSheet[]> {
    const wanted = names ? new Set(names.map((n) => n.toLowerCase())) : null;
    return this.workbook.worksheets.filter((ws) => !wanted || wanted.has(ws.name.toLowerCase())).map(readWorksheet);
  }

  async writeSheets(specs: SheetSpec[], mode: WriteMode): Promise<WriteResult> {
    const result: WriteResult = { written: [], skipped: [] };
    for (const spec of specs) checkSheetName(spec.name);
    for (const spec of specs) {
      const existing = this.findWorksheet(spec.name);
      if (existing && (mode === 'create-if-missing' || spec.role === 'input')) {
        result.skipped.push(existing.name);
        continue;
      }
      let orderNo: number | undefined;
      if (existing) {
        orderNo = (existing as unknown as { orderNo: number }).orderNo;
        this.workbook.removeWorksheet(existing.id);
      }
      const ws = this.workbook.addWorksheet(spec.name);
      if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
      await writeSpec(ws, spec);
      // A rebuilt sheet loses its old charts and gets the spec's.
      this.charts.delete(spec.name.toLowerCase());
      if (spec.charts?.length) this.charts.set(spec.name.toLowerCase(), { sheet: spec.name, charts: spec.charts.map((c) => ({ ...c })) });
      result.written.push(spec.name);
    }
    return result;
  }

  private findWorksheet(name: string): ExcelJS.Worksheet | undefined {
    const key = name.toLowerCase();
    return this.workbook.worksheets.find((ws) => ws.name.toLowerCase() === key);
  }
}

function checkSheetName(name: string): void {
  if (!name || name.length > SHEET_NAME_MAX || FORBIDDEN_SHEET_NAME_CHARS.test(name)) {
    throw new Error(`invalid sheet name "${name}"`);
  }
}

/** The used range of a worksheet as a rectangular block of cells. */
function readWorksheet(ws: ExcelJS.Worksheet): RawSheet {
  let top = Infinity, left = Infinity, bottom = 0, right = 0;
  const cells: { r: number; c: number; v: Cell }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // Merged cells repeat the master's value; only the master counts.
      if (cell.isMerged && cell.master !== cell) return;
      const v = fromExcelJs(cell.value);
      // Blank text (a stray space far below the data) does not stretch the used range.
      if (v === null || (typeof v === 'string' && v.trim() === '')) return;
      cells.push({ r, c, v });
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    });
  });
  if (!cells.length) return { name: ws.name, rows: [], firstRow: 1, firstColumn: 0 };
  const rows: Cell[][] = Array.from({ length: bottom - top + 1 }, () => Array<Cell>(right - left + 1).fill(null));
  for (const { r, c, v } of cells) rows[r - top][c - left] = v;
  return { name: ws.name, rows, firstRow: top, firstColumn: left - 1 };
}

function argb(color: string): string {
  return `FF${color.replace('#', '').toUpperCase()}`;
}

async function writeSpec(ws: ExcelJS.Worksheet, spec: SheetSpec): Promise<void> {
  const preamble = spec.preamble ?? [];
  // Same layout as the Excel gateway: preamble lines, one blank row, then the header.
  const headerRow = preamble.length ? preamble.length + 2 : 1;
  preamble.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
  if (spec.tabColor) ws.properties.tabColor = { argb: argb(spec.tabColor) };
  if (spec.freezeHeader) ws.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];

  const width = spec.columns.length;
  const body: Cell[][] = spec.rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
  if (spec.table) {
    // A table needs at least one body row.
    const tableRows = body.length ? body : [Array<Cell>(width).fill(null)];
    ws.addTable({
      name: spec.table,
      ref: `A${headerRow}`,
      headerRow: true,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: spec.columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: tableRows.map((r) => r.map(toExcelJs)),
    });
  } else {
    spec.columns.forEach((c, j) => (ws.getCell(headerRow, j + 1).value = c.header));
    body.forEach((r, i) => r.forEach((v, j) => (ws.getCell(headerRow + 1 + i, j + 1).value = toExcelJs(v))));
  }
  const header = ws.getRow(headerRow);
  header.font = { bold: true };

  const lastBodyRow = headerRow + Math.max(body.length, spec.table ? 1 : 0);
  const validationEnd = spec.role === 'input' ? Math.max(lastBodyRow, headerRow + INPUT_SPARE_ROWS) : lastBodyRow;
  for (const { column, width } of spec.extraWidths ?? []) {
    if (column >= spec.columns.length) ws.getColumn(column + 1).width = width;
  }
  spec.columns.forEach((col, j) => {
    const column = ws.getColumn(j + 1);
    if (col.width) column.width = col.width;
    const numFmt = NUMBER_FORMATS[col.kind];
    for (let r = headerRow + 1; r <= validationEnd; r++) {
      const cell = ws.getCell(r, j + 1);
      if (r <= lastBodyRow || spec.role === 'input') cell.numFmt = numFmt;
      if (col.list && col.list.length) {
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${col.list.join(',')}"`],
          showErrorMessage: true,
          errorStyle: 'warning',
          ...(col.hint ? { showInputMessage: true, prompt: col.hint } : {}),
        };
      }
      if (spec.protect && col.editable) cell.protection = { locked: false };
    }
  });
  for (const block of spec.blocks ?? []) writeBlock(ws, block);
  if (spec.highlights?.length) writeHighlights(ws, spec.highlights, spec.columns.length, headerRow, spec.role === 'input' ? validationEnd : lastBodyRow);
  if (spec.print) writePrint(ws, spec.print);
  if (spec.protect) {
    // No password: the protection prevents accidents, not access.
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true, sort: true });
  }
}

/**
 * Highlights: "value ≤ atMost" → fill and font colour on the body cells of a column, as a
 * formula rule (a cell-value rule would colour empty cells, which Excel compares as 0).
 */
function writeHighlights(ws: ExcelJS.Worksheet, highlights: HighlightSpec[], columns: number, headerRow: number, lastRow: number): void {
  if (lastRow <= headerRow) return;
  highlights.forEach((h, i) => {
    if (!Number.isInteger(h.column) || h.column < 0 || h.column >= columns || !Number.isFinite(h.atMost)) return;
    const letters = columnLetters(h.column);
    const first = `${letters}${headerRow + 1}`;
    ws.addConditionalFormatting({
      ref: `${first}:${letters}${lastRow}`,
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [`AND(ISNUMBER(${first}),${first}<=${h.atMost})`],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(h.fill) } },
            ...(h.fontColor ? { font: { color: { argb: argb(h.fontColor) } } } : {}),
          },
        },
      ],
    });
  });
}

/** Page setup: A4, orientation, fit to width, centre header and footer, print titles, row page breaks. */
function writePrint(ws: ExcelJS.Worksheet, print: PrintSpec): void {
  const setup: Partial<ExcelJS.PageSetup> = {};
  if (print.paper === 'A4') setup.paperSize = 9;
  if (print.orientation) setup.orientation = print.orientation;
  if (print.fitToWidth) Object.assign(setup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  if (print.repeatRows !== undefined && print.repeatRows >= 0) setup.printTitlesRow = `1:${Math.floor(print.repeatRows) + 1}`;
  if (print.area) {
    const { row, column, rows, columns } = print.area;
    // ExcelJS prefixes each part with "$" only once ("$A1"); the row's "$" makes it a proper $A$1 reference.
    setup.printArea = `${columnLetters(column)}$${row + 1}:${columnLetters(column + (columns ?? 1) - 1)}$${row + rows}`;
  }
  Object.assign(ws.pageSetup, setup);
  if (print.header !== undefined) ws.headerFooter.oddHeader = `&C${print.header}`;
  if (print.footer !== undefined) ws.headerFooter.oddFooter = `&C${print.footer}`;
  // A break after (1-based) row r makes zero-based row r start a new page.
  const breaks = [...new Set(print.pageBreaks ?? [])].filter((r) => Number.isInteger(r) && r > 0 && r < 1048576).sort((a, b) => a - b);
  for (const r of breaks) ws.getRow(r).addPageBreak();
}

/** Lines a wrapped text takes in a column of `width` characters (Calibri 11: text runs a little narrower than "0"). */
function wrappedLines(value: Cell | undefined, width: number | undefined): number {
  if (value === null || value === undefined) return 1;
  const perLine = Math.max(1, Math.floor((width ?? 8.43) * 1.1) - 1);
  return String(value)
    .split('\n')
    .reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/**
 * A cell block: bold title at `at`, rows below it (bold header row), number formats per column;
 * a form block also gets unlocked, filled input cells, dropdowns on its non-header cells and
 * wrapped text.
 */
function writeBlock(ws: ExcelJS.Worksheet, block: CellBlock): void {
  const col0 = block.at.column + 1;
  let row = block.at.row + 1;
  if (block.title) {
    const cell = ws.getCell(row, col0);
    cell.numFmt = '@';
    cell.value = block.title;
    cell.font = { bold: true };
    row++;
  }
  const width = block.rows.reduce((w, r) => Math.max(w, r.length), 0);
  block.rows.forEach((values, i) => {
    const header = block.header && i === 0;
    // Wrapped rows get their height here: neither Excel nor LibreOffice fits rows when opening a file.
    if (block.wrap) {
      const lines = Math.max(1, ...values.slice(0, width).map((v, j) => wrappedLines(v, ws.getColumn(col0 + j).width)));
      if (lines > 1) ws.getRow(row + i).height = lines * 15;
    }
    for (let j = 0; j < width; j++) {
      const cell = ws.getCell(row + i, col0 + j);
      const kind = header ? undefined : block.formats?.[j];
      // The format first, as in the Excel gateway; ExcelJS writes strings as literal text anyway.
      if (kind) cell.numFmt = NUMBER_FORMATS[kind];
      cell.value = toExcelJs(values[j] ?? null);
      if (header) cell.font = { bold: true };
      if (block.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
      if (header) continue;
      if (block.editable?.[j]) {
        cell.protection = { locked: false };
        if (block.inputFill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(block.inputFill) } };
      }
      const list = block.lists?.[j];
      if (list?.length) {
        const source = list.join(',');
        // Excel's limit for a list typed into the rule (and no commas inside items).
        if (source.length <= 255 && !list.some((item) => item.includes(','))) {
          cell.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${source.replace(/"/g, '""')}"`], showErrorMessage: true, errorStyle: 'warning' };
        }
      }
    }
  });
}
