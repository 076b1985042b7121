/**
 * The intake commands. Forms: Intake <date> with a form per client in scope (answers written
 * earlier kept). Read back: the changes the filled forms propose against Competenties and Cliënten,
 * shown and written only when asked (`apply`), and then only the accepted ones.
 */
import { formSheetDate, readForms } from '../forms/form';
import { Lang } from '../i18n';
import { ReadResult, todayIso } from '../read';
import { finishRun, RunOptions, RunOutcome, settingsIfMissing, startRun } from '../run';
import { RawSheet, SheetSpec, WorkbookGateway } from '../workbook';
import { writeIntake } from './apply';
import { IntakeChange, readIntake } from './changes';
import { intakeCompetences, intakeForm } from './kind';
import { freshness } from './known';
import { intakeClients, intakeSheet, IntakeScope } from './sheet';

export interface IntakeFormOptions extends RunOptions, IntakeScope {
  /** The date of the conversations (ISO); default today. */
  date?: string | null;
}

export interface IntakeOptions extends RunOptions {
  /** Write the changes into the input sheets; otherwise they are only shown. */
  apply?: boolean;
  /** Only these changes (by id), as shown to the user; default all. */
  accept?: string[] | null;
}

export function planIntakeForms(raw: RawSheet[], read: ReadResult, lang: Lang, date: string, scope: IntakeScope): { spec: SheetSpec; clients: string[] } {
  const kind = intakeForm(intakeCompetences(read.model.settings));
  const kept = new Map(readForms(kind, raw).filter((f) => f.date === date).map((f) => [f.subject.toUpperCase(), f]));
  const clients = intakeClients(read.model, scope, new Set(kept.keys()));
  const spec = intakeSheet(read.model, kind, date, clients, kept, lang);
  // Re-made under the name it has.
  const existing = raw.find((r) => formSheetDate(kind, r.name) === date);
  if (existing) spec.name = existing.name;
  return { spec, clients: clients.map((c) => c.id) };
}

export async function runIntakeForms(gateway: WorkbookGateway, options: IntakeFormOptions = {}): Promise<RunOutcome> {
  const { raw, read, lang, outcome, blocked } = await startRun(gateway, 'intake', options, 2, { nl: 'Invoer en eerdere intakes lezen', en: 'Reading the input and earlier intakes' });
  if (blocked) return outcome;
  const date = options.date ?? options.today ?? todayIso();
  const plan = planIntakeForms(raw, read, lang, date, options);
  outcome.intakeForms = plan.clients.map((client) => ({ client, sheet: plan.spec.name }));
  outcome.mainSheet = plan.spec.name;
  outcome.freshness = freshness(read.model, options.today ?? todayIso(), lang);
  return finishRun(gateway, options, outcome, 2, [plan.spec, ...settingsIfMissing(raw, read, lang)], { nl: 'Intakeformulieren schrijven', en: 'Writing intake forms' });
}

export async function runIntake(gateway: WorkbookGateway, options: IntakeOptions = {}): Promise<RunOutcome> {
  const { raw, read, lang, outcome, blocked } = await startRun(gateway, 'intake', options, 2, { nl: 'Intakeformulieren lezen', en: 'Reading intake forms' });
  if (blocked) return outcome;
  const back = readIntake(raw, read.model, lang);
  outcome.problems.push(...back.problems);
  outcome.freshness = freshness(read.model, options.today ?? todayIso(), lang);
  const accepted: IntakeChange[] = options.accept ? back.changes.filter((c) => options.accept!.includes(c.id)) : back.changes;
  outcome.intake = { changes: back.changes, applied: [], forms: back.forms.length };
  if (!options.apply || !accepted.length) return outcome;
  options.progress?.(2, 2, { nl: 'Wijzigingen schrijven', en: 'Writing the changes' });
  const written = await writeIntake(gateway, raw, read.model, accepted, lang, outcome.problems);
  outcome.intake.applied = accepted;
  outcome.sheets.push(...written.sheets);
  return outcome;
}
