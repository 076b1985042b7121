import { Bilingual, Lang, pick } from './i18n';

export type Severity = 'error' | 'warning';

/** One finding about the input, pointing at the sheet, Excel row and column header where it is. */
export interface Problem {
  severity: Severity;
  /** The sheet name as it is in the workbook (or the expected name when the sheet is missing). */
  sheet: string;
  /** Excel row number (1-based), or null for a problem with the whole sheet. */
  row: number | null;
  /** The column header as it is in the workbook (or the expected one when missing), or null. */
  column: string | null;
  /** A1 address of the cell, when the problem is about one cell (used to select it in Excel). */
  address?: string;
  message: Bilingual;
  /** The root cause of other problems (folded into it): listed first. */
  cause?: boolean;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** The order users read problems in: a root cause first, then errors, then by sheet, row and column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      Number(b.cause ?? false) - Number(a.cause ?? false) ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.sheet.localeCompare(b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ?? '').localeCompare(b.column ?? ''),
  );
}

/** The --json shape of cli.md. */
export function problemJson(p: Problem, lang: Lang) {
  return { severity: p.severity, sheet: p.sheet, row: p.row, column: p.column, message: pick(p.message, lang) };
}

/** One line for people: "Cliënten, rij 7, kolom ID: …". */
export function problemLine(p: Problem, lang: Lang): string {
  const where: string[] = [p.sheet];
  if (p.row !== null) where.push(`${pick({ nl: 'rij', en: 'row' }, lang)} ${p.row}`);
  if (p.column) where.push(`${pick({ nl: 'kolom', en: 'column' }, lang)} ${p.column}`);
  const label = p.severity === 'error' ? pick({ nl: 'fout', en: 'error' }, lang) : pick({ nl: 'waarschuwing', en: 'warning' }, lang);
  return `${label}: ${where.join(', ')}: ${pick(p.message, lang)}`;
}
