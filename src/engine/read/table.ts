/** Finds the header row of an input sheet, maps its columns, and walks the data rows with problem reporting. */
import { Bilingual } from '../i18n';
import { Problem, Severity } from '../problems';
import { ColumnDef, SheetDef } from '../schema';
import { Cell, RawSheet, cellAddress, columnLetters } from '../workbook';
import { cellError, cellText, isBlank, parseDate, Parsed, shown } from './cells';
import { implausibleDate } from '../dates';
import { cleanText, normKey } from './normalize';

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
          nl: `De kolom "${shown(text)}" komt twee keer voor (ook "${shown(existing.header)}"). Kring gebruikt de eerste; geef de andere een andere naam.`,
          en: `The column "${shown(text)}" appears twice (also "${shown(existing.header)}"). Kring uses the first; rename the other one.`,
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
  reportHeaderlessData(sheet, headerIndex, problems);
  return { sheet, def, headerIndex, columns, extraHeaders };
}

/**
 * Data in a column without a header is ignored; say so once per column (a header merged over two
 * columns, a header typed one row too high, a note beside the table).
 */
function reportHeaderlessData(sheet: RawSheet, headerIndex: number, problems: Problem[]): void {
  const header = sheet.rows[headerIndex];
  const width = Math.max(header.length, ...sheet.rows.slice(headerIndex + 1, headerIndex + 2).map((r) => r.length));
  const excelRow = sheet.firstRow + headerIndex;
  for (let j = 0; j < width; j++) {
    if (!isBlank(header[j] ?? null)) continue;
    let dataRow = -1;
    for (let i = headerIndex + 1; i < sheet.rows.length; i++) {
      if (!isBlank(sheet.rows[i][j] ?? null)) {
        dataRow = sheet.firstRow + i;
        break;
      }
    }
    if (dataRow < 0) continue;
    const letter = columnLetters(sheet.firstColumn + j);
    problems.push({
      severity: 'warning',
      sheet: sheet.name,
      row: excelRow,
      column: letter,
      address: cellAddress(excelRow - 1, sheet.firstColumn + j),
      message: {
        nl: `Kolom ${letter} heeft gegevens (vanaf rij ${dataRow}) maar geen kop in rij ${excelRow}; Kring negeert die kolom. Geef de kolom een eigen kop (een samengevoegde kop telt alleen voor de eerste kolom).`,
        en: `Column ${letter} holds data (from row ${dataRow}) but has no header in row ${excelRow}; Kring ignores that column. Give the column a header of its own (a merged header counts only for its first column).`,
      },
    });
  }
}

/** Reading context for one data row: typed access to the mapped columns with problem reporting. */
export class RowReader {
  /** Error values met in this row, by column key, with the warning reported for them. */
  private readonly errorValues = new Map<string, { error: string; warning: Problem }>();

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
      if (!this.errorValues.has(key)) {
        const warning = this.report(key, 'warning', {
          nl: `De cel bevat de foutwaarde ${error}; Kring leest haar als leeg. Herstel de formule of vul een waarde in.`,
          en: `The cell holds the error value ${error}; Kring reads it as empty. Fix the formula or enter a value.`,
        });
        this.errorValues.set(key, { error, warning });
      }
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

  /**
   * A date column: an impossible date (31-02-2026) is a problem of `severity`; a real date before
   * 2000 or more than a year after `today` is a warning at the cell (a mistyped year).
   */
  date(key: string, today: string, severity: Severity = 'error'): string | null {
    const iso = this.parse(key, parseDate, null, severity);
    const why = iso ? implausibleDate(iso, today) : null;
    if (why) this.report(key, 'warning', why);
    return iso;
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

  report(key: string | null, severity: Severity, message: Bilingual): Problem {
    const col = key ? this.table.columns.get(key) : undefined;
    const columnIndex = col ? this.table.sheet.firstColumn + col.index : this.table.sheet.firstColumn;
    // An error about a cell that holds an error value (#N/A read as empty) replaces the warning about it.
    const errorValue = key && severity === 'error' ? this.errorValues.get(key) : undefined;
    if (errorValue) {
      const at = this.problems.indexOf(errorValue.warning);
      if (at >= 0) this.problems.splice(at, 1);
      message = {
        nl: `De cel bevat de foutwaarde ${errorValue.error}. ${message.nl}`,
        en: `The cell holds the error value ${errorValue.error}. ${message.en}`,
      };
    }
    const problem: Problem = {
      severity,
      sheet: this.table.sheet.name,
      row: this.excelRow,
      column: col ? col.header : key ? this.headerName(key) : null,
      address: cellAddress(this.excelRow - 1, columnIndex),
      message,
    };
    this.problems.push(problem);
    return problem;
  }

  /** Header text for a column key, whether or not the column is present. */
  headerName(key: string): string {
    return this.table.columns.get(key)?.header ?? this.table.def.columns.find((c) => c.key === key)?.nl ?? key;
  }
}

/** "Totaal", "Totaal:", "Subtotaal", "Total", "Grand total", "Totalen" … (as a normKey). */
function isTotalLabel(cell: Cell): boolean {
  if (typeof cell !== 'string') return false;
  const key = normKey(cell);
  return /^(sub|eind|grand)?(totaal|totalen|total|totals)$/.test(key) || /^(totaal|total)(aantal|count|som|sum)/.test(key);
}

/**
 * A totals row below the data: a label such as "Totaal" with only numbers beside it, or only
 * numbers (a SUM) while every required column is empty. Returns the key of the column to point at.
 */
function totalsRow(table: LocatedTable, cells: Cell[]): { key: string; label: string | null } | null {
  let label: { index: number; text: string } | null = null;
  let numbers = 0;
  for (let j = 0; j < cells.length; j++) {
    const cell = cells[j] ?? null;
    if (isBlank(cell) || cellError(cell)) continue;
    if (typeof cell === 'number') numbers++;
    else if (!label && isTotalLabel(cell)) label = { index: j, text: cleanText(String(cell)) };
    else return null;
  }
  const required = table.def.columns.filter((c) => c.required);
  if (label) {
    const at = [...table.columns.values()].find((c) => c.index === label!.index);
    return { key: at ? at.def.key : required[0].key, label: label.text };
  }
  if (numbers > 0 && required.every((c) => isBlank(cells[table.columns.get(c.key)?.index ?? -1] ?? null))) {
    return { key: required[0].key, label: null };
  }
  return null;
}

/** Calls visit for every non-empty data row below the header; a totals row is skipped with a warning. */
export function eachRow(table: LocatedTable, problems: Problem[], visit: (row: RowReader) => void): void {
  const { sheet } = table;
  const mapped = [...table.columns.values()].map((c) => c.index);
  const requiredHeaders = table.def.columns.filter((c) => c.required).map((c) => `"${table.columns.get(c.key)?.header ?? c.nl}"`);
  for (let i = table.headerIndex + 1; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i];
    if (!mapped.some((index) => !isBlank(cells[index] ?? null))) continue;
    const row = new RowReader(table, cells, sheet.firstRow + i, problems);
    const totals = totalsRow(table, cells);
    if (totals) {
      row.report(
        totals.key,
        'warning',
        totals.label
          ? {
              nl: `Dit lijkt een totaalrij ("${shown(totals.label)}"); Kring slaat haar over. Zet totalen liever buiten de tabel of op een ander blad.`,
              en: `This looks like a totals row ("${shown(totals.label)}"); Kring skips it. Better put totals outside the table or on another sheet.`,
            }
          : {
              nl: `Deze rij heeft alleen getallen en geen ${requiredHeaders.join(' of ')} (een totaalrij?); Kring slaat haar over. Vul ${requiredHeaders.join(' en ')} in als het een echte rij is.`,
              en: `This row holds only numbers and no ${requiredHeaders.join(' or ')} (a totals row?); Kring skips it. Fill in ${requiredHeaders.join(' and ')} if it is a real row.`,
            },
      );
      continue;
    }
    visit(row);
  }
}
