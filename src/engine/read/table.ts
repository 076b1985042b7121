/** Finds the header row of an input sheet, maps its columns, and walks the data rows with problem reporting. */
import { Bilingual } from '../i18n';
import { Problem, Severity } from '../problems';
import { ColumnDef, SheetDef } from '../schema';
import { Cell, RawSheet, cellAddress } from '../workbook';
import { cellError, cellText, isBlank, Parsed } from './cells';
import { normKey } from './normalize';

export interface MappedColumn {
  def: ColumnDef;
  /** Index into a row's cells. */
  index: number;
  /** Header text as written in the workbook. */
  header: string;
}

export interface LocatedTable {
  sheet: RawSheet;
  def: SheetDef;
  headerIndex: number;
  columns: Map<string, MappedColumn>;
  /** Headers of the sheet that Kring does not know (kept, ignored). */
  extraHeaders: { index: number; header: string }[];
}

/** Keys under which a column is recognised. */
export function columnKeys(def: ColumnDef): string[] {
  return [def.nl, def.en, ...def.synonyms].map(normKey);
}

function headerScore(row: Cell[], def: SheetDef): number {
  const known = new Set(def.columns.flatMap(columnKeys));
  return row.filter((c) => typeof c === 'string' && known.has(normKey(c))).length;
}

const HEADER_SEARCH_ROWS = 10;

/**
 * The header row is the first non-empty row, unless one of the next few non-empty rows
 * holds more of the expected headers (a title or instruction line above the table).
 */
export function locateTable(sheet: RawSheet, def: SheetDef, problems: Problem[]): LocatedTable | null {
  const candidates: number[] = [];
  for (let i = 0; i < sheet.rows.length && candidates.length < HEADER_SEARCH_ROWS; i++) {
    if (sheet.rows[i].some((c) => !isBlank(c))) candidates.push(i);
  }
  if (candidates.length === 0) return null;
  let headerIndex = candidates[0];
  let best = headerScore(sheet.rows[headerIndex], def);
  for (const i of candidates.slice(1)) {
    const score = headerScore(sheet.rows[i], def);
    if (score > best) {
      best = score;
      headerIndex = i;
    }
  }
  const header = sheet.rows[headerIndex];
  const columns = new Map<string, MappedColumn>();
  const extraHeaders: { index: number; header: string }[] = [];
  const excelRow = sheet.firstRow + headerIndex;
  // Exact names first, then synonyms, so "Naam" beats a synonym match of another column.
  const byKey = new Map<string, ColumnDef>();
  for (const col of def.columns) for (const key of [normKey(col.nl), normKey(col.en)]) if (!byKey.has(key)) byKey.set(key, col);
  for (const col of def.columns) for (const key of columnKeys(col)) if (!byKey.has(key)) byKey.set(key, col);
  header.forEach((cell, index) => {
    const text = cellText(cell);
    if (!text) return;
    const col = byKey.get(normKey(text));
    if (!col) {
      extraHeaders.push({ index, header: text });
      return;
    }
    const existing = columns.get(col.key);
    if (existing) {
      problems.push({
        severity: 'warning',
        sheet: sheet.name,
        row: excelRow,
        column: text,
        address: cellAddress(excelRow - 1, sheet.firstColumn + index),
        message: {
          nl: `De kolom "${text}" komt twee keer voor (ook "${existing.header}"). Kring gebruikt de eerste; geef de andere een andere naam.`,
          en: `The column "${text}" appears twice (also "${existing.header}"). Kring uses the first; rename the other one.`,
        },
      });
      return;
    }
    columns.set(col.key, { def: col, index, header: text });
  });
  let missingRequired = false;
  for (const col of def.columns) {
    if (col.required && !columns.has(col.key)) {
      missingRequired = true;
      problems.push({
        severity: 'error',
        sheet: sheet.name,
        row: excelRow,
        column: col.nl,
        message: {
          nl: `De verplichte kolom "${col.nl}" ontbreekt. Voeg een kolom met de kop "${col.nl}" toe in rij ${excelRow}.`,
          en: `The required column "${col.en}" is missing. Add a column headed "${col.en}" in row ${excelRow}.`,
        },
      });
    }
  }
  if (missingRequired) return null;
  return { sheet, def, headerIndex, columns, extraHeaders };
}

/** Reading context for one data row: typed access to the mapped columns with problem reporting. */
export class RowReader {
  constructor(
    private readonly table: LocatedTable,
    private readonly cells: Cell[],
    readonly excelRow: number,
    private readonly problems: Problem[],
  ) {}

  get sheetName(): string {
    return this.table.sheet.name;
  }

  has(key: string): boolean {
    return this.table.columns.has(key);
  }

  /** Raw cell of a column; error values are reported (as a warning) and read as empty. */
  cell(key: string): Cell {
    const col = this.table.columns.get(key);
    if (!col) return null;
    const value = this.cells[col.index] ?? null;
    const error = cellError(value);
    if (error) {
      this.report(key, 'warning', {
        nl: `De cel bevat de foutwaarde ${error}; Kring leest haar als leeg. Herstel de formule of vul een waarde in.`,
        en: `The cell holds the error value ${error}; Kring reads it as empty. Fix the formula or enter a value.`,
      });
      return null;
    }
    return value;
  }

  text(key: string): string | null {
    return cellText(this.cell(key));
  }

  /** Parse a column's cell; on failure report it and return the fallback. */
  parse<T>(key: string, parser: (cell: Cell) => Parsed<T>, fallback: T, severity: Severity = 'error'): T {
    const result = parser(this.cell(key));
    if (result.ok) return result.value;
    this.report(key, severity, result.why);
    return fallback;
  }

  /** Cell at a row index, for columns Kring does not map by name (wide competence columns). */
  rawAt(index: number): Cell {
    const value = this.cells[index] ?? null;
    return cellError(value) ? null : value;
  }

  reportAt(index: number, header: string, severity: Severity, message: Bilingual): void {
    this.problems.push({
      severity,
      sheet: this.table.sheet.name,
      row: this.excelRow,
      column: header,
      address: cellAddress(this.excelRow - 1, this.table.sheet.firstColumn + index),
      message,
    });
  }

  report(key: string | null, severity: Severity, message: Bilingual): void {
    const col = key ? this.table.columns.get(key) : undefined;
    const columnIndex = col ? this.table.sheet.firstColumn + col.index : this.table.sheet.firstColumn;
    this.problems.push({
      severity,
      sheet: this.table.sheet.name,
      row: this.excelRow,
      column: col ? col.header : key ? this.headerName(key) : null,
      address: cellAddress(this.excelRow - 1, columnIndex),
      message,
    });
  }

  /** Header text for a column key, whether or not the column is present. */
  headerName(key: string): string {
    return this.table.columns.get(key)?.header ?? this.table.def.columns.find((c) => c.key === key)?.nl ?? key;
  }
}

/** Calls visit for every non-empty data row below the header. */
export function eachRow(table: LocatedTable, problems: Problem[], visit: (row: RowReader) => void): void {
  const { sheet } = table;
  const mapped = [...table.columns.values()].map((c) => c.index);
  for (let i = table.headerIndex + 1; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i];
    if (!mapped.some((index) => !isBlank(cells[index] ?? null))) continue;
    visit(new RowReader(table, cells, sheet.firstRow + i, problems));
  }
}
