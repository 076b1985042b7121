/** The sample's words: names, interests, needs, begeleiders, the social map and contact templates. */
import { Rng } from './random';

export type Gender = 'man' | 'vrouw' | 'anders';

export const MALE_NAMES = [
  'Jan', 'Pieter', 'Kees', 'Henk', 'Ahmed', 'Mohamed', 'Daan', 'Sem', 'Lucas', 'Thijs',
  'Ruben', 'Bram', 'Gerrit', 'Wim', 'Joost', 'Mark', 'Stefan', 'Youssef', 'Kevin', 'Dennis',
  'Jeroen', 'Bas', 'Niels', 'Rik', 'Sander', 'Marco', 'Erik', 'Hans', 'Frank', 'Mehmet',
];
export const FEMALE_NAMES = [
  'Anouk', 'Sanne', 'Fleur', 'Lotte', 'Emma', 'Julia', 'Fatima', 'Ingrid', 'Marja', 'Els',
  'Annie', 'Petra', 'Linda', 'Monique', 'Esther', 'Yvonne', 'Ria', 'Wilma', 'Kim', 'Iris',
  'Naima', 'Sophie', 'Lisa', 'Eva', 'Noor', 'Demi', 'Sara', 'Marloes', 'Femke', 'Gerda',
];
export const NEUTRAL_NAMES = ['Robin', 'Sam', 'Alex', 'Charlie', 'Kai'];
export const SURNAMES = [
  'Bakker', 'Visser', 'Smit', 'Mulder', 'de Boer', 'Bos', 'Vos', 'Peters', 'Jansen', 'Dekker',
  'Kok', 'Meijer', 'de Wit', 'Hendriks', 'van Dijk', 'Yilmaz', 'El Amrani', 'Brouwer',
];
export const INITIALS = 'ABCDEGHJKLMNOPRSTVWYZ'.split('');

export const INTERESTS = [
  'koken', 'wandelen', 'muziek', 'tuinieren', 'fietsen', 'voetbal', 'gamen', 'knutselen',
  'lezen', 'dieren', 'film', 'zwemmen', 'schilderen', 'puzzelen', 'dansen', 'fotografie',
];
export const NEEDS = [
  'contacten leggen', 'boodschappen doen', 'samen sporten', 'dagstructuur', 'vervoer',
  'koken', 'digitale vaardigheden', 'samen uitgaan',
];
export const DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

/** Levels (1–5) per competence of SUPERVISOR_COMPETENCES, in its order; null where not assessed. */
export type Levels = [number | null, number | null, number | null, number | null, number | null];
export const SUPERVISORS: { name: string; location: string; trained: 'ja' | 'nee'; trainedOn: string | null; email: string; levels: Levels }[] = [
  { name: 'Sandra Jansen', location: 'De Linde', trained: 'ja', trainedOn: '2025-09-15', email: 's.jansen@example.org', levels: [4, 4, 3, 3, 5] },
  { name: 'Ruud de Graaf', location: 'De Linde', trained: 'nee', trainedOn: null, email: 'r.degraaf@example.org', levels: [2, 3, 2, null, 3] },
  { name: 'Mirjam Kuipers', location: 'Het Baken', trained: 'ja', trainedOn: '2025-09-15', email: 'm.kuipers@example.org', levels: [5, 4, 4, 3, 4] },
  { name: 'Hakan Öztürk', location: 'Het Baken', trained: 'ja', trainedOn: '2026-02-02', email: 'h.ozturk@example.org', levels: [3, 3, 4, 4, 3] },
  { name: 'Ilse van Leeuwen', location: 'Zonnehof', trained: 'ja', trainedOn: '2026-02-02', email: 'i.vanleeuwen@example.org', levels: [4, 5, 3, 4, 4] },
  { name: 'Tom Verbeek', location: 'Zonnehof', trained: 'nee', trainedOn: null, email: 't.verbeek@example.org', levels: [null, 2, 2, 2, 3] },
];

export const SOCIAL_MAP: [string, string, string, string, string][] = [
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
export const CONTACT_TEMPLATES: Record<string, string[]> = {
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
export const CONTACT_WOMEN = [
  'Anja', 'Truus', 'Ria', 'Kim', 'Mieke', 'Joyce', 'Els', 'Karin', 'Mirjam', 'Ilse', 'Marieke',
  'Hanneke', 'Saskia', 'Yasmina', 'Loes', 'Tineke', 'Nadia', 'Carla', 'Jolanda', 'Bianca', 'Wendy',
  'Miriam', 'Aysel',
];
export const CONTACT_MEN = [
  'Marco', 'Wim', 'Gerard', 'Dylan', 'Ronald', 'Gert', 'Ali', 'Joop', 'Rob', 'Peter', 'Bert',
  'Khalid', 'Dirk', 'Harm', 'Ben', 'Frits', 'Mo', 'Arjen', 'Cor', 'Stijn', 'Tarik', 'Leo',
];

export function fillTemplate(rng: Rng, template: string): string {
  if (template.includes('#v')) return template.replace('#v', rng.pick(CONTACT_WOMEN));
  if (template.includes('#m')) return template.replace('#m', rng.pick(CONTACT_MEN));
  return template.replace('#', rng.pick(rng.chance(0.5) ? CONTACT_WOMEN : CONTACT_MEN));
}
