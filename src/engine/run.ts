/**
 * What every command shares: its options and outcome, reading and checking the input once, and
 * the settings sheet added when a workbook has none. Errors in the input stop a command before
 * anything is written.
 */
import { Candidate } from './pairing/candidates';
import { SuggestResult } from './pairing/suggest';
import { Decision } from './pairing/readBack';
import { NetworkChange, NetworkFigures } from './networks/figures';
import { Outcomes } from './results/outcomes';
import { SupervisorFigures } from './results/supervisors';
import { Bilingual, Lang } from './i18n';
import { SafetyConcern } from './model';
import type { IntakeChange } from './intake/changes';
import type { Freshness } from './intake/known';
import { currentConcerns } from './safety/state';
import { hasErrors, Problem } from './problems';
import { findSheet, readWorkbook, ReadResult } from './read';
import { SETTINGS_SHEET } from './schema';
import { settingsSheetSpec } from './template';
import { RawSheet, SheetSpec, WorkbookGateway } from './workbook';

export interface RunOptions {
  /** Language of messages and new sheet names; default: the workbook's, else Dutch. */
  lang?: Lang;
  /** ISO date of today (tests pass a fixed one). */
  today?: string;
  /** Reports progress: a step number out of a total, with a label. */
  progress?: (step: number, total: number, label: Bilingual) => void;
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
  suggest?: SuggestResult;
  candidates?: Candidate[];
  /** Decisions standing in the sheet, and what this run changed: rows added to the register, rejections newly remembered. */
  decisions?: { accepted: number; rejected: number; open: number };
  registerChanges?: { added: number; remembered: number; register: string };
  networks?: NetworkFigures[];
  evaluations?: { networkerId: string; clientId: string; sheet: string }[];
  /** The safety concerns as they stand after the command (register, unprocessed forms, agendas). */
  safety?: SafetyConcern[];
  /** Concerns from evaluation forms that this run recorded in Veiligheidssignalen. */
  recordedConcerns?: SafetyConcern[];
  /** Pairings ended through an evaluation decision. */
  ended?: { networkerId: string; clientId: string; date: string }[];
  changes?: NetworkChange[];
  /** Per begeleider, and the organisation's and each location's results over time (results, all). */
  supervisors?: SupervisorFigures[];
  results?: Outcomes[];
  /** Decisions standing in Koppelvoorstellen after the command (kept from earlier runs). */
  typedDecisions?: { networkerId: string; clientId: string; decision: Decision }[];
  /** Loneliness questionnaires made (questionnaire). */
  questionnaires?: { client: string; sheet: string }[];
  /** Intake forms made (intake --forms). */
  intakeForms?: { client: string; sheet: string }[];
  /** Intake read back: the changes the forms propose, and those written (intake --apply). */
  intake?: { changes: IntakeChange[]; applied: IntakeChange[]; forms: number };
  /** Per location: clients assessed and assessments older than the setting's months. */
  freshness?: Freshness[];
  /** Erasure and retention clean-up: per sheet the rows removed and cells replaced (counts only). */
  erased?: { sheet: string; rows: number; cells: number; rebuilt: boolean }[];
  /** Retention: what is older than the retention period (check), per sheet. */
  retention?: { sheet: string; rows: number }[];
  /** The sheet that holds the command's result (the engine names it; the pane shows it). */
  mainSheet?: string;
}

export function langOf(options: RunOptions, read?: ReadResult): Lang {
  return options.lang ?? read?.lang ?? 'nl';
}

/** The settings sheet with its defaults when the workbook has none, so colleagues see the same rules. */
export function settingsIfMissing(raw: RawSheet[], read: ReadResult, lang: Lang): SheetSpec[] {
  return findSheet(raw, SETTINGS_SHEET) ? [] : [settingsSheetSpec(read.model.settings, lang)];
}

export const READING: Bilingual = { nl: 'Invoer lezen en controleren', en: 'Reading and checking the input' };
export const WRITING: Bilingual = { nl: 'Bladen schrijven', en: 'Writing sheets' };

export interface Started {
  raw: RawSheet[];
  read: ReadResult;
  lang: Lang;
  outcome: RunOutcome;
  /** Errors in the input: the command returns `outcome` as it is and writes nothing. */
  blocked: boolean;
}

/** The start of a command: progress step 1, the input read and checked once, the outcome begun. */
export async function startRun(gateway: WorkbookGateway, command: string, options: RunOptions, total: number, label: Bilingual = READING): Promise<Started> {
  options.progress?.(1, total, label);
  const raw = await gateway.readSheets();
  const read = readWorkbook(raw, { today: options.today });
  const lang = langOf(options, read);
  const outcome: RunOutcome = { command, lang, problems: read.problems, sheets: [], skipped: [], read };
  if (!hasErrors(read.problems)) outcome.safety = currentConcerns(raw, read.model, lang);
  return { raw, read, lang, outcome, blocked: hasErrors(read.problems) };
}

/** The last step of a command: its sheets written (rebuilt in place), reported in the outcome. */
export async function finishRun(gateway: WorkbookGateway, options: RunOptions, outcome: RunOutcome, total: number, specs: SheetSpec[], label: Bilingual = WRITING): Promise<RunOutcome> {
  options.progress?.(total, total, label);
  const result = await gateway.writeSheets(specs, 'replace');
  outcome.sheets.push(...result.written);
  if (outcome.mainSheet && !outcome.sheets.includes(outcome.mainSheet)) delete outcome.mainSheet;
  return outcome;
}
