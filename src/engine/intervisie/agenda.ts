/**
 * The intervisie agenda: per begeleider, first every open safety concern in full and the fixed
 * safety question, then what needs attention, what went well, and the open actions of earlier
 * agendas. The sheet is in agendaSheet.ts; what earlier agendas hold in memory.ts.
 */
import { displayDate } from '../dates';
import { Bilingual, Lang, pick } from '../i18n';
import { KringModel, Pairing, SafetyConcern } from '../model';
import { mapFigures, networkMaps } from '../networks/figures';
import { EvaluationAnswers, isFilledIn } from '../evaluation/answers';
import { evaluationTiming } from '../evaluation/timing';
import { supervisorOf } from '../evaluation/sheets';
import { stoppedNetworkers } from '../pairing/repair';
import { concernItemKey, concernSupervisors, concernText } from '../safety/concerns';
import { concernsNow } from '../safety/state';
import { AgendaMemory, CarriedAction } from './memory';

export const NO_SUPERVISOR = { nl: '(geen begeleider)', en: '(no support worker)' };

export type FlagKind = 'concern' | 'safety' | 'klik' | 'motivation' | 'load' | 'stopped' | 'network' | 'capacity' | 'overdue' | KnowledgeKind | 'action';

/** Items for knowledge sharing rather than attention: what went well, and a begeleider still to be trained. */
export type KnowledgeKind = 'wentWell' | 'untrained';
export const KNOWLEDGE: readonly FlagKind[] = ['wentWell', 'untrained'];

/** A load of this much or more (1 = light, 5 = heavy) is on the agenda. */
export const HEAVY_LOAD = 4;

export interface AgendaItem {
  supervisor: string;
  networkerId: string;
  clientId: string;
  flag: FlagKind;
  reason: Bilingual;
  /** What identifies the item from one agenda to the next (notes, actions and "done" are kept by it). */
  key: string;
  /** An open safety concern (flag 'concern'). */
  concern?: SafetyConcern;
  /** An action of an earlier agenda not yet done (flag 'action'). */
  carried?: CarriedAction;
}

const fmt = (iso: string) => displayDate(iso);

/**
 * `memory`: what earlier agendas hold (the sheet has it; open actions come from there).
 * `concerns`: the concerns as already worked out (the pane has them from the last read).
 */
export function intervisieAgenda(model: KringModel, answers: EvaluationAnswers[], date: string, lang: Lang = 'nl', memory?: AgendaMemory, concerns?: SafetyConcern[]): { items: AgendaItem[]; supervisors: string[] } {
  const byId = new Map(model.clients.map((c) => [c.id, c]));
  const maps = networkMaps(model.contacts);
  const active = model.pairings.filter((p) => p.status === 'active');
  const load = new Map<string, number>();
  for (const p of active) load.set(p.networkerId, (load.get(p.networkerId) ?? 0) + 1);
  const none = pick(NO_SUPERVISOR, lang);
  const items: AgendaItem[] = [];
  // Safety first: every open concern, in the begeleider's words, until someone marks it handled.
  const open = (concerns ?? concernsNow(model, answers, lang, memory?.closings ?? [])).filter((c) => c.status === 'open' && (!c.date || c.date <= date));
  for (const c of open) {
    const reason = { nl: concernText(c, model, date, 'nl'), en: concernText(c, model, date, 'en') };
    const names = concernSupervisors(c, byId);
    for (const supervisor of names.length ? names : [none]) {
      items.push({ supervisor, networkerId: c.about, clientId: c.with ?? '', flag: 'concern', reason, key: concernItemKey(c), concern: c });
    }
  }
  const stopped = stoppedNetworkers(model);
  for (const p of active) {
    const supervisor = supervisorOf(p, byId) ?? none;
    const add = (flag: FlagKind, reason: Bilingual) => items.push({ supervisor, networkerId: p.networkerId, clientId: p.clientId, flag, reason, key: `KRING-AGENDA:${flag}:${p.networkerId}>${p.clientId}` });
    const own = answers
      .filter((a) => isFilledIn(a) && a.networkerId === p.networkerId && a.clientId === p.clientId && a.date <= date && (!p.start || a.date >= p.start))
      .sort((a, b) => a.date.localeCompare(b.date));
    const latest = own[own.length - 1];
    const before = own[own.length - 2];
    const stop = stopped.get(p.networkerId.toUpperCase());
    if (stop) add('stopped', { nl: `netwerker is gestopt (${stop.nl}): bespreek met de cliënt een nieuwe netwerker`, en: `networker has stopped (${stop.en}): discuss a new networker with the client` });
    if (latest?.klik !== null && latest?.klik !== undefined && latest.klik <= 2) add('klik', { nl: `weinig klik: ${latest.klik} van 5`, en: `poor rapport: ${latest.klik} of 5` });
    if (latest?.motivation != null && before?.motivation != null && latest.motivation < before.motivation) {
      add('motivation', { nl: `motivatie netwerker daalt: ${before.motivation} → ${latest.motivation}`, en: `networker's motivation falls: ${before.motivation} → ${latest.motivation}` });
    }
    if (latest?.load != null && latest.load >= HEAVY_LOAD) {
      add('load', { nl: `belasting netwerker ${latest.load} van 5 (${latest.load === 5 ? 'zwaar' : 'vrij zwaar'}, evaluatie ${fmt(latest.date)})`, en: `load on the networker ${latest.load} of 5 (${latest.load === 5 ? 'heavy' : 'fairly heavy'}, evaluation ${fmt(latest.date)})` });
    }
    const clientMaps = (maps.get(p.clientId) ?? []).filter((m) => m.date !== null && m.date <= date);
    const atStart = [...clientMaps].reverse().find((m) => !p.start || (m.date as string) <= p.start);
    const now = clientMaps[clientMaps.length - 1];
    if (atStart && now && now !== atStart) {
      const a = mapFigures(atStart, model.settings).size;
      const b = mapFigures(now, model.settings).size;
      if (b <= a) add('network', { nl: `netwerk niet gegroeid sinds de start (${a} → ${b})`, en: `network has not grown since the start (${a} → ${b})` });
    }
    const capacity = byId.get(p.networkerId)?.capacity ?? 0;
    if ((load.get(p.networkerId) ?? 0) > capacity) {
      add('capacity', { nl: `netwerker boven capaciteit (${load.get(p.networkerId)} van ${capacity})`, en: `networker over capacity (${load.get(p.networkerId)} of ${capacity})` });
    }
    const timing = evaluationTiming(p, own, date, model.settings.evaluationOverdueWeeks);
    if (timing.state === 'overdue') {
      add('overdue', {
        nl: `evaluatie te laat: ${timing.weeks} weken sinds ${latest ? 'de vorige evaluatie' : 'de start'}`,
        en: `evaluation overdue: ${timing.weeks} weeks since ${latest ? 'the previous evaluation' : 'the start'}`,
      });
    }
  }
  items.push(...knowledgeItems(model, answers, date, active, (p) => supervisorOf(p, byId) ?? none));
  for (const action of memory?.openActions ?? []) {
    if (action.date >= date) continue;
    const supervisor = action.supervisor || none;
    const reason = {
      nl: `actie van ${fmt(action.date)}: ${action.action}${action.owner ? ` (${action.owner})` : ''}${action.about ? ` — bij: ${action.about}` : ''}${action.notes ? ` — notitie toen: ${action.notes}` : ''}`,
      en: `action of ${fmt(action.date)}: ${action.action}${action.owner ? ` (${action.owner})` : ''}${action.about ? ` — about: ${action.about}` : ''}${action.notes ? ` — notes then: ${action.notes}` : ''}`,
    };
    items.push({ supervisor, networkerId: action.networkerId, clientId: action.clientId, flag: 'action', reason, key: action.key, carried: action });
  }
  const supervisors = [
    ...new Set([
      ...model.supervisors.map((s) => s.name),
      ...active.map((p) => supervisorOf(p, byId) ?? none),
      ...items.map((i) => i.supervisor),
    ]),
  ].sort((a, b) => (a === none ? 1 : b === none ? -1 : a.localeCompare(b)));
  return { items, supervisors };
}

/**
 * Knowledge sharing (method step 6): per pairing what went well in its latest evaluation of the
 * last `evaluationOverdueWeeks` weeks, and a begeleider who is not trained but supervises pairings.
 */
function knowledgeItems(model: KringModel, answers: EvaluationAnswers[], date: string, active: Pairing[], supervisor: (p: Pairing) => string): AgendaItem[] {
  const items: AgendaItem[] = [];
  const recent = (d: string) => d <= date && (Date.parse(date) - Date.parse(d)) / (7 * 86400000) <= model.settings.evaluationOverdueWeeks;
  for (const p of active) {
    const latest = answers
      .filter((a) => isFilledIn(a) && a.networkerId === p.networkerId && a.clientId === p.clientId && recent(a.date) && typeof a.raw.wentWell === 'string' && a.raw.wentWell.trim())
      .sort((a, b) => a.date.localeCompare(b.date))
      .pop();
    if (!latest) continue;
    const text = String(latest.raw.wentWell).trim();
    items.push({
      supervisor: supervisor(p), networkerId: p.networkerId, clientId: p.clientId, flag: 'wentWell',
      reason: { nl: `${text} (evaluatie ${fmt(latest.date)})`, en: `${text} (evaluation ${fmt(latest.date)})` },
      key: `KRING-AGENDA:wentWell:${p.networkerId}>${p.clientId}`,
    });
  }
  for (const s of model.supervisors) {
    if (s.trained !== false) continue;
    const count = active.filter((p) => supervisor(p).toLowerCase() === s.name.toLowerCase()).length;
    if (!count) continue;
    items.push({
      supervisor: s.name, networkerId: '', clientId: '', flag: 'untrained', key: 'KRING-AGENDA:untrained',
      reason: {
        nl: `nog niet getraind voor netwerkwerk, wel ${count} actieve ${count === 1 ? 'koppeling' : 'koppelingen'}: plan de training`,
        en: `not yet trained for network work, but ${count} active ${count === 1 ? 'pairing' : 'pairings'}: plan the training`,
      },
    });
  }
  return items;
}
