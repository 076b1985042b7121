/**
 * Begeleidersoverzicht and Resultaten on a small organisation whose every figure was worked out
 * by hand (two locations, two begeleiders, maps at four dates, pairings over four quarters, one
 * evaluation round), and network medians of the sample recomputed from its raw Contacten rows.
 */
import { readWorkbook } from '../../src/engine/read';
import { planResults } from '../../src/engine/results/plan';
import { dateAxisOf } from '../../src/engine/results/resultsSheet';
import { readEvaluations } from '../../src/engine/evaluation/answers';
import { intervisieAgenda } from '../../src/engine/intervisie/agenda';
import { intervisieSheet } from '../../src/engine/intervisie/agendaSheet';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { samplePath } from '../../src/cli/main';
import { sheet } from './helpers';

const TODAY = '2026-11-23';

function organisation() {
  const contacts: (string | number)[][] = [['Cliënt-ID', 'Contact', 'Sector', 'Peildatum']];
  const map = (client: string, date: string, n: number) => {
    for (let i = 1; i <= n; i++) contacts.push([client, `${client}-${date}-${i}`, 'familie', date]);
  };
  map('C1', '2026-01-01', 2);
  map('C1', '2026-06-01', 4);
  map('C1', '2026-10-01', 5);
  map('C2', '2026-01-01', 6);
  map('C3', '2026-03-01', 1);
  map('C3', '2026-10-01', 3);
  return [
    sheet('Cliënten', [
      ['ID', 'Naam', 'Locatie', 'Rol', 'Hulpvraag', 'Begeleider'],
      ['N1', 'Net Een', 'A', 'netwerker', null, null],
      ['N2', 'Net Twee', 'B', 'netwerker', null, null],
      ['C1', 'Cor', 'A', 'deelnemer', 'gesprek', 'Sanne'],
      ['C2', 'Dien', 'A', 'deelnemer', 'gesprek', 'Sanne'],
      ['C3', 'Els', 'B', 'deelnemer', 'gesprek', 'Karim'],
      ['C4', 'Fer', 'B', 'deelnemer', 'koken', 'Karim'],
    ]),
    sheet('Begeleiders', [
      ['Naam', 'Locatie', 'Getraind', 'Datum training', 'Netwerkkaart afnemen'],
      ['Sanne', 'A', 'ja', '01-02-2026', 4],
      ['Karim', 'B', 'nee', null, 2],
    ]),
    sheet('Koppelingen', [
      ['Netwerker-ID', 'Cliënt-ID', 'Startdatum', 'Einddatum', 'Status', 'Reden einde'],
      ['N1', 'C1', '15-01-2026', null, 'actief', null],
      ['N1', 'C2', '10-02-2026', '20-05-2026', 'beëindigd', 'Geen klik'],
      ['N2', 'C3', '01-04-2026', null, 'actief', null],
    ]),
    sheet('Contacten', contacts),
    sheet('Evaluatie 2026-09-01', [
      ['Tussentijdse evaluatie', null],
      ['KRING-EVAL:N1>C1', null],
      ['Klik (1 = geen, 5 = heel goed)', 4],
      ['Motivatie netwerker (1–5)', 3],
      ['Wat ging goed', 'Samen naar de markt, elke week'],
      ['KRING-EVAL:N2>C3', null],
      ['Klik (1 = geen, 5 = heel goed)', 2],
      ['Motivatie netwerker (1–5)', 5],
    ]),
  ];
}

describe('results on an organisation worked out by hand', () => {
  const raw = organisation();
  const read = readWorkbook(raw, { today: TODAY });
  const plan = planResults(raw, read, 'nl', TODAY);

  test('no problems in the fixture', () => {
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  test('per begeleider: training, caseload, pairings, evaluations, network at start and now, klik and motivation, flags', () => {
    const row = (name: string) => plan.supervisors.find((s) => s.name === name)!;
    expect(row('Sanne')).toEqual({
      name: 'Sanne', location: 'A', trained: true, trainedOn: '2026-02-01', competences: { 'netwerkkaart afnemen': 4 },
      clients: 2, networkers: 0, candidates: 0, activePairings: 1,
      evaluationsDone: 1, evaluationsDue: 1, evaluationsOverdue: 0,
      sizeAtStart: 2, sizeNow: 5, verySmallShare: 1, klik: 4, motivation: 3,
      lonelinessAtStart: null, lonelinessNow: null,
      flags: ['noCandidates'],
    });
    expect(row('Karim')).toEqual({
      name: 'Karim', location: 'B', trained: false, trainedOn: null, competences: { 'netwerkkaart afnemen': 2 },
      clients: 2, networkers: 0, candidates: 0, activePairings: 1,
      evaluationsDone: 1, evaluationsDue: 1, evaluationsOverdue: 0,
      sizeAtStart: 1, sizeNow: 3, verySmallShare: 1, klik: 2, motivation: 5,
      lonelinessAtStart: null, lonelinessNow: null,
      flags: ['untrainedActive', 'noCandidates'],
    });
    expect(row('(geen begeleider)')).toMatchObject({ clients: 2, networkers: 2, activePairings: 0, flags: [] });
  });

  test('the organisation and each location over every date and quarter', () => {
    const [org, a, b] = plan.results;
    expect([org.location, a.location, b.location]).toEqual([null, 'A', 'B']);
    expect(org.networks).toEqual([
      { date: '2026-01-01', clients: 2, median: 4, verySmallShare: 0.5 },
      { date: '2026-03-01', clients: 1, median: 1, verySmallShare: 1 },
      { date: '2026-06-01', clients: 1, median: 4, verySmallShare: 1 },
      { date: '2026-10-01', clients: 2, median: 4, verySmallShare: 1 },
    ]);
    expect(org.quarters).toEqual([
      { quarter: '2026-Q1', started: 2, active: 2, ended: 0, reasons: [] },
      { quarter: '2026-Q2', started: 1, active: 2, ended: 1, reasons: [['Geen klik', 1]] },
      { quarter: '2026-Q3', started: 0, active: 2, ended: 0, reasons: [] },
      { quarter: '2026-Q4', started: 0, active: 2, ended: 0, reasons: [] },
    ]);
    expect(org.evaluations).toEqual([{ date: '2026-09-01', forms: 2, klik: 3, motivation: 4 }]);
    expect(a.networks.map((n) => [n.date, n.median])).toEqual([['2026-01-01', 4], ['2026-06-01', 4], ['2026-10-01', 5]]);
    expect(a.quarters.map((q) => [q.quarter, q.started, q.active, q.ended])).toEqual([['2026-Q1', 2, 2, 0], ['2026-Q2', 0, 1, 1], ['2026-Q3', 0, 1, 0], ['2026-Q4', 0, 1, 0]]);
    expect(b.quarters.map((q) => [q.quarter, q.started, q.active, q.ended])).toEqual([['2026-Q2', 1, 1, 0], ['2026-Q3', 0, 1, 0], ['2026-Q4', 0, 1, 0]]);
    expect(b.evaluations).toEqual([{ date: '2026-09-01', forms: 1, klik: 2, motivation: 5 }]);
  });

  test('the sheets: a row per begeleider with the flags in words; one page per scope with its charts where there is data', () => {
    const [overview, results] = plan.specs;
    expect(overview.name).toBe('Begeleidersoverzicht');
    expect(overview.rows.map((r) => r[0])).toEqual(['Sanne', 'Karim', '(geen begeleider)']);
    expect(overview.rows[1][overview.rows[1].length - 1]).toBe('niet getraind, wel actieve koppelingen; hulpvragen op de locatie, maar geen (kandidaat-)netwerkers gevonden');
    // On paper a block per begeleider right of the table (portrait, two side by side), the table itself not printed.
    expect(overview.print).toMatchObject({ orientation: 'portrait', fitToWidth: true, area: { row: 0, column: overview.columns.length + 1, columns: 5 } });
    const blocks = (overview.blocks ?? []).filter((b) => b.header && b.rows.length > 1);
    expect(blocks.map((b) => b.rows[0][0])).toEqual(['Sanne', 'Karim', '(geen begeleider)']);
    for (const b of blocks) expect(b.rows.map((r) => r[0])).toEqual([b.rows[0][0], ...overview.columns.slice(1, -1).map((c) => c.header), expect.stringMatching(/^Aandachtspunten: /)]);
    expect(blocks[1].rows[blocks[1].rows.length - 1][0]).toBe(`Aandachtspunten: ${overview.rows[1][overview.rows[1].length - 1]}`);
    expect(results.name).toBe('Resultaten');
    expect(results.rows.map((r) => r.slice(0, 5))).toEqual([['Organisatie', 6, 2, 4, 4], ['Locatie A', 3, 1, 4, 5], ['Locatie B', 3, 1, 1, 3]]);
    // The summary on page 1, then a page per scope.
    expect(results.print?.pageBreaks).toHaveLength(3);
    expect(results.charts).toHaveLength(9);
  });
});

test('the intervisie agenda shares what went well and flags a begeleider without training, safety still first', () => {
  const raw = organisation();
  const read = readWorkbook(raw, { today: TODAY });
  const agenda = intervisieAgenda(read.model, readEvaluations(raw), TODAY);
  const knowledge = agenda.items.filter((i) => i.flag === 'wentWell' || i.flag === 'untrained');
  expect(knowledge.map((i) => [i.supervisor, i.flag, i.networkerId, i.clientId, i.reason.nl])).toEqual([
    ['Sanne', 'wentWell', 'N1', 'C1', 'Samen naar de markt, elke week (evaluatie 01-09-2026)'],
    ['Karim', 'untrained', '', '', 'nog niet getraind voor netwerkwerk, wel 1 actieve koppeling: plan de training'],
  ]);
  const spec = intervisieSheet(read.model, agenda, TODAY, 'nl');
  const karim = spec.rows.filter((r) => r[0] === 'Karim').map((r) => r[1]);
  expect(karim[0]).toBe('Veiligheid (vast agendapunt)');
  expect(karim).toContain('Training');
  expect(spec.rows.filter((r) => r[0] === 'Sanne').map((r) => r[1])).toContain('Wat ging goed (deel het)');
});

test('network medians of the sample per date and location match a count of its Contacten rows', async () => {
  const raw = await (await XlsxWorkbook.open(samplePath())).readSheets();
  const read = readWorkbook(raw, { today: TODAY });
  const plan = planResults(raw, read, 'nl', TODAY);
  // Independent: count rows per (client, date) straight from the sheet.
  const contacts = raw.find((s) => s.name === 'Contacten')!;
  const header = contacts.rows[0].map((c) => String(c));
  const [ci, di] = [header.indexOf('Cliënt-ID'), header.indexOf('Peildatum')];
  const clients = raw.find((s) => s.name === 'Cliënten')!;
  const locationOf = new Map(clients.rows.slice(1).map((r) => [String(r[clients.rows[0].indexOf('ID')]), String(r[clients.rows[0].indexOf('Locatie')])]));
  const counts = new Map<string, number>();
  for (const r of contacts.rows.slice(1)) {
    if (r[ci] === null || typeof r[di] !== 'number') continue;
    const key = `${r[ci]}|${r[di]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const med = (xs: number[]) => {
    const s = [...xs].sort((x, y) => x - y);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  for (const o of plan.results) {
    for (const n of o.networks) {
      const serial = (Date.parse(n.date) - Date.UTC(1899, 11, 30)) / 86400000;
      const sizes = [...counts].filter(([k]) => k.endsWith(`|${serial}`) && (o.location === null || locationOf.get(k.split('|')[0]) === o.location)).map(([, v]) => v);
      expect([o.location, n.date, n.clients, n.median]).toEqual([o.location, n.date, sizes.length, med(sizes)]);
    }
  }
  expect(plan.results.length).toBe(4);
});

test('kring results writes both sheets and reports supervisors and results in --json', async () => {
  const { main } = await import('../../src/cli/main');
  const os = await import('os');
  const fs = await import('fs');
  const path = await import('path');
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kring-results-')), 'r.xlsx');
  let stdout = '';
  const code = await main(['results', samplePath(), '-o', out, '--date', TODAY, '--json'], { out: (t) => (stdout += t), err: () => undefined });
  expect(code).toBe(0);
  const summary = JSON.parse(stdout);
  expect(summary.sheets).toEqual(expect.arrayContaining(['Begeleidersoverzicht', 'Resultaten']));
  expect(summary.supervisors.length).toBeGreaterThan(3);
  expect(summary.supervisors[0]).toMatchObject({ evaluations: expect.any(Object), network: expect.any(Object) });
  expect(summary.results.map((r: { location: string | null }) => r.location)).toEqual([null, 'De Linde', 'Het Baken', 'Zonnehof']);
  const back = await (await XlsxWorkbook.open(out)).readSheets(['Resultaten']);
  expect(back[0].rows.length).toBeGreaterThan(10);
});

describe('the date axis of the Resultaten charts', () => {
  const at = (...dates: string[]) => dateAxisOf(dates.map((date) => ({ date })), 'nl').stepMonths;
  test('at most four labels: a step of 1, 2, 3, 6, 12 … months by the span', () => {
    expect(at('2026-09-01')).toBe(1);
    expect(at('2026-06-01', '2026-09-01')).toBe(1);
    expect(at('2026-03-01', '2026-09-01')).toBe(2);
    expect(at('2025-09-01', '2026-09-01')).toBe(6);
    expect(at('2023-09-01', '2026-09-01')).toBe(12);
    expect(at('2019-01-01', '2026-09-01')).toBe(60);
  });
  test('month names in the language of the sheet', () => {
    expect(dateAxisOf([{ date: '2026-03-01' }], 'nl').format).toBe('[$-413]mmm yy');
    expect(dateAxisOf([{ date: '2026-03-01' }], 'en').format).toBe('[$-409]mmm yy');
  });
});
