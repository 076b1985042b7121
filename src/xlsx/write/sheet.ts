/**
 * One of Kring's sheets (a SheetSpec) as a worksheet part: cells, widths, frozen header, table,
 * dropdowns, unlocked input cells, highlights, print settings, page breaks and protection, in
 * CT_Worksheet's order. The layout (preamble lines, a blank row, the header, the body and an input
 * sheet's spare rows), the dropdown, highlight and print rules are the engine's, the same as the
 * Excel gateway's (../../engine/layout). Styles come from the workbook's StyleBook.
 */
import { listSource, PROMPT_MESSAGE_MAX, PROMPT_TITLE_MAX } from '../../engine/layout/lists';
import { blockTop, blockWidth, columnWidths, fontScale, HEADER_FOOTER_MAX, highlightRules, layoutOf, minHeightRuns, PAGE_MARGINS, pageBreakRows, printTitleRows, SheetLayout, TITLE_FONT, wrappedLines } from '../../engine/layout/sheet';
import { Cell, CellBlock, ColumnKind, NUMBER_FORMATS, SheetSpec, columnLetters } from '../../engine/workbook';
import { Conformance, TRANSITIONAL } from '../conformance';
import { escapeXml, XML_HEAD } from '../xml';
import { cellXml, dateForWorkbook } from './cells';
import { CellStyle, StyleBook } from './styles';

export interface ComposedSheet {
  xml: string;
  /** The table to add (its part is written by the package editor). */
  table?: { name: string; ref: string; columns: string[] };
  /** Print titles and print area, as defined-name formulas without the sheet. */
  printTitles?: string;
  printArea?: string;
  /** A cell's value (zero-based), for the cached values of charts. */
  cell(row: number, column: number): Cell | undefined;
}

export interface ComposeOptions {
  date1904: boolean;
  /** Relationship ids the editor gives the sheet's table and drawing. */
  tableRelId?: string;
  drawingRelId?: string;
  /** The package's conformance class (Transitional when not given). */
  conformance?: Conformance;
}

interface Grid {
  cells: Map<number, Map<number, { v: Cell; s: number }>>;
  heights: Map<number, number>;
  lists: Map<string, string[]>;
}

function put(grid: Grid, row: number, column: number, v: Cell, s: number): void {
  let line = grid.cells.get(row);
  if (!line) grid.cells.set(row, (line = new Map()));
  line.set(column, { v, s });
}

/** A validation rule on `ref`: the dropdown of `list` if it fits (../../engine/layout/lists), and an input message if there is one. */
function addRule(grid: Grid, list: string[] | null | undefined, ref: string, prompt?: { title: string; message: string }): void {
  const dropdown = listSource(list);
  const source = dropdown && 'source' in dropdown ? dropdown.source : '';
  if (!source && !prompt) return;
  const key = [source, prompt?.title ?? '', prompt?.message ?? ''].join('\u0000');
  if (!grid.lists.has(key)) grid.lists.set(key, []);
  grid.lists.get(key)!.push(ref);
}

export function composeSheet(spec: SheetSpec, styles: StyleBook, options: ComposeOptions): ComposedSheet {
  const grid: Grid = { cells: new Map(), heights: new Map(), lists: new Map() };
  const value = (v: Cell | undefined, kind: ColumnKind | undefined) => (kind === 'date' ? dateForWorkbook(v ?? null, options.date1904) : (v ?? null));
  const preamble = spec.preamble ?? [];
  const layout = layoutOf(spec);
  // 1-based rows: the header, the last table row, the last formatted row.
  const headerRow = layout.headerRow + 1;
  preamble.forEach((line, i) => put(grid, i + 1, 0, line, i === 0 ? styles.xf(TITLE_FONT) : 0));

  const width = spec.columns.length;
  const lastBodyRow = headerRow + layout.tableBodyRows;
  const styledEnd = headerRow + layout.formattedRows;
  const bold = styles.xf({ bold: true });
  const headers = spec.table ? tableHeaders(spec.columns.map((c) => c.header)) : spec.columns.map((c) => c.header);
  // With a wrapped column every cell of a row aligns to its top (a number beside a tall text).
  const anyWrap = spec.columns.some((c) => c.wrap);
  const wrappedHeader = styles.xf({ bold: true, wrap: true, top: true });
  spec.columns.forEach((col, j) => {
    put(grid, headerRow, j, headers[j], anyWrap ? wrappedHeader : bold);
    const s = styles.xf({ numFmt: NUMBER_FORMATS[col.kind], unlocked: spec.protect && col.editable, wrap: col.wrap, top: anyWrap });
    for (let r = headerRow + 1; r <= styledEnd; r++) put(grid, r, j, value(spec.rows[r - headerRow - 1]?.[j], col.kind), s);
    const prompt = col.hint ? { title: col.header, message: col.hint } : undefined;
    if (styledEnd > headerRow) addRule(grid, col.list, `${columnLetters(j)}${headerRow + 1}:${columnLetters(j)}${styledEnd}`, prompt);
  });
  const widths = new Map(columnWidths(spec).map(({ column, width: w }) => [column, w]));
  // The rows to write in by hand (zero-based, as the engine plans them for both gateways).
  const minHeights = new Map(minHeightRuns(spec).flatMap((run) => Array.from({ length: run.rows }, (_, k) => [run.row + k, run.height] as const)));
  for (const block of spec.blocks ?? []) writeBlock(grid, block, styles, widths, value, minHeights);
  // Wrapped columns: the header and body rows as tall as their longest text (no program fits them on opening).
  if (spec.columns.some((c) => c.wrap)) {
    const wrapped = spec.columns.map((c, j) => (c.wrap ? j : -1)).filter((j) => j >= 0);
    [headers, ...spec.rows].forEach((values, i) => {
      const lines = Math.max(1, ...wrapped.map((j) => wrappedLines(values[j], widths.get(j))));
      if (lines > 1) grid.heights.set(headerRow + i, Math.max(lines * 15, grid.heights.get(headerRow + i) ?? 0));
    });
  }

  const conformance = options.conformance ?? TRANSITIONAL;
  const ns = `xmlns="${conformance.main}" xmlns:r="${conformance.r}"`;
  const parts: string[] = [`${XML_HEAD}<worksheet ${ns}>`];
  const fit = spec.print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : '';
  const tab = spec.tabColor ? `<tabColor rgb="FF${spec.tabColor.replace('#', '').toUpperCase()}"/>` : '';
  if (tab || fit) parts.push(`<sheetPr>${tab}${fit}</sheetPr>`);
  parts.push(`<dimension ref="${dimension(grid)}"/>`);
  const pane = spec.freezeHeader
    ? `<pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${headerRow + 1}" sqref="A${headerRow + 1}"/>`
    : '';
  parts.push(`<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>`);
  if (widths.size) {
    const cols = [...widths.entries()].sort((a, b) => a[0] - b[0]).map(([c, w]) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`);
    parts.push(`<cols>${cols.join('')}</cols>`);
  }
  parts.push('<sheetData>');
  for (const r of [...grid.cells.keys()].sort((a, b) => a - b)) {
    const line = grid.cells.get(r)!;
    const height = grid.heights.get(r);
    const cells = [...line.entries()].sort((a, b) => a[0] - b[0]).map(([c, { v, s }]) => cellXml(r, c, v, s));
    parts.push(`<row r="${r}"${height ? ` ht="${height}" customHeight="1"` : ''}>${cells.join('')}</row>`);
  }
  parts.push('</sheetData>');
  // No password: the protection prevents accidents, not access.
  if (spec.protect) parts.push('<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" sort="0" autoFilter="0"/>');
  parts.push(highlightsXml(spec, styles, layout));
  parts.push(validationsXml(grid));
  const print = printXml(spec);
  parts.push(print.xml);
  if (options.drawingRelId) parts.push(`<drawing r:id="${options.drawingRelId}"/>`);
  if (spec.table && options.tableRelId) parts.push(`<tableParts count="1"><tablePart r:id="${options.tableRelId}"/></tableParts>`);
  parts.push('</worksheet>');

  const table = spec.table ? { name: spec.table, ref: `A${headerRow}:${columnLetters(width - 1)}${lastBodyRow}`, columns: headers } : undefined;
  return {
    xml: parts.join(''),
    table,
    printTitles: print.titles,
    printArea: print.area,
    cell: (row, column) => grid.cells.get(row + 1)?.get(column)?.v ?? undefined,
  };
}

/**
 * A table's header cells are its column names: Excel repairs a table whose names are empty or
 * repeat (ignoring case), so blanks get a name and repeats a number.
 */
export function tableHeaders(headers: string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h, j) => {
    const base = h.trim() || `Kolom${j + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function writeBlock(grid: Grid, block: CellBlock, styles: StyleBook, widths: Map<number, number>, value: (v: Cell | undefined, k: ColumnKind | undefined) => Cell, minHeights: Map<number, number>): void {
  const col0 = block.at.column;
  if (block.title) put(grid, block.at.row + 1, col0, block.title, styles.xf({ numFmt: '@', bold: true }));
  const row = blockTop(block) + 1;
  const width = blockWidth(block);
  const columnWidth = (c: number) => widths.get(c);
  block.rows.forEach((values, i) => {
    const header = !!block.header && i === 0;
    const r = row + i;
    // Neither Excel nor LibreOffice fits wrapped rows when opening a file: the height is set here.
    const scale = fontScale(block);
    const lines = block.wrap ? Math.max(1, ...values.slice(0, width).map((v, j) => wrappedLines(v, columnWidth(col0 + j), scale))) : 1;
    const height = block.fixedRowHeight ?? Math.max(lines > 1 || scale > 1 ? Math.round(lines * 15 * scale * 10) / 10 : 0, minHeights.get(r - 1) ?? 0);
    // Blocks side by side share a row: it takes the tallest.
    if (height) grid.heights.set(r, Math.max(height, grid.heights.get(r) ?? 0));
    for (let j = 0; j < width; j++) {
      const kind = header ? undefined : block.formats?.[j];
      const editable = !header && !!block.editable?.[j];
      const style: CellStyle = { numFmt: kind ? NUMBER_FORMATS[kind] : undefined, bold: header, size: block.fontSize, wrap: block.wrap, top: block.wrap, unlocked: editable, fill: editable ? block.inputFill : undefined };
      put(grid, r, col0 + j, value(values[j], kind), styles.xf(style));
      if (!header) addRule(grid, block.lists?.[j], `${columnLetters(col0 + j)}${r}`);
    }
  });
}

function dimension(grid: Grid): string {
  const rows = [...grid.cells.keys()];
  if (!rows.length) return 'A1';
  let left = Infinity, right = 0;
  for (const line of grid.cells.values()) for (const c of line.keys()) (left = Math.min(left, c)), (right = Math.max(right, c));
  return `${columnLetters(left)}${Math.min(...rows)}:${columnLetters(right)}${Math.max(...rows)}`;
}

/** Highlights as formula rules (a cell-value rule would colour empty cells, which Excel compares as 0). */
function highlightsXml(spec: SheetSpec, styles: StyleBook, layout: SheetLayout): string {
  return highlightRules(spec, layout)
    .rules.map(({ highlight: h, row, rows, formula }, i) => {
      const letters = columnLetters(h.column);
      return `<conditionalFormatting sqref="${letters}${row + 1}:${letters}${row + rows}"><cfRule type="expression" dxfId="${styles.dxf(h.fill, h.fontColor)}" priority="${i + 1}"><formula>${escapeXml(formula)}</formula></cfRule></conditionalFormatting>`;
    })
    .join('');
}

function validationsXml(grid: Grid): string {
  if (!grid.lists.size) return '';
  const items = [...grid.lists.entries()].map(([key, refs]) => {
    const [source, title, prompt] = key.split('\u0000');
    const message = prompt ? ` showInputMessage="1" promptTitle="${escapeXml(title.slice(0, PROMPT_TITLE_MAX))}" prompt="${escapeXml(prompt.slice(0, PROMPT_MESSAGE_MAX))}"` : '';
    // An input message without a dropdown (a hint on a column whose list is absent or too long): a rule of type "none".
    if (!source) return `<dataValidation allowBlank="1"${message} sqref="${refs.join(' ')}"/>`;
    return `<dataValidation type="list" errorStyle="warning" allowBlank="1" showErrorMessage="1"${message} sqref="${refs.join(' ')}"><formula1>${escapeXml(`"${source.replace(/"/g, '""')}"`)}</formula1></dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}

/** Page setup: A4, orientation, fit to width, centre header and footer, row page breaks; titles and area as names. */
function printXml(spec: SheetSpec): { xml: string; titles?: string; area?: string } {
  const print = spec.print;
  if (!print) return { xml: '' };
  const setup = [
    print.paper === 'A4' ? ' paperSize="9"' : '',
    print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '',
    print.orientation ? ` orientation="${print.orientation}"` : '',
  ].join('');
  const hf =
    print.header !== undefined || print.footer !== undefined
      ? `<headerFooter>${print.header !== undefined ? `<oddHeader>${escapeXml(`&C${print.header.slice(0, HEADER_FOOTER_MAX)}`)}</oddHeader>` : ''}${print.footer !== undefined ? `<oddFooter>${escapeXml(`&C${print.footer.slice(0, HEADER_FOOTER_MAX)}`)}</oddFooter>` : ''}</headerFooter>`
      : '';
  // A break after (1-based) row r makes zero-based row r start a new page.
  const breaks = pageBreakRows(print);
  const rowBreaks = breaks.length ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>` : '';
  const m = PAGE_MARGINS;
  const margins = `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
  const titles = printTitleRows(print);
  const a = print.area;
  const area = a ? `$${columnLetters(a.column)}$${a.row + 1}:$${columnLetters(a.column + (a.columns ?? 1) - 1)}$${a.row + a.rows}` : undefined;
  const options = print.gridlines ? '<printOptions gridLines="1"/>' : '';
  return { xml: `${options}${margins}<pageSetup${setup}/>${hf}${rowBreaks}`, titles, area };
}
