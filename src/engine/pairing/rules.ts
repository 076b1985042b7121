/** Hard rules: a pair that breaks one is never suggested, and the rule is named. */
import { Bilingual } from '../i18n';
import { KringModel, Rule } from '../model';
import { PersonFeatures } from './features';
import { BlockRule } from './types';

export interface RuleContext {
  /** Pair rules from the register, exclusions and rejections: person → other person → rule. */
  pairRules: Map<string, Map<string, BlockRule>>;
  freeCapacity: Map<string, number>;
  /** Netwerkers (upper-case ID) with an open safety concern who get no new pairing. */
  unsafe: Set<string>;
  locationRule: Rule;
  availabilityRule: Rule;
}

const PAIR_RULE_ORDER: BlockRule[] = ['exclusion', 'ended-before', 'rejected-before', 'already-paired'];

export function ruleContext(model: KringModel, rejected: { networkerId: string; clientId: string }[], freeCapacity: Map<string, number>, unsafe: Set<string> = new Set()): RuleContext {
  const pairRules = new Map<string, Map<string, BlockRule>>();
  const add = (a: string, b: string, rule: BlockRule) => {
    for (const [x, y] of [[a, b], [b, a]]) {
      let m = pairRules.get(x);
      if (!m) pairRules.set(x, (m = new Map()));
      const prev = m.get(y);
      // The most serious rule wins, so the explanation names it.
      if (!prev || PAIR_RULE_ORDER.indexOf(rule) < PAIR_RULE_ORDER.indexOf(prev)) m.set(y, rule);
    }
  };
  for (const e of model.exclusions) add(e.a, e.b, 'exclusion');
  for (const p of model.pairings) add(p.networkerId, p.clientId, p.status === 'ended' ? 'ended-before' : 'already-paired');
  for (const r of rejected) add(r.networkerId, r.clientId, 'rejected-before');
  return { pairRules, freeCapacity, unsafe, locationRule: model.settings.locationRule, availabilityRule: model.settings.availabilityRule };
}

/** What the rules know of one netwerker, looked up once for all the clients it is paired against. */
export interface NetworkerRules {
  pairs: Map<string, BlockRule> | undefined;
  full: boolean;
  unsafe: boolean;
}

export function networkerRules(n: PersonFeatures, ctx: RuleContext): NetworkerRules {
  return { pairs: ctx.pairRules.get(n.client.id), full: (ctx.freeCapacity.get(n.client.id) ?? 0) <= 0, unsafe: ctx.unsafe.has(n.client.id.toUpperCase()) };
}

/** The first hard rule the pair breaks, or null when the pair is allowed. Fast: no strings built. */
export function blockingRule(n: PersonFeatures, c: PersonFeatures, ctx: RuleContext, nr: NetworkerRules = networkerRules(n, ctx)): BlockRule | null {
  if (n.client.id === c.client.id) return 'same-person';
  // Safety first: while a concern about the netwerker is open, no new pairing at all.
  if (nr.unsafe) return 'safety';
  const pair = nr.pairs?.get(c.client.id);
  if (pair) return pair;
  if (nr.full) return 'capacity';
  if (ctx.locationRule === 'required' && (!n.location || n.location !== c.location)) return 'location';
  if (ctx.availabilityRule === 'required' && (n.days & c.days) === 0) return 'availability';
  if (c.wants && n.gender !== c.wants) return 'gender';
  if (n.wants && c.gender !== n.wants) return 'gender';
  return null;
}

/** The rule in words, for this pair. */
export function ruleWhy(rule: BlockRule, n: PersonFeatures, c: PersonFeatures): Bilingual {
  switch (rule) {
    case 'same-person':
      return { nl: 'dezelfde persoon', en: 'the same person' };
    case 'safety':
      return { nl: `open veiligheidssignaal over netwerker ${n.client.id} (Veiligheidssignalen)`, en: `open safety concern about networker ${n.client.id} (Safety concerns)` };
    case 'exclusion':
      return { nl: 'uitgesloten (Uitsluitingen)', en: 'excluded (Exclusions)' };
    case 'ended-before':
      return { nl: 'eerder gekoppeld en beëindigd', en: 'paired before and ended' };
    case 'rejected-before':
      return { nl: 'eerder afgewezen', en: 'rejected before' };
    case 'already-paired':
      return { nl: 'al gekoppeld', en: 'already paired' };
    case 'capacity':
      return { nl: `netwerker ${n.client.id} heeft geen plek meer (capaciteit)`, en: `networker ${n.client.id} has no free place (capacity)` };
    case 'location':
      return { nl: 'andere locatie (locatie is verplicht)', en: 'different location (location is required)' };
    case 'availability':
      return { nl: 'geen gemeenschappelijke dag (beschikbaarheid is verplicht)', en: 'no common day (availability is required)' };
    case 'gender':
      return c.wants && n.gender !== c.wants
        ? { nl: `cliënt wil als netwerker: ${c.client.genderPreference}`, en: `client wants as networker: ${c.client.genderPreference}` }
        : { nl: `netwerker wil als deelnemer: ${n.client.genderPreference}`, en: `networker wants as participant: ${n.client.genderPreference}` };
  }
}
