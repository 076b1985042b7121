/**
 * The sample's loneliness measurements (sheet Eenzaamheid): a baseline on T0 and a later round on
 * T1 for most active clients, drawn from their own random stream so every other figure of the
 * sample stays as it is. Clients with a small network start lonelier; most clients in a pairing
 * feel a little less lonely by T1, some do not.
 */
import { ANSWER_WORDS, ITEMS } from '../engine/loneliness/scale';
import { SAMPLE_T0, SAMPLE_T1, SEED } from './constants';
import { Sample } from './model';
import { Rng } from './random';

export interface SampleLoneliness {
  clientId: string;
  date: string;
  answers: string[];
  by: string;
}

/** Answers for a client whose chance of a lonely answer is `p`: emotional items "ja", social items "nee"; "min of meer" in between. */
function answersFor(rng: Rng, p: number): string[] {
  return ITEMS.map((item) => {
    const roll = rng.float();
    const lonely = roll < p * 0.7;
    const between = !lonely && roll < p;
    if (between) return ANSWER_WORDS.moreOrLess.nl;
    if (item.dimension === 'emotional') return lonely ? ANSWER_WORDS.yes.nl : ANSWER_WORDS.no.nl;
    return lonely ? ANSWER_WORDS.no.nl : ANSWER_WORDS.yes.nl;
  });
}

export function sampleLoneliness(sample: Sample): SampleLoneliness[] {
  // Its own stream: the rest of the sample stays as it was.
  const rng = new Rng(SEED + 3);
  const paired = new Set(sample.pairings.filter((p) => p.status === 'actief').map((p) => p.client));
  const out: SampleLoneliness[] = [];
  for (const client of sample.clients) {
    if (!client.active || client.role === 'netwerker') continue;
    const map = sample.maps.get(client.id);
    const size = map?.t0?.length ?? map?.t1?.length ?? 6;
    // Small networks: more lonely at the start.
    const start = Math.min(0.85, Math.max(0.1, 0.75 - size * 0.05 + (rng.float() - 0.5) * 0.3));
    const later = paired.has(client.id) ? Math.max(0.05, start - rng.pick([0.35, 0.25, 0.15, 0, -0.1])) : Math.min(0.9, Math.max(0.05, start + (rng.float() - 0.5) * 0.2));
    const measuredAtT0 = rng.chance(0.92);
    const measuredAtT1 = rng.chance(0.85);
    if (measuredAtT0) out.push({ clientId: client.id, date: SAMPLE_T0, answers: answersFor(rng, start), by: client.supervisor });
    if (measuredAtT1) out.push({ clientId: client.id, date: SAMPLE_T1, answers: answersFor(rng, later), by: client.supervisor });
  }
  return out;
}
