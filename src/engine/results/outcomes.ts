/**
 * What the method achieved over time, for the organisation or one location: network size at every
 * measurement date, pairings started / active / ended per quarter with the reasons for ending,
 * klik and motivation per evaluation date. Pure.
 */
import { EvaluationAnswers, isFilledIn } from '../evaluation/answers';
import { KringModel } from '../model';
import { mapFigures, networkMaps } from '../networks/figures';
import { normKey } from '../read/normalize';

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

export function outcomes(model: KringModel, answers: readonly EvaluationAnswers[], location: string | null, today: string): Outcomes {
  const locationOf = new Map(model.clients.map((c) => [c.id, normKey(c.location ?? '')]));
  const inScope = (clientId: string) => location === null || locationOf.get(clientId) === normKey(location);

  const byDate = new Map<string, number[]>();
  for (const [clientId, maps] of networkMaps(model.contacts)) {
    if (!inScope(clientId)) continue;
    for (const m of maps) {
      if (m.date === null || m.date > today) continue;
      if (!byDate.has(m.date)) byDate.set(m.date, []);
      byDate.get(m.date)!.push(mapFigures(m, model.settings).size);
    }
  }
  const networks = [...byDate.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([date, sizes]) => ({ date, clients: sizes.length, median: median(sizes), verySmallShare: Math.round((sizes.filter((s) => s <= model.settings.smallNetwork).length / sizes.length) * 1000) / 1000 }));

  const pairings = model.pairings.filter((p) => inScope(p.clientId) && p.start && p.start <= today);
  const quarters: QuarterPoint[] = [];
  if (pairings.length) {
    let q = quarterOf(pairings.map((p) => p.start as string).sort()[0]);
    const last = quarterOf(today);
    for (; q <= last; q = nextQuarter(q)) {
      const end = quarterEnd(q);
      const endedHere = pairings.filter((p) => p.end && quarterOf(p.end) === q);
      const reasons = new Map<string, number>();
      for (const p of endedHere) {
        const reason = p.endReason?.trim() || '?';
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      }
      quarters.push({
        quarter: q,
        started: pairings.filter((p) => quarterOf(p.start as string) === q).length,
        active: pairings.filter((p) => (p.start as string) <= end && (!p.end || p.end > end) && !(p.status === 'ended' && !p.end)).length,
        ended: endedHere.length,
        reasons: [...reasons.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
      });
    }
  }

  const evaluationsByDate = new Map<string, EvaluationAnswers[]>();
  for (const a of answers) {
    if (!isFilledIn(a) || a.date > today || !inScope(a.clientId)) continue;
    if (!evaluationsByDate.has(a.date)) evaluationsByDate.set(a.date, []);
    evaluationsByDate.get(a.date)!.push(a);
  }
  const evaluations = [...evaluationsByDate.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([date, forms]) => ({
      date,
      forms: forms.length,
      klik: mean1(forms.flatMap((f) => (f.klik === null ? [] : [f.klik]))),
      motivation: mean1(forms.flatMap((f) => (f.motivation === null ? [] : [f.motivation]))),
    }));
  return { location, networks, quarters, evaluations };
}
