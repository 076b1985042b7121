/**
 * Value blocks and their formatting, print settings and highlights, all queued (no sync) and
 * charged to the request budget:
 * - a value block is one range: number formats (a 2-D array matching the range) before values,
 *   so "@" keeps user text (=…, +31…, 00123) literal;
 * - cell blocks (forms): bold header rows, wrapped text (rows fitted in the last request, ExcelApi
 *   1.2), editable cells unlocked and filled, dropdowns (ExcelApi 1.8, else one warning) — each as
 *   one range per run of rows that share it, so a form of one-row blocks costs a few ranges;
 * - print (SheetSpec.print): Worksheet.pageLayout (orientation, A4, fit to one page wide, centre
 *   header and footer, print title rows, print area) and horizontalPageBreaks (ExcelApi 1.9, else
 *   one warning);
 * - highlights: a "Custom" conditional format `=AND(ISNUMBER(B5),B5<=n)` on the body of the column
 *   (ExcelApi 1.6, else a warning); a cell-value rule would colour empty cells, which Excel reads as 0.
 */
import { listSource } from '../engine/layout/lists';
import { HEADER_FOOTER_MAX, SheetLayout, highlightRules, pageBreakRows, printTitleRows } from '../engine/layout/sheet';
import { CellBlock, PrintSpec, SheetSpec, cellAddress } from '../engine/workbook';
import { RequestBudget, rangeAt } from './budget';
import type { ExcelFeatures } from './gateway';
import { Block, RowStyle, rangeAddress } from './layout';

/** A cell block's bold title (its own cell, above the block's rows). */
export function writeTitle(ws: Excel.Worksheet, block: CellBlock, budget: RequestBudget): void {
  if (!block.title) return;
  const title = rangeAt(ws, cellAddress(block.at.row, block.at.column), budget);
  title.numberFormat = [['@']];
  title.values = [[block.title]];
  title.format.font.bold = true;
  budget.object();
  budget.object();
  budget.action([['@']]);
  budget.action([[block.title]]);
  budget.action(true);
}

/** Runs of consecutive rows (from, count) for which `key` gives the same non-empty key. */
function runs(styles: RowStyle[], key: (s: RowStyle) => string | undefined): { from: number; count: number; key: string }[] {
  const out: { from: number; count: number; key: string }[] = [];
  styles.forEach((s, i) => {
    const k = key(s);
    const last = out[out.length - 1];
    if (k === undefined) return;
    if (last && last.key === k && last.from + last.count === i) last.count++;
    else out.push({ from: i, count: 1, key: k });
  });
  return out;
}

/** One value block: formats then values in one range, then its cell-block formatting. */
export function writeBlock(ws: Excel.Worksheet, spec: SheetSpec, block: Block, f: ExcelFeatures, warnings: string[], warned: Set<string>, budget: RequestBudget): void {
  for (const titled of block.titles) writeTitle(ws, titled, budget);
  if (block.values.length === 0) return;
  const width = block.values[0].length;
  const range = rangeAt(ws, rangeAddress(block.row, block.column, block.values.length, width), budget);
  // Output sheets are new, so every cell is General already: formats only where one differs.
  if (block.formats.some((row) => row.some((format) => format !== 'General'))) {
    range.numberFormat = block.formats;
    budget.action(block.formats);
  }
  range.values = block.values;
  budget.action(block.values);
  // The library splits an array of more than 1,500 cells into row bands, three more objects each.
  const bands = Math.ceil((block.values.length * width) / 1500);
  if (bands > 1) for (let i = 0; i < 6 * bands; i++) budget.object();
  if (block.styles) styleBlock(ws, spec, block, block.styles, width, f, warnings, warned, budget);
}

function styleBlock(ws: Excel.Worksheet, spec: SheetSpec, block: Block, styles: RowStyle[], width: number, f: ExcelFeatures, warnings: string[], warned: Set<string>, budget: RequestBudget): void {
  const rows = (from: number, count: number, column = 0, columns = width) => rangeAt(ws, rangeAddress(block.row + from, block.column + column, count, columns), budget);
  const format = (r: Excel.Range, depth: number, value: unknown) => {
    for (let i = 0; i < depth; i++) budget.object();
    budget.action(value);
    return r.format;
  };
  for (const run of runs(styles, (s) => (s.bold ? 'bold' : undefined))) format(rows(run.from, run.count), 2, true).font.bold = true;
  for (const run of runs(styles, (s) => (s.wrap ? 'wrap' : undefined))) format(rows(run.from, run.count), 1, true).wrapText = true;
  for (const run of runs(styles, (s) => (s.fontSize ? String(s.fontSize) : undefined))) format(rows(run.from, run.count), 2, styles[run.from].fontSize).font.size = styles[run.from].fontSize!;
  // Editable cells: per run of rows with the same editable columns and fill, one range per run of adjacent columns.
  for (const run of runs(styles, (s) => (s.editable.some(Boolean) ? JSON.stringify([s.editable, s.fill ?? null]) : undefined))) {
    const style = styles[run.from];
    for (let j = 0; j < width; j++) {
      if (!style.editable[j] || style.editable[j - 1]) continue;
      let k = j;
      while (style.editable[k + 1]) k++;
      const cells = rows(run.from, run.count, j, k - j + 1);
      format(cells, 2, false).protection.locked = false;
      if (style.fill) format(cells, 2, style.fill).fill.color = style.fill;
    }
  }
  for (let j = 0; j < width; j++) {
    for (const run of runs(styles, (s) => (s.lists[j]?.length ? JSON.stringify(s.lists[j]) : undefined))) {
      const list = styles[run.from].lists[j]!;
      if (!f.dataValidation) {
        if (!warned.has('lists')) warnings.push(`${spec.name}: dropdowns of the form cells left out (this Excel lacks ExcelApi 1.8)`);
        warned.add('lists');
        continue;
      }
      const dropdown = listSource(list)!;
      if ('problem' in dropdown) {
        warnings.push(`${spec.name} / ${cellAddress(block.row + run.from, block.column + j)}: dropdown left out (${dropdown.problem})`);
        continue;
      }
      const rule = { list: { inCellDropDown: true, source: dropdown.source } };
      rows(run.from, run.count, j, 1).dataValidation.rule = rule;
      budget.object();
      budget.action(rule);
    }
  }
}

/** Page setup: orientation, A4, fit to one page wide, centre header and footer, print titles, horizontal page breaks (ExcelApi 1.9). */
export function applyPrint(ws: Excel.Worksheet, spec: SheetSpec, print: PrintSpec, f: ExcelFeatures, warnings: string[], budget: RequestBudget): void {
  if (!f.pageLayout) {
    warnings.push(`${spec.name}: print settings and page breaks left out (this Excel lacks ExcelApi 1.9)`);
    return;
  }
  const layout = ws.pageLayout;
  const footers = layout.headersFooters.defaultForAllPages;
  budget.object();
  if (print.orientation) layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  if (print.paper === 'A4') layout.paperSize = 'A4';
  // One page wide; the height is left out (the documented form), so the pages run on as needed.
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
  if (print.gridlines) layout.printGridlines = true;
  if (print.header !== undefined) footers.centerHeader = print.header.slice(0, HEADER_FOOTER_MAX);
  if (print.footer !== undefined) footers.centerFooter = print.footer.slice(0, HEADER_FOOTER_MAX);
  const titles = printTitleRows(print);
  if (titles) layout.setPrintTitleRows(titles);
  if (print.area) layout.setPrintArea(rangeAddress(print.area.row, print.area.column, print.area.rows, print.area.columns ?? 1));
  budget.object();
  budget.object();
  for (let i = 0; i < 8; i++) budget.action(`${print.header ?? ''}${print.footer ?? ''}`.slice(0, HEADER_FOOTER_MAX));
  const breaks = pageBreakRows(print);
  // The address is the first cell below the break: one operation per break, no Range object.
  if (breaks.length) budget.object();
  for (const row of breaks) {
    ws.horizontalPageBreaks.add(`A${row + 1}`);
    budget.action(`A${row + 1}`);
  }
}

/**
 * Highlights: a conditional format on the column's body cells, "value ≤ atMost" → fill and font
 * colour (ExcelApi 1.6). A formula rule rather than a cell-value rule, because Excel compares an
 * empty cell as 0 and would colour every blank (and spare) row.
 */
export function applyHighlights(ws: Excel.Worksheet, spec: SheetSpec, layout: SheetLayout, f: ExcelFeatures, warnings: string[], budget: RequestBudget): void {
  if (!f.conditionalFormats) {
    warnings.push(`${spec.name}: highlights left out (this Excel lacks ExcelApi 1.6)`);
    return;
  }
  const { rules, leftOut } = highlightRules(spec, layout);
  for (const h of leftOut) warnings.push(`${spec.name}: a highlight on column ${h.column} left out (no such column or no threshold)`);
  for (const { highlight: h, row, rows, formula: rule } of rules) {
    const range = rangeAt(ws, rangeAddress(row, h.column, rows, 1), budget);
    const cf = range.conditionalFormats.add('Custom');
    const formula = `=${rule}`;
    cf.custom.rule.formula = formula;
    cf.custom.format.fill.color = h.fill;
    if (h.fontColor) cf.custom.format.font.color = h.fontColor;
    for (let i = 0; i < 7; i++) budget.object('Custom');
    for (let i = 0; i < 3; i++) budget.action(formula);
  }
}
