/**
 * A whole organisation's workbook, seeded and deterministic: at 10,000 clients 40 locations,
 * 30,000 competence rows, 150,000 contact rows at two dates, 3,000 register rows, 500 exclusions
 * and 300 social-map rows (all scaled down proportionally for smaller sizes).
 */
import { Cell } from '../src/engine/workbook';
import { seededRandom as prng } from '../src/sample/random';


const SECTORS = ['Familie', 'Vrienden en kennissen', 'Buurt', 'Werk/school/dagbesteding', 'Hulpverlening', 'Medecliënten', 'Overig'];
const INTERESTS = ['koken', 'wandelen', 'muziek', 'tuinieren', 'voetbal', 'lezen', 'gamen', 'fietsen', 'knutselen', 'dieren', 'film', 'zwemmen'];
const NEEDS = ['contacten leggen', 'samen sporten', 'boodschappen doen', 'dagstructuur', 'vervoer', 'gesprek', 'samen koken', 'digitale hulp'];
const COMPETENCES = ['contact leggen', 'luisteren', 'plannen', 'koken', 'sporten begeleiden', 'vervoer regelen', 'digitale vaardigheden'];
const DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const FIRST = ['Anna', 'Bram', 'Cor', 'Daan', 'Eva', 'Fatima', 'Gerrit', 'Hanna', 'Ilse', 'Jan', 'Karim', 'Lotte', 'Mo', 'Noor', 'Omar', 'Pien', 'Rik', 'Sanne', 'Tim', 'Yara'];

export interface Organisation {
  sheets: Record<string, Cell[][]>;
  counts: Record<string, number>;
}

export function organisation(clients: number, seed = 11): Organisation {
  const rnd = prng(seed);
  const int = (a: number, b: number) => a + Math.floor(rnd() * (b - a + 1));
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const some = <T>(list: T[], n: number) => [...new Set(Array.from({ length: n }, () => pick(list)))];
  const scale = clients / 10_000;
  const locations = Array.from({ length: Math.max(3, Math.round(40 * scale)) }, (_, i) => `Locatie ${String(i + 1).padStart(2, '0')}`);
  const supervisors = locations.flatMap((l, i) => [`Begeleider ${i + 1}A`, `Begeleider ${i + 1}B`].map((name) => ({ name, location: l })));
  const ids = Array.from({ length: clients }, (_, i) => `K${String(i + 1).padStart(6, '0')}`);
  const networkerIds: string[] = [];
  const clientRows: Cell[][] = [['ID', 'Naam', 'Locatie', 'Rol', 'Capaciteit', 'Interesses', 'Hulpvraag', 'Beschikbaarheid', 'Geboortejaar', 'Geslacht', 'Begeleider', 'Actief']];
  const locationOf = new Map<string, string>();
  ids.forEach((id, i) => {
    const location = locations[i % locations.length];
    locationOf.set(id, location);
    const role = rnd() < 0.2 ? 'netwerker' : rnd() < 0.05 ? 'beide' : 'deelnemer';
    if (role !== 'deelnemer') networkerIds.push(id);
    const sup = supervisors[(i % locations.length) * 2 + (i % 2)];
    clientRows.push([
      id, `${pick(FIRST)} ${String.fromCharCode(65 + (i % 26))}.`, location, role, role === 'deelnemer' ? null : int(1, 3),
      some(INTERESTS, 3).join('; '), role === 'netwerker' ? null : some(NEEDS, 2).join('; '), some(DAYS, 3).join(' '),
      int(1950, 2004), rnd() < 0.5 ? 'man' : 'vrouw', sup.name, rnd() < 0.97 ? 'ja' : 'nee',
    ]);
  });
  const competenceRows: Cell[][] = [['Cliënt-ID', 'Competentie', 'Niveau', 'Datum']];
  for (let k = 0; k < Math.round(30_000 * scale); k++) competenceRows.push([ids[k % clients], COMPETENCES[(k * 7 + Math.floor(k / clients)) % COMPETENCES.length], int(1, 5), '2026-01-15']);
  const contactRows: Cell[][] = [['Cliënt-ID', 'Contact', 'Sector', 'Ring', 'Peildatum', 'Frequentie', 'Wederkerig', 'Kent']];
  const perDate = Math.round(150_000 * scale) / 2 / clients; // 7.5 at every size
  ids.forEach((id) => {
    const n = Math.max(1, Math.round(perDate + (rnd() - 0.5) * 6));
    const people = Array.from({ length: n }, (_, k) => ({ name: `${pick(FIRST)} ${k + 1}`, sector: pick(SECTORS), ring: int(1, 3) }));
    for (const [d, date] of ['2026-03-01', '2026-09-01'].entries()) {
      const list = d === 0 ? people : people.filter(() => rnd() < 0.9).concat(rnd() < 0.6 ? [{ name: `Nieuw ${id}`, sector: pick(SECTORS), ring: 3 }] : []);
      list.forEach((p, k) => contactRows.push([id, p.name, p.sector, p.ring, date, pick(['dagelijks', 'wekelijks', 'maandelijks', 'zelden']), rnd() < 0.5 ? 'ja' : 'nee', k > 0 && rnd() < 0.3 ? list[k - 1].name : null]));
    }
  });
  const registerRows: Cell[][] = [['Netwerker-ID', 'Cliënt-ID', 'Startdatum', 'Einddatum', 'Status', 'Reden einde']];
  const load = new Map<string, number>();
  const paired = new Set<string>();
  const participants = ids.filter((id) => !networkerIds.includes(id));
  for (let k = 0; registerRows.length <= Math.round(3_000 * scale) && k < participants.length * 3; k++) {
    const n = networkerIds[k % networkerIds.length];
    const c = participants[(k * 7919) % participants.length];
    if (paired.has(c) || (load.get(n) ?? 0) >= 1) continue;
    const ended = rnd() < 0.25;
    registerRows.push([n, c, `2026-0${int(1, 6)}-01`, ended ? '2026-08-01' : null, ended ? 'beëindigd' : 'actief', ended ? 'geen klik' : null]);
    if (!ended) {
      paired.add(c);
      load.set(n, (load.get(n) ?? 0) + 1);
    }
  }
  const exclusionRows: Cell[][] = [['Cliënt-ID A', 'Cliënt-ID B', 'Reden']];
  for (let k = 0; k < Math.round(500 * scale); k++) exclusionRows.push([ids[(k * 31) % clients], ids[(k * 31 + 17) % clients], 'conflict']);
  const mapRows: Cell[][] = [['Activiteit', 'Plaats', 'Interesses', 'Dagen', 'Contact']];
  for (let k = 0; k < Math.round(300 * scale); k++) mapRows.push([`Activiteit ${k + 1}`, locations[k % locations.length], some(INTERESTS, 2).join('; '), some(DAYS, 2).join(' '), `info${k}@example.org`]);
  const supervisorRows: Cell[][] = [['Naam', 'Locatie', 'Getraind', 'E-mail'], ...supervisors.map((s, i) => [s.name, s.location, i % 3 ? 'ja' : 'nee', `b${i}@example.org`])];
  const sheets = {
    'Cliënten': clientRows,
    Competenties: competenceRows,
    Contacten: contactRows,
    Koppelingen: registerRows,
    Uitsluitingen: exclusionRows,
    'Sociale kaart': mapRows,
    Begeleiders: supervisorRows,
  };
  return { sheets, counts: Object.fromEntries(Object.entries(sheets).map(([k, v]) => [k, v.length - 1])) };
}
