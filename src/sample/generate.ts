/**
 * A realistic, deterministic Dutch sample workbook for Kring: the input sheets of
 * docs/workbook.md (Cliënten, Competenties, Contacten, Koppelingen,
 * Uitsluitingen, Sociale kaart, Begeleiders), filled with ~60 fictitious clients over
 * three locations.
 *
 * Plain TypeScript without any runtime dependency besides the workbook interface, so it runs
 * in the browser (playground, task pane "voorbeeldwerkmap") as well as in Node (CLI, tests).
 * All randomness comes from a seeded PRNG: every call returns exactly the same sheets.
 *
 * The Instellingen sheet is deliberately absent: Kring writes it with defaults.
 */
import { DEFAULT_SECTORS } from '../engine/schema';
import { SUPERVISOR_COMPETENCES } from '../engine/settings';
import type { Cell, ColumnSpec, SheetSpec } from '../engine/workbook';
import { seededRandom as mulberry32 } from './random';

// ---------------------------------------------------------------------------------------------
// Public constants (used by tests, the CLI and the playground)

export const SAMPLE_LOCATIONS = ['De Linde', 'Het Baken', 'Zonnehof'] as const;

/** The measurement dates (peildata) of the network maps, ISO: a baseline for the clients who were there, then T0 and T1. */
export const SAMPLE_MEASUREMENT_DATES = ['2025-09-01', '2026-03-01', '2026-09-01'] as const;
export const SAMPLE_BASELINE = SAMPLE_MEASUREMENT_DATES[0];
export const SAMPLE_T0 = SAMPLE_MEASUREMENT_DATES[1];
export const SAMPLE_T1 = SAMPLE_MEASUREMENT_DATES[2];

/** Sheet names of the sample, in the order they are written. */
export const SAMPLE_SHEET_NAMES = {
  clients: 'Cliënten',
  competences: 'Competenties',
  contacts: 'Contacten',
  pairings: 'Koppelingen',
  exclusions: 'Uitsluitingen',
  socialMap: 'Sociale kaart',
  supervisors: 'Begeleiders',
} as const;

/** The sample uses Kring's default sectors. */
export const SAMPLE_SECTORS: readonly string[] = DEFAULT_SECTORS;

export const SAMPLE_ROLES = ['netwerker', 'deelnemer', 'beide'] as const;
export const SAMPLE_STATUSES = ['actief', 'gepauzeerd', 'beëindigd'] as const;
export const SAMPLE_FREQUENCIES = ['dagelijks', 'wekelijks', 'maandelijks', 'zelden'] as const;
export const SAMPLE_SUPPORT = ['emotioneel', 'praktisch', 'informatief', 'gezelschap'] as const;
export const SAMPLE_COMPETENCES = [
  'contact leggen',
  'luisteren',
  'plannen',
  'koken',
  'sporten begeleiden',
  'vervoer regelen',
  'digitale vaardigheden',
] as const;

const YES_NO = ['ja', 'nee'];

/** Excel serial number (1900 date system) of an ISO date `yyyy-mm-dd`. */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 86400000) + 25569;
}

// ---------------------------------------------------------------------------------------------
// Seeded random numbers (./random)

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
  /** `count` distinct items, in the order of `items`. */
  sample<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set(this.shuffle(items.map((_, i) => i)).slice(0, count));
    return items.filter((_, i) => chosen.has(i));
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

type Gender = 'man' | 'vrouw' | 'anders';

const MALE_NAMES = [
  'Jan', 'Pieter', 'Kees', 'Henk', 'Ahmed', 'Mohamed', 'Daan', 'Sem', 'Lucas', 'Thijs',
  'Ruben', 'Bram', 'Gerrit', 'Wim', 'Joost', 'Mark', 'Stefan', 'Youssef', 'Kevin', 'Dennis',
  'Jeroen', 'Bas', 'Niels', 'Rik', 'Sander', 'Marco', 'Erik', 'Hans', 'Frank', 'Mehmet',
];
const FEMALE_NAMES = [
  'Anouk', 'Sanne', 'Fleur', 'Lotte', 'Emma', 'Julia', 'Fatima', 'Ingrid', 'Marja', 'Els',
  'Annie', 'Petra', 'Linda', 'Monique', 'Esther', 'Yvonne', 'Ria', 'Wilma', 'Kim', 'Iris',
  'Naima', 'Sophie', 'Lisa', 'Eva', 'Noor', 'Demi', 'Sara', 'Marloes', 'Femke', 'Gerda',
];
const NEUTRAL_NAMES = ['Robin', 'Sam', 'Alex', 'Charlie', 'Kai'];
const SURNAMES = [
  'Bakker', 'Visser', 'Smit', 'Mulder', 'de Boer', 'Bos', 'Vos', 'Peters', 'Jansen', 'Dekker',
  'Kok', 'Meijer', 'de Wit', 'Hendriks', 'van Dijk', 'Yilmaz', 'El Amrani', 'Brouwer',
];
const INITIALS = 'ABCDEGHJKLMNOPRSTVWYZ'.split('');

const INTERESTS = [
  'koken', 'wandelen', 'muziek', 'tuinieren', 'fietsen', 'voetbal', 'gamen', 'knutselen',
  'lezen', 'dieren', 'film', 'zwemmen', 'schilderen', 'puzzelen', 'dansen', 'fotografie',
];
const NEEDS = [
  'contacten leggen', 'boodschappen doen', 'samen sporten', 'dagstructuur', 'vervoer',
  'koken', 'digitale vaardigheden', 'samen uitgaan',
];
const DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

/** Levels (1–5) per competence of SUPERVISOR_COMPETENCES, in its order; null where not assessed. */
type Levels = [number | null, number | null, number | null, number | null, number | null];
const SUPERVISORS: { name: string; location: string; trained: 'ja' | 'nee'; trainedOn: string | null; email: string; levels: Levels }[] = [
  { name: 'Sandra Jansen', location: 'De Linde', trained: 'ja', trainedOn: '2025-09-15', email: 's.jansen@example.org', levels: [4, 4, 3, 3, 5] },
  { name: 'Ruud de Graaf', location: 'De Linde', trained: 'nee', trainedOn: null, email: 'r.degraaf@example.org', levels: [2, 3, 2, null, 3] },
  { name: 'Mirjam Kuipers', location: 'Het Baken', trained: 'ja', trainedOn: '2025-09-15', email: 'm.kuipers@example.org', levels: [5, 4, 4, 3, 4] },
  { name: 'Hakan Öztürk', location: 'Het Baken', trained: 'ja', trainedOn: '2026-02-02', email: 'h.ozturk@example.org', levels: [3, 3, 4, 4, 3] },
  { name: 'Ilse van Leeuwen', location: 'Zonnehof', trained: 'ja', trainedOn: '2026-02-02', email: 'i.vanleeuwen@example.org', levels: [4, 5, 3, 4, 4] },
  { name: 'Tom Verbeek', location: 'Zonnehof', trained: 'nee', trainedOn: null, email: 't.verbeek@example.org', levels: [null, 2, 2, 2, 3] },
];

const SOCIAL_MAP: [string, string, string, string, string][] = [
  ['Wandelgroep De Stap', 'De Linde', 'wandelen; natuur', 'di; do', 'destap@example.org'],
  ['Kookcafé Zonnehof', 'Zonnehof', 'koken; muziek', 'wo; vr', 'kookcafe@example.org'],
  ['Repair Café', 'Het Baken', 'knutselen; fietsen', 'za', 'repaircafe@example.org'],
  ['Buurtmoestuin', 'De Linde', 'tuinieren; koken', 'ma; wo; za', 'moestuin@example.org'],
  ['Zangkoor Vrolijke Noten', 'Het Baken', 'muziek; dansen', 'do', 'koor@example.org'],
  ['Fietsclub Zonnehof', 'Zonnehof', 'fietsen; wandelen', 'za; zo', 'fietsclub@example.org'],
  ['Schilderatelier De Linde', 'De Linde', 'schilderen; knutselen; fotografie', 'di', 'atelier@example.org'],
  ['Gameavond Het Baken', 'Het Baken', 'gamen; puzzelen', 'vr', 'gameavond@example.org'],
  ['Zwemuur Sportfondsenbad', 'Zonnehof', 'zwemmen', 'ma; do', 'zwemmen@example.org'],
  ['Walking football', 'Het Baken', 'voetbal; wandelen', 'wo', 'walkingfootball@example.org'],
  ['Leesclub Bibliotheek', 'De Linde', 'lezen; film', 'do', 'leesclub@example.org'],
  ['Kinderboerderij De Hoeve', 'Zonnehof', 'dieren; tuinieren', 'di; za', 'dehoeve@example.org'],
  ['Filmhuis-avond', 'Het Baken', 'film; muziek', 'zo', 'filmhuis@example.org'],
];

/**
 * Contact-name templates per sector. `#v` is replaced by a woman's first name, `#m` by a man's,
 * `#` by either. Names never contain list separators (`;`, `,`, `/`) so that Kent lists work.
 */
const CONTACT_TEMPLATES: Record<string, string[]> = {
  Familie: [
    'Moeder', 'Vader', 'Zus #v', 'Broer #m', 'Oma #v', 'Opa #m', 'Tante #v', 'Oom #m', 'Neef #m',
    'Nicht #v', 'Schoonzus #v', 'Stiefvader #m', 'Zus #v', 'Broer #m',
  ],
  'Vrienden en kennissen': ['#', '#', '#', 'Vriendin #v', 'Vriend #m', 'Kennis #'],
  Buurt: ['Buurvrouw #v', 'Buurman #m', 'Kapper #', 'Bakker #m', 'Winkelier #', 'Buurtconciërge #m'],
  'Werk/school/dagbesteding': ['Collega #', 'Jobcoach #', 'Docent #', 'Leidinggevende #', 'Groepsgenoot #'],
  Hulpverlening: [
    'Huisarts #', 'Psycholoog #', 'Wijkverpleegkundige #', 'Maatschappelijk werker #',
    'Bewindvoerder #', 'Fysiotherapeut #',
  ],
  Overig: ['Trainer #', 'Vrijwilliger #', 'Pastor #m', 'Maatje #', 'Koorlid #'],
};
const CONTACT_WOMEN = [
  'Anja', 'Truus', 'Ria', 'Kim', 'Mieke', 'Joyce', 'Els', 'Karin', 'Mirjam', 'Ilse', 'Marieke',
  'Hanneke', 'Saskia', 'Yasmina', 'Loes', 'Tineke', 'Nadia', 'Carla', 'Jolanda', 'Bianca', 'Wendy',
  'Miriam', 'Aysel',
];
const CONTACT_MEN = [
  'Marco', 'Wim', 'Gerard', 'Dylan', 'Ronald', 'Gert', 'Ali', 'Joop', 'Rob', 'Peter', 'Bert',
  'Khalid', 'Dirk', 'Harm', 'Ben', 'Frits', 'Mo', 'Arjen', 'Cor', 'Stijn', 'Tarik', 'Leo',
];

function fillTemplate(rng: Rng, template: string): string {
  if (template.includes('#v')) return template.replace('#v', rng.pick(CONTACT_WOMEN));
  if (template.includes('#m')) return template.replace('#m', rng.pick(CONTACT_MEN));
  return template.replace('#', rng.pick(rng.chance(0.5) ? CONTACT_WOMEN : CONTACT_MEN));
}

// ---------------------------------------------------------------------------------------------
// Model

interface Client {
  id: string;
  name: string;
  location: string;
  role: 'netwerker' | 'deelnemer' | 'beide';
  capacity: number | null;
  interests: string[];
  needs: string[];
  days: string[];
  birthYear: number;
  gender: Gender;
  genderPreference: Gender | null;
  supervisor: string;
  active: boolean;
}

interface Contact {
  name: string;
  sector: string;
  ring: number;
  frequency: string;
  support: string[];
  reciprocal: boolean;
  knows: string[];
}

interface Pairing {
  networker: string;
  client: string;
  start: string;
  end: string | null;
  status: 'actief' | 'gepauzeerd' | 'beëindigd';
  reason: string | null;
}

interface Sample {
  clients: Client[];
  competences: [string, string, number, string][];
  maps: Map<string, { baseline: Contact[] | null; t0: Contact[] | null; t1: Contact[] | null }>;
  pairings: Pairing[];
  exclusions: [string, string, string][];
}

const SEED = 20260301;

// ---------------------------------------------------------------------------------------------
// Clients

function makeClients(rng: Rng): Client[] {
  // 60 slots: 20 per location; per location 4 netwerkers, 2/2/1 beide, rest deelnemer.
  const slots: { location: string; role: Client['role'] }[] = [];
  const beide = [2, 2, 1];
  SAMPLE_LOCATIONS.forEach((location, li) => {
    for (let i = 0; i < 20; i++) {
      const role: Client['role'] = i < 4 ? 'netwerker' : i < 4 + beide[li] ? 'beide' : 'deelnemer';
      slots.push({ location, role });
    }
  });
  // The last client gets the ID 00123 (leading zeros kept as text); make it a deelnemer at Het Baken.
  const special = slots.findIndex((s) => s.location === 'Het Baken' && s.role === 'deelnemer');
  const specialSlot = slots.splice(special, 1)[0];
  const ordered = [...rng.shuffle(slots), specialSlot];

  const usedNames = new Set<string>();
  const usedFirst = new Set<string>();
  const clients: Client[] = ordered.map((slot, i) => {
    const genderRoll = rng.float();
    const gender: Gender = genderRoll < 0.47 ? 'man' : genderRoll < 0.95 ? 'vrouw' : 'anders';
    const pool = gender === 'man' ? MALE_NAMES : gender === 'vrouw' ? FEMALE_NAMES : NEUTRAL_NAMES;
    let name = '';
    for (let attempt = 0; attempt < 50; attempt++) {
      const first = rng.pick(pool);
      if (usedFirst.has(first) && attempt < 40) continue;
      const candidate = rng.chance(0.3) ? `${first} ${rng.pick(SURNAMES)}` : `${first} ${rng.pick(INITIALS)}.`;
      if (!usedNames.has(candidate)) {
        name = candidate;
        usedFirst.add(first);
        break;
      }
    }
    usedNames.add(name);

    const isNetworker = slot.role !== 'deelnemer';
    const isParticipant = slot.role !== 'netwerker';
    const supervisors = SUPERVISORS.filter((s) => s.location === slot.location);
    const birthYear = isNetworker ? rng.int(1955, 2000) : rng.int(1950, 2004);
    const needCount = isParticipant ? rng.int(1, 3) : 0;
    const needs = rng.sample(NEEDS, needCount);
    if (isParticipant && !needs.includes('contacten leggen') && rng.chance(0.45)) needs.unshift('contacten leggen');
    return {
      id: i === ordered.length - 1 ? '00123' : `C${String(i + 1).padStart(3, '0')}`,
      name,
      location: slot.location,
      role: slot.role,
      capacity: isNetworker ? rng.pick([1, 1, 2, 2, 2, 3]) : null,
      interests: rng.sample(INTERESTS, rng.int(1, 4)),
      needs,
      days: rng.sample(DAYS, rng.int(2, 5)),
      birthYear,
      gender,
      genderPreference: null,
      supervisor: rng.pick(supervisors).name,
      active: true,
    };
  });

  // A couple of inactive deelnemers.
  const participants = clients.filter((c) => c.role === 'deelnemer' && c.id !== '00123');
  participants[3].active = false;
  participants[17].active = false;
  // A few gender preferences (deelnemers; one netwerker).
  const withPreference = [participants[1], participants[8], participants[12], participants[25]];
  withPreference.forEach((c, k) => {
    c.genderPreference = k === 2 ? 'man' : 'vrouw';
  });
  const someNetworker = clients.find((c) => c.role === 'netwerker' && c.gender === 'vrouw');
  if (someNetworker) someNetworker.genderPreference = 'vrouw';
  return clients;
}

// ---------------------------------------------------------------------------------------------
// Competences (long form, with a few re-assessments where the latest date counts)

function makeCompetences(rng: Rng, clients: Client[]): Sample['competences'] {
  const rows: Sample['competences'] = [];
  const assessmentDates = ['2025-06-12', '2025-09-03', '2025-11-20', '2026-01-15', '2026-02-10'];
  let reassessed = 0;
  const participants = clients.filter((c) => c.role === 'deelnemer');
  // Some deelnemers have competences too: potential netwerkers (a few strong ones).
  const candidateIds = new Set(rng.sample(participants, 9).map((c) => c.id));
  const strongIds = new Set(Array.from(candidateIds).slice(0, 4));

  for (const client of clients) {
    const isNetworker = client.role !== 'deelnemer';
    if (!isNetworker && !candidateIds.has(client.id)) continue;
    const strong = isNetworker || strongIds.has(client.id);
    const count = isNetworker ? rng.int(2, 4) : rng.int(1, 3);
    let competences = rng.sample(SAMPLE_COMPETENCES, count);
    if (strong && !competences.includes('contact leggen') && rng.chance(0.6)) {
      competences = ['contact leggen', ...competences.slice(0, count - 1)];
    }
    for (const competence of competences) {
      const level = strong ? rng.int(3, 5) : rng.int(1, 3);
      const date = rng.pick(assessmentDates.slice(2));
      if (reassessed < 7 && rng.chance(0.25)) {
        // An older assessment with a different level; the latest one counts.
        reassessed++;
        const older = Math.max(1, Math.min(5, level + (reassessed % 3 === 0 ? 1 : -1)));
        rows.push([client.id, competence, older, rng.pick(assessmentDates.slice(0, 2))]);
      }
      rows.push([client.id, competence, level, date]);
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Exclusions and pairings

function overlaps(a: string[], b: string[]): boolean {
  return a.some((x) => b.includes(x));
}

function preferenceOk(a: Client, b: Client): boolean {
  return (!a.genderPreference || a.genderPreference === b.gender) && (!b.genderPreference || b.genderPreference === a.gender);
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function makeExclusions(rng: Rng, clients: Client[]): Sample['exclusions'] {
  const reasons = [
    'Conflict in het verleden',
    'Veiligheid: grensoverschrijdend gedrag gemeld',
    'Ex-partners, op verzoek van beiden',
  ];
  const out: Sample['exclusions'] = [];
  SAMPLE_LOCATIONS.forEach((location, li) => {
    const here = clients.filter((c) => c.location === location && c.active);
    const networkers = here.filter((c) => c.role !== 'deelnemer');
    const participants = here.filter((c) => c.role === 'deelnemer');
    const a = rng.pick(networkers);
    const b = li === 2 ? rng.pick(participants.filter((p) => p.gender !== a.gender)) : rng.pick(participants);
    out.push([a.id, b.id, reasons[li]]);
  });
  return out;
}

function makePairings(rng: Rng, clients: Client[], exclusions: Sample['exclusions']): Pairing[] {
  const excluded = new Set(exclusions.map(([a, b]) => pairKey(a, b)));
  const used = new Set<string>();
  const load = new Map<string, number>();
  const busyClients = new Set<string>();
  const pairings: Pairing[] = [];

  type Plan = { location: string; status: Pairing['status']; start: string; end?: string; reason?: string };
  const plan: Plan[] = [
    { location: 'De Linde', status: 'actief', start: '2026-01-12' },
    { location: 'De Linde', status: 'actief', start: '2026-02-02' },
    { location: 'De Linde', status: 'beëindigd', start: '2025-09-15', end: '2026-01-20', reason: 'Geen klik' },
    { location: 'De Linde', status: 'actief', start: '2026-03-16' },
    { location: 'Het Baken', status: 'actief', start: '2026-01-19' },
    { location: 'Het Baken', status: 'gepauzeerd', start: '2026-02-09' },
    { location: 'Het Baken', status: 'actief', start: '2026-04-06' },
    { location: 'Zonnehof', status: 'actief', start: '2026-02-23' },
    { location: 'Zonnehof', status: 'beëindigd', start: '2025-10-06', end: '2026-02-27', reason: 'Netwerker verhuisd naar andere locatie' },
    { location: 'Zonnehof', status: 'actief', start: '2026-03-09' },
  ];

  for (const step of plan) {
    const counts = step.status !== 'beëindigd';
    const here = clients.filter((c) => c.location === step.location && c.active);
    const networkers = here.filter((c) => c.role !== 'deelnemer');
    // The client with ID 00123 is paired first at its location (exercises the leading-zero ID).
    const participants = here
      .filter((c) => c.role !== 'netwerker')
      .sort((a, b) => (a.id === '00123' ? -1 : b.id === '00123' ? 1 : 0));
    const candidateClients = [participants[0], ...rng.shuffle(participants.slice(1))];
    let done = false;
    for (const n of networkers) {
      if (done) break;
      if (counts && (load.get(n.id) ?? 0) >= (n.capacity ?? 1)) continue;
      for (const c of candidateClients) {
        if (c.id === n.id) continue;
        if (excluded.has(pairKey(n.id, c.id)) || used.has(pairKey(n.id, c.id))) continue;
        if (counts && busyClients.has(c.id)) continue;
        if (!overlaps(n.days, c.days) || !preferenceOk(n, c)) continue;
        pairings.push({
          networker: n.id,
          client: c.id,
          start: step.start,
          end: step.end ?? null,
          status: step.status,
          reason: step.reason ?? null,
        });
        used.add(pairKey(n.id, c.id));
        if (counts) {
          load.set(n.id, (load.get(n.id) ?? 0) + 1);
          busyClients.add(c.id);
        }
        done = true;
        break;
      }
    }
  }
  return pairings;
}

// ---------------------------------------------------------------------------------------------
// Contacts (network maps at up to three measurement dates)

const RING_BY_SECTOR: Record<string, number[]> = {
  Familie: [1, 1, 1, 2, 2, 3],
  'Vrienden en kennissen': [1, 2, 2, 2, 3],
  Buurt: [2, 3, 3],
  'Werk/school/dagbesteding': [2, 2, 3],
  Hulpverlening: [2, 2, 3, 3],
  Medecliënten: [1, 2, 2, 3],
  Overig: [2, 3, 3],
};
const SECTOR_WEIGHTS: [string, number][] = [
  ['Familie', 30],
  ['Vrienden en kennissen', 14],
  ['Buurt', 10],
  ['Werk/school/dagbesteding', 10],
  ['Hulpverlening', 18],
  ['Medecliënten', 12],
  ['Overig', 6],
];

function pickSector(rng: Rng): string {
  const total = SECTOR_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let roll = rng.float() * total;
  for (const [sector, weight] of SECTOR_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return sector;
  }
  return 'Overig';
}

function frequencyFor(rng: Rng, ring: number): string {
  if (ring === 1) return rng.pick(['dagelijks', 'wekelijks', 'wekelijks']);
  if (ring === 2) return rng.pick(['wekelijks', 'maandelijks', 'maandelijks']);
  return rng.pick(['maandelijks', 'zelden', 'zelden']);
}

function supportFor(rng: Rng, sector: string): string[] {
  if (sector === 'Hulpverlening') return rng.sample(['praktisch', 'informatief', 'emotioneel'], rng.int(1, 2));
  if (sector === 'Buurt' || sector === 'Overig') return rng.sample(['praktisch', 'gezelschap'], rng.int(0, 1) + 1);
  return rng.sample(SAMPLE_SUPPORT, rng.int(1, 3));
}

function newContact(
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

function addTies(rng: Rng, contacts: Contact[]): void {
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
function baselineOf(rng: Rng, t0: Contact[]): Contact[] {
  const kept = t0.filter((c, i) => i < 2 || rng.chance(0.8));
  const names = new Set(kept.map((c) => c.name));
  return kept.map((c) => ({ ...c, knows: c.knows.filter((n) => names.has(n)) }));
}

function makeMaps(rng: Rng, clients: Client[], pairings: Pairing[]): Sample['maps'] {
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

// ---------------------------------------------------------------------------------------------
// Building the sheets

function buildSample(): Sample {
  const rng = new Rng(SEED);
  const clients = makeClients(rng);
  const competences = makeCompetences(rng, clients);
  const exclusions = makeExclusions(rng, clients);
  const pairings = makePairings(rng, clients, exclusions);
  const maps = makeMaps(rng, clients, pairings);
  return { clients, competences, maps, pairings, exclusions };
}

const list = (items: string[]): string => items.join('; ');
const orNull = <T>(value: T | null | undefined): T | null => (value === undefined ? null : value);

function col(header: string, kind: ColumnSpec['kind'], width: number, extra: Partial<ColumnSpec> = {}): ColumnSpec {
  return { header, kind, width, ...extra };
}

function inputSheet(name: string, table: string, columns: ColumnSpec[], rows: Cell[][]): SheetSpec {
  return { name, role: 'input', columns, rows, table, freezeHeader: true };
}

/** The sample workbook's input sheets, identical on every call. */
export function sampleSheets(): SheetSpec[] {
  const sample = buildSample();
  const sheets: SheetSpec[] = [];

  sheets.push(
    inputSheet(
      SAMPLE_SHEET_NAMES.clients,
      'tblClienten',
      [
        col('ID', 'text', 9),
        col('Naam', 'text', 20),
        col('Locatie', 'text', 13, { list: [...SAMPLE_LOCATIONS] }),
        col('Rol', 'text', 12, { list: [...SAMPLE_ROLES] }),
        col('Capaciteit', 'integer', 11),
        col('Interesses', 'text', 32),
        col('Hulpvraag', 'text', 40),
        col('Beschikbaarheid', 'text', 18),
        col('Geboortejaar', 'integer', 13),
        col('Geslacht', 'text', 10),
        col('Voorkeur geslacht', 'text', 12),
        col('Begeleider', 'text', 18),
        col('Actief', 'text', 8, { list: YES_NO }),
      ],
      sample.clients.map((c) => [
        c.id,
        c.name,
        c.location,
        c.role,
        orNull(c.capacity),
        list(c.interests),
        c.needs.length ? list(c.needs) : null,
        list(c.days),
        c.birthYear,
        c.gender,
        orNull(c.genderPreference),
        c.supervisor,
        c.active ? 'ja' : 'nee',
      ]),
    ),
  );

  sheets.push(
    inputSheet(
      SAMPLE_SHEET_NAMES.competences,
      'tblCompetenties',
      [
        col('Cliënt-ID', 'text', 10),
        col('Competentie', 'text', 22, { list: [...SAMPLE_COMPETENCES] }),
        col('Niveau', 'integer', 8, { list: ['1', '2', '3', '4', '5'] }),
        col('Datum', 'date', 12),
      ],
      sample.competences.map(([id, competence, level, date]) => [id, competence, level, isoToSerial(date)]),
    ),
  );

  const contactRows: Cell[][] = [];
  for (const client of sample.clients) {
    const map = sample.maps.get(client.id);
    if (!map) continue;
    for (const [date, contacts] of [
      [SAMPLE_BASELINE, map.baseline],
      [SAMPLE_T0, map.t0],
      [SAMPLE_T1, map.t1],
    ] as const) {
      for (const c of contacts ?? []) {
        contactRows.push([
          client.id,
          c.name,
          c.sector,
          c.ring,
          isoToSerial(date),
          c.frequency,
          c.support.length ? list(c.support) : null,
          c.reciprocal ? 'ja' : 'nee',
          c.knows.length ? list(c.knows) : null,
        ]);
      }
    }
  }
  sheets.push(
    inputSheet(
      SAMPLE_SHEET_NAMES.contacts,
      'tblContacten',
      [
        col('Cliënt-ID', 'text', 10),
        col('Contact', 'text', 24),
        col('Sector', 'text', 24, { list: [...SAMPLE_SECTORS] }),
        col('Ring', 'integer', 6, { list: ['1', '2', '3'], hint: '1 = heel dichtbij, 3 = verder weg' }),
        col('Peildatum', 'date', 12),
        col('Frequentie', 'text', 13, { list: [...SAMPLE_FREQUENCIES] }),
        col('Steun', 'text', 30),
        col('Wederkerig', 'text', 11, { list: YES_NO }),
        col('Kent', 'text', 40),
      ],
      contactRows,
    ),
  );

  sheets.push(
    inputSheet(
      SAMPLE_SHEET_NAMES.pairings,
      'tblKoppelingen',
      [
        col('Netwerker-ID', 'text', 13),
        col('Cliënt-ID', 'text', 10),
        col('Startdatum', 'date', 12),
        col('Einddatum', 'date', 12),
        col('Status', 'text', 12, { list: [...SAMPLE_STATUSES] }),
        col('Reden einde', 'text', 36),
      ],
      sample.pairings.map((p) => [
        p.networker,
        p.client,
        isoToSerial(p.start),
        p.end ? isoToSerial(p.end) : null,
        p.status,
        p.reason,
      ]),
    ),
  );

  sheets.push(
    inputSheet(
      SAMPLE_SHEET_NAMES.exclusions,
      'tblUitsluitingen',
      [col('Cliënt-ID A', 'text', 12), col('Cliënt-ID B', 'text', 12), col('Reden', 'text', 44)],
      sample.exclusions.map((row) => [...row]),
    ),
  );

  sheets.push(
    inputSheet(
      SAMPLE_SHEET_NAMES.socialMap,
      'tblSocialeKaart',
      [
        col('Activiteit', 'text', 28),
        col('Plaats', 'text', 13),
        col('Interesses', 'text', 30),
        col('Dagen', 'text', 12),
        col('Contact', 'text', 30),
      ],
      SOCIAL_MAP.map((row) => [...row]),
    ),
  );

  sheets.push(
    inputSheet(
      SAMPLE_SHEET_NAMES.supervisors,
      'tblBegeleiders',
      [
        col('Naam', 'text', 20),
        col('Locatie', 'text', 13, { list: [...SAMPLE_LOCATIONS] }),
        col('Getraind', 'text', 9, { list: YES_NO }),
        col('Datum training', 'date', 13),
        col('E-mail', 'text', 28),
        ...SUPERVISOR_COMPETENCES.map((c) => col(c, 'integer', 14, { list: ['1', '2', '3', '4', '5'] })),
      ],
      SUPERVISORS.map((s) => [s.name, s.location, s.trained, s.trainedOn ? isoToSerial(s.trainedOn) : null, s.email, ...s.levels]),
    ),
  );

  return sheets;
}
