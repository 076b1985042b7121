/** The results command's plan: Begeleidersoverzicht and Resultaten from what was read, with the figures for --json. */
import { readEvaluations } from '../evaluation/answers';
import { NO_SUPERVISOR } from '../intervisie/agenda';
import { Lang, pick } from '../i18n';
import { ReadResult } from '../read';
import { RawSheet, SheetSpec } from '../workbook';
import { Candidate } from '../pairing/candidates';
import { resultsContext } from './context';
import { locationsOf, Outcomes, outcomes, scopeOf } from './outcomes';
import { resultsSheet } from './resultsSheet';
import { SupervisorFigures, supervisorFigures } from './supervisors';
import { supervisorsSheet } from './supervisorsSheet';

export interface ResultsPlan {
  specs: SheetSpec[];
  supervisors: SupervisorFigures[];
  /** The organisation first, then each location. */
  results: Outcomes[];
}

export function planResults(raw: RawSheet[], read: ReadResult, lang: Lang, today: string, candidates?: readonly Candidate[]): ResultsPlan {
  const { model } = read;
  const ctx = resultsContext(model, readEvaluations(raw), today, candidates);
  const supervisors = supervisorFigures(ctx, pick(NO_SUPERVISOR, lang));
  const scopes = [null, ...locationsOf(model)].map((location) => {
    const scope = scopeOf(model, location);
    return { outcomes: outcomes(ctx, location, scope.clients), summary: { clients: scope.activeClients, activePairings: scope.activePairings } };
  });
  return {
    specs: [supervisorsSheet(supervisors, model.settings, today, lang), resultsSheet(scopes, model.settings, today, lang)],
    supervisors,
    results: scopes.map((s) => s.outcomes),
  };
}
