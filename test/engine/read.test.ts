import { readWorkbook } from '../../src/engine/read';
import { Problem, problemLine } from '../../src/engine/problems';
import { CLIENT_HEADERS, sheet } from './helpers';

const TODAY = '2026-11-23';
const find = (problems: Problem[], row: number | null, column: string | null) =>
  problems.filter((p) => p.row === row && p.column === column);

describe('readWorkbook', () => {
  const good = [
    sheet('Cliënten', [
      CLIENT_HEADERS,
      ['C001', 'Anna B.', 'De Linde', 'netwerker', 2, 'koken; wandelen', null, 'ma wo', 1970, 'ja'],
      ['00123', 'Bram', 'De Linde', null, null, 'muziek', 'contacten leggen', 'Mon, Fri', '12-5-1990', null],
      ['C003', 'Cor', 'Het Baken', 'beide', null, null, null, null, null, 'nee'],
    ]),
  ];

  test('reads a clean Cliënten sheet with defaults', () => {
    const { model, problems } = readWorkbook(good, { today: TODAY });
    expect(problems).toEqual([]);
    expect(model.clients.map((c) => [c.id, c.role, c.capacity, c.active])).toEqual([
      ['C001', 'networker', 2, true],
      ['00123', 'participant', 0, true],
      ['C003', 'both', 1, false],
    ]);
    expect(model.clients[1].availability).toEqual(['ma', 'vr']);
    expect(model.clients[1].birthYear).toBe(1990);
    expect(model.clients[0].interests).toEqual(['koken', 'wandelen']);
  });

  test('matches sheet names and headers in English, any case, with accents and punctuation', () => {
    const { model, problems } = readWorkbook([
      sheet('CLIENTS', [['client id', 'NAME', 'role', 'Max. koppelingen'], ['x1', 'Ann', 'Networker', 3]]),
      sheet('Competences', [['Client-ID', 'Competence', 'Level'], ['X1', 'Luisteren', 4]]),
    ], { today: TODAY });
    expect(problems).toEqual([]);
    expect(model.clients[0]).toMatchObject({ id: 'x1', role: 'networker', capacity: 3 });
    expect(model.competences).toHaveLength(1);
    expect(model.competences[0].clientId).toBe('x1');
  });

  test('finds the header below a title line and keeps Excel row numbers of an offset range', () => {
    const { model, problems } = readWorkbook([
      sheet('Cliënten', [['Cliëntenlijst locatie De Linde'], [], ['ID', 'Naam', 'Rol'], ['C1', 'Ann', 'slimmerik']], 3, 2),
    ], { today: TODAY });
    expect(model.clients).toHaveLength(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', sheet: 'Cliënten', row: 6, column: 'Rol', address: 'E6' });
  });

  test('a missing required sheet is an error', () => {
    const { problems } = readWorkbook([sheet('Blad1', [['x']])], { today: TODAY });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', sheet: 'Cliënten', row: null, column: null });
    expect(problems[0].message.en).toMatch(/missing/);
  });

  test('a missing required column is an error on the header row', () => {
    const { problems } = readWorkbook([sheet('Cliënten', [[], ['Nummer', 'Locatie'], ['1', 'x']], 1)], { today: TODAY });
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', row: 2, column: 'Naam' })]);
  });

  test('a workbook full of mistakes reports each with sheet, row, column', () => {
    const sheets = [
      sheet('Cliënten', [
        CLIENT_HEADERS,
        ['C1', 'Ann', 'A', 'netwerker', 12, null, null, 'ma; soms', 1960, 'ja'],
        ['C1', 'Dubbel', 'A', null, null, null, null, null, null, null],
        [null, 'Zonder ID', null, null, null, null, null, null, null, null],
        ['C2', 'Bob', 'A', 'deelnemer', null, null, null, null, 3000, 'misschien'],
        ['C3', '#N/A', 'A', null, null, null, null, null, null, null],
        ['C4', null, 'A', null, null, null, null, null, null, null],
      ]),
      sheet('Competenties', [['Cliënt-ID', 'Competentie', 'Niveau', 'Datum'], ['C1', 'luisteren', 7, '1-1-2026'], ['C9', 'koken', 3, null], ['C1', 'koken', 3, '32-1-2026']]),
      sheet('Contacten', [
        ['Cliënt-ID', 'Contact', 'Sector', 'Ring', 'Peildatum', 'Kent'],
        ['C2', 'Moeder', 'Familie', 1, '2026-03-01', 'Zus'],
        ['C2', 'Buurman', 'Buren', 4, '2026-03-01', 'Moeder; Onbekend'],
        ['C2', 'Kapper', 'Winkel', 3, '2026-03-01', null],
        ['C7', 'Iemand', 'Familie', 1, null, null],
      ]),
      sheet('Koppelingen', [
        ['Netwerker-ID', 'Cliënt-ID', 'Startdatum', 'Einddatum', 'Status', 'Reden einde'],
        ['C1', 'C2', '2026-01-01', null, 'actief', null],
        ['C1', 'C1', '2026-01-01', null, 'actief', null],
        ['C1', 'C8', '2026-01-01', '2025-01-01', 'klaar', null],
      ]),
      sheet('Uitsluitingen', [['Cliënt-ID A', 'Cliënt-ID B', 'Reden'], ['C2', 'C99', 'conflict']]),
    ];
    const { problems } = readWorkbook(sheets, { today: TODAY });
    const lines = problems.map((p) => problemLine(p, 'nl'));
    // Clients
    expect(find(problems, 2, 'Capaciteit')[0].severity).toBe('error');
    expect(find(problems, 2, 'Beschikbaarheid')[0].severity).toBe('warning');
    expect(find(problems, 3, 'ID')[0].message.nl).toMatch(/rij 2/);
    expect(find(problems, 4, 'ID')[0].severity).toBe('error');
    expect(find(problems, 5, 'Geboortejaar')[0].severity).toBe('warning');
    expect(find(problems, 5, 'Actief')[0].severity).toBe('error');
    expect(find(problems, 6, 'Naam').map((p) => p.message.nl).join(' ')).toMatch(/#N\/A/);
    expect(find(problems, 7, 'Naam')[0].severity).toBe('error');
    // Competences: level out of range, unknown client, unreadable date
    expect(problems.filter((p) => p.sheet === 'Competenties').map((p) => [p.row, p.column, p.severity])).toEqual([
      [2, 'Niveau', 'error'],
      [4, 'Datum', 'error'],
      [3, 'Cliënt-ID', 'warning'],
    ]);
    // Contacts
    expect(find(problems, 3, 'Ring').filter((p) => p.sheet === 'Contacten')[0].severity).toBe('error');
    expect(find(problems, 4, 'Sector').filter((p) => p.sheet === 'Contacten')[0].message.nl).toMatch(/Winkel/);
    expect(find(problems, 2, 'Kent').filter((p) => p.sheet === 'Contacten')[0].message.nl).toMatch(/Zus/);
    expect(find(problems, 3, 'Kent').filter((p) => p.sheet === 'Contacten')[0].message.nl).toMatch(/Onbekend/);
    expect(find(problems, 5, 'Cliënt-ID').filter((p) => p.sheet === 'Contacten')[0].severity).toBe('warning');
    // Register
    const reg = problems.filter((p) => p.sheet === 'Koppelingen');
    expect(reg.map((p) => [p.row, p.column, p.severity])).toEqual(
      expect.arrayContaining([
        [3, 'Cliënt-ID', 'error'],
        [4, 'Cliënt-ID', 'error'],
        [4, 'Status', 'error'],
      ]),
    );
    expect(problems.filter((p) => p.sheet === 'Uitsluitingen')).toEqual([expect.objectContaining({ row: 2, column: 'Cliënt-ID B', severity: 'error' })]);
    // Every problem is located and explained in both languages
    for (const p of problems) {
      expect(p.message.nl.length).toBeGreaterThan(10);
      expect(p.message.en.length).toBeGreaterThan(10);
    }
    expect(lines[0]).toMatch(/^fout: /);
  });

  test('competences in wide form, latest date counts in long form', () => {
    const clients = sheet('Cliënten', [['ID', 'Naam'], ['A', 'Ann'], ['B', 'Bob']]);
    const wide = readWorkbook([clients, sheet('Competenties', [['Cliënt-ID', 'Naam', 'Luisteren', 'Koken'], ['A', 'Ann', 4, null], ['B', 'Bob', 2, 5]])], { today: TODAY });
    expect(wide.problems).toEqual([]);
    expect(wide.model.competences.map((c) => `${c.clientId}:${c.competence}:${c.level}`).sort()).toEqual(['A:Luisteren:4', 'B:Koken:5', 'B:Luisteren:2']);
    const long = readWorkbook([clients, sheet('Competenties', [['Cliënt-ID', 'Competentie', 'Niveau', 'Datum'], ['A', 'koken', 2, '2025-01-01'], ['A', 'Koken', 4, '2026-01-01'], ['A', 'koken', 1, null]])], { today: TODAY });
    expect(long.model.competences).toEqual([expect.objectContaining({ level: 4, date: '2026-01-01' })]);
  });

  test('contacts: sector synonyms, default ring, dates, ties, and a numeric ID matching 00123', () => {
    const { model, problems } = readWorkbook([
      sheet('Cliënten', [['ID', 'Naam'], ['00123', 'Ann']]),
      sheet('Contacten', [
        ['Client ID', 'Contact name', 'Relatie', 'Nabijheid', 'Datum', 'Wederkerig', 'Kent'],
        [123, 'Mam', 'family', 1, 46082, 'ja', 'Jan'],
        ['00123', 'Jan', 'buren', null, '1-3-2026', 'nee', 'Mam'],
      ]),
    ], { today: TODAY });
    expect(problems).toEqual([]);
    expect(model.contacts.map((c) => [c.clientId, c.sector, c.ring, c.date, c.knows])).toEqual([
      ['00123', 'Familie', 1, '2026-03-01', ['Jan']],
      ['00123', 'Buurt', 3, '2026-03-01', ['Mam']],
    ]);
  });

  test('settings sheet overrides defaults and reads the mapping table; bad values are errors', () => {
    const { model, problems } = readWorkbook([
      sheet('Cliënten', [['ID', 'Naam'], ['A', 'Ann']]),
      sheet('Instellingen', [
        ['Instelling', 'Waarde', 'Uitleg'],
        ['Gewicht hulpvraag', 50, null],
        ['Regel locatie', 'verplicht', null],
        ['Privacy op afdrukken', 'initialen', null],
        ['Regel beschikbaarheid', 'soms', null],
        [],
        ['Hulpvraag', 'Competentie'],
        ['eenzaamheid', 'luisteren'],
      ]),
    ], { today: TODAY });
    expect(model.settings.weights.needs).toBe(50);
    expect(model.settings.locationRule).toBe('required');
    expect(model.settings.privacy).toBe('initials');
    expect(model.settings.needMap).toEqual([{ need: 'eenzaamheid', competence: 'luisteren' }]);
    expect(problems).toEqual([expect.objectContaining({ sheet: 'Instellingen', row: 5, column: 'Waarde', severity: 'error', address: 'B5' })]);
  });

  test('register: status derived from the end date, paused and ended words', () => {
    const { model, problems } = readWorkbook([
      sheet('Cliënten', [['ID', 'Naam', 'Rol'], ['N', 'Net', 'netwerker'], ['A', 'Ann', null], ['B', 'Bob', null]]),
      sheet('Koppelingen', [
        ['Netwerker-ID', 'Cliënt-ID', 'Startdatum', 'Einddatum', 'Status'],
        ['N', 'A', '2026-01-01', '2026-06-01', null],
        ['N', 'B', '2026-01-01', null, 'gepauzeerd'],
        ['N', 'A', '2026-07-01', null, 'Beëindigd'],
      ]),
    ], { today: TODAY });
    expect(problems).toEqual([]);
    expect(model.pairings.map((p) => p.status)).toEqual(['ended', 'paused', 'ended']);
  });
});
