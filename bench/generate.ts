/** Seeded synthetic input of any size, for benchmarks: clients, competences and contacts at two dates. */
import { Cell } from '../src/engine/workbook';
import { seededRandom as prng } from '../src/sample/random';


const SECTORS = ['Familie', 'Vrienden en kennissen', 'Buurt', 'Werk/school/dagbesteding', 'Hulpverlening', 'Medecliënten', 'Overig'];
const INTERESTS = ['koken', 'wandelen', 'muziek', 'tuinieren', 'voetbal', 'lezen', 'gamen', 'fietsen', 'knutselen', 'dieren'];
const NEEDS = ['contacten leggen', 'samen sporten', 'boodschappen doen', 'dagstructuur', 'vervoer', 'gesprek'];
const COMPETENCES = ['contact leggen', 'luisteren', 'plannen', 'koken', 'sporten begeleiden', 'vervoer regelen'];
const DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

export interface GeneratedInput {
  sheets: Record<string, Cell[][]>;
  counts: Record<string, number>;
}

export function generateInput(clients: number, seed = 1, locationCount?: number, contactsPerClient?: number): GeneratedInput {
  const rnd = prng(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const some = <T>(list: T[], n: number) => Array.from(new Set(Array.from({ length: n }, () => pick(list))));
  const locations = Array.from({ length: locationCount ?? Math.max(5, Math.round(clients / 250)) }, (_, i) => `Locatie ${i + 1}`);
  const clientRows: Cell[][] = [['ID', 'Naam', 'Locatie', 'Rol', 'Capaciteit', 'Interesses', 'Hulpvraag', 'Beschikbaarheid', 'Geboortejaar', 'Actief']];
  const competenceRows: Cell[][] = [['Cliënt-ID', 'Competentie', 'Niveau', 'Datum']];
  const contactRows: Cell[][] = [['Cliënt-ID', 'Contact', 'Sector', 'Ring', 'Peildatum', 'Wederkerig']];
  for (let i = 1; i <= clients; i++) {
    const id = `K${String(i).padStart(6, '0')}`;
    const networker = rnd() < 0.2;
    clientRows.push([
      id, `Cliënt ${i}`, pick(locations), networker ? 'netwerker' : 'deelnemer', networker ? 1 + Math.floor(rnd() * 3) : null,
      some(INTERESTS, 3).join('; '), networker ? null : some(NEEDS, 2).join('; '), some(DAYS, 3).join(' '), 1950 + Math.floor(rnd() * 55), 'ja',
    ]);
    for (const c of some(COMPETENCES, 3)) competenceRows.push([id, c, 1 + Math.floor(rnd() * 5), '2026-01-15']);
    const size = contactsPerClient ?? 10 + Math.floor(rnd() * 10);
    for (let k = 0; k < size; k++) {
      const name = `Contact ${k + 1}`;
      const sector = pick(SECTORS);
      const ring = 1 + Math.floor(rnd() * 3);
      contactRows.push([id, name, sector, ring, '2026-03-01', rnd() < 0.5 ? 'ja' : 'nee']);
      if (contactsPerClient !== undefined || rnd() < 0.85) contactRows.push([id, name, sector, ring, '2026-09-01', rnd() < 0.5 ? 'ja' : 'nee']);
    }
  }
  return {
    sheets: { 'Cliënten': clientRows, Competenties: competenceRows, Contacten: contactRows },
    counts: { clients, competences: competenceRows.length - 1, contacts: contactRows.length - 1 },
  };
}
