import { SUPERVISOR_COMPETENCES } from '../../src/engine/settings';
import { inputSheetSpecs } from '../../src/engine/template';
import {
  sampleSheets,
  isoToSerial,
  SAMPLE_LOCATIONS,
  SAMPLE_MEASUREMENT_DATES,
  SAMPLE_SHEET_NAMES,
  SAMPLE_SECTORS,
} from '../../src/sample/generate';
import { Cell, SheetSpec, looksLikeFormula, FORBIDDEN_SHEET_NAME_CHARS, SHEET_NAME_MAX } from '../../src/engine/workbook';

type Row = Record<string, Cell>;

function sheet(sheets: SheetSpec[], name: string): SheetSpec {
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`missing sheet ${name}`);
  return found;
}

function records(spec: SheetSpec): Row[] {
  return spec.rows.map((row) => Object.fromEntries(spec.columns.map((c, i) => [c.header, row[i]])));
}

const LIST_SEP = /[;,/\n]/;
const splitList = (value: Cell): string[] =>
  typeof value === 'string' ? value.split(LIST_SEP).map((s) => s.trim()).filter(Boolean) : [];

const sheets = sampleSheets();
const clients = records(sheet(sheets, SAMPLE_SHEET_NAMES.clients));
const competences = records(sheet(sheets, SAMPLE_SHEET_NAMES.competences));
const contacts = records(sheet(sheets, SAMPLE_SHEET_NAMES.contacts));
const pairings = records(sheet(sheets, SAMPLE_SHEET_NAMES.pairings));
const exclusions = records(sheet(sheets, SAMPLE_SHEET_NAMES.exclusions));
const socialMap = records(sheet(sheets, SAMPLE_SHEET_NAMES.socialMap));
const supervisors = records(sheet(sheets, SAMPLE_SHEET_NAMES.supervisors));
const clientById = new Map(clients.map((c) => [c.ID as string, c]));
const [BASE, T0, T1] = SAMPLE_MEASUREMENT_DATES.map(isoToSerial);

describe('isoToSerial', () => {
  it('matches Excel serial numbers', () => {
    expect(isoToSerial('1900-03-01')).toBe(61);
    expect(isoToSerial('2026-03-01')).toBe(46082);
    expect(isoToSerial('2026-09-01')).toBe(46266);
  });
});

describe('sampleSheets: shape', () => {
  it('is deterministic', () => {
    expect(sampleSheets()).toEqual(sampleSheets());
    expect(JSON.stringify(sampleSheets())).toBe(JSON.stringify(sheets));
  });

  it('has the input sheets of workbook.md, without Instellingen, then two filled-in evaluation rounds', () => {
    expect(sheets.slice(9).map((s) => [s.name, s.role])).toEqual([
      ['Evaluatie 15-05-2026', 'output'],
      ['Evaluatie 15-08-2026', 'output'],
    ]);
    const inputs = sheets.slice(0, 9);
    expect(inputs.map((s) => s.name)).toEqual([
      'Cliënten',
      'Competenties',
      'Contacten',
      'Koppelingen',
      'Uitsluitingen',
      'Sociale kaart',
      'Begeleiders',
      'Veiligheidssignalen',
      'Eenzaamheid',
    ]);
    expect(sheets.some((s) => /instellingen/i.test(s.name))).toBe(false);
    for (const s of inputs) {
      expect(s.role).toBe('input');
      expect(s.name.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
      expect(FORBIDDEN_SHEET_NAME_CHARS.test(s.name)).toBe(false);
      // The template's sheet (one schema): its table name, headers, widths and dropdowns.
      const template = inputSheetSpecs('nl').find((t) => t.name === s.name)!;
      expect(s.table).toBe(template.table);
      expect(s.table).toMatch(/^[A-Za-z_][A-Za-z0-9_]+$/);
      expect(s.columns.map((c) => [c.header, c.width, c.kind])).toEqual(template.columns.map((c) => [c.header, c.width, c.kind]));
    }
    expect(new Set(inputs.map((s) => s.table)).size).toBe(inputs.length);
  });

  it('uses the exact Dutch headers', () => {
    const headers = (name: string) => sheet(sheets, name).columns.map((c) => c.header);
    expect(headers('Cliënten')).toEqual([
      'ID', 'Naam', 'Locatie', 'Rol', 'Capaciteit', 'Interesses', 'Hulpvraag', 'Beschikbaarheid',
      'Geboortejaar', 'Geslacht', 'Voorkeur geslacht', 'Begeleider', 'Actief', 'Toestemming koppelen',
    ]);
    expect(headers('Competenties')).toEqual(['Cliënt-ID', 'Competentie', 'Niveau', 'Datum', 'Beoordeeld door']);
    expect(headers('Contacten')).toEqual([
      'Cliënt-ID', 'Contact', 'Sector', 'Ring', 'Peildatum', 'Frequentie', 'Steun', 'Wederkerig', 'Kent',
    ]);
    expect(headers('Koppelingen')).toEqual(['Netwerker-ID', 'Cliënt-ID', 'Startdatum', 'Einddatum', 'Status', 'Reden einde']);
    expect(headers('Uitsluitingen')).toEqual(['Cliënt-ID A', 'Cliënt-ID B', 'Reden']);
    expect(headers('Sociale kaart')).toEqual(['Activiteit', 'Plaats', 'Interesses', 'Dagen', 'Contact']);
    expect(headers('Begeleiders')).toEqual(['Naam', 'Locatie', 'Getraind', 'Datum training', 'E-mail', ...SUPERVISOR_COMPETENCES]);
  });

  it('has rectangular rows whose cells fit the column kinds, with widths and dropdowns', () => {
    for (const s of sheets) {
      for (const c of s.columns) {
        expect(c.width).toBeGreaterThan(0);
        expect(['text', 'integer', 'date']).toContain(c.kind);
      }
      for (const row of s.rows) {
        expect(row).toHaveLength(s.columns.length);
        row.forEach((cell, i) => {
          const { kind, list, header } = s.columns[i];
          if (cell === null) return;
          if (kind === 'text') {
            expect(typeof cell).toBe('string');
            expect(looksLikeFormula(cell as string)).toBe(false);
          } else {
            expect(Number.isInteger(cell)).toBe(true);
          }
          if (list) expect({ header, ok: list.includes(String(cell)) }).toEqual({ header, ok: true });
        });
      }
    }
    const withList = sheets.flatMap((s) => s.columns.filter((c) => c.list).map((c) => c.header));
    for (const h of ['Rol', 'Actief', 'Sector', 'Ring', 'Status', 'Frequentie', 'Wederkerig']) expect(withList).toContain(h);
  });
});

describe('sampleSheets: clients', () => {
  it('has about 60 clients over 3 locations with unique IDs and names', () => {
    expect(clients.length).toBeGreaterThanOrEqual(55);
    expect(clients.length).toBeLessThanOrEqual(65);
    expect(new Set(clients.map((c) => c.ID)).size).toBe(clients.length);
    expect(new Set(clients.map((c) => c.Naam)).size).toBe(clients.length);
    expect(new Set(clients.map((c) => c.Locatie))).toEqual(new Set(SAMPLE_LOCATIONS));
    for (const loc of SAMPLE_LOCATIONS) {
      expect(clients.filter((c) => c.Locatie === loc).length).toBeGreaterThanOrEqual(15);
    }
    expect(clients.some((c) => c.ID === '00123')).toBe(true);
  });

  it('has the expected roles, capacities and attributes', () => {
    const count = (role: string) => clients.filter((c) => c.Rol === role).length;
    expect(count('netwerker')).toBe(12);
    expect(count('beide')).toBe(5);
    expect(count('deelnemer')).toBe(clients.length - 17);
    for (const c of clients) {
      if (c.Rol === 'deelnemer') expect(c.Capaciteit).toBeNull();
      else {
        expect(c.Capaciteit).toBeGreaterThanOrEqual(1);
        expect(c.Capaciteit).toBeLessThanOrEqual(3);
      }
      expect(c.Geboortejaar).toBeGreaterThanOrEqual(1950);
      expect(c.Geboortejaar).toBeLessThanOrEqual(2004);
      expect(['man', 'vrouw', 'anders']).toContain(c.Geslacht);
      expect(splitList(c.Beschikbaarheid).every((d) => ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'].includes(d))).toBe(true);
      expect(splitList(c.Interesses).length).toBeGreaterThan(0);
      if (c.Rol !== 'netwerker') expect(splitList(c.Hulpvraag).length).toBeGreaterThan(0);
    }
    expect(clients.filter((c) => c.Actief === 'nee').length).toBeGreaterThanOrEqual(2);
    expect(clients.filter((c) => c['Voorkeur geslacht'] !== null).length).toBeGreaterThanOrEqual(3);
  });

  it('has two begeleiders per location and every client has one of them at their location', () => {
    expect(supervisors).toHaveLength(6);
    for (const loc of SAMPLE_LOCATIONS) expect(supervisors.filter((s) => s.Locatie === loc)).toHaveLength(2);
    for (const s of supervisors) expect(s['E-mail']).toMatch(/^[a-z.]+@example\.org$/);
    const supervisorLocation = new Map(supervisors.map((s) => [s.Naam, s.Locatie]));
    for (const c of clients) expect(supervisorLocation.get(c.Begeleider as string)).toBe(c.Locatie);
  });
});

describe('sampleSheets: references', () => {
  it('refers only to existing clients', () => {
    for (const r of competences) expect(clientById.has(r['Cliënt-ID'] as string)).toBe(true);
    for (const r of contacts) expect(clientById.has(r['Cliënt-ID'] as string)).toBe(true);
    for (const r of pairings) {
      expect(clientById.has(r['Netwerker-ID'] as string)).toBe(true);
      expect(clientById.has(r['Cliënt-ID'] as string)).toBe(true);
    }
    for (const r of exclusions) {
      expect(clientById.has(r['Cliënt-ID A'] as string)).toBe(true);
      expect(clientById.has(r['Cliënt-ID B'] as string)).toBe(true);
    }
  });

  it('has competences for every netwerker and some deelnemers, with re-assessments', () => {
    const withCompetence = new Set(competences.map((r) => r['Cliënt-ID']));
    for (const c of clients) if (c.Rol !== 'deelnemer') expect(withCompetence.has(c.ID)).toBe(true);
    expect(clients.filter((c) => c.Rol === 'deelnemer' && withCompetence.has(c.ID)).length).toBeGreaterThanOrEqual(5);
    for (const r of competences) {
      expect(r.Niveau).toBeGreaterThanOrEqual(1);
      expect(r.Niveau).toBeLessThanOrEqual(5);
    }
    const keys = competences.map((r) => `${r['Cliënt-ID']}|${r.Competentie}`);
    expect(keys.length - new Set(keys).size).toBeGreaterThanOrEqual(3);
    // the same competence is never assessed twice on the same date
    const dated = competences.map((r) => `${r['Cliënt-ID']}|${r.Competentie}|${r.Datum}`);
    expect(new Set(dated).size).toBe(dated.length);
  });

  it('has a consistent pairing register within capacity', () => {
    expect(pairings.length).toBeGreaterThanOrEqual(8);
    expect(pairings.length).toBeLessThanOrEqual(12);
    const status = (s: string) => pairings.filter((p) => p.Status === s);
    expect(status('actief').length).toBeGreaterThanOrEqual(6);
    expect(status('beëindigd')).toHaveLength(2);
    expect(status('gepauzeerd')).toHaveLength(1);
    const load = new Map<string, number>();
    const pairs = new Set<string>();
    for (const p of pairings) {
      const n = clientById.get(p['Netwerker-ID'] as string)!;
      const c = clientById.get(p['Cliënt-ID'] as string)!;
      expect(n.ID).not.toBe(c.ID);
      expect(['netwerker', 'beide']).toContain(n.Rol);
      expect(['deelnemer', 'beide']).toContain(c.Rol);
      const key = [n.ID, c.ID].sort().join('|');
      expect(pairs.has(key)).toBe(false);
      pairs.add(key);
      if (p.Status === 'beëindigd') {
        expect(typeof p.Einddatum).toBe('number');
        expect(p.Einddatum as number).toBeGreaterThan(p.Startdatum as number);
        expect(typeof p['Reden einde']).toBe('string');
      } else {
        expect(p.Einddatum).toBeNull();
        expect(p['Reden einde']).toBeNull();
        load.set(n.ID as string, (load.get(n.ID as string) ?? 0) + 1);
      }
      if (p.Status === 'actief') {
        expect(p.Startdatum as number).toBeGreaterThanOrEqual(isoToSerial('2026-01-01'));
        expect(p.Startdatum as number).toBeLessThanOrEqual(isoToSerial('2026-12-31'));
      }
    }
    for (const [id, used] of load) expect(used).toBeLessThanOrEqual(clientById.get(id)!.Capaciteit as number);
    // at least one netwerker is at full capacity, and there is free capacity left for suggestions
    expect(Array.from(load).some(([id, used]) => used === clientById.get(id)!.Capaciteit)).toBe(true);
    // a client is in at most one running pairing
    const running = pairings.filter((p) => p.Status !== 'beëindigd').map((p) => p['Cliënt-ID']);
    expect(new Set(running).size).toBe(running.length);
  });

  it('has 3 exclusions with reasons, none of them in the register', () => {
    expect(exclusions).toHaveLength(3);
    const registered = new Set(pairings.map((p) => [p['Netwerker-ID'], p['Cliënt-ID']].sort().join('|')));
    for (const e of exclusions) {
      expect(e['Cliënt-ID A']).not.toBe(e['Cliënt-ID B']);
      expect(typeof e.Reden).toBe('string');
      expect(registered.has([e['Cliënt-ID A'], e['Cliënt-ID B']].sort().join('|'))).toBe(false);
    }
  });

  it('has a social map of about 12 activities at the locations', () => {
    expect(socialMap.length).toBeGreaterThanOrEqual(10);
    for (const loc of SAMPLE_LOCATIONS) expect(socialMap.some((a) => a.Plaats === loc)).toBe(true);
    for (const a of socialMap) {
      expect(splitList(a.Interesses).length).toBeGreaterThan(0);
      expect(splitList(a.Dagen).length).toBeGreaterThan(0);
    }
  });
});

describe('sampleSheets: network maps', () => {
  type Map_ = Map<string, Row[]>;
  const byClientDate = new Map<string, Map_>();
  for (const r of contacts) {
    const id = r['Cliënt-ID'] as string;
    if (!byClientDate.has(id)) byClientDate.set(id, new Map());
    const perDate = byClientDate.get(id)!;
    const key = String(r.Peildatum);
    if (!perDate.has(key)) perDate.set(key, []);
    perDate.get(key)!.push(r);
  }
  const mapAt = (id: string, serial: number) => byClientDate.get(id)?.get(String(serial)) ?? [];

  it('uses only the three measurement dates, the default sectors and rings 1–3', () => {
    for (const r of contacts) {
      expect([BASE, T0, T1]).toContain(r.Peildatum);
      expect(SAMPLE_SECTORS).toContain(r.Sector);
      expect([1, 2, 3]).toContain(r.Ring);
      expect(typeof r.Contact).toBe('string');
      expect(r.Contact as string).not.toMatch(LIST_SEP);
    }
  });

  it('gives most clients a map at both dates, 3–15 contacts, and a few very small networks', () => {
    const both = clients.filter((c) => mapAt(c.ID as string, T0).length > 0 && mapAt(c.ID as string, T1).length > 0);
    expect(both.length).toBeGreaterThanOrEqual(45);
    const sizesT0 = clients.map((c) => mapAt(c.ID as string, T0).length).filter((n) => n > 0);
    expect(Math.max(...sizesT0)).toBeLessThanOrEqual(15);
    const small = clients.filter((c) => c.Actief === 'ja' && mapAt(c.ID as string, T0).length <= 2 && mapAt(c.ID as string, T1).length <= 4);
    expect(small.length).toBeGreaterThanOrEqual(3);
    expect(small.length).toBeLessThanOrEqual(10);
    const regular = sizesT0.filter((n) => n >= 3).length;
    expect(regular).toBeGreaterThanOrEqual(45);
  });

  it('gives many clients a baseline map half a year before T0, no larger than their T0 map', () => {
    const withBase = clients.filter((c) => mapAt(c.ID as string, BASE).length > 0);
    expect(withBase.length).toBeGreaterThanOrEqual(20);
    for (const c of withBase) {
      const t0 = new Set(mapAt(c.ID as string, T0).map((r) => r.Contact));
      expect(t0.size).toBeGreaterThan(0);
      for (const r of mapAt(c.ID as string, BASE)) expect(t0.has(r.Contact)).toBe(true);
    }
    // Some grew between the baseline and T0, so the results show change over three dates.
    expect(withBase.some((c) => mapAt(c.ID as string, BASE).length < mapAt(c.ID as string, T0).length)).toBe(true);
  });

  it('has unique contact names per map', () => {
    for (const [, perDate] of byClientDate) {
      for (const [, rows] of perDate) {
        const names = rows.map((r) => r.Contact);
        expect(new Set(names).size).toBe(names.length);
      }
    }
  });

  it('has added, lost and kept contacts between the two dates (kept = same name and sector)', () => {
    let added = 0;
    let lost = 0;
    let kept = 0;
    for (const c of clients) {
      const before = mapAt(c.ID as string, T0);
      const after = mapAt(c.ID as string, T1);
      if (!before.length || !after.length) continue;
      const beforeNames = new Map(before.map((r) => [r.Contact, r.Sector]));
      const afterNames = new Map(after.map((r) => [r.Contact, r.Sector]));
      for (const [name, sector] of afterNames) {
        if (beforeNames.has(name)) {
          kept++;
          expect(beforeNames.get(name)).toBe(sector);
        } else added++;
      }
      for (const name of beforeNames.keys()) if (!afterNames.has(name)) lost++;
    }
    expect(kept).toBeGreaterThan(added + lost);
    expect(added).toBeGreaterThan(20);
    expect(lost).toBeGreaterThan(20);
  });

  it('has Kent ties that name other contacts of the same client at the same date', () => {
    const withTies = contacts.filter((r) => splitList(r.Kent).length > 0);
    expect(withTies.length).toBeGreaterThan(30);
    const clientsWithTies = new Set(withTies.map((r) => r['Cliënt-ID']));
    expect(clientsWithTies.size).toBeGreaterThanOrEqual(10);
    for (const r of withTies) {
      const names = new Set(mapAt(r['Cliënt-ID'] as string, r.Peildatum as number).map((x) => x.Contact));
      for (const known of splitList(r.Kent)) {
        expect(known).not.toBe(r.Contact);
        expect(names.has(known)).toBe(true);
      }
    }
  });

  it('shows running pairings in the T1 maps of both partners', () => {
    for (const p of pairings.filter((x) => x.Status !== 'beëindigd')) {
      const n = clientById.get(p['Netwerker-ID'] as string)!;
      const c = clientById.get(p['Cliënt-ID'] as string)!;
      expect(mapAt(c.ID as string, T1).some((r) => r.Contact === n.Naam && r.Sector === 'Medecliënten')).toBe(true);
      expect(mapAt(n.ID as string, T1).some((r) => r.Contact === c.Naam && r.Sector === 'Medecliënten')).toBe(true);
    }
  });
});
