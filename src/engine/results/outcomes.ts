/**
 * What the method achieved over time, for the organisation or one location: network size at every
 * measurement date, pairings started / active / ended per quarter with the reasons for ending,
 * klik and motivation per evaluation date. Pure.
 */
import { KringModel } from '../model';
import { normKey } from '../read/normalize';
import { ResultsContext } from './context';
import { LonelinessOutcomes, lonelinessOutcomes } from '../loneliness/outcomes';

export interface NetworkPoint {
  date: string;
  /** Clients with a network map on this date. */
  clients: number;
  median: number;
  /** Share of those maps with at most Settings.smallNetwork contacts. */
  verySmallShare: number;
}

export interface QuarterPoint {
  /** "2026-Q3". */
  quarter: string;
  started: number;
  /** Active at the end of the quarter. */
  active: number;
  ended: number;
  /** Reasons given for the pairings ended in this quarter, with their counts (most frequent first). */
  reasons: [string, number][];
}

export interface EvaluationPoint {
  date: string;
  forms: number;
  klik: number | null;
  motivation: number | null;
}

export interface Outcomes {
  /** null: the whole organisation. */
  location: string | null;
  networks: NetworkPoint[];
  quarters: QuarterPoint[];
  evaluations: EvaluationPoint[];
  /** The De Jong Gierveld scale per measurement date, and the change for clients measured twice. */
  loneliness: LonelinessOutcomes;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const mean1 = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null);

/** The quarter of an ISO date and its first and last day. */
export function quarterOf(iso: string): string {
  return `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
}

function quarterEnd(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  const last = new Date(Date.UTC(year, q * 3, 0));
  return last.toISOString().slice(0, 10);
}

function nextQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
}

/** The distinct locations of active clients, in order of appearance. */
export function locationsOf(model: KringModel): string[] {
  const seen = new Map<string, string>();
  for (const c of model.clients) if (c.location && !seen.has(normKey(c.location))) seen.set(normKey(c.location), c.location);
  return [...seen.values()];
}

/** The clients of a scope (every client for the organisation, null), and its active clients and pairings. */
export function scopeOf(model: KringModel, location: string | null): { clients: Set<string>; activeClients: number; activePairings: number } {
  const clients = new Set(model.clients.filter((c) => location === null || normKey(c.location ?? '') === normKey(location)).map((c) => c.id));
  return {
    clients,
    activeClients: model.clients.filter((c) => c.active && clients.has(c.id)).length,
    activePairings: model.pairings.filter((p) => p.status === 'active' && clients.has(p.clientId)).length,
  };
}

/** `clients`: the IDs in scope (all clients for the organisation). */
export function outcomes(ctx: ResultsContext, location: string | null, clients: ReadonlySet<string>): Outcomes {
  const { model, today } = ctx;
  const byDate = new Map<string, number[]>();
  for (const clientId of clients) {
    for (const { date, size } of ctx.sizes.get(clientId) ?? []) {
      if (date > today) continue;
      if (!byDate.has(date)) byDate.set(date, []);
      byDate.get(date)!.push(size);
    }
  }
  const networks = [...byDate.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([date, sizes]) => ({ date, clients: sizes.length, median: median(sizes), verySmallShare: Math.round((sizes.filter((s) => s <= model.settings.smallNetwork).length / sizes.length) * 1000) / 1000 }));

  const pairings = model.pairings.filter((p) => clients.has(p.clientId) && p.start && p.start <= today);
  const quarters: QuarterPoint[] = [];
  if (pairings.length) {
    const startedIn = new Map<string, number>();
    const endedIn = new Map<string, typeof pairings>();
    for (const p of pairings) {
      const q = quarterOf(p.start as string);
      startedIn.set(q, (startedIn.get(q) ?? 0) + 1);
      if (p.end) {
        const e = quarterOf(p.end);
        if (!endedIn.has(e)) endedIn.set(e, []);
        endedIn.get(e)!.push(p);
      }
    }
    let q = [...startedIn.keys()].sort()[0];
    for (const last = quarterOf(today); q <= last; q = nextQuarter(q)) {
      const end = quarterEnd(q);
      const endedHere = endedIn.get(q) ?? [];
      const reasons = new Map<string, number>();
      for (const p of endedHere) {
        const reason = p.endReason?.trim() || '?';
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      }
      quarters.push({
        quarter: q,
        started: startedIn.get(q) ?? 0,
        active: pairings.filter((p) => (p.start as string) <= end && (!p.end || p.end > end) && !(p.status === 'ended' && !p.end)).length,
        ended: endedHere.length,
        reasons: [...reasons.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
      });
    }
  }

  const evaluationsByDate = new Map<string, { klik: number[]; motivation: number[]; forms: number }>();
  for (const list of ctx.evaluations.values()) {
    for (const a of list) {
      if (!clients.has(a.clientId)) continue;
      const day = evaluationsByDate.get(a.date) ?? { klik: [], motivation: [], forms: 0 };
      day.forms++;
      if (a.klik !== null) day.klik.push(a.klik);
      if (a.motivation !== null) day.motivation.push(a.motivation);
      evaluationsByDate.set(a.date, day);
    }
  }
  const evaluations = [...evaluationsByDate.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([date, d]) => ({ date, forms: d.forms, klik: mean1(d.klik), motivation: mean1(d.motivation) }));
  return { location, networks, quarters, evaluations, loneliness: lonelinessOutcomes(ctx.loneliness, clients, today) };
}
