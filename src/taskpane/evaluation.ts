/**
 * Evalueren and Intervisie in the pane: which pairings get a form, who the begeleiders are, and
 * the intervisie agenda as the engine will write it. Pure; the components only show it.
 */
import { EvaluationAnswers } from '../engine/evaluation/answers';
import { AgendaItem, intervisieAgenda, NO_SUPERVISOR as ENGINE_NO_SUPERVISOR } from '../engine/intervisie/agenda';
import { pairingsInScope, supervisorOf } from '../engine/evaluation/sheets';
import { Bilingual } from '../engine/i18n';
import { KringModel, SafetyConcern, pairKey } from '../engine/model';
import { normKey } from '../engine/read/normalize';
import { concernItemKey } from '../engine/safety/concerns';
import { concernsNow } from '../engine/safety/state';

/** The engine's name for the begeleider of pairings without one (the agenda is computed in Dutch here and shown in the pane's language). */
export const NO_SUPERVISOR = ENGINE_NO_SUPERVISOR.nl;

export interface ScopeRow {
  networkerId: string;
  clientId: string;
  networkerName: string;
  clientName: string;
  supervisor: string | null;
  start: string | null;
  /** A form for this pairing is already on the date's sheet (its answers are kept). */
  hasForm: boolean;
}

/** The begeleiders to choose from: the sheet Begeleiders and the clients' begeleiders, each once, sorted. */
export function supervisorsOf(model: KringModel): string[] {
  const byKey = new Map<string, string>();
  for (const name of [...model.supervisors.map((s) => s.name), ...model.clients.map((c) => c.supervisor)]) {
    const n = name?.trim();
    if (n && !byKey.has(normKey(n))) byKey.set(normKey(n), n);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' }));
}

/** The pairings "Maak evaluatieformulieren" makes a form for, as the engine chooses them (same order). */
export function evaluationScope(model: KringModel, answers: readonly EvaluationAnswers[], date: string, location: string | null, supervisor: string | null): ScopeRow[] {
  const onSheet = new Set(answers.filter((a) => a.date === date).map((a) => pairKey(a.networkerId, a.clientId)));
  const byId = new Map(model.clients.map((c) => [c.id, c]));
  const name = (id: string) => byId.get(id)?.name || id;
  return pairingsInScope(model, { location, supervisor, date }, onSheet).map((p) => ({
    networkerId: p.networkerId,
    clientId: p.clientId,
    networkerName: name(p.networkerId),
    clientName: name(p.clientId),
    supervisor: supervisorOf(p, byId),
    start: p.start,
    hasForm: onSheet.has(pairKey(p.networkerId, p.clientId)),
  }));
}

export interface AgendaEntry {
  networkerId: string;
  clientId: string;
  networkerName: string;
  clientName: string;
  flag: AgendaItem['flag'];
  reason: Bilingual;
}

export interface AgendaGroup {
  /** The begeleider, or null for pairings without one. */
  supervisor: string | null;
  items: AgendaEntry[];
}

/** The intervisie agenda per begeleider, in the sheet's order (safety, the fixed item, is added by the view and the sheet). */
export function agendaGroups(model: KringModel, answers: EvaluationAnswers[], date: string, concerns: SafetyConcern[] | null = null): AgendaGroup[] {
  // The answers are the freshest; what agendas closed is known from the engine's last read.
  const handled = new Set((concerns ?? []).filter((c) => c.status === 'handled').map(concernItemKey));
  const now = concernsNow(model, answers, 'nl', []).map((c) => (c.status === 'open' && handled.has(concernItemKey(c)) ? { ...c, status: 'handled' as const } : c));
  const agenda = intervisieAgenda(model, answers, date, 'nl', undefined, now);
  const byId = new Map(model.clients.map((c) => [c.id, c]));
  const name = (id: string) => byId.get(id)?.name || id;
  return agenda.supervisors.map((supervisor) => ({
    supervisor: supervisor === NO_SUPERVISOR ? null : supervisor,
    items: agenda.items
      .filter((i) => i.supervisor === supervisor)
      .map((i) => ({ networkerId: i.networkerId, clientId: i.clientId, networkerName: name(i.networkerId), clientName: name(i.clientId), flag: i.flag, reason: i.reason })),
  }));
}
