/**
 * Koppelvoorstellen: the optimal set of pairs over the whole group at once, each explained,
 * with two alternatives and a joint activity; every client without a suggestion with the reason.
 */
import { displayDate, formatNumber } from '../dates';
import { Bilingual } from '../i18n';
import { KringModel, Privacy, SafetyConcern } from '../model';
import { askConsentNote, consentOpen, noConsentReason } from '../privacy/consent';
import { otherClientLabel } from '../privacy/printout';
import { heldForSafety, safetyFlags } from '../safety/flags';
import { jointActivity } from './activity';
import { assignGreedyDense, assignOptimalDense } from './assign';
import { eligibility } from './eligibility';
import { buildFeatures, PersonFeatures } from './features';
import { blockingRule, networkerRules, ruleContext, ruleWhy } from './rules';
import { explainPair, scoreParts, scoreValue, totalScore } from './score';
import { BlockedPair, BlockRule, ScoredPair, Suggestion, Unmatched } from './types';

export interface SuggestOptions {
  /** Pairs the team rejected earlier; never suggested again. */
  rejected?: { networkerId: string; clientId: string }[];
  /** Limit the round to one location. */
  location?: string | null;
  /** Also return every candidate pair with its parts and every blocked pair with its rule (--explain). */
  explain?: boolean;
  /** The safety concerns as they stand (register, unprocessed forms, agendas): they block and flag. */
  concerns?: SafetyConcern[];
  /** The assignment: optimal over the whole group (default), or greedy first-best (the baseline for benchmarks). */
  assignment?: 'optimal' | 'greedy';
}

export interface SuggestResult {
  suggestions: Suggestion[];
  unmatched: Unmatched[];
  /** With explain: every allowed candidate pair with its score and parts. */
  pairs: ScoredPair[];
  /** With explain: every blocked pair with the rule. */
  blocked: BlockedPair[];
  /** Sum of the suggestions' scores. */
  total: number;
  /** Netwerkers considered, with free capacity. */
  networkers: { id: string; capacity: number; active: number; free: number }[];
}

const RULE_SUMMARY: Record<BlockRule, Bilingual> = {
  'same-person': { nl: 'dezelfde persoon', en: 'the same person' },
  safety: { nl: 'open veiligheidssignaal over de netwerker', en: 'an open safety concern about the networker' },
  exclusion: { nl: 'uitsluiting', en: 'exclusion' },
  'ended-before': { nl: 'eerder beëindigde koppeling', en: 'an earlier ended pairing' },
  'rejected-before': { nl: 'eerder afgewezen', en: 'rejected before' },
  'already-paired': { nl: 'al gekoppeld', en: 'already paired' },
  capacity: { nl: 'netwerkers zitten vol', en: 'networkers are full' },
  location: { nl: 'geen netwerker op dezelfde locatie', en: 'no networker at the same location' },
  availability: { nl: 'geen netwerker met een gemeenschappelijke dag', en: 'no networker with a common day' },
  gender: { nl: 'voorkeur geslacht', en: 'gender preference' },
};

/** Why a netwerker who would score higher for this client is suggested elsewhere: the best plan for the whole group. */
function higherAlternative(n: PersonFeatures, score: number, others: PersonFeatures[], privacy: Privacy): Bilingual {
  // Other people on this client's row: named as consent and the printout setting allow.
  const who = (lang: 'nl' | 'en') => others.map((o) => otherClientLabel(o.client, o.client.id, privacy)).join(lang === 'nl' ? ' en ' : ' and ');
  const name = otherClientLabel(n.client, n.client.id, privacy);
  const points = (lang: 'nl' | 'en') => formatNumber(score, lang);
  return others.length
    ? {
        nl: `${name} zou hoger scoren (${points('nl')}), maar helpt in het beste plan voor de hele groep ${who('nl')}: zo komen alle cliënten samen verder`,
        en: `${name} would score higher (${points('en')}), but in the best plan for the whole group helps ${who('en')}: that way all clients together gain more`,
      }
    : { nl: `${name} zou hoger scoren (${points('nl')})`, en: `${name} would score higher (${points('en')})` };
}

const RULE_CODES: BlockRule[] = ['same-person', 'safety', 'exclusion', 'ended-before', 'rejected-before', 'already-paired', 'capacity', 'location', 'availability', 'gender'];
const ALTERNATIVES = 2;

export function suggestPairs(model: KringModel, options: SuggestOptions = {}): SuggestResult {
  const { settings } = model;
  const features = buildFeatures(model);
  const elig = eligibility(model, features, options.location ?? null);
  const concerns = options.concerns ?? model.concerns;
  const held = heldForSafety(model, concerns);
  const flags = safetyFlags(model, concerns);
  const rules = ruleContext(model, options.rejected ?? [], new Map(elig.networkers.map((n) => [n.client.id, n.free])), new Set(held.keys()));
  const clients = elig.clients.map((c) => features.get(c.id) as PersonFeatures);
  const networkers = elig.networkers.map((n) => features.get(n.client.id) as PersonFeatures);
  const N = networkers.length;
  const networkerRule = networkers.map((n) => networkerRules(n, rules));

  // One pass over all pairs: the score in centi-points (0 = blocked), kept in a typed matrix so the
  // solver and the alternatives read it without scoring again.
  const matrix = new Uint16Array(clients.length * N);
  const blockedCounts: Map<BlockRule, number>[] = clients.map(() => new Map());
  const blocked: BlockedPair[] = [];
  const pairs: ScoredPair[] = [];
  clients.forEach((c, i) => {
    for (let j = 0; j < N; j++) {
      const n = networkers[j];
      const rule = blockingRule(n, c, rules, networkerRule[j]);
      if (rule) {
        blockedCounts[i].set(rule, (blockedCounts[i].get(rule) ?? 0) + 1);
        if (options.explain) {
          const parts = scoreParts(n, c, settings);
          blocked.push({ networkerId: n.client.id, clientId: c.client.id, rule, why: ruleWhy(rule, n, c), score: totalScore(parts, settings), parts });
        }
        continue;
      }
      const score = scoreValue(n, c, settings);
      matrix[i * N + j] = Math.max(1, Math.round(score * 100));
      if (options.explain) pairs.push({ networkerId: n.client.id, clientId: c.client.id, score, parts: scoreParts(n, c, settings), reasons: [] });
    }
  });

  const capacity = elig.networkers.map((n) => n.free);
  const dense = { clients: clients.length, networkers: N, capacity, score: (i: number, j: number) => matrix[i * N + j] };
  const result = options.assignment === 'greedy' ? assignGreedyDense(dense) : assignOptimalDense(dense);

  const scored = (i: number, j: number): ScoredPair => {
    const n = networkers[j];
    const c = clients[i];
    const parts = scoreParts(n, c, settings);
    return { networkerId: n.client.id, clientId: c.client.id, score: matrix[i * N + j] / 100, parts, reasons: explainPair(n, c, settings) };
  };
  // Who each netwerker helps in the plan, to explain an alternative that scores higher.
  const planOf = new Map<number, number[]>();
  for (const { client: i, networker: j } of result.pairs) planOf.set(j, [...(planOf.get(j) ?? []), i]);
  const suggestions: Suggestion[] = result.pairs.map(({ client: i, networker: j }) => {
    const alternatives: number[] = [];
    const row = matrix.subarray(i * N, (i + 1) * N);
    for (let k = 0; k < N; k++) {
      if (k === j || row[k] === 0) continue;
      alternatives.push(k);
      alternatives.sort((a, b) => row[b] - row[a] || a - b);
      if (alternatives.length > ALTERNATIVES) alternatives.pop();
    }
    const activity = jointActivity(networkers[j].client, clients[i].client, model.activities, settings.locationRule);
    const own = scored(i, j);
    const higher = alternatives.filter((k) => row[k] > row[j]).map((k) => higherAlternative(networkers[k], row[k] / 100, (planOf.get(k) ?? []).map((m) => clients[m]), settings.privacy));
    const open = [networkers[j].client, clients[i].client].filter(consentOpen).map((c) => c.id);
    const ask = open.length ? [askConsentNote(open)] : [];
    return { ...own, reasons: [...ask, ...own.reasons, ...higher], alternatives: alternatives.map((k) => scored(i, k)), activity: activity ? activity.name : null, safety: flags(networkers[j].client.id, clients[i].client.id) };
  });
  suggestions.sort((a, b) => b.score - a.score || a.clientId.localeCompare(b.clientId) || a.networkerId.localeCompare(b.networkerId));

  const suggested = new Set(result.pairs.map((p) => p.client));
  const unmatched: Unmatched[] = [];
  clients.forEach((c, i) => {
    if (suggested.has(i)) return;
    const row = matrix.subarray(i * N, (i + 1) * N);
    if (row.some((v) => v > 0)) {
      unmatched.push({
        clientId: c.client.id,
        reason: { nl: 'de passende netwerkers zijn aan anderen voorgesteld (capaciteit)', en: 'the suitable networkers were suggested to others (capacity)' },
      });
      return;
    }
    const counts = [...blockedCounts[i]].sort((a, b) => b[1] - a[1] || RULE_CODES.indexOf(a[0]) - RULE_CODES.indexOf(b[0]));
    unmatched.push({
      clientId: c.client.id,
      reason: counts.length
        ? { nl: `geen passende netwerker: ${counts.map(([r]) => RULE_SUMMARY[r].nl).join(', ')}`, en: `no suitable networker: ${counts.map(([r]) => RULE_SUMMARY[r].en).join(', ')}` }
        : { nl: 'er is geen netwerker beschikbaar', en: 'no networker is available' },
    });
  });
  for (const { client, reason } of elig.notEligible) unmatched.push({ clientId: client.id, reason });
  const listed = new Set(unmatched.map((u) => u.clientId));
  for (const n of elig.withoutConsent) if (!listed.has(n.id)) unmatched.push({ clientId: n.id, reason: noConsentReason(true) });
  // A netwerker held back for safety is named with why, so nobody wonders where they went.
  for (const n of elig.networkers) {
    const c = held.get(n.client.id.toUpperCase());
    if (!c || n.free <= 0) continue;
    const when = displayDate(c.date);
    unmatched.push({
      clientId: n.client.id,
      reason: {
        nl: `netwerker krijgt geen nieuwe koppeling: open veiligheidssignaal${when ? ` van ${when}` : ''} (${c.origin.sheet} rij ${c.origin.row}); eerst afhandelen`,
        en: `networker gets no new pairing: open safety concern${when ? ` of ${when}` : ''} (${c.origin.sheet} row ${c.origin.row}); handle it first`,
      },
    });
  }

  const total = Math.round(suggestions.reduce((s, p) => s + p.score * 100, 0)) / 100;
  return {
    suggestions,
    unmatched,
    pairs,
    blocked,
    total,
    networkers: elig.networkers.map((n) => ({ id: n.client.id, capacity: n.capacity, active: n.activePairings, free: n.free })),
  };
}
