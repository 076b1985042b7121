/**
 * The sample's loneliness figures recounted straight from the raw rows of Eenzaamheid, with an
 * own table of the published scoring (not the engine's): per client and date, per scope and date
 * (measured, share very and somewhat lonely, median), the change for clients measured twice, the
 * sentence, per begeleider, and the cells of Resultaten, Netwerkoverzicht and Eenzaamheidsoverzicht.
 */
import { readWorkbook } from '../../../src/engine/read';
import { planResults } from '../../../src/engine/results/plan';
import { overviewSheet } from '../../../src/engine/networks/sheets';
import { lonelinessOverviewSheet } from '../../../src/engine/loneliness/sheets';
import { RawSheet } from '../../../src/engine/workbook';
import { sampleSheets } from '../../../src/sample/generate';
import { XlsxWorkbook } from '../../../src/xlsx/gateway';

const TODAY = '2026-11-23';
// Statement → answer → point (CBS: "ja" or "min of meer" on 1, 4, 6; "nee" or "min of meer" on 2, 3, 5).
const POINT: Record<number, Record<string, number>> = {
  1: { ja: 1, 'min of meer': 1, nee: 0 },
  2: { ja: 0, 'min of meer': 1, nee: 1 },
  3: { ja: 0, 'min of meer': 1, nee: 1 },
  4: { ja: 1, 'min of meer': 1, nee: 0 },
  5: { ja: 0, 'min of meer': 1, nee: 1 },
  6: { ja: 1, 'min of meer': 1, nee: 0 },
};
const iso = (serial: number) => new Date(Date.UTC(1899, 11, 30) + serial * 86400000).toISOString().slice(0, 10);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const share = (n: number, of: number) => Math.round((n / of) * 1000) / 1000;

function rowsOf(raw: RawSheet[], name: string): Record<string, unknown>[] {
  const s = raw.find((x) => x.name === name)!;
  const header = s.rows[0].map(String);
  return s.rows.slice(1).filter((r) => r.some((c) => c !== null && c !== '')).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

let raw: RawSheet[];
beforeAll(async () => {
  const wb = XlsxWorkbook.create();
  await wb.writeSheets(sampleSheets(), 'create-if-missing');
  raw = await wb.readSheets();
});

test('the sample: every loneliness figure recounted from the rows of Eenzaamheid', () => {
  const clients = rowsOf(raw, 'Cliënten');
  const locationOf = new Map(clients.map((c) => [String(c.ID), String(c.Locatie)]));
  const measured = rowsOf(raw, 'Eenzaamheid').map((r) => {
    const answers = Object.keys(POINT).map((n) => String(r[Object.keys(r).find((h) => h.startsWith(`${n}. `))!]));
    const points = answers.map((a, i) => POINT[i + 1][a]);
    const emotional = points[0] + points[3] + points[5];
    const social = points[1] + points[2] + points[4];
    return { client: String(r['Cliënt-ID']), date: iso(r.Datum as number), total: emotional + social, emotional, social };
  });
  expect(measured.length).toBeGreaterThan(60);
  const read = readWorkbook(raw, { today: TODAY });
  expect(read.problems).toEqual([]);
  expect(read.model.loneliness.map((m) => ({ client: m.clientId, date: m.date, total: m.score!.total, emotional: m.score!.emotional, social: m.score!.social }))).toEqual(measured);

  const plan = planResults(raw, read, 'nl', TODAY);
  const scopes = [null, ...new Set(locationOf.values())];
  expect(plan.results.map((o) => o.location)).toEqual(scopes);
  const resultsSheet = plan.specs[1];
  const tables = (resultsSheet.blocks ?? []).filter((b) => b.title === 'Eenzaamheid (De Jong Gierveld)');
  // A scope's first table is right under its sentence.
  const firstTables = (resultsSheet.blocks ?? []).filter((b) => b.title === 'Netwerk per peildatum');
  scopes.forEach((loc, k) => {
    const mine = measured.filter((m) => loc === null || locationOf.get(m.client) === loc);
    const dates = [...new Set(mine.map((m) => m.date))].sort();
    const points = dates.map((date) => {
      const totals = mine.filter((m) => m.date === date).map((m) => m.total);
      return { date, clients: totals.length, veryLonelyShare: share(totals.filter((t) => t >= 5).length, totals.length), somewhatLonelyShare: share(totals.filter((t) => t >= 2 && t <= 4).length, totals.length), median: median(totals) };
    });
    const byClient = new Map<string, number[]>();
    for (const m of mine) byClient.set(m.client, [...(byClient.get(m.client) ?? []), m.total]);
    const twice = [...byClient.values()].filter((t) => t.length >= 2);
    const change = { measuredTwice: twice.length, less: twice.filter((t) => t[t.length - 1] < t[0]).length, same: twice.filter((t) => t[t.length - 1] === t[0]).length, more: twice.filter((t) => t[t.length - 1] > t[0]).length };
    expect(plan.results[k].loneliness).toEqual({ points, change });
    // Resultaten: the table's cells, and the sentence under the scope's heading.
    expect(tables[k].rows.slice(1).map((r) => [r[1], r[2], r[3], r[4]])).toEqual(points.map((p) => [p.clients, p.veryLonelyShare, p.somewhatLonelyShare, p.median]));
    const sentence = (resultsSheet.blocks ?? []).find((b) => String(b.rows[0][0]).startsWith(`Van de ${change.measuredTwice} cliënten`) && b.at.row === firstTables[k].at.row - 1);
    expect(sentence?.rows[0][0]).toBe(`Van de ${change.measuredTwice} cliënten die minstens twee keer zijn gemeten, voelen ${change.less} zich minder eenzaam, ${change.more} meer (${change.same} even eenzaam).`);
  });
  // The sample has a baseline and a later round for most clients.
  expect(plan.results[0].loneliness.points.map((p) => p.date)).toEqual(['2026-03-01', '2026-09-01']);
  expect(plan.results[0].loneliness.change.measuredTwice).toBeGreaterThan(25);

  // Per begeleider: clients in active pairings, the latest measurement on or before the start and now.
  const register = rowsOf(raw, 'Koppelingen').filter((p) => String(p.Status) === 'actief');
  const supervisorOf = new Map(clients.map((c) => [String(c.ID), String(c.Begeleider)]));
  const avg = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null);
  for (const s of plan.supervisors) {
    const pairs = register.filter((p) => (supervisorOf.get(String(p['Cliënt-ID'])) ?? supervisorOf.get(String(p['Netwerker-ID']))) === s.name);
    const on = (client: string, date: string) => measured.filter((m) => m.client === client && m.date <= date).pop()?.total;
    const start = pairs.map((p) => on(String(p['Cliënt-ID']), iso(p.Startdatum as number))).filter((x): x is number => x !== undefined);
    const now = pairs.map((p) => on(String(p['Cliënt-ID']), TODAY)).filter((x): x is number => x !== undefined);
    expect([s.name, s.lonelinessAtStart, s.lonelinessNow]).toEqual([s.name, avg(start), avg(now)]);
  }

  // Netwerkoverzicht: the map dates coincide with the measurement dates in the sample.
  const overview = overviewSheet(read.model, 'nl').spec;
  const col = (header: string) => overview.columns.findIndex((c) => c.header === header);
  const mapped = new Set(rowsOf(raw, 'Contacten').map((r) => `${r['Cliënt-ID']}|${iso(r.Peildatum as number)}`));
  const onMapDates = measured.filter((m) => mapped.has(`${m.client}|${m.date}`));
  expect(onMapDates.length).toBeGreaterThan(measured.length / 2);
  for (const m of onMapDates) {
    const row = overview.rows.find((r) => r[0] === m.client && typeof r[col('Peildatum')] === 'number' && iso(r[col('Peildatum')] as number) === m.date);
    expect(row && [row[col('Eenzaamheid (0–6)')], row[col('Emotioneel (0–3)')], row[col('Sociaal (0–3)')]]).toEqual([m.total, m.emotional, m.social]);
  }
  // Eenzaamheidsoverzicht: a row per measurement with its score.
  const listed = lonelinessOverviewSheet(read.model, 'nl');
  const total = listed.columns.findIndex((c) => c.header === 'Eenzaamheid (0–6)');
  expect(listed.rows.map((r) => [r[0], r[total]])).toEqual([...measured].sort((a, b) => a.client.localeCompare(b.client) || a.date.localeCompare(b.date)).map((m) => [m.client, m.total]));
});
