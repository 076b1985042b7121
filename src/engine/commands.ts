/**
 * Kring's commands over the small workbook interface, shared by the command line and the task pane.
 * They decide what to read and write; the gateway does the I/O. Errors stop a command before anything is written.
 */
import { Lang } from './i18n';
import { hasErrors, Problem } from './problems';
import { readWorkbook, ReadResult } from './read';
import { findSheet } from './read';
import { SETTINGS_SHEET } from './schema';
import { settingsSheetSpec, templateSheets } from './template';
import { WorkbookGateway } from './workbook';

export interface RunOptions {
  /** Language of messages and new sheet names; default: the workbook's, else Dutch. */
  lang?: Lang;
  /** ISO date of today (tests pass a fixed one). */
  today?: string;
  /** Reports progress: a step number out of a total, with a label. */
  progress?: (step: number, total: number, label: { nl: string; en: string }) => void;
}

export interface RunOutcome {
  command: string;
  lang: Lang;
  problems: Problem[];
  /** Sheets written or rebuilt. */
  sheets: string[];
  /** Sheets that already existed and were left alone. */
  skipped: string[];
  /** The model as read, when the command read the input. */
  read?: ReadResult;
}

function langOf(options: RunOptions, read?: ReadResult): Lang {
  return options.lang ?? read?.lang ?? 'nl';
}

/** Reads and validates the input sheets; writes nothing. */
export async function runCheck(gateway: WorkbookGateway, options: RunOptions = {}): Promise<RunOutcome> {
  options.progress?.(1, 1, { nl: 'Invoer lezen en controleren', en: 'Reading and checking the input' });
  const read = readWorkbook(await gateway.readSheets(), { today: options.today });
  return { command: 'check', lang: langOf(options, read), problems: read.problems, sheets: [], skipped: [], read };
}

/** Adds the input sheets (and settings) that are missing; existing sheets are never touched. */
export async function runTemplate(gateway: WorkbookGateway, options: RunOptions = {}): Promise<RunOutcome> {
  const sheets = await gateway.readSheets();
  const read = sheets.length ? readWorkbook(sheets, { today: options.today }) : undefined;
  const lang = langOf(options, read);
  options.progress?.(1, 1, { nl: 'Invoerbladen maken', en: 'Creating input sheets' });
  const result = await gateway.writeSheets(templateSheets(lang), 'create-if-missing');
  return { command: 'template', lang, problems: [], sheets: result.written, skipped: result.skipped };
}

/**
 * Everything Kring can do on a workbook. For now: check the input and write the settings sheet
 * with its defaults when it is missing; later capabilities add their output sheets here.
 */
export async function runAll(gateway: WorkbookGateway, options: RunOptions = {}): Promise<RunOutcome> {
  const total = 2;
  options.progress?.(1, total, { nl: 'Invoer lezen en controleren', en: 'Reading and checking the input' });
  const raw = await gateway.readSheets();
  const read = readWorkbook(raw, { today: options.today });
  const lang = langOf(options, read);
  const outcome: RunOutcome = { command: 'all', lang, problems: read.problems, sheets: [], skipped: [], read };
  if (hasErrors(read.problems)) return outcome;
  options.progress?.(2, total, { nl: 'Uitvoer schrijven', en: 'Writing the output' });
  if (!findSheet(raw, SETTINGS_SHEET)) {
    const result = await gateway.writeSheets([settingsSheetSpec(read.model.settings, lang)], 'create-if-missing');
    outcome.sheets.push(...result.written);
  }
  return outcome;
}
