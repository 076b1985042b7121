/** The results command: Begeleidersoverzicht and Resultaten, what each caseload and the organisation gained over time. */
import { todayIso } from '../read';
import { finishRun, RunOptions, RunOutcome, settingsIfMissing, startRun } from '../run';
import { WorkbookGateway } from '../workbook';
import { planResults } from './plan';

export async function runResults(gateway: WorkbookGateway, options: RunOptions = {}): Promise<RunOutcome> {
  const { raw, read, lang, outcome, blocked } = await startRun(gateway, 'results', options, 2, { nl: 'Invoer en evaluaties lezen', en: 'Reading the input and evaluations' });
  if (blocked) return outcome;
  const plan = planResults(raw, read, lang, options.today ?? todayIso());
  outcome.supervisors = plan.supervisors;
  outcome.results = plan.results;
  outcome.mainSheet = plan.specs[plan.specs.length - 1].name;
  return finishRun(gateway, options, outcome, 2, [...plan.specs, ...settingsIfMissing(raw, read, lang)]);
}
