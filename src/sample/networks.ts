/** The sample's network maps: contacts per client at up to three measurement dates. */
import { SAMPLE_SUPPORT, SAMPLE_T1, SEED } from './constants';
import { CONTACT_TEMPLATES, fillTemplate } from './vocabulary';
import { Client, Contact, Pairing, Sample } from './model';
import { Rng } from './random';
// ---------------------------------------------------------------------------------------------
// Contacts (network maps at up to three measurement dates)

export const RING_BY_SECTOR: Record<string, number[]> = {
  Familie: [1, 1, 1, 2, 2, 3],
  'Vrienden en kennissen': [1, 2, 2, 2, 3],
  Buurt: [2, 3, 3],
  'Werk/school/dagbesteding': [2, 2, 3],
  Hulpverlening: [2, 2, 3, 3],
  Medecliënten: [1, 2, 2, 3],
  Overig: [2, 3, 3],
};
export const SECTOR_WEIGHTS: [string, number][] = [
  ['Familie', 30],
  ['Vrienden en kennissen', 14],
  ['Buurt', 10],
  ['Werk/school/dagbesteding', 10],
  ['Hulpverlening', 18],
  ['Medecliënten', 12],
  ['Overig', 6],
];

export function pickSector(rng: Rng): string {
  const total = SECTOR_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let roll = rng.float() * total;
  for (const [sector, weight] of SECTOR_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return sector;
  }
  return 'Overig';
}

export function frequencyFor(rng: Rng, ring: number): string {
  if (ring === 1) return rng.pick(['dagelijks', 'wekelijks', 'wekelijks']);
  if (ring === 2) return rng.pick(['wekelijks', 'maandelijks', 'maandelijks']);
  return rng.pick(['maandelijks', 'zelden', 'zelden']);
}

export function supportFor(rng: Rng, sector: string): string[] {
  if (sector === 'Hulpverlening') return rng.sample(['praktisch', 'informatief', 'emotioneel'], rng.int(1, 2));
  if (sector === 'Buurt' || sector === 'Overig') return rng.sample(['praktisch', 'gezelschap'], rng.int(0, 1) + 1);
  return rng.sample(SAMPLE_SUPPORT, rng.int(1, 3));
}

export function newContact(
  rng: Rng,
  client: Client,
  fellows: Client[],
  taken: Set<string>,
  forcedSector?: string,
): Contact | null {
  for (let attempt = 0; attempt < 30; attempt++) {
    const sector = forcedSector ?? pickSector(rng);
    let name: string;
    if (sector === 'Medecliënten') {
      const fellow = rng.pick(fellows);
      if (!fellow) continue;
      name = fellow.name;
    } else if (sector === 'Hulpverlening' && !taken.has(client.supervisor) && rng.chance(0.5)) {
      name = client.supervisor;
    } else {
      name = fillTemplate(rng, rng.pick(CONTACT_TEMPLATES[sector]));
    }
    if (taken.has(name)) continue;
    taken.add(name);
    const ring = rng.pick(RING_BY_SECTOR[sector]);
    return {
      name,
      sector,
      ring,
      frequency: frequencyFor(rng, ring),
      support: supportFor(rng, sector),
      reciprocal: sector === 'Hulpverlening' ? false : rng.chance(ring === 1 ? 0.85 : 0.55),
      knows: [],
    };
  }
  return null;
}

export function addTies(rng: Rng, contacts: Contact[]): void {
  // Family members know each other; some friends know each other or the family.
  const family = contacts.filter((c) => c.sector === 'Familie');
  const friends = contacts.filter((c) => c.sector === 'Vrienden en kennissen');
  const link = (a: Contact, b: Contact) => {
    if (a === b) return;
    if (!a.knows.includes(b.name)) a.knows.push(b.name);
    if (!b.knows.includes(a.name)) b.knows.push(a.name);
  };
  for (let i = 0; i < family.length; i++) {
    for (let j = i + 1; j < family.length; j++) if (rng.chance(0.75)) link(family[i], family[j]);
  }
  for (let i = 0; i < friends.length; i++) {
    for (let j = i + 1; j < friends.length; j++) if (rng.chance(0.5)) link(friends[i], friends[j]);
    if (family.length > 0 && rng.chance(0.3)) link(friends[i], rng.pick(family));
  }
}

/** The map half a year before T0: most of T0's contacts, a few not yet there, the ties among them. */
export function baselineOf(rng: Rng, t0: Contact[]): Contact[] {
  const kept = t0.filter((c, i) => i < 2 || rng.chance(0.8));
  const names = new Set(kept.map((c) => c.name));
  return kept.map((c) => ({ ...c, knows: c.knows.filter((n) => names.has(n)) }));
}

export function makeMaps(rng: Rng, clients: Client[], pairings: Pairing[]): Sample['maps'] {
  const maps: Sample['maps'] = new Map();
  const byId = new Map(clients.map((c) => [c.id, c]));
  // A handful of isolated clients with a very small network (0–2 contacts); one has no contacts at T0.
  const participants = clients.filter((c) => c.role === 'deelnemer' && c.active);
  const isolated = new Set(rng.sample(participants, 6).map((c) => c.id));
  isolated.add('00123');
  const empty = Array.from(isolated).find((id) => id !== '00123');
  // Two clients arrived recently (map only at T1); the inactive clients only have a map at T0.
  const newcomers = new Set(rng.sample(participants.filter((c) => !isolated.has(c.id)), 2).map((c) => c.id));
  // Active (or paused) pairings that started before T1: the partners appear in each other's T1 map.
  const pairedAtT1 = pairings.filter((p) => p.status !== 'beëindigd' && p.start < SAMPLE_T1);
  const withTies = new Set(rng.sample(clients, 34).map((c) => c.id));
  // Its own stream, so the baseline leaves every other figure of the sample as it was.
  const baselineRng = new Rng(SEED + 1);

  for (const client of clients) {
    const fellows = clients.filter((c) => c.location === client.location && c.id !== client.id);
    const taken = new Set<string>();
    let t0: Contact[] | null = [];
    const size = isolated.has(client.id) ? (client.id === empty ? 0 : rng.int(1, 2)) : rng.int(3, 15);
    // Most maps start with some family and one professional.
    if (size >= 3) {
      const first = newContact(rng, client, fellows, taken, 'Familie');
      if (first) t0.push(first);
      const help = newContact(rng, client, fellows, taken, 'Hulpverlening');
      if (help) t0.push(help);
    }
    while (t0.length < size) {
      const contact = newContact(rng, client, fellows, taken);
      if (contact) t0.push(contact);
    }
    if (withTies.has(client.id)) addTies(rng, t0);

    // T1: most kept (same name and sector), some lost, some added.
    let t1: Contact[] | null = [];
    const isSmall = isolated.has(client.id);
    for (const c of t0) {
      if (rng.chance(isSmall ? 0.9 : 0.82)) {
        const ring = rng.chance(0.12) ? Math.max(1, Math.min(3, c.ring + rng.pick([-1, 1]))) : c.ring;
        t1.push({ ...c, ring, frequency: ring === c.ring && rng.chance(0.8) ? c.frequency : frequencyFor(rng, ring), knows: [] });
      }
    }
    const additions = isSmall ? rng.int(0, 1) : rng.int(0, 3);
    for (let k = 0; k < additions && t1.length < 13; k++) {
      const contact = newContact(rng, client, fellows, taken);
      if (contact) t1.push(contact);
    }
    for (const p of pairedAtT1) {
      const partnerId = p.client === client.id ? p.networker : p.networker === client.id ? p.client : null;
      const partner = partnerId ? byId.get(partnerId) : undefined;
      if (!partner || t1.some((c) => c.name === partner.name)) continue;
      t1.push({
        name: partner.name,
        sector: 'Medecliënten',
        ring: 2,
        frequency: 'wekelijks',
        support: p.client === client.id ? ['gezelschap', 'praktisch'] : ['gezelschap'],
        reciprocal: true,
        knows: [],
      });
      if (p.client === client.id && rng.chance(0.7)) {
        // The pairing opened a door: someone met through a joint activity.
        const extra = newContact(rng, client, fellows, taken, rng.pick(['Overig', 'Vrienden en kennissen']));
        if (extra) t1.push(extra);
      }
    }
    // Ties at T1: the T0 ties between contacts that are still there, plus some new ones.
    const names1 = new Set(t1.map((c) => c.name));
    for (const c of t1) {
      const before = t0.find((x) => x.name === c.name);
      if (before) c.knows = before.knows.filter((n) => names1.has(n));
    }
    if (withTies.has(client.id)) {
      const fam = t1.filter((c) => c.sector === 'Familie' && c.knows.length === 0);
      for (let i = 1; i < fam.length; i++) {
        fam[i].knows.push(fam[0].name);
        fam[0].knows.push(fam[i].name);
      }
    }

    const baseline = !newcomers.has(client.id) && t0.length > 0 && baselineRng.chance(0.6) ? baselineOf(baselineRng, t0) : null;
    if (newcomers.has(client.id)) t0 = null;
    if (!client.active) t1 = null;
    maps.set(client.id, { baseline, t0, t1 });
  }
  return maps;
}
