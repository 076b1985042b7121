/**
 * What the results figures look up again and again, indexed once: clients by ID, each client's
 * network size per measurement date, the filled-in evaluations per pair, the candidate netwerkers.
 * Keeps the results linear in the data at 10,000 clients.
 */
import { EvaluationAnswers, isFilledIn } from '../evaluation/answers';
import { Client, KringModel, pairKey } from '../model';
import { mapFigures, networkMaps } from '../networks/figures';
import { Candidate, candidateNetworkers } from '../pairing/candidates';
import { LonelinessMeasurement } from '../loneliness/read';
import { scoredByClient } from '../loneliness/measurements';

export interface SizeAt {
  date: string;
  size: number;
}

export interface ResultsContext {
  model: KringModel;
  today: string;
  byId: Map<string, Client>;
  /** Dated network sizes per client, oldest first. */
  sizes: Map<string, SizeAt[]>;
  /** Filled-in evaluations up to today per "netwerker>client", oldest first. */
  evaluations: Map<string, EvaluationAnswers[]>;
  candidates: Set<string>;
  /** Scored loneliness measurements per client, oldest first. */
  loneliness: Map<string, LonelinessMeasurement[]>;
}


/** `candidates`: when the caller already ranked the candidate netwerkers (kring all), they are not ranked again. */
export function resultsContext(model: KringModel, answers: readonly EvaluationAnswers[], today: string, candidates?: readonly Candidate[]): ResultsContext {
  const sizes = new Map<string, SizeAt[]>();
  for (const [clientId, maps] of networkMaps(model.contacts)) {
    const dated = maps.filter((m) => m.date !== null).map((m) => ({ date: m.date as string, size: mapFigures(m, model.settings).size }));
    if (dated.length) sizes.set(clientId, dated.sort((a, b) => a.date.localeCompare(b.date)));
  }
  const evaluations = new Map<string, EvaluationAnswers[]>();
  for (const a of answers) {
    if (!isFilledIn(a) || a.date > today) continue;
    const key = pairKey(a.networkerId, a.clientId);
    if (!evaluations.has(key)) evaluations.set(key, []);
    evaluations.get(key)!.push(a);
  }
  for (const list of evaluations.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  return {
    model,
    today,
    byId: new Map(model.clients.map((c) => [c.id, c])),
    sizes,
    evaluations,
    candidates: new Set((candidates ?? candidateNetworkers(model)).map((c) => c.clientId)),
    loneliness: scoredByClient(model.loneliness),
  };
}

/** The size of the latest map on or before `date` (any date when null). */
export function sizeOn(sizes: readonly SizeAt[] | undefined, date: string | null): number | null {
  let found: number | null = null;
  for (const s of sizes ?? []) {
    if (date !== null && s.date > date) break;
    found = s.size;
  }
  return found;
}
