/**
 * The questionnaire command: Vragenlijst <date> with a loneliness questionnaire per client in
 * scope (answers ticked earlier kept), and the Eenzaamheidsoverzicht of every measurement.
 */
import { readForms } from '../forms/form';
import { ReadResult, todayIso } from '../read';
import { finishRun, RunOptions, RunOutcome, settingsIfMissing, startRun } from '../run';
import { Lang } from '../i18n';
import { RawSheet, SheetSpec, WorkbookGateway } from '../workbook';
import { LONELINESS_FORM } from './kind';
import { formSheetDate } from '../forms/form';
import { lonelinessOverviewSheet, questionnaireClients, questionnaireSheet, QuestionnaireScope } from './sheets';

export interface QuestionnaireOptions extends RunOptions, QuestionnaireScope {
  /** The date the questionnaires are for (ISO); default today. */
  date?: string | null;
}

export function planQuestionnaires(raw: RawSheet[], read: ReadResult, lang: Lang, date: string, scope: QuestionnaireScope): { specs: SheetSpec[]; clients: string[]; sheetName: string } {
  const forms = readForms(LONELINESS_FORM, raw).filter((f) => f.date === date);
  const kept = new Map(forms.map((f) => [f.subject.toUpperCase(), f]));
  const clients = questionnaireClients(read.model, scope, new Set(kept.keys()));
  const sheet = questionnaireSheet(read.model, date, clients, kept, lang);
  // Re-made under the name it has (an English sheet stays English).
  const existing = raw.find((r) => formSheetDate(LONELINESS_FORM, r.name) === date);
  if (existing) sheet.name = existing.name;
  return { specs: [sheet, lonelinessOverviewSheet(read.model, lang)], clients: clients.map((c) => c.id), sheetName: sheet.name };
}

export async function runQuestionnaire(gateway: WorkbookGateway, options: QuestionnaireOptions = {}): Promise<RunOutcome> {
  const { raw, read, lang, outcome, blocked } = await startRun(gateway, 'questionnaire', options, 2, { nl: 'Invoer en eerdere vragenlijsten lezen', en: 'Reading the input and earlier questionnaires' });
  if (blocked) return outcome;
  const date = options.date ?? options.today ?? todayIso();
  const plan = planQuestionnaires(raw, read, lang, date, options);
  outcome.questionnaires = plan.clients.map((client) => ({ client, sheet: plan.sheetName }));
  outcome.mainSheet = plan.sheetName;
  return finishRun(gateway, options, outcome, 2, [...plan.specs, ...settingsIfMissing(raw, read, lang)], { nl: 'Vragenlijsten schrijven', en: 'Writing questionnaires' });
}
