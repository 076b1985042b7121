/**
 * The bad-input corpus: one case per kind of mistake people really make in a Kring workbook,
 * each with the exact problems it must give (severity, sheet, Excel row, column header) and,
 * where it matters, what the model must hold.
 */
import { KringModel } from '../../src/engine/model';
import { E, err, Expected, f, Input, SheetBuild, W } from './build';

export interface CorpusCase {
  id: string;
  /** The mistake, in words. */
  title: string;
  sheets: SheetBuild[];
  expect: Expected[];
  model?: (m: KringModel) => void;
  /** Why the test host cannot run this case (xlsx only). */
  xlsxOnly?: string;
  /** What the test host cannot express; it still runs the case with the same values. */
  hostNote?: string;
}

const CL = 'Cliënten';
const CO = 'Contacten';
const KO = 'Koppelingen';
const UI = 'Uitsluitingen';
const CP = 'Competenties';

const HEAD = ['ID', 'Naam', 'Rol', 'Capaciteit'];
const BASE: Input[][] = [HEAD, ['C1', 'Ann', 'netwerker', 2], ['C2', 'Bob', 'deelnemer', null], ['C3', 'Cor', 'beide', 1]];
const clients = (rows: Input[][] = BASE, more: Partial<SheetBuild> = {}): SheetBuild => ({ name: CL, rows, ...more });
const sheet = (name: string, rows: Input[][], more: Partial<SheetBuild> = {}): SheetBuild => ({ name, rows, ...more });

const CONTACT_HEAD = ['Cliënt-ID', 'Contact', 'Sector', 'Ring', 'Peildatum', 'Kent'];
const PAIR_HEAD = ['Netwerker-ID', 'Cliënt-ID', 'Startdatum', 'Einddatum', 'Status', 'Reden einde'];

const LONG = 'x'.repeat(32767);

/** One client row per value of a column, for the "one column, many spellings" cases. */
function column(header: string, values: Input[]): Input[][] {
  return [['ID', 'Naam', header], ...values.map((v, i) => [`C${i + 1}`, `Naam ${i + 1}`, v])];
}

export const CASES: CorpusCase[] = [
  // --- where the table is -------------------------------------------------------------------
  {
    id: 'title-above-headers',
    title: 'Headers on row 3 with a title in row 1 and an empty row 2',
    sheets: [clients([['Cliëntenlijst De Linde 2026'], [], ...BASE])],
    expect: [],
    model: (m) => expect(m.clients.map((c) => [c.id, c.origin.row])).toEqual([['C1', 4], ['C2', 5], ['C3', 6]]),
  },
  {
    id: 'table-not-at-a1',
    title: 'An Excel table starting at C5',
    sheets: [clients(BASE, { at: 'C5', table: 'tblClienten' })],
    expect: [],
    model: (m) => expect(m.clients.map((c) => c.origin.row)).toEqual([6, 7, 8]),
  },
  {
    id: 'merged-title',
    title: 'A title merged across A1:D1 above the headers',
    sheets: [clients([['Overzicht cliënten', null, null, null], ...BASE], { merges: ['A1:D1'] })],
    hostNote: 'merged cells are not simulated; the host holds the same values',
    expect: [],
    model: (m) => expect(m.clients).toHaveLength(3),
  },
  {
    id: 'two-row-header-merged-groups',
    title: 'Two header rows: merged group headers above the real ones',
    sheets: [clients([['Persoon', null, 'Koppelen', null], ...BASE], { merges: ['A1:B1', 'C1:D1'] })],
    hostNote: 'merged cells are not simulated; the host holds the same values',
    expect: [],
    model: (m) => expect(m.clients.map((c) => c.capacity)).toEqual([2, 0, 1]),
  },
  {
    id: 'merged-header-over-two-columns',
    title: '"Naam" merged over two columns holding first and last name',
    sheets: [clients([['ID', 'Naam', null, 'Rol'], ['C1', 'Ann', 'de Vries', 'netwerker'], ['C2', 'Bob', 'Jansen', null]], { merges: ['B1:C1'] })],
    hostNote: 'merged cells are not simulated; the host holds the same values',
    expect: [W(CL, 1, 'C')],
    model: (m) => expect(m.clients.map((c) => c.name)).toEqual(['Ann', 'Bob']),
  },
  {
    id: 'duplicate-headers',
    title: 'The header "Naam" twice',
    sheets: [clients([['ID', 'Naam', 'Naam', 'Rol'], ['C1', 'Ann', 'Anna', 'netwerker']])],
    expect: [W(CL, 1, 'Naam')],
    model: (m) => expect(m.clients[0].name).toBe('Ann'),
  },
  {
    id: 'hidden-rows',
    title: 'Rows 3 and 4 hidden (Kring reads hidden rows like any other)',
    sheets: [clients(BASE, { hiddenRows: [3, 4] })],
    hostNote: 'hidden rows are not simulated; the host holds the same values',
    expect: [],
    model: (m) => expect(m.clients).toHaveLength(3),
  },
  {
    id: 'autofilter-on',
    title: 'An autofilter on the range with rows filtered away',
    sheets: [clients(BASE, { autoFilter: 'A1:D4', hiddenRows: [2] })],
    hostNote: 'filters are not simulated; the host holds the same values',
    expect: [],
    model: (m) => expect(m.clients).toHaveLength(3),
  },
  {
    id: 'rows-typed-below-table',
    title: 'Rows typed under an Excel table that did not grow with them',
    sheets: [clients([...BASE.slice(0, 3)], { table: 'tblClienten', extra: { A4: 'C3', B4: 'Cor', A5: 'C4', B5: 'Dirk' } })],
    hostNote: 'on the host the rows below are typed in after the table was made',
    expect: [],
    model: (m) => expect(m.clients.map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C4']),
  },
  {
    id: 'blank-and-space-rows',
    title: 'An empty row and a row of spaces between the clients',
    sheets: [clients([HEAD, ['C1', 'Ann', null, null], [], [' ', '\u00a0', null, null], ['C2', 'Bob', null, null]])],
    expect: [],
    model: (m) => expect(m.clients.map((c) => c.origin.row)).toEqual([2, 5]),
  },
  {
    id: 'data-without-header',
    title: 'Data in a column that has no header',
    sheets: [clients([['ID', 'Naam', null], ['C1', 'Ann', 'notitie'], ['C2', 'Bob', null]])],
    expect: [W(CL, 1, 'C')],
  },
  // --- totals -------------------------------------------------------------------------------
  {
    id: 'totals-row-labelled',
    title: 'A totals row "Totaal" with a SUM formula at the bottom',
    sheets: [clients([...BASE, ['Totaal', null, null, f('SUM(D2:D4)', 3)]])],
    expect: [W(CL, 5, 'ID')],
    model: (m) => expect(m.clients.map((c) => c.id)).toEqual(['C1', 'C2', 'C3']),
  },
  {
    id: 'totals-row-label-in-name',
    title: 'A totals row with "Totaal:" in the name column',
    sheets: [clients([...BASE, [null, 'Totaal:', null, f('SUM(D2:D4)', 3)]])],
    expect: [W(CL, 5, 'Naam')],
    model: (m) => expect(m.clients).toHaveLength(3),
  },
  {
    id: 'totals-row-unlabelled',
    title: 'A SUM under the capacity column, without a label or ID',
    sheets: [clients([...BASE, [null, null, null, f('SUM(D2:D4)', 3)]])],
    expect: [W(CL, 5, 'ID')],
    model: (m) => expect(m.clients).toHaveLength(3),
  },
  // --- IDs and text -------------------------------------------------------------------------
  {
    id: 'ids-numbers-and-text',
    title: 'IDs as numbers and as text mixed, referenced the other way round',
    sheets: [
      clients([HEAD, [1, 'Ann', 'netwerker', 2], ['002', 'Bob', null, null], [3, 'Cor', 'beide', 1]], { numFmt: { A: '000' } }),
      sheet(KO, [PAIR_HEAD, ['1', 2, '2026-01-05', null, 'actief', null]]),
      sheet(CO, [CONTACT_HEAD, ['003', 'Moeder', 'Familie', 1, null, null]]),
    ],
    expect: [],
    model: (m) => {
      expect(m.clients.map((c) => c.id)).toEqual(['1', '002', '3']);
      expect(m.pairings.map((p) => [p.networkerId, p.clientId])).toEqual([['1', '002']]);
      expect(m.contacts.map((c) => c.clientId)).toEqual(['3']);
    },
  },
  {
    id: 'ids-leading-zeros-by-format',
    title: 'IDs typed as numbers shown as 00123 by a number format; references typed as 00123',
    sheets: [clients([['ID', 'Naam'], [123, 'Ann'], [124, 'Bob']], { numFmt: { A: '00000' } }), sheet(UI, [['Cliënt-ID A', 'Cliënt-ID B'], ['00123', '00124']])],
    expect: [],
    model: (m) => expect(m.exclusions.map((x) => [x.a, x.b])).toEqual([['123', '124']]),
  },
  {
    id: 'duplicate-ids-case-space',
    title: 'The same ID twice, once as "C1" and once as "c 1"',
    sheets: [clients([['ID', 'Naam'], ['C1', 'Ann'], ['c 1', 'Anna']])],
    expect: [E(CL, 3, 'ID')],
  },
  {
    id: 'trailing-spaces',
    title: 'Trailing spaces in IDs, names, headers and references',
    sheets: [clients([['ID ', ' Naam', 'Rol  '], ['C1 ', ' Ann ', 'netwerker '], ['C2', 'Bob', null]]), sheet(KO, [PAIR_HEAD, [' C1', 'C2  ', null, null, 'actief ', null]])],
    expect: [],
    model: (m) => {
      expect(m.clients.map((c) => [c.id, c.name, c.role])).toEqual([['C1', 'Ann', 'networker'], ['C2', 'Bob', 'participant']]);
      expect(m.pairings.map((p) => [p.networkerId, p.clientId, p.status])).toEqual([['C1', 'C2', 'active']]);
    },
  },
  {
    id: 'non-breaking-spaces',
    title: 'Non-breaking and zero-width spaces from copy-paste',
    sheets: [
      clients([['ID', 'Naam\u00a0', 'Rol'], ['C1\u00a0', 'Ann\u200b', '\u00a0netwerker'], ['C2', 'Bob', 'deelnemer']]),
      sheet(CO, [CONTACT_HEAD, ['C1\u00a0', 'Moeder', 'Familie\u00a0', '1\u00a0', null, null]]),
    ],
    expect: [],
    model: (m) => {
      expect(m.clients.map((c) => [c.id, c.name, c.role])).toEqual([['C1', 'Ann', 'networker'], ['C2', 'Bob', 'participant']]);
      expect(m.contacts.map((c) => [c.clientId, c.sector, c.ring])).toEqual([['C1', 'Familie', 1]]);
    },
  },
  {
    id: 'header-with-line-break',
    title: 'Headers with a line break and a hyphen ("Geboorte-\\njaar", "Cliënt ID")',
    sheets: [clients([['Cliënt ID', 'Naam', 'Geboorte-\njaar'], ['C1', 'Ann', 1980]])],
    expect: [],
    model: (m) => expect(m.clients[0].birthYear).toBe(1980),
  },
  {
    id: 'long-cell',
    title: 'A 32,767-character cell as a name and as a capacity',
    sheets: [clients([HEAD, ['C1', LONG, 'netwerker', 1], ['C2', 'Bob', 'netwerker', LONG]])],
    expect: [E(CL, 3, 'Capaciteit')],
    model: (m) => expect(m.clients[0].name).toHaveLength(32767),
  },
  {
    id: 'emoji-and-rtl',
    title: 'Emoji and right-to-left text in names and contacts',
    sheets: [
      clients([['ID', 'Naam'], ['C1', 'Ann 😀'], ['C2', 'محمد العلي'], ['C3', 'שרה כהן 👩🏽‍🦱']]),
      sheet(CO, [CONTACT_HEAD, ['C2', 'أم 👵', 'Familie', 1, null, 'أب'], ['C2', 'أب', 'Familie', 1, null, null]]),
    ],
    expect: [],
    model: (m) => {
      expect(m.clients.map((c) => c.name)).toEqual(['Ann 😀', 'محمد العلي', 'שרה כהן 👩🏽‍🦱']);
      expect(m.contacts[0].knows).toEqual(['أب']);
    },
  },
  // --- values -------------------------------------------------------------------------------
  {
    id: 'error-values',
    title: '#N/A and #REF! in input cells (a broken VLOOKUP)',
    sheets: [
      clients([['ID', 'Naam', 'Locatie'], ['C1', err('#N/A'), 'A'], ['C2', 'Bob', err('#REF!')]]),
      sheet(KO, [PAIR_HEAD, [err('#N/A'), 'C2', null, null, null, null]]),
    ],
    expect: [E(CL, 2, 'Naam'), E(KO, 2, 'Netwerker-ID'), W(CL, 3, 'Locatie')],
  },
  {
    id: 'formulas-in-input-cells',
    title: 'Formulas in input cells: their cached results are read',
    sheets: [clients([HEAD, [f('"C"&1', 'C1'), f('"Ann"&" "&"de Vries"', 'Ann de Vries'), f('IF(1,"netwerker","")', 'netwerker'), f('1+1', 2)], ['C2', 'Bob', null, null]])],
    expect: [],
    model: (m) => expect(m.clients[0]).toMatchObject({ id: 'C1', name: 'Ann de Vries', role: 'networker', capacity: 2 }),
  },
  {
    id: 'levels',
    title: 'Competence levels "4+", "vier", 6, 0, "3,0" and 2.5',
    sheets: [clients(), sheet(CP, [['Cliënt-ID', 'Competentie', 'Niveau'], ['C1', 'a', '4+'], ['C1', 'b', 'vier'], ['C1', 'c', 6], ['C1', 'd', 0], ['C1', 'e', '3,0'], ['C1', 'f', 2.5]])],
    expect: [E(CP, 2, 'Niveau'), E(CP, 4, 'Niveau'), E(CP, 5, 'Niveau'), E(CP, 7, 'Niveau')],
    model: (m) => expect(m.competences.map((c) => [c.competence, c.level])).toEqual([['b', 4], ['e', 3]]),
  },
  {
    id: 'dates-as-text',
    title: 'Dates typed as text in six formats, and as a real date',
    sheets: [
      clients(),
      sheet(CP, [
        ['Cliënt-ID', 'Competentie', 'Niveau', 'Datum'],
        ['C1', 'a', 1, '3-2-2026'],
        ['C1', 'b', 1, '2026-02-03'],
        ['C1', 'c', 1, '03/02/2026'],
        ['C1', 'd', 1, '3 februari 2026'],
        ['C1', 'e', 1, '3.2.26'],
        ['C1', 'f', 1, 'Feb 3, 2026'],
        ['C1', 'g', 1, new Date(Date.UTC(2026, 1, 3))],
      ]),
    ],
    expect: [],
    model: (m) => expect(m.competences.map((c) => c.date)).toEqual(Array(7).fill('2026-02-03')),
  },
  {
    id: 'invalid-dates',
    title: 'Dates that are no dates: "gisteren", 31-2-2026, "2026-13-01"',
    sheets: [clients(), sheet(CO, [CONTACT_HEAD, ['C1', 'A', 'Familie', 1, 'gisteren', null], ['C1', 'B', 'Familie', 1, '31-2-2026', null], ['C1', 'C', 'Familie', 1, '2026-13-01', null]])],
    expect: [E(CO, 2, 'Peildatum'), E(CO, 3, 'Peildatum'), E(CO, 4, 'Peildatum')],
  },
  {
    id: 'boolean-active',
    title: 'TRUE/FALSE booleans in Actief',
    sheets: [clients([['ID', 'Naam', 'Actief'], ['C1', 'Ann', true], ['C2', 'Bob', false], ['C3', 'Cor', null]])],
    expect: [],
    model: (m) => expect(m.clients.map((c) => c.active)).toEqual([true, false, true]),
  },
  {
    id: 'yes-no-words',
    title: 'Actief as "Ja", "NEE", "j", "n", 1, 0 and "misschien"',
    sheets: [clients(column('Actief', ['Ja', 'NEE', 'j', 'n', 1, 0, 'misschien']))],
    expect: [E(CL, 8, 'Actief')],
    model: (m) => expect(m.clients.map((c) => c.active)).toEqual([true, false, true, false, true, false, true]),
  },
  {
    id: 'birth-years',
    title: 'Geboortejaar as a date, a text date, a text year, a future year, words and an age',
    sheets: [clients(column('Geboortejaar', [new Date(Date.UTC(1960, 4, 4)), '04-05-1961', '1975', 2030, 'zestig', 45]))],
    expect: [W(CL, 5, 'Geboortejaar'), W(CL, 6, 'Geboortejaar'), W(CL, 7, 'Geboortejaar')],
    model: (m) => expect(m.clients.map((c) => c.birthYear)).toEqual([1960, 1961, 1975, null, null, null]),
  },
  {
    id: 'availability',
    title: 'Availability as "ma t/m vr", "weekend", "Mon, Wed", "maandag tot en met woensdag", "di & do", "soms"',
    sheets: [clients(column('Beschikbaarheid', ['ma t/m vr', 'weekend', 'Mon, Wed', 'maandag tot en met woensdag', 'di & do', 'za; soms']))],
    expect: [W(CL, 7, 'Beschikbaarheid')],
    model: (m) =>
      expect(m.clients.map((c) => c.availability)).toEqual([['ma', 'di', 'wo', 'do', 'vr'], ['za', 'zo'], ['ma', 'wo'], ['ma', 'di', 'wo'], ['di', 'do'], ['za']]),
  },
  {
    id: 'unknown-role',
    title: 'An unknown role "coach"',
    sheets: [clients([HEAD, ['C1', 'Ann', 'coach', null]])],
    expect: [E(CL, 2, 'Rol')],
  },
  {
    id: 'capacity-11',
    title: 'Capacity 11',
    sheets: [clients([HEAD, ['C1', 'Ann', 'netwerker', 11]])],
    expect: [E(CL, 2, 'Capaciteit')],
  },
  {
    id: 'capacity-negative-and-fraction',
    title: 'Capacity -1 and 1.5',
    sheets: [clients([HEAD, ['C1', 'Ann', 'netwerker', -1], ['C2', 'Bob', 'netwerker', 1.5], ['C3', 'Cor', 'netwerker', 'twee']])],
    expect: [E(CL, 2, 'Capaciteit'), E(CL, 3, 'Capaciteit')],
    model: (m) => expect(m.clients[2].capacity).toBe(2),
  },
  {
    id: 'missing-id-and-name',
    title: 'A client without ID, a client without name',
    sheets: [clients([HEAD, [null, 'Ann', null, null], ['C2', null, null, null]])],
    expect: [E(CL, 2, 'ID'), E(CL, 3, 'Naam')],
  },
  {
    id: 'missing-required-column',
    title: 'Cliënten without a Naam column, and with first/last name instead',
    sheets: [clients([['ID', 'Voornaam', 'Achternaam'], ['C1', 'Ann', 'de Vries']])],
    expect: [E(CL, 1, 'Naam')],
  },
  // --- sheets -------------------------------------------------------------------------------
  {
    id: 'empty-clients-sheet',
    title: 'An empty Cliënten sheet',
    sheets: [clients([])],
    expect: [E(CL, null, null)],
  },
  {
    id: 'clients-headers-only',
    title: 'A Cliënten sheet with only headers',
    sheets: [clients([HEAD])],
    expect: [W(CL, null, null)],
    model: (m) => expect(m.clients).toEqual([]),
  },
  {
    id: 'empty-workbook',
    title: 'A completely empty workbook (one empty sheet)',
    sheets: [],
    expect: [E(CL, null, null)],
  },
  {
    id: 'only-unrelated-sheet',
    title: 'A workbook with only an unrelated sheet',
    sheets: [sheet('Begroting 2026', [['Post', 'Bedrag'], ['Koffie', 120]])],
    expect: [E(CL, null, null)],
  },
  {
    id: 'english-sheet-names',
    title: 'Sheet names and headers in English',
    sheets: [
      sheet('Clients', [['ID', 'Name', 'Role', 'Capacity', 'Active'], ['C1', 'Ann', 'networker', 1, 'yes'], ['C2', 'Bob', 'participant', null, 'no']]),
      sheet('Pairings', [['Networker ID', 'Client ID', 'Start date', 'End date', 'Status', 'End reason'], ['C1', 'C2', '2026-01-05', null, 'active', null]]),
    ],
    expect: [],
    model: (m) => {
      expect(m.sheetNames).toMatchObject({ clients: 'Clients', pairings: 'Pairings' });
      expect(m.clients.map((c) => c.active)).toEqual([true, false]);
    },
  },
  {
    id: 'english-headers-dutch-sheets',
    title: 'English headers in Dutch sheets',
    sheets: [clients([['ID', 'Name', 'Role', 'Availability'], ['C1', 'Ann', 'both', 'Mon']]), sheet(CO, [['Client ID', 'Contact name', 'Relation', 'Closeness'], ['C1', 'Mum', 'family', 2]])],
    expect: [],
    model: (m) => expect(m.contacts.map((c) => [c.sector, c.ring])).toEqual([['Familie', 2]]),
  },
  {
    id: 'sheet-name-spaces-case',
    title: 'A sheet named "  clienten " (spaces, no accent, lower case)',
    sheets: [sheet('  clienten ', BASE)],
    expect: [],
    model: (m) => expect(m.sheetNames.clients).toBe('  clienten '),
  },
  {
    id: 'two-clients-sheets',
    title: 'Both "Cliënten" and "Clients" in one workbook',
    sheets: [clients(), sheet('Clients', [['ID', 'Name'], ['X1', 'Other']])],
    expect: [W('Clients', null, null)],
    model: (m) => expect(m.clients.map((c) => c.id)).toEqual(['C1', 'C2', 'C3']),
  },
  {
    id: 'huge-used-range',
    title: 'The used range reaches row 1,048,576 (a stray space) with 20 rows of data',
    sheets: [clients([['ID', 'Naam'], ...Array.from({ length: 20 }, (_, i) => [`C${i + 1}`, `Naam ${i + 1}`])], { extra: { B1048576: ' ' } })],
    xlsxOnly: 'the host would have to return 1M rows of values (more than a 5 MB response)',
    expect: [],
    model: (m) => expect(m.clients).toHaveLength(20),
  },
  {
    id: 'huge-formatted-range',
    title: 'A formatted but empty cell at row 1,048,576',
    sheets: [clients([['ID', 'Naam'], ['C1', 'Ann']], { numFmt: { A: '@' }, extra: { A1048576: null } })],
    xlsxOnly: 'formatting only',
    expect: [],
    model: (m) => expect(m.clients).toHaveLength(1),
  },
  // --- references ---------------------------------------------------------------------------
  {
    id: 'contact-of-deleted-client',
    title: 'A contact whose client was deleted from Cliënten',
    sheets: [clients(), sheet(CO, [CONTACT_HEAD, ['C9', 'Moeder', 'Familie', 1, null, null], ['C1', 'Vader', 'Familie', 1, null, null]])],
    expect: [W(CO, 2, 'Cliënt-ID')],
    model: (m) => expect(m.contacts.map((c) => c.name)).toEqual(['Vader']),
  },
  {
    id: 'pairing-with-itself',
    title: 'A netwerker paired with themselves',
    sheets: [clients(), sheet(KO, [PAIR_HEAD, ['C1', 'C1', '2026-01-05', null, 'actief', null]])],
    expect: [E(KO, 2, 'Cliënt-ID')],
  },
  {
    id: 'exclusion-with-itself',
    title: 'A client excluded from themselves',
    sheets: [clients(), sheet(UI, [['Cliënt-ID A', 'Cliënt-ID B', 'Reden'], ['C2', 'C2', 'conflict']])],
    expect: [W(UI, 2, 'Cliënt-ID B')],
    model: (m) => expect(m.exclusions).toEqual([]),
  },
  {
    id: 'exclusion-unknown-client',
    title: 'An exclusion naming an ID that does not exist',
    sheets: [clients(), sheet(UI, [['Cliënt-ID A', 'Cliënt-ID B', 'Reden'], ['C2', 'C99', 'conflict']])],
    expect: [E(UI, 2, 'Cliënt-ID B')],
  },
  {
    id: 'unknown-sector',
    title: 'An unknown sector "Winkel" (and the synonym "buren", which is fine)',
    sheets: [clients(), sheet(CO, [CONTACT_HEAD, ['C1', 'Kapper', 'Winkel', 3, null, null], ['C1', 'Buurman', 'buren', 2, null, null]])],
    expect: [E(CO, 2, 'Sector')],
    model: (m) => expect(m.contacts.map((c) => c.sector)).toEqual(['Buurt']),
  },
  {
    id: 'ring-4',
    title: 'Ring 4 and ring "dichtbij"',
    sheets: [clients(), sheet(CO, [CONTACT_HEAD, ['C1', 'A', 'Familie', 4, null, null], ['C1', 'B', 'Familie', 'dichtbij', null, null]])],
    expect: [E(CO, 2, 'Ring'), E(CO, 3, 'Ring')],
  },
  {
    id: 'end-before-start',
    title: 'An end date before the start date',
    sheets: [clients(), sheet(KO, [PAIR_HEAD, ['C1', 'C2', '2026-03-01', '2026-01-01', 'beëindigd', 'verhuisd']])],
    expect: [E(KO, 2, 'Einddatum')],
  },
  {
    id: 'duplicate-active-pairing',
    title: 'The same active pairing twice',
    sheets: [clients(), sheet(KO, [PAIR_HEAD, ['C1', 'C2', '2026-01-05', null, 'actief', null], ['C1', 'C2', '2026-02-01', null, 'actief', null]])],
    expect: [W(KO, 3, 'Cliënt-ID')],
  },
  {
    id: 'unknown-status',
    title: 'A pairing status "klaar"',
    sheets: [clients(), sheet(KO, [PAIR_HEAD, ['C1', 'C2', '2026-01-05', null, 'klaar', null]])],
    expect: [E(KO, 2, 'Status')],
  },
  {
    id: 'knows-on-another-date',
    title: 'Kent naming a contact from the map of another date',
    sheets: [
      clients(),
      sheet(CO, [CONTACT_HEAD, ['C1', 'Moeder', 'Familie', 1, '2026-03-01', null], ['C1', 'Vader', 'Familie', 1, '2026-09-01', 'Moeder'], ['C1', 'Zus', 'Familie', 1, '2026-09-01', 'Vader']]),
    ],
    expect: [W(CO, 3, 'Kent')],
    model: (m) => expect(m.contacts.map((c) => c.knows)).toEqual([[], [], ['Vader']]),
  },
  {
    id: 'unknown-frequency',
    title: 'Frequency "af en toe" and reciprocal "soms"',
    sheets: [clients(), sheet(CO, [['Cliënt-ID', 'Contact', 'Sector', 'Frequentie', 'Wederkerig'], ['C1', 'A', 'Familie', 'af en toe', 'soms']])],
    expect: [W(CO, 2, 'Frequentie'), W(CO, 2, 'Wederkerig')],
  },
  // --- competences --------------------------------------------------------------------------
  {
    id: 'wide-competences',
    title: 'Competences in wide form, one column per competence',
    sheets: [clients(), sheet(CP, [['Cliënt-ID', 'Naam', 'luisteren', 'koken'], ['C1', 'Ann', 4, null], ['C3', 'Cor', 2, 'vijf']])],
    expect: [],
    model: (m) => expect(m.competences.map((c) => [c.clientId, c.competence, c.level])).toEqual([['C1', 'luisteren', 4], ['C3', 'luisteren', 2], ['C3', 'koken', 5]]),
  },
  {
    id: 'competences-two-dates',
    title: 'One competence measured on two dates: the latest counts',
    sheets: [clients(), sheet(CP, [['Cliënt-ID', 'Competentie', 'Niveau', 'Datum'], ['C1', 'koken', 4, '2026-09-01'], ['C1', 'koken', 2, '2026-03-01'], ['C1', 'Koken ', 3, null]])],
    expect: [],
    model: (m) => expect(m.competences.map((c) => [c.competence, c.level, c.date])).toEqual([['koken', 4, '2026-09-01']]),
  },
];
