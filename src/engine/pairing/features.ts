/** Per-person features computed once, so that scoring millions of pairs does no string work. */
import { Client, DAYS, KringModel } from '../model';
import { normKey } from '../read/normalize';
import { latestNetworkSizes } from '../networks/latest';
import { Bilingual } from '../i18n';
import { repairClients } from './repair';

export interface PersonFeatures {
  client: Client;
  index: number;
  /** For each need: the competence keys that cover it (its own name and mapped competences). */
  needKeys: string[][];
  interests: Set<string>;
  interestCount: number;
  location: string | null;
  /** Availability as a 7-bit mask (ma = bit 0). */
  days: number;
  dayCount: number;
  birthYear: number | null;
  /** Latest network size, or null when no map is known. */
  networkSize: number | null;
  /** Competence key → best level (networkers). */
  skills: Map<string, number>;
  /** Competence key → the name as written. */
  skillNames: Map<string, string>;
  /** Normalised gender ('m', 'v', or the text), and the gender this person wants the other to have. */
  gender: string | null;
  wants: string | null;
  /** Why this client goes first after a change (the last pairing ended asking for a new one), or null. */
  repair: Bilingual | null;
}

export const bitCount = (mask: number): number => {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
};

const GENDER_WORDS: Record<string, string> = {
  man: 'm', m: 'm', male: 'm', mannelijk: 'm', jongen: 'm', heer: 'm',
  vrouw: 'v', v: 'v', f: 'v', female: 'v', vrouwelijk: 'v', meisje: 'v', woman: 'v', dame: 'v',
};

function genderKey(text: string | null): string | null {
  if (!text) return null;
  const key = normKey(text);
  return key ? GENDER_WORDS[key] ?? key : null;
}

/** A preference counts only when it names a gender; "geen" / "maakt niet uit" mean none. */
function preferenceKey(text: string | null): string | null {
  const key = genderKey(text);
  if (!key || ['geen', 'none', 'maaktnietuit', 'nee', 'geenvoorkeur', 'nopreference', 'x', 'nvt'].includes(key)) return null;
  return key;
}

export function needMapOf(model: KringModel): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { need, competence } of model.settings.needMap) {
    const key = normKey(need);
    map.set(key, [...(map.get(key) ?? []), normKey(competence)]);
  }
  return map;
}

export function buildFeatures(model: KringModel): Map<string, PersonFeatures> {
  const needMap = needMapOf(model);
  const sizes = latestNetworkSizes(model.contacts);
  const skills = new Map<string, Map<string, number>>();
  const skillNames = new Map<string, Map<string, string>>();
  for (const c of model.competences) {
    let s = skills.get(c.clientId);
    if (!s) {
      skills.set(c.clientId, (s = new Map()));
      skillNames.set(c.clientId, new Map());
    }
    const key = normKey(c.competence);
    s.set(key, Math.max(s.get(key) ?? 0, c.level));
    skillNames.get(c.clientId)?.set(key, c.competence);
  }
  const repair = repairClients(model);
  const out = new Map<string, PersonFeatures>();
  model.clients.forEach((client, index) => {
    const days = client.availability.reduce((m, d) => m | (1 << DAYS.indexOf(d)), 0);
    out.set(client.id, {
      client,
      index,
      needKeys: client.needs.map((n) => [normKey(n), ...(needMap.get(normKey(n)) ?? [])]),
      interests: new Set(client.interests.map(normKey)),
      interestCount: client.interests.length,
      location: client.location ? normKey(client.location) : null,
      days,
      dayCount: bitCount(days),
      birthYear: client.birthYear,
      networkSize: sizes.get(client.id) ?? null,
      skills: skills.get(client.id) ?? new Map(),
      skillNames: skillNames.get(client.id) ?? new Map(),
      gender: genderKey(client.gender),
      wants: preferenceKey(client.genderPreference),
      repair: repair.get(client.id.toUpperCase()) ?? null,
    });
  });
  return out;
}
