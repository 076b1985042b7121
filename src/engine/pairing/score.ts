/** The score of a netwerker–client pair: six parts of 0..1, weighted to 0–100, each explained in words. */
import { DAY_WORDS } from '../dates';
import { Bilingual } from '../i18n';
import { DAYS, Settings } from '../model';
import { normKey } from '../read/normalize';
import { bitCount, PersonFeatures } from './features';
import { Parts, PART_KEYS } from './types';

const round2 = (x: number) => Math.round(x * 100) / 100;

const PARTS = new Float64Array(6);

/** Fills PARTS (needs, interests, location, availability, age, priority), each rounded to two decimals. */
function computeParts(n: PersonFeatures, c: PersonFeatures, settings: Settings): Float64Array {
  let needs = 0;
  if (c.needKeys.length) {
    let sum = 0;
    for (const keys of c.needKeys) {
      let best = 0;
      for (const key of keys) best = Math.max(best, n.skills.get(key) ?? 0);
      sum += best / 5;
    }
    needs = sum / c.needKeys.length;
  }
  let interests = 0;
  const fewest = Math.min(c.interestCount, n.interestCount);
  if (fewest > 0) {
    let shared = 0;
    for (const i of n.interests) if (c.interests.has(i)) shared++;
    interests = Math.min(1, shared / Math.min(fewest, 3));
  }
  PARTS[0] = round2(needs);
  PARTS[1] = round2(interests);
  PARTS[2] = !n.location || !c.location ? 0.5 : n.location === c.location ? 1 : 0;
  PARTS[3] = round2(!n.dayCount || !c.dayCount ? 0.5 : bitCount(n.days & c.days) / Math.min(n.dayCount, c.dayCount));
  PARTS[4] = round2(n.birthYear === null || c.birthYear === null ? 0.5 : Math.max(0, 1 - Math.abs(n.birthYear - c.birthYear) / 40));
  // A client to re-pair after a change goes first, as a client with no network at all would.
  PARTS[5] = c.repair ? 1 : round2(c.networkSize === null ? 0.5 : 1 / (1 + c.networkSize / Math.max(1, settings.smallNetwork)));
  return PARTS;
}

const weightCache = new WeakMap<Settings['weights'], number[]>();

function weightsOf(settings: Settings): number[] {
  const w = settings.weights;
  let ws = weightCache.get(w);
  if (!ws) weightCache.set(w, (ws = PART_KEYS.map((k) => w[k])));
  return ws;
}

function weighted(parts: ArrayLike<number>, settings: Settings): number {
  const ws = weightsOf(settings);
  let weight = 0;
  let sum = 0;
  for (let k = 0; k < 6; k++) {
    weight += ws[k];
    sum += ws[k] * parts[k];
  }
  return weight === 0 ? 0 : round2((100 * sum) / weight);
}

/** The six parts, rounded to two decimals so that the shown parts reproduce the score. */
export function scoreParts(n: PersonFeatures, c: PersonFeatures, settings: Settings): Parts {
  const p = computeParts(n, c, settings);
  return { needs: p[0], interests: p[1], location: p[2], availability: p[3], age: p[4], priority: p[5] };
}

/** The total 0–100 (two decimals) without building the parts object: the hot path. */
export function scoreValue(n: PersonFeatures, c: PersonFeatures, settings: Settings): number {
  return weighted(computeParts(n, c, settings), settings);
}

/** The weighted total of the parts, 0–100 with two decimals. */
export function totalScore(parts: Parts, settings: Settings): number {
  return weighted(PART_KEYS.map((k) => parts[k]), settings);
}

/** The parts in plain words, for the sheet and the task pane. */
export function explainPair(n: PersonFeatures, c: PersonFeatures, settings: Settings): Bilingual[] {
  const reasons: Bilingual[] = [];
  const nc = n.client;
  const cc = c.client;
  if (!cc.needs.length) reasons.push({ nl: 'geen hulpvraag ingevuld', en: 'no needs filled in' });
  cc.needs.forEach((need, i) => {
    let best: { key: string; level: number } | null = null;
    for (const key of c.needKeys[i]) {
      const level = n.skills.get(key) ?? 0;
      if (level && (!best || level > best.level)) best = { key, level };
    }
    if (best) {
      const name = n.skillNames.get(best.key) ?? best.key;
      reasons.push({ nl: `competentie '${name}' niveau ${best.level} dekt hulpvraag '${need}'`, en: `competence '${name}' level ${best.level} covers need '${need}'` });
    } else reasons.push({ nl: `hulpvraag '${need}' niet gedekt`, en: `need '${need}' not covered` });
  });
  const shared = cc.interests.filter((i) => n.interests.has(normKey(i)));
  if (shared.length) {
    reasons.push({
      nl: `deelt ${shared.length} ${shared.length === 1 ? 'interesse' : 'interesses'}: ${shared.join(', ')}`,
      en: `shares ${shared.length} ${shared.length === 1 ? 'interest' : 'interests'}: ${shared.join(', ')}`,
    });
  }
  if (n.location && c.location) {
    reasons.push(
      n.location === c.location
        ? { nl: `zelfde locatie (${cc.location})`, en: `same location (${cc.location})` }
        : { nl: `andere locatie (${nc.location} / ${cc.location})`, en: `different location (${nc.location} / ${cc.location})` },
    );
  }
  if (n.dayCount && c.dayCount) {
    const common = DAYS.filter((_, i) => (n.days & c.days & (1 << i)) !== 0);
    const days = (lang: 'nl' | 'en') => common.map((d) => DAY_WORDS[lang][d]).join(', ');
    reasons.push(common.length ? { nl: `allebei beschikbaar op ${days('nl')}`, en: `both available on ${days('en')}` } : { nl: 'geen gemeenschappelijke dag', en: 'no common day' });
  }
  if (n.birthYear !== null && c.birthYear !== null) {
    const diff = Math.abs(n.birthYear - c.birthYear);
    reasons.push({ nl: `leeftijdsverschil ${diff} jaar`, en: `age difference ${diff} years` });
  }
  if (c.repair) reasons.push(c.repair);
  else if (c.networkSize !== null && c.networkSize <= settings.smallNetwork) {
    reasons.push({ nl: `voorrang: klein netwerk (${c.networkSize} ${c.networkSize === 1 ? 'contact' : 'contacten'})`, en: `priority: small network (${c.networkSize} ${c.networkSize === 1 ? 'contact' : 'contacts'})` });
  }
  return reasons;
}

