/** The input commands: check the input sheets, add the missing ones, save the settings chosen in the pane. */
import { answerProblems, readEvaluations } from '../evaluation/answers';
import { Settings } from '../model';
import { rejectionsName } from '../pairing/command';
import { standingRejections } from '../pairing/precedence';
import { planDecisions } from '../pairing/decide';
import { readDecisions, readRejections } from '../pairing/readBack';
import { OUTPUT_NAMES, outputName } from '../sheets/outputs';
import { hasErrors, Problem, sortProblems } from '../problems';
import { retentionProblems } from '../privacy/retention';
import { langOf, RunOptions, RunOutcome, startRun } from '../run';
import { SETTINGS_SHEET } from '../schema';
import { SETTING_ITEMS } from '../settings';
import { settingsSheetSpec, templateSheets } from '../template';
import { CellUpdate, WorkbookGateway } from '../workbook';
import { findSheet, readWorkbook, todayIso } from './index';
import { settingCells } from './settings';

/** Reads and validates the input sheets; writes nothing. */
export async function runCheck(gateway: WorkbookGateway, options: RunOptions = {}): Promise<RunOutcome> {
  const { raw, read, lang, outcome } = await startRun(gateway, 'check', options, 1);
  // Kring's own lists are checked too: a rejection the register contradicts is a problem.
  const own: Problem[] = [];
  const earlier = standingRejections(readRejections(raw), read.model, rejectionsName(raw, lang), own);
  // The decisions typed in Koppelvoorstellen, exactly as Verwerk besluiten (decide) would judge them.
  const typed = readDecisions(raw, own);
  const suggestionsName = findSheet(raw, OUTPUT_NAMES.suggestions)?.name ?? outputName('suggestions', lang);
  own.push(...planDecisions(read.model, typed, earlier, options.today ?? todayIso(), suggestionsName).problems);
  own.push(...answerProblems(readEvaluations(raw)));
  if (!hasErrors(read.problems)) own.push(...retentionProblems(raw, read, options.today ?? todayIso()));
  outcome.problems = sortProblems([...read.problems, ...own]);
  return outcome;
}

/** Adds the input sheets (and settings) that are missing; existing sheets are never touched. */
export async function runTemplate(gateway: WorkbookGateway, options: RunOptions = {}): Promise<RunOutcome> {
  const sheets = await gateway.readSheets();
  const read = sheets.length ? readWorkbook(sheets, { today: options.today }) : undefined;
  const lang = langOf(options, read);
  options.progress?.(1, 1, { nl: 'Invoerbladen maken', en: 'Creating input sheets' });
  const result = await gateway.writeSheets(templateSheets(lang), 'create-if-missing');
  return { command: 'template', lang, problems: [], sheets: result.written, skipped: result.skipped, mainSheet: result.written[0] };
}

/**
 * Saves settings chosen in the task pane into the workbook's settings sheet, value cell by value
 * cell, so colleagues see the same; creates the sheet when it is missing.
 */
export async function runSaveSettings(gateway: WorkbookGateway, settings: Settings, options: RunOptions = {}): Promise<RunOutcome> {
  const raw = await gateway.readSheets();
  const lang = options.lang ?? readWorkbook(raw, { today: options.today }).lang ?? 'nl';
  const outcome: RunOutcome = { command: 'settings', lang, problems: [], sheets: [], skipped: [] };
  const sheet = findSheet(raw, SETTINGS_SHEET);
  if (!sheet) {
    const result = await gateway.writeSheets([settingsSheetSpec(settings, lang)], 'create-if-missing');
    outcome.sheets.push(...result.written);
    return outcome;
  }
  const cells = settingCells(sheet);
  const updates: CellUpdate[] = [];
  for (const item of SETTING_ITEMS) {
    const at = cells.get(item.id);
    if (at) updates.push({ row: at.row, column: at.column, value: item.get(settings), kind: 'text' });
    else
      outcome.problems.push({
        severity: 'warning',
        sheet: sheet.name,
        row: null,
        column: null,
        message: {
          nl: `De instelling "${item.label.nl}" staat niet in ${sheet.name} en is niet bewaard. Voeg een rij met die naam toe boven de tabel Hulpvraag/Competentie.`,
          en: `The setting "${item.label.en}" is not in ${sheet.name} and was not saved. Add a row with that name above the Need/Competence table.`,
        },
      });
  }
  await gateway.updateCells(sheet.name, updates);
  outcome.sheets.push(sheet.name);
  return outcome;
}
