/**
 * Kring's commands over the small workbook interface, shared by the command line and the task pane.
 * They decide what to read and write; the gateway does the I/O. Errors stop a command before anything is written.
 */
import { Lang, pick } from './i18n';
import { candidateNetworkers, Candidate } from './pairing/candidates';
import { planDecisions } from './pairing/decide';
import { locationFigures } from './pairing/locations';
import { suggestPairs, SuggestResult } from './pairing/suggest';
import { hasErrors, Problem, sortProblems } from './problems';
import { findSheet, readWorkbook, ReadResult, todayIso } from './read';
import { isoToSerial } from './read/cells';
import { displayDate } from './dates';
import { locateTable } from './read/table';
import { SETTINGS_SHEET, sheetDef } from './schema';
import { settingCells } from './read/settings';
import { SETTING_ITEMS } from './settings';
import { Settings } from './model';
import { DECISION_WORDS, outputName, OUTPUT_NAMES, SUGGESTIONS_DEF } from './sheets/outputs';
import { normKey } from './read/normalize';
import { candidatesSheet, locationsSheet, rejectionsSheet, suggestionsSheet } from './sheets/pairingSheets';
import { Decision, decisionKey, readDecisions, readRejections, TypedDecision } from './sheets/readBack';
import { standingRejections } from './pairing/precedence';
import { inputSheetSpecs, settingsSheetSpec, templateSheets } from './template';
import { mapSheet, overviewSheet } from './sheets/networkSheets';
import { chooseMaps, mapsOn, NetworkChange, NetworkFigures, networkMaps } from './networks/figures';
import { Cell, CellUpdate, ColumnKind, RawSheet, SheetSpec, WorkbookGateway } from './workbook';
import { answerProblems, readEvaluations } from './evaluation/answers';
import { processEvaluations } from './evaluation/process';
import { EVALUATION_SHEET, INTERVISIE_SHEET, sheetDate } from './evaluation/form';
import { intervisieAgenda, intervisieSheet } from './evaluation/intervisie';
import { evaluationOverviewSheet, evaluationSheet, pairingsInScope } from './evaluation/sheets';
import { Outcomes } from './results/outcomes';
import { planResults } from './results/plan';
import { SupervisorFigures } from './results/supervisors';

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
  suggest?: SuggestResult;
  candidates?: Candidate[];
  /** Decisions standing in the sheet, and what this run changed: rows added to the register, rejections newly remembered. */
  decisions?: { accepted: number; rejected: number; open: number };
  registerChanges?: { added: number; remembered: number; register: string };
  networks?: NetworkFigures[];
  evaluations?: { networkerId: string; clientId: string; sheet: string }[];
  /** Pairings ended through an evaluation decision. */
  ended?: { networkerId: string; clientId: string; date: string }[];
  changes?: NetworkChange[];
  /** Per begeleider, and the organisation's and each location's results over time (results, all). */
  supervisors?: SupervisorFigures[];
  results?: Outcomes[];
  /** Decisions standing in Koppelvoorstellen after the command (kept from earlier runs). */
  typedDecisions?: { networkerId: string; clientId: string; decision: Decision }[];
}

export interface SuggestOptions extends RunOptions {
  /** Limit the round to one location. */
  location?: string | null;
  /** Also list every candidate and blocked pair. */
  explain?: boolean;
}

function langOf(options: RunOptions, read?: ReadResult): Lang {
  return options.lang ?? read?.lang ?? 'nl';
}

/** Kring afwijzingen as it is named in the workbook. */
function rejectionsName(raw: RawSheet[], lang: Lang): string {
  return findSheet(raw, OUTPUT_NAMES.rejections)?.name ?? outputName('rejections', lang);
}

/** Reads and validates the input sheets; writes nothing. */
export async function runCheck(gateway: WorkbookGateway, options: RunOptions = {}): Promise<RunOutcome> {
  options.progress?.(1, 1, { nl: 'Invoer lezen en controleren', en: 'Reading and checking the input' });
  const raw = await gateway.readSheets();
  const read = readWorkbook(raw, { today: options.today });
  const lang = langOf(options, read);
  // Kring's own lists are checked too: a rejection the register contradicts is a problem.
  const own: Problem[] = [];
  standingRejections(readRejections(raw), read.model, rejectionsName(raw, lang), own);
  own.push(...answerProblems(readEvaluations(raw)));
  return { command: 'check', lang, problems: sortProblems([...read.problems, ...own]), sheets: [], skipped: [], read };
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

/** The settings sheet with its defaults when the workbook has none, so colleagues see the same rules. */
function settingsIfMissing(raw: RawSheet[], read: ReadResult, lang: Lang): SheetSpec[] {
  return findSheet(raw, SETTINGS_SHEET) ? [] : [settingsSheetSpec(read.model.settings, lang)];
}

interface PairingPlan {
  specs: SheetSpec[];
  typed: TypedDecision[];
  suggest: SuggestResult;
  candidates: Candidate[];
  problems: Problem[];
}

function planPairing(raw: RawSheet[], read: ReadResult, lang: Lang, options: SuggestOptions): PairingPlan {
  const problems: Problem[] = [];
  const typed = readDecisions(raw, problems);
  const rejections = standingRejections(readRejections(raw), read.model, rejectionsName(raw, lang), problems);
  const suggest = suggestPairs(read.model, { rejected: rejections, location: options.location ?? null, explain: options.explain });
  const candidates = candidateNetworkers(read.model);
  const figures = locationFigures(read.model, new Set(candidates.map((c) => c.clientId)));
  // Decisions already processed (the pair is in the register or remembered as rejected) need no row any more.
  const processed = new Set([
    ...read.model.pairings.map((p) => decisionKey(p.networkerId, p.clientId)),
    ...rejections.map((r) => decisionKey(r.networkerId, r.clientId)),
  ]);
  const standing = new Map([...typed].filter(([key, d]) => d.decision === 'open' || !processed.has(key) || suggest.suggestions.some((x) => decisionKey(x.networkerId, x.clientId) === key)));
  const specs = [
    suggestionsSheet(read.model, suggest.suggestions, suggest.unmatched, standing, lang),
    candidatesSheet(read.model, candidates, lang),
    locationsSheet(figures, lang),
    ...settingsIfMissing(raw, read, lang),
  ];
  return { specs, suggest, candidates, problems, typed: [...standing.values()] };
}

/** Koppelvoorstellen, Kandidaat-netwerkers and Locatie-overzicht; decisions typed earlier are kept. */
export async function runSuggest(gateway: WorkbookGateway, options: SuggestOptions = {}): Promise<RunOutcome> {
  const total = 3;
  options.progress?.(1, total, { nl: 'Invoer lezen en controleren', en: 'Reading and checking the input' });
  const raw = await gateway.readSheets();
  const read = readWorkbook(raw, { today: options.today });
  const lang = langOf(options, read);
  const outcome: RunOutcome = { command: 'suggest', lang, problems: read.problems, sheets: [], skipped: [], read };
  if (hasErrors(read.problems)) return outcome;
  options.progress?.(2, total, { nl: 'Koppelvoorstellen berekenen', en: 'Computing pairing suggestions' });
  const plan = planPairing(raw, read, lang, options);
  outcome.problems = sortProblems([...read.problems, ...plan.problems]);
  outcome.suggest = plan.suggest;
  outcome.candidates = plan.candidates;
  outcome.typedDecisions = plan.typed.map(({ networkerId, clientId, decision }) => ({ networkerId, clientId, decision }));
  options.progress?.(3, total, { nl: 'Bladen schrijven', en: 'Writing sheets' });
  const result = await gateway.writeSheets(plan.specs, 'replace');
  outcome.sheets.push(...result.written);
  return outcome;
}

/**
 * Verwerk besluiten: accepted pairs are appended to the register Koppelingen (start date, status
 * actief), rejected pairs are remembered in Kring afwijzingen, open ones stay. Nothing else in the
 * register changes; processing the same decisions twice changes nothing the second time.
 */
export async function runDecide(gateway: WorkbookGateway, options: RunOptions = {}): Promise<RunOutcome> {
  const total = 2;
  options.progress?.(1, total, { nl: 'Besluiten lezen', en: 'Reading decisions' });
  const raw = await gateway.readSheets();
  const read = readWorkbook(raw, { today: options.today });
  const lang = langOf(options, read);
  const outcome: RunOutcome = { command: 'decide', lang, problems: read.problems, sheets: [], skipped: [], read };
  if (hasErrors(read.problems)) return outcome;
  const problems: Problem[] = [];
  const typed = readDecisions(raw, problems);
  const suggestionsName = findSheet(raw, OUTPUT_NAMES.suggestions)?.name ?? outputName('suggestions', lang);
  const earlier = standingRejections(readRejections(raw), read.model, rejectionsName(raw, lang), problems);
  const plan = planDecisions(read.model, typed, earlier, options.today ?? todayIso(), suggestionsName);
  outcome.problems = sortProblems([...read.problems, ...problems, ...plan.problems]);
  outcome.decisions = plan.counts;
  const earlierRejections = readRejections(raw).length;
  outcome.registerChanges = {
    added: plan.accepted.length,
    remembered: plan.remembered,
    register: findSheet(raw, sheetDef('pairings'))?.name ?? pick(sheetDef('pairings'), lang),
  };
  options.progress?.(2, total, { nl: 'Register bijwerken', en: 'Updating the register' });
  const registerRows = plan.accepted.map((a) => ({ ...a }));
  const register = findSheet(raw, sheetDef('pairings'));
  if (registerRows.length) {
    if (register) {
      const table = locateTable(register, sheetDef('pairings'), []);
      if (!table) throw new Error('register header not found');
      const width = Math.max(...[...table.columns.values()].map((c) => c.index)) + 1;
      const kinds: ColumnKind[] = Array.from({ length: width }, (): ColumnKind => 'text');
      const at = (key: string) => table.columns.get(key)?.index;
      const rows: Cell[][] = registerRows.map((a) => {
        const row: Cell[] = Array(width).fill(null);
        row[at('networkerId')!] = a.networkerId;
        row[at('clientId')!] = a.clientId;
        const start = at('start');
        if (start !== undefined) row[start] = isoToSerial(a.start);
        const status = at('status');
        if (status !== undefined) row[status] = lang === 'en' ? 'active' : 'actief';
        return row;
      });
      const startCol = at('start');
      if (startCol !== undefined) kinds[startCol] = 'date';
      const status = at('status');
      await gateway.appendRows({
        sheet: register.name,
        headerRow: register.firstRow + table.headerIndex,
        firstColumn: register.firstColumn,
        kinds,
        rows,
        // A colleague may have processed the same decisions a moment ago: never add a running pair twice.
        skipExisting: { keys: [at('networkerId')!, at('clientId')!], unless: status === undefined ? undefined : { column: status, values: ['beëindigd', 'beeindigd', 'ended'] } },
      });
    } else {
      const spec = inputSheetSpecs(lang).find((s) => s.name === pick(sheetDef('pairings'), lang))!;
      spec.rows = registerRows.map((a) => [a.networkerId, a.clientId, isoToSerial(a.start), null, lang === 'en' ? 'active' : 'actief', null]);
      const result = await gateway.writeSheets([spec], 'create-if-missing');
      outcome.sheets.push(...result.written);
    }
    outcome.sheets.push(register?.name ?? pick(sheetDef('pairings'), lang));
  }
  const ended = await processEvaluations(gateway, raw, read, lang, problems);
  outcome.ended = ended;
  outcome.problems = sortProblems([...read.problems, ...problems, ...plan.problems]);
  if (ended.length && !outcome.sheets.includes(register?.name ?? '')) outcome.sheets.push(register!.name);
  if (plan.rejections.length !== earlierRejections || findSheet(raw, OUTPUT_NAMES.rejections)) {
    const result = await gateway.writeSheets([rejectionsSheet(plan.rejections, lang)], 'replace');
    outcome.sheets.push(...result.written);
  }
  return outcome;
}

/** Sets the decision of one suggestion in Koppelvoorstellen, as if the user chose it from the dropdown. */
export async function runSetDecision(
  gateway: WorkbookGateway,
  pair: { networkerId: string; clientId: string },
  decision: Decision,
  options: RunOptions = {},
): Promise<RunOutcome> {
  // Only the suggestions sheet: a click in the pane must not read the whole workbook.
  const raw = await gateway.readSheets([OUTPUT_NAMES.suggestions.nl, OUTPUT_NAMES.suggestions.en, ...OUTPUT_NAMES.suggestions.synonyms]);
  const sheet = findSheet(raw, OUTPUT_NAMES.suggestions);
  const lang = options.lang ?? 'nl';
  const outcome: RunOutcome = { command: 'set-decision', lang, problems: [], sheets: [], skipped: [] };
  const table = sheet ? locateTable(sheet, SUGGESTIONS_DEF, []) : null;
  const typed = sheet ? readDecisions(raw, []).get(decisionKey(pair.networkerId, pair.clientId)) : undefined;
  const column = table?.columns.get('decision');
  if (!sheet || !table || !typed || !column) {
    outcome.problems.push({
      severity: 'error',
      sheet: sheet?.name ?? outputName('suggestions', lang),
      row: null,
      column: null,
      message: {
        nl: `Het voorstel ${pair.networkerId} – ${pair.clientId} staat niet (meer) in Koppelvoorstellen. Maak de voorstellen opnieuw.`,
        en: `The suggestion ${pair.networkerId} – ${pair.clientId} is not (or no longer) in Pairing suggestions. Make the suggestions again.`,
      },
    });
    return outcome;
  }
  // The sheet's own language decides the word, so the dropdown keeps one vocabulary.
  const sheetLang: Lang = normKey(sheet.name) === normKey(OUTPUT_NAMES.suggestions.en) ? 'en' : 'nl';
  await gateway.updateCells(sheet.name, [
    { row: typed.row, column: sheet.firstColumn + column.index, value: pick(DECISION_WORDS[decision], sheetLang), kind: 'text' },
  ]);
  outcome.sheets.push(sheet.name);
  return outcome;
}

export interface EvaluateOptions extends RunOptions {
  /** The evaluation / intervisie date (ISO); default today. */
  date?: string | null;
  location?: string | null;
  supervisor?: string | null;
}

function planEvaluation(raw: RawSheet[], read: ReadResult, lang: Lang, date: string, options: EvaluateOptions) {
  const answers = readEvaluations(raw);
  const existing = raw.find((r) => sheetDate(EVALUATION_SHEET, r.name) === date);
  const onSheet = answers.filter((a) => a.date === date);
  const kept = new Map(onSheet.map((a) => [`${a.networkerId}>${a.clientId}`, a]));
  const pairings = pairingsInScope(read.model, { location: options.location, supervisor: options.supervisor }, new Set(kept.keys()));
  const sheet = evaluationSheet(read.model, date, pairings, kept, answers, lang);
  if (existing) sheet.name = existing.name;
  // The overview shows the answers as they will stand after this run (this date's forms as regenerated).
  const overview = evaluationOverviewSheet(read.model, answers, lang);
  return { specs: [sheet, overview], sheetName: sheet.name, pairings, answers };
}

/** Evaluatie <date>: one form per active pairing in scope; answers typed earlier are kept. Plus the Evaluatieoverzicht. */
export async function runEvaluate(gateway: WorkbookGateway, options: EvaluateOptions = {}): Promise<RunOutcome> {
  options.progress?.(1, 2, { nl: 'Invoer en eerdere evaluaties lezen', en: 'Reading the input and earlier evaluations' });
  const raw = await gateway.readSheets();
  const read = readWorkbook(raw, { today: options.today });
  const lang = langOf(options, read);
  const outcome: RunOutcome = { command: 'evaluate', lang, problems: read.problems, sheets: [], skipped: [], read };
  if (hasErrors(read.problems)) return outcome;
  const date = options.date ?? options.today ?? todayIso();
  const plan = planEvaluation(raw, read, lang, date, options);
  outcome.problems = sortProblems([...read.problems, ...answerProblems(plan.answers)]);
  outcome.evaluations = plan.pairings.map((p) => ({ networkerId: p.networkerId, clientId: p.clientId, sheet: plan.sheetName }));
  options.progress?.(2, 2, { nl: 'Evaluatieformulieren schrijven', en: 'Writing evaluation forms' });
  const result = await gateway.writeSheets([...plan.specs, ...settingsIfMissing(raw, read, lang)], 'replace');
  outcome.sheets.push(...result.written);
  return outcome;
}

function planIntervisie(raw: RawSheet[], read: ReadResult, lang: Lang, date: string): SheetSpec {
  const answers = readEvaluations(raw);
  const spec = intervisieSheet(read.model, intervisieAgenda(read.model, answers, date, lang), date, lang);
  const existing = raw.find((r) => sheetDate(INTERVISIE_SHEET, r.name) === date);
  if (existing) {
    // Notes typed in an earlier agenda of the same date are kept (keyed by begeleider, item, pair).
    spec.name = existing.name;
    const header = existing.rows.findIndex((r) => r.some((c) => typeof c === 'string' && /^(notities|notes)$/i.test(c.trim())));
    if (header >= 0) {
      const notesCol = existing.rows[header].findIndex((c) => typeof c === 'string' && /^(notities|notes)$/i.test(c.trim()));
      const key = (r: Cell[]) => r.slice(0, 4).map((c) => String(c ?? '')).join('|');
      const notes = new Map(existing.rows.slice(header + 1).filter((r) => r[notesCol] !== null && r[notesCol] !== '').map((r) => [key(r), r[notesCol]]));
      spec.rows = spec.rows.map((r) => (notes.has(key(r)) ? [...r.slice(0, 5), notes.get(key(r)) ?? null] : r));
    }
  }
  return spec;
}

/** Intervisie <date>: per begeleider the pairings that need attention, and safety as a fixed item. */
export async function runIntervisie(gateway: WorkbookGateway, options: EvaluateOptions = {}): Promise<RunOutcome> {
  options.progress?.(1, 2, { nl: 'Invoer en evaluaties lezen', en: 'Reading the input and evaluations' });
  const raw = await gateway.readSheets();
  const read = readWorkbook(raw, { today: options.today });
  const lang = langOf(options, read);
  const outcome: RunOutcome = { command: 'intervisie', lang, problems: read.problems, sheets: [], skipped: [], read };
  if (hasErrors(read.problems)) return outcome;
  const date = options.date ?? options.today ?? todayIso();
  const spec = planIntervisie(raw, read, lang, date);
  options.progress?.(2, 2, { nl: 'Intervisie-agenda schrijven', en: 'Writing the intervisie agenda' });
  const result = await gateway.writeSheets([spec, ...settingsIfMissing(raw, read, lang)], 'replace');
  outcome.sheets.push(...result.written);
  return outcome;
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

export interface MapsOptions extends RunOptions {
  /** Clients to draw a Netwerkkaart for; default: every client with a map when there are at most 50. */
  clients?: string[];
  /** The measurement date to show (with the date before it); default: the latest two. */
  date?: string | null;
  /** Exactly these measurement dates (one or two, ISO), e.g. the first and the third; before `date`. */
  dates?: string[] | null;
}

/** Map sheets are drawn for every client when there are at most this many clients with a map. */
export const MAPS_FOR_ALL_LIMIT = 50;

function planMaps(read: ReadResult, lang: Lang, options: MapsOptions): { specs: SheetSpec[]; networks: NetworkFigures[]; changes: NetworkChange[]; problems: Problem[] } {
  const { model } = read;
  const problems: Problem[] = [];
  const overview = overviewSheet(model, lang);
  const withMaps = networkMaps(model.contacts);
  let clients = options.clients;
  if (!clients || !clients.length) clients = withMaps.size <= MAPS_FOR_ALL_LIMIT ? model.clients.filter((c) => withMaps.has(c.id)).map((c) => c.id) : [];
  const specs: SheetSpec[] = [overview.spec];
  for (const requested of clients) {
    const client = model.clients.find((c) => c.id.toUpperCase() === requested.toUpperCase());
    const maps = client ? withMaps.get(client.id) ?? [] : [];
    const exact = options.dates?.length ? [...new Set(options.dates)].sort() : null;
    const dates = exact ? mapsOn(maps, exact).map((m) => m.date) : options.date && maps.length ? chooseMaps(maps, options.date).map((m) => m.date) : null;
    const spec = client && (!exact || dates!.length) ? mapSheet(model, client.id, dates, lang) : null;
    const warn = (message: Problem['message']) => problems.push({ severity: 'warning', sheet: pick(sheetDef('contacts'), lang), row: null, column: null, message });
    if (spec) specs.push(spec);
    if (!client) warn({ nl: `Er is geen cliënt met ID "${requested}".`, en: `There is no client with ID "${requested}".` });
    else if (exact) {
      // A chosen date without a map: said per date; the sheet shows the other one, if any.
      const missing = exact.filter((d) => !maps.some((m) => m.date === d)).map((d) => displayDate(d));
      if (missing.length)
        warn({ nl: `Cliënt ${client.id} heeft geen netwerkkaart op ${missing.join(' en ')}${spec ? '' : '; er is geen blad gemaakt'}.`, en: `Client ${client.id} has no network map on ${missing.join(' and ')}${spec ? '' : '; no sheet was made'}.` });
    } else if (!spec) {
      const before = options.date ? displayDate(options.date) : null;
      warn({ nl: `Cliënt ${client.id} heeft geen netwerkkaart${before ? ` op of vóór ${before}` : ''}; er is geen blad gemaakt.`, en: `Client ${client.id} has no network map${before ? ` on or before ${before}` : ''}; no sheet was made.` });
    }
  }
  return { specs, networks: overview.networks, changes: overview.changes, problems };
}

/** Netwerkoverzicht, and a Netwerkkaart sheet per requested client (rebuilt in place on a re-run). */
export async function runMaps(gateway: WorkbookGateway, options: MapsOptions = {}): Promise<RunOutcome> {
  options.progress?.(1, 3, { nl: 'Invoer lezen en controleren', en: 'Reading and checking the input' });
  const raw = await gateway.readSheets();
  const read = readWorkbook(raw, { today: options.today });
  const lang = langOf(options, read);
  const outcome: RunOutcome = { command: 'maps', lang, problems: read.problems, sheets: [], skipped: [], read };
  if (hasErrors(read.problems)) return outcome;
  options.progress?.(2, 3, { nl: 'Netwerkkaarten tekenen', en: 'Drawing network maps' });
  const plan = planMaps(read, lang, options);
  outcome.problems = sortProblems([...read.problems, ...plan.problems]);
  outcome.networks = plan.networks;
  outcome.changes = plan.changes;
  options.progress?.(3, 3, { nl: 'Bladen schrijven', en: 'Writing sheets' });
  const result = await gateway.writeSheets([...plan.specs, ...settingsIfMissing(raw, read, lang)], 'replace');
  outcome.sheets.push(...result.written);
  return outcome;
}

/** Begeleidersoverzicht and Resultaten: what each caseload and the organisation gained over time. */
export async function runResults(gateway: WorkbookGateway, options: RunOptions = {}): Promise<RunOutcome> {
  options.progress?.(1, 2, { nl: 'Invoer en evaluaties lezen', en: 'Reading the input and evaluations' });
  const raw = await gateway.readSheets();
  const read = readWorkbook(raw, { today: options.today });
  const lang = langOf(options, read);
  const outcome: RunOutcome = { command: 'results', lang, problems: read.problems, sheets: [], skipped: [], read };
  if (hasErrors(read.problems)) return outcome;
  const plan = planResults(raw, read, lang, options.today ?? todayIso());
  outcome.supervisors = plan.supervisors;
  outcome.results = plan.results;
  options.progress?.(2, 2, { nl: 'Bladen schrijven', en: 'Writing sheets' });
  const result = await gateway.writeSheets([...plan.specs, ...settingsIfMissing(raw, read, lang)], 'replace');
  outcome.sheets.push(...result.written);
  return outcome;
}

/** Everything Kring can do on a workbook, read once and written in one go: suggestions, network maps, evaluation forms, the intervisie agenda and the results. */
export async function runAll(gateway: WorkbookGateway, options: SuggestOptions & MapsOptions & EvaluateOptions = {}): Promise<RunOutcome> {
  const total = 3;
  options.progress?.(1, total, { nl: 'Invoer lezen en controleren', en: 'Reading and checking the input' });
  const raw = await gateway.readSheets();
  const read = readWorkbook(raw, { today: options.today });
  const lang = langOf(options, read);
  const outcome: RunOutcome = { command: 'all', lang, problems: read.problems, sheets: [], skipped: [], read };
  if (hasErrors(read.problems)) return outcome;
  options.progress?.(2, total, { nl: 'Koppelvoorstellen en netwerkkaarten maken', en: 'Making suggestions and network maps' });
  const pairing = planPairing(raw, read, lang, options);
  const maps = planMaps(read, lang, options);
  const date = options.date ?? options.today ?? todayIso();
  const evaluation = planEvaluation(raw, read, lang, date, { ...options, location: null });
  const intervisie = planIntervisie(raw, read, lang, date);
  const results = planResults(raw, read, lang, options.today ?? todayIso(), pairing.candidates);
  outcome.supervisors = results.supervisors;
  outcome.results = results.results;
  outcome.evaluations = evaluation.pairings.map((p) => ({ networkerId: p.networkerId, clientId: p.clientId, sheet: evaluation.sheetName }));
  outcome.problems = sortProblems([...read.problems, ...pairing.problems, ...maps.problems]);
  outcome.suggest = pairing.suggest;
  outcome.candidates = pairing.candidates;
  outcome.typedDecisions = pairing.typed.map(({ networkerId, clientId, decision }) => ({ networkerId, clientId, decision }));
  outcome.networks = maps.networks;
  outcome.changes = maps.changes;
  options.progress?.(3, total, { nl: 'Bladen schrijven', en: 'Writing sheets' });
  const result = await gateway.writeSheets([...pairing.specs, ...maps.specs, ...evaluation.specs, intervisie, ...results.specs], 'replace');
  outcome.sheets.push(...result.written);
  return outcome;
}
