/**
 * Kring's commands over the small workbook interface, shared by the command line and the task
 * pane; each feature keeps its own command next to its sheets (read/, pairing/, networks/,
 * evaluation/, intervisie/, results/). They decide what to read and write; the gateway does the
 * I/O. Errors stop a command before anything is written. `kring all` runs them on one read.
 */
import { planEvaluation, EvaluateOptions } from './evaluation/command';
import { planIntervisie } from './intervisie/command';
import { MapsOptions, planMaps } from './networks/command';
import { planPairing, SuggestOptions } from './pairing/command';
import { sortProblems } from './problems';
import { todayIso } from './read';
import { planResults } from './results/plan';
import { closeConcerns } from './safety/register';
import { finishRun, RunOutcome, startRun } from './run';
import { WorkbookGateway } from './workbook';

export * from './run';
export { runCheck, runSaveSettings, runTemplate } from './read/command';
export { runDecide, runSetDecision, runSuggest } from './pairing/command';
export type { SuggestOptions } from './pairing/command';
export { MAPS_PER_LOCATION_LIMIT, runMaps } from './networks/command';
export type { MapsOptions } from './networks/command';
export { runEvaluate } from './evaluation/command';
export type { EvaluateOptions } from './evaluation/command';
export { runIntervisie } from './intervisie/command';
export { runResults } from './results/command';
export { runQuestionnaire } from './loneliness/command';
export { runIntake, runIntakeForms } from './intake/command';
export type { IntakeFormOptions, IntakeOptions } from './intake/command';
export type { QuestionnaireOptions } from './loneliness/command';
export { ClientNotFound, previewErase, runErase } from './privacy/erase';
export type { EraseOptions, ErasedSheet } from './privacy/erase';
export { runAccess } from './privacy/access';
export { runRetention } from './privacy/retention';

/** Everything Kring can do on a workbook, read once and written in one go: suggestions, network maps, evaluation forms, the intervisie agenda and the results. */
export async function runAll(gateway: WorkbookGateway, options: SuggestOptions & MapsOptions & EvaluateOptions = {}): Promise<RunOutcome> {
  const { raw, read, lang, outcome, blocked } = await startRun(gateway, 'all', options, 3);
  if (blocked) return outcome;
  options.progress?.(2, 3, { nl: 'Koppelvoorstellen en netwerkkaarten maken', en: 'Making suggestions and network maps' });
  const pairing = planPairing(raw, read, lang, options, outcome.safety ?? []);
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
  outcome.mainSheet = pairing.specs[0].name;
  const done = await finishRun(gateway, options, outcome, 3, [...pairing.specs, ...maps.specs, ...evaluation.specs, intervisie.spec, ...results.specs]);
  done.sheets.push(...(await closeConcerns(gateway, raw, intervisie.closings, lang)));
  return done;
}
