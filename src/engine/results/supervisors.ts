/**
 * Per begeleider: training, competences, caseload (clients, netwerkers, candidate netwerkers),
 * pairings supervised, evaluations done / due / overdue, and what their clients in pairings gained
 * (network size at the start and now, very small networks, klik and motivation). Pure.
 */
import { supervisorOf } from '../evaluation/sheets';
import { Bilingual } from '../i18n';
import { Client, pairKey } from '../model';
import { normKey } from '../read/normalize';
import { ResultsContext, sizeOn } from './context';
import { evaluationTiming } from '../evaluation/timing';
import { measurementOn } from '../loneliness/measurements';

export type SupervisorFlag = 'untrainedActive' | 'noCandidates' | 'overdue';

export const SUPERVISOR_FLAGS: Record<SupervisorFlag, Bilingual> = {
  untrainedActive: { nl: 'niet getraind, wel actieve koppelingen', en: 'not trained, but supervises active pairings' },
  noCandidates: { nl: 'hulpvragen op de locatie, maar geen (kandidaat-)netwerkers gevonden', en: 'needs at the location, but no (candidate) netwerkers found' },
  overdue: { nl: 'evaluaties te laat', en: 'evaluations overdue' },
};

export interface SupervisorFigures {
  name: string;
  location: string | null;
  trained: boolean | null;
  trainedOn: string | null;
  competences: Record<string, number>;
  clients: number;
  networkers: number;
  candidates: number;
  activePairings: number;
  evaluationsDone: number;
  evaluationsDue: number;
  evaluationsOverdue: number;
  /** Average network size of the clients in active pairings at the start and now (null: no maps). */
  sizeAtStart: number | null;
  sizeNow: number | null;
  /** Share of those clients whose latest network is very small (≤ Settings.smallNetwork). */
  verySmallShare: number | null;
  /** Average of the latest klik and motivation (1–5) over active pairings with an evaluation. */
  klik: number | null;
  motivation: number | null;
  /** Average loneliness score (0–6) of the clients in active pairings at the pairing's start and now (null: not measured). */
  lonelinessAtStart: number | null;
  lonelinessNow: number | null;
  flags: SupervisorFlag[];
}

const average = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null);

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!out.has(k)) out.set(k, []);
    out.get(k)!.push(item);
  }
  return out;
}

export function supervisorFigures(ctx: ResultsContext, noSupervisor: string): SupervisorFigures[] {
  const { model, today, byId } = ctx;
  const keyOf = (name: string | null) => (name ? normKey(name) : '');
  const names = new Map<string, string>();
  for (const s of model.supervisors) if (!names.has(normKey(s.name))) names.set(normKey(s.name), s.name);
  for (const c of model.clients) if (c.supervisor && !names.has(normKey(c.supervisor))) names.set(normKey(c.supervisor), c.supervisor);
  if (model.clients.some((c) => c.active && !c.supervisor)) names.set('', noSupervisor);
  const clientsOf = groupBy(model.clients.filter((c) => c.active), (c) => keyOf(c.supervisor));
  const pairingsOf = groupBy(model.pairings, (p) => keyOf(supervisorOf(p, byId)));

  // Locations where an active client without a pairing asks for help.
  const paired = new Set(model.pairings.filter((p) => p.status === 'active').flatMap((p) => [p.clientId, p.networkerId]));
  const needsAt = new Set(model.clients.filter((c) => c.active && c.needs.length && c.role !== 'networker' && !paired.has(c.id)).map((c) => normKey(c.location ?? '')));

  return [...names].map(([key, name]) => {
    const sheet = model.supervisors.find((s) => normKey(s.name) === key);
    const own: Client[] = clientsOf.get(key) ?? [];
    const pairings = pairingsOf.get(key) ?? [];
    const active = pairings.filter((p) => p.status === 'active');
    const timings = active.map((p) => evaluationTiming(p, ctx.evaluations.get(pairKey(p.networkerId, p.clientId)) ?? [], today, model.settings.evaluationOverdueWeeks));
    const starts: number[] = [];
    const nows: number[] = [];
    const klik: number[] = [];
    const motivation: number[] = [];
    const lonelyStart: number[] = [];
    const lonelyNow: number[] = [];
    active.forEach((p, i) => {
      const measured = ctx.loneliness.get(p.clientId);
      const atStart = measurementOn(measured, p.start);
      const current = measurementOn(measured, today);
      if (atStart) lonelyStart.push(atStart.score!.total);
      if (current) lonelyNow.push(current.score!.total);
      const sizes = ctx.sizes.get(p.clientId);
      const start = sizeOn(sizes, p.start);
      const now = sizeOn(sizes, today);
      if (start !== null) starts.push(start);
      if (now !== null) nows.push(now);
      const latest = [...timings[i].done].reverse();
      const k = latest.find((a) => a.klik !== null)?.klik;
      const m = latest.find((a) => a.motivation !== null)?.motivation;
      if (k != null) klik.push(k);
      if (m != null) motivation.push(m);
    });
    const networkers = own.filter((c) => c.role !== 'participant').length;
    const candidatesOwn = own.filter((c) => ctx.candidates.has(c.id)).length;
    const overdue = timings.filter((t) => t.state === 'overdue').length;
    const location = sheet?.location ?? null;
    const flags: SupervisorFlag[] = [];
    if (sheet?.trained === false && active.length) flags.push('untrainedActive');
    const atLocation = location ?? own[0]?.location ?? null;
    if (key && networkers + candidatesOwn === 0 && needsAt.has(normKey(atLocation ?? ''))) flags.push('noCandidates');
    if (overdue) flags.push('overdue');
    const pairs = new Set(pairings.map((p) => pairKey(p.networkerId, p.clientId)));
    return {
      name,
      location,
      trained: sheet?.trained ?? null,
      trainedOn: sheet?.trainedOn ?? null,
      competences: sheet?.competences ?? {},
      clients: own.length,
      networkers,
      candidates: candidatesOwn,
      activePairings: active.length,
      evaluationsDone: [...pairs].reduce((n, k) => n + (ctx.evaluations.get(k)?.length ?? 0), 0),
      evaluationsDue: timings.filter((t) => t.state === 'due').length,
      evaluationsOverdue: overdue,
      sizeAtStart: average(starts),
      sizeNow: average(nows),
      verySmallShare: nows.length ? Math.round((nows.filter((n) => n <= model.settings.smallNetwork).length / nows.length) * 1000) / 1000 : null,
      klik: average(klik),
      motivation: average(motivation),
      lonelinessAtStart: average(lonelyStart),
      lonelinessNow: average(lonelyNow),
      flags,
    };
  });
}
