/**
 * The pairing commands: Koppelvoorstellen with Kandidaat-netwerkers and Locatie-overzicht,
 * processing the decisions into the register and the rejection list, and one decision set from
 * the task pane.
 */
import { Lang, pick } from '../i18n';
import { pairKey, SafetyConcern } from '../model';
import { Problem, sortProblems } from '../problems';
import { findSheet, ReadResult, todayIso } from '../read';
import { normKey } from '../read/normalize';
import { locateTable } from '../read/table';
import { finishRun, RunOptions, RunOutcome, settingsIfMissing, startRun } from '../run';
import { DECISION_WORDS, outputName, OUTPUT_NAMES, SUGGESTIONS_DEF } from '../sheets/outputs';
import { RawSheet, SheetSpec, WorkbookGateway } from '../workbook';
import { processEvaluations } from '../evaluation/process';
import { readEvaluations } from '../evaluation/answers';
import { readAgendas } from '../intervisie/memory';
import { concernKey, formConcerns } from '../safety/concerns';
import { closeConcerns, recordConcerns } from '../safety/register';
import { concernsNow, currentConcerns, registerClosings } from '../safety/state';
import { Candidate, candidateNetworkers } from './candidates';
import { planDecisions } from './decide';
import { locationFigures } from './locations';
import { standingRejections } from './precedence';
import { Decision, readDecisions, readRejections, TypedDecision } from './readBack';
import { appendToRegister } from './register';
import { candidatesSheet, locationsSheet, rejectionsSheet, suggestionsSheet } from './sheets';
import { suggestPairs, SuggestResult } from './suggest';

export interface SuggestOptions extends RunOptions {
  /** Limit the round to one location. */
  location?: string | null;
  /** Also list every candidate and blocked pair. */
  explain?: boolean;
}

/** Kring afwijzingen as it is named in the workbook. */
export function rejectionsName(raw: RawSheet[], lang: Lang): string {
  return findSheet(raw, OUTPUT_NAMES.rejections)?.name ?? outputName('rejections', lang);
}

export interface PairingPlan {
  specs: SheetSpec[];
  typed: TypedDecision[];
  suggest: SuggestResult;
  candidates: Candidate[];
  problems: Problem[];
}

/** `concerns`: the safety concerns as startRun found them (read once per command), else read here. */
export function planPairing(raw: RawSheet[], read: ReadResult, lang: Lang, options: SuggestOptions, concerns: SafetyConcern[] = currentConcerns(raw, read.model, lang)): PairingPlan {
  const problems: Problem[] = [];
  const typed = readDecisions(raw, problems);
  const rejections = standingRejections(readRejections(raw), read.model, rejectionsName(raw, lang), problems);
  const suggest = suggestPairs(read.model, { rejected: rejections, location: options.location ?? null, explain: options.explain, concerns });
  const candidates = candidateNetworkers(read.model);
  const figures = locationFigures(read.model, new Set(candidates.map((c) => c.clientId)), options.today ?? todayIso());
  // Decisions already processed (the pair is in the register or remembered as rejected) need no row any more.
  const processed = new Set([
    ...read.model.pairings.map((p) => pairKey(p.networkerId, p.clientId)),
    ...rejections.map((r) => pairKey(r.networkerId, r.clientId)),
  ]);
  const suggested = new Set(suggest.suggestions.map((x) => pairKey(x.networkerId, x.clientId)));
  const standing = new Map([...typed].filter(([key, d]) => d.decision === 'open' || !processed.has(key) || suggested.has(key)));
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
  const { raw, read, lang, outcome, blocked } = await startRun(gateway, 'suggest', options, 3);
  if (blocked) return outcome;
  options.progress?.(2, 3, { nl: 'Koppelvoorstellen berekenen', en: 'Computing pairing suggestions' });
  const plan = planPairing(raw, read, lang, options, outcome.safety ?? []);
  outcome.problems = sortProblems([...read.problems, ...plan.problems]);
  outcome.suggest = plan.suggest;
  outcome.candidates = plan.candidates;
  outcome.typedDecisions = plan.typed.map(({ networkerId, clientId, decision }) => ({ networkerId, clientId, decision }));
  outcome.mainSheet = plan.specs[0].name;
  return finishRun(gateway, options, outcome, 3, plan.specs);
}

/**
 * Verwerk besluiten: accepted pairs are appended to the register Koppelingen (start date, status
 * actief), rejected pairs are remembered in Kring afwijzingen, open ones stay; evaluation
 * decisions end pairings. Nothing else in the register changes; processing the same decisions
 * twice changes nothing the second time.
 */
export async function runDecide(gateway: WorkbookGateway, options: RunOptions = {}): Promise<RunOutcome> {
  const { raw, read, lang, outcome, blocked } = await startRun(gateway, 'decide', options, 2, { nl: 'Besluiten lezen', en: 'Reading decisions' });
  if (blocked) return outcome;
  const problems: Problem[] = [];
  const typed = readDecisions(raw, problems);
  const suggestionsName = findSheet(raw, OUTPUT_NAMES.suggestions)?.name ?? outputName('suggestions', lang);
  const earlierRejections = readRejections(raw);
  const earlier = standingRejections(earlierRejections, read.model, rejectionsName(raw, lang), problems);
  const answers = readEvaluations(raw);
  const closings = readAgendas(raw).closings;
  const concerns = concernsNow(read.model, answers, lang, closings);
  const plan = planDecisions(read.model, typed, earlier, options.today ?? todayIso(), suggestionsName, concerns);
  outcome.problems = sortProblems([...read.problems, ...problems, ...plan.problems]);
  outcome.decisions = plan.counts;
  options.progress?.(2, 2, { nl: 'Register bijwerken', en: 'Updating the register' });
  const appended = await appendToRegister(gateway, raw, plan.accepted, lang);
  outcome.registerChanges = { added: plan.accepted.length, remembered: plan.remembered, register: appended.register };
  outcome.sheets.push(...appended.written);
  const ended = await processEvaluations(gateway, raw, read, lang, problems);
  outcome.ended = ended;
  // Every "ja" under Zorgen over veiligheid goes into Veiligheidssignalen, once, also when the form ends the pairing.
  // … as it stands now: a concern already marked done in an agenda is recorded as handled.
  const now = new Map(concerns.map((c) => [concernKey(c), c]));
  const fresh = formConcerns(read.model, answers, lang).map((c) => now.get(concernKey(c)) ?? c);
  const recorded = await recordConcerns(gateway, raw, fresh, lang);
  outcome.recordedConcerns = fresh;
  outcome.sheets.push(...recorded.written.filter((n) => !outcome.sheets.includes(n)));
  outcome.sheets.push(...(await closeConcerns(gateway, raw, registerClosings(read.model, closings), lang)).filter((n) => !outcome.sheets.includes(n)));
  outcome.problems = sortProblems([...read.problems, ...problems, ...plan.problems]);
  if (ended.length && !outcome.sheets.includes(appended.register)) outcome.sheets.push(appended.register);
  if (plan.accepted.length || ended.length) outcome.mainSheet = appended.register;
  if (plan.rejections.length !== earlierRejections.length || findSheet(raw, OUTPUT_NAMES.rejections)) {
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
  const typed = sheet ? readDecisions(raw, []).get(pairKey(pair.networkerId, pair.clientId)) : undefined;
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
