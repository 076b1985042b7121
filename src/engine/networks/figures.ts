/** Figures of a network map (netwerkkaart) per client and date, and the change between two dates. */
import { Contact, Settings } from '../model';
import { normKey } from '../read/normalize';

export interface NetworkMap {
  clientId: string;
  /** ISO date, or null for the undated map. */
  date: string | null;
  contacts: Contact[];
}

export interface NetworkFigures {
  clientId: string;
  date: string | null;
  size: number;
  /** Count per configured sector (every sector present, zero included). */
  bySector: Record<string, number>;
  shareBySector: Record<string, number>;
  professional: number;
  professionalShare: number | null;
  /** Contacts that are neither professional nor fellow clients. */
  informal: number;
  informalShare: number | null;
  fellowClients: number;
  reciprocal: number;
  /** Undirected "Kent" ties among the contacts of this map. */
  ties: number;
  /** ties / (n·(n−1)/2); null when no ties are known on this map. */
  density: number | null;
}

export interface NetworkChange {
  clientId: string;
  from: string | null;
  to: string | null;
  added: number;
  lost: number;
  kept: number;
  sizeChange: number;
  /** kept / |union|; null when both maps are empty. */
  jaccard: number | null;
  addedNames: string[];
  lostNames: string[];
}

const PROFESSIONAL = new Set(['hulpverlening', 'professional', 'professionals', 'professionelehulp']);
const FELLOW = new Set(['medeclienten', 'medeclient', 'fellowclients', 'fellowclient']);

export const isProfessional = (sector: string) => PROFESSIONAL.has(normKey(sector));
export const isFellowClient = (sector: string) => FELLOW.has(normKey(sector));

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/** All maps: per client, per measurement date (oldest first; the undated map first). */
export function networkMaps(contacts: Contact[]): Map<string, NetworkMap[]> {
  const byClient = new Map<string, Map<string, NetworkMap>>();
  for (const c of contacts) {
    let dates = byClient.get(c.clientId);
    if (!dates) byClient.set(c.clientId, (dates = new Map()));
    const key = c.date ?? '';
    let map = dates.get(key);
    if (!map) dates.set(key, (map = { clientId: c.clientId, date: c.date, contacts: [] }));
    map.contacts.push(c);
  }
  const out = new Map<string, NetworkMap[]>();
  for (const [client, dates] of byClient) out.set(client, [...dates.values()].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')));
  return out;
}

/** The maps a Netwerkkaart shows: the latest two, or the given date and the one before it. */
export function chooseMaps(maps: readonly NetworkMap[], date: string | null): NetworkMap[] {
  if (!date) return maps.slice(-2);
  return maps.filter((m) => (m.date ?? '') <= date).slice(-2);
}

/**
 * The maps at exactly the given measurement dates (oldest first), at most two: the latest two of
 * them when more are given. Dates without a map are left out.
 */
export function mapsOn(maps: readonly NetworkMap[], dates: readonly string[]): NetworkMap[] {
  return maps.filter((m) => m.date !== null && dates.includes(m.date)).slice(-2);
}

/** Undirected ties between contacts of one map, from the "Kent" lists; each pair once. */
export function mapTies(map: NetworkMap): [number, number][] {
  const index = new Map(map.contacts.map((c, i) => [normKey(c.name), i]));
  const seen = new Set<string>();
  const ties: [number, number][] = [];
  map.contacts.forEach((c, i) => {
    for (const name of c.knows) {
      const j = index.get(normKey(name));
      if (j === undefined || j === i) continue;
      const key = i < j ? `${i}-${j}` : `${j}-${i}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ties.push(i < j ? [i, j] : [j, i]);
    }
  });
  return ties;
}

export function mapFigures(map: NetworkMap, settings: Settings): NetworkFigures {
  const size = map.contacts.length;
  const bySector: Record<string, number> = {};
  for (const s of settings.sectors) bySector[s] = 0;
  for (const c of map.contacts) bySector[c.sector] = (bySector[c.sector] ?? 0) + 1;
  const shareBySector: Record<string, number> = {};
  for (const [s, n] of Object.entries(bySector)) shareBySector[s] = size ? round(n / size) : 0;
  const professional = map.contacts.filter((c) => isProfessional(c.sector)).length;
  const fellowClients = map.contacts.filter((c) => isFellowClient(c.sector)).length;
  const informal = size - professional - fellowClients;
  const tiesKnown = map.contacts.some((c) => c.knows.length > 0);
  const ties = mapTies(map).length;
  const possible = (size * (size - 1)) / 2;
  return {
    clientId: map.clientId,
    date: map.date,
    size,
    bySector,
    shareBySector,
    professional,
    professionalShare: size ? round(professional / size) : null,
    informal,
    informalShare: size ? round(informal / size) : null,
    fellowClients,
    reciprocal: map.contacts.filter((c) => c.reciprocal === true).length,
    ties,
    density: tiesKnown && possible > 0 ? round(ties / possible) : null,
  };
}

/** A contact is the same person on both maps when name and sector match after normalising. */
const identity = (c: Contact) => `${normKey(c.name)}\u0000${normKey(c.sector)}`;

export function mapChange(from: NetworkMap, to: NetworkMap): NetworkChange {
  const before = new Map(from.contacts.map((c) => [identity(c), c]));
  const after = new Map(to.contacts.map((c) => [identity(c), c]));
  const kept = [...after.keys()].filter((k) => before.has(k)).length;
  const added = [...after.entries()].filter(([k]) => !before.has(k)).map(([, c]) => c.name);
  const lost = [...before.entries()].filter(([k]) => !after.has(k)).map(([, c]) => c.name);
  const union = before.size + after.size - kept;
  return {
    clientId: to.clientId,
    from: from.date,
    to: to.date,
    added: added.length,
    lost: lost.length,
    kept,
    sizeChange: to.contacts.length - from.contacts.length,
    jaccard: union ? round(kept / union) : null,
    addedNames: added,
    lostNames: lost,
  };
}
