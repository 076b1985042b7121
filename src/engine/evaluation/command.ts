/** The evaluate command: Evaluatie <date> with a form per pairing in scope, and the Evaluatieoverzicht. */
import { Lang } from '../i18n';
import { pairKey } from '../model';
import { sortProblems } from '../problems';
import { ReadResult, todayIso } from '../read';
import { finishRun, RunOptions, RunOutcome, settingsIfMissing, startRun } from '../run';
import { RawSheet, WorkbookGateway } from '../workbook';
import { answerProblems, readEvaluations } from './answers';
import { EVALUATION_SHEET, sheetDate } from './form';
import { evaluationOverviewSheet, evaluationSheet, pairingsInScope } from './sheets';

export interface EvaluateOptions extends RunOptions {
  /** The evaluation / intervisie date (ISO); default today. */
  date?: string | null;
  location?: string | null;
  supervisor?: string | null;
}

export function planEvaluation(raw: RawSheet[], read: ReadResult, lang: Lang, date: string, options: EvaluateOptions) {
  const answers = readEvaluations(raw);
  const existing = raw.find((r) => sheetDate(EVALUATION_SHEET, r.name) === date);
  const onSheet = answers.filter((a) => a.date === date);
  const kept = new Map(onSheet.map((a) => [pairKey(a.networkerId, a.clientId), a]));
  const pairings = pairingsInScope(read.model, { location: options.location, supervisor: options.supervisor, date }, new Set(kept.keys()));
  const sheet = evaluationSheet(read.model, date, pairings, kept, answers, lang);
  if (existing) sheet.name = existing.name;
  // The overview shows the answers as they will stand after this run (this date's forms as regenerated).
  const overview = evaluationOverviewSheet(read.model, answers, lang);
  return { specs: [sheet, overview], sheetName: sheet.name, pairings, answers };
}

/** Evaluatie <date>: one form per active pairing in scope; answers typed earlier are kept. Plus the Evaluatieoverzicht. */
export async function runEvaluate(gateway: WorkbookGateway, options: EvaluateOptions = {}): Promise<RunOutcome> {
  const { raw, read, lang, outcome, blocked } = await startRun(gateway, 'evaluate', options, 2, { nl: 'Invoer en eerdere evaluaties lezen', en: 'Reading the input and earlier evaluations' });
  if (blocked) return outcome;
  const date = options.date ?? options.today ?? todayIso();
  const plan = planEvaluation(raw, read, lang, date, options);
  outcome.problems = sortProblems([...read.problems, ...answerProblems(plan.answers)]);
  outcome.evaluations = plan.pairings.map((p) => ({ networkerId: p.networkerId, clientId: p.clientId, sheet: plan.sheetName }));
  outcome.mainSheet = plan.sheetName;
  return finishRun(gateway, options, outcome, 2, [...plan.specs, ...settingsIfMissing(raw, read, lang)], { nl: 'Evaluatieformulieren schrijven', en: 'Writing evaluation forms' });
}
