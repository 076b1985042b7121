/**
 * The figures of Begeleidersoverzicht and Resultaten recounted straight from the raw input rows —
 * on the sample (three measurement dates) and on a generated organisation — with nothing of the
 * engine but its reader's output compared: per begeleider, per location, per date, per quarter.
 */
import { organisation } from '../../bench/organisation';
import { samplePath } from '../../src/cli/main';
import { readWorkbook } from '../../src/engine/read';
import { planResults } from '../../src/engine/results/plan';
import { RawSheet } from '../../src/engine/workbook';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { sheet } from './helpers';

const TODAY = '2026-11-23';

/** A date cell as ISO: Excel serial, ISO text or dd-mm-yyyy. */
function iso(cell: unknown): string | null {
  if (typeof cell === 'number') return new Date(Date.UTC(1899, 11, 30) + cell * 86400000).toISOString().slice(0, 10);
  if (typeof cell !== 'string' || !cell.trim()) return null;
  const dmy = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(cell.trim());
  return dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : cell.trim().slice(0, 10);
}

function table(raw: RawSheet[], name: string): Record<string, unknown>[] {
  const s = raw.find((x) => x.name === name)!;
  const header = s.rows[0].map((c) => String(c));
  return s.rows.slice(1).filter((r) => r.some((c) => c !== null && c !== '')).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function quarterEnd(q: string): string {
  const [y, n] = [Number(q.slice(0, 4)), Number(q.slice(6))];
  return new Date(Date.UTC(y, n * 3, 0)).toISOString().slice(0, 10);
}
const quarter = (d: string) => `${d.slice(0, 4)}-Q${Math.ceil(Number(d.slice(5, 7)) / 3)}`;

function recount(raw: RawSheet[]) {
  const clients = table(raw, 'Cliënten');
  const register = table(raw, 'Koppelingen').map((r) => ({
    n: String(r['Netwerker-ID']),
    c: String(r['Cliënt-ID']),
    start: iso(r.Startdatum),
    end: iso(r.Einddatum),
    status: String(r.Status ?? '').toLowerCase(),
    reason: r['Reden einde'] ? String(r['Reden einde']) : null,
  }));
  const locationOf = new Map(clients.map((c) => [String(c.ID), String(c.Locatie)]));
  const supervisorOf = new Map(clients.map((c) => [String(c.ID), c.Begeleider ? String(c.Begeleider) : null]));
  const locations = [null, ...new Set(clients.map((c) => String(c.Locatie)))];
  const inScope = (loc: string | null, id: string) => loc === null || locationOf.get(id) === loc;

  const sizes = new Map<string, number>();
  for (const r of table(raw, 'Contacten')) {
    const key = `${r['Cliënt-ID']}|${iso(r.Peildatum)}`;
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  const networks = (loc: string | null) => {
    const byDate = new Map<string, number[]>();
    for (const [key, n] of sizes) {
      const [id, date] = key.split('|');
      if (!inScope(loc, id) || date > TODAY) continue;
      byDate.set(date, [...(byDate.get(date) ?? []), n]);
    }
    return [...byDate].sort().map(([date, xs]) => ({ date, clients: xs.length, median: median(xs) }));
  };
  const quarters = (loc: string | null) => {
    const rows = register.filter((p) => inScope(loc, p.c) && p.start && p.start <= TODAY);
    if (!rows.length) return [];
    const out: { quarter: string; started: number; active: number; ended: number }[] = [];
    for (let q = rows.map((p) => quarter(p.start!)).sort()[0]; q <= quarter(TODAY); ) {
      const end = quarterEnd(q);
      out.push({
        quarter: q,
        started: rows.filter((p) => quarter(p.start!) === q).length,
        active: rows.filter((p) => p.start! <= end && (!p.end || p.end > end) && !(p.status === 'beëindigd' && !p.end)).length,
        ended: rows.filter((p) => p.end && quarter(p.end) === q).length,
      });
      const [y, n] = [Number(q.slice(0, 4)), Number(q.slice(6))];
      q = n === 4 ? `${y + 1}-Q1` : `${y}-Q${n + 1}`;
    }
    return out;
  };
  const isActive = (p: (typeof register)[number]) => (p.status ? p.status === 'actief' : !(p.end && p.end <= TODAY));
  const supervisors = table(raw, 'Begeleiders').map((s) => {
    const name = String(s.Naam);
    const own = clients.filter((c) => c.Begeleider === name && String(c.Actief ?? 'ja') !== 'nee');
    const active = register.filter((p) => isActive(p) && (supervisorOf.get(p.c) ?? supervisorOf.get(p.n)) === name);
    return { name, clients: own.length, activePairings: active.length, untrainedActive: String(s.Getraind).toLowerCase() === 'nee' && active.length > 0 };
  });
  // Klik and motivation per evaluation date: the mean of the forms' answers, per scope, one decimal.
  const forms: { date: string; client: string; klik: number | null; motivation: number | null }[] = [];
  for (const sheet of raw.filter((x) => /^Evaluatie \d{2}-\d{2}-\d{4}$/.test(x.name))) {
    const [d, m, y] = sheet.name.slice(-10).split('-');
    let form: (typeof forms)[number] | null = null;
    for (const row of sheet.rows) {
      const marker = row.find((c) => typeof c === 'string' && c.startsWith('KRING-EVAL:')) as string | undefined;
      if (marker) forms.push((form = { date: `${y}-${m}-${d}`, client: marker.split('>')[1], klik: null, motivation: null }));
      if (form && row[0] === 'Klik (1 = geen, 5 = heel goed)' && typeof row[1] === 'number') form.klik = row[1];
      if (form && row[0] === 'Motivatie netwerker (1–5)' && typeof row[1] === 'number') form.motivation = row[1];
    }
  }
  const mean = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null);
  const evaluations = (loc: string | null) => {
    const byDate = new Map<string, (typeof forms)[number][]>();
    for (const f of forms.filter((x) => inScope(loc, x.client) && (x.klik !== null || x.motivation !== null) && x.date <= TODAY)) byDate.set(f.date, [...(byDate.get(f.date) ?? []), f]);
    return [...byDate].sort().map(([date, list]) => ({
      date,
      forms: list.length,
      klik: mean(list.flatMap((f) => (f.klik === null ? [] : [f.klik]))),
      motivation: mean(list.flatMap((f) => (f.motivation === null ? [] : [f.motivation]))),
    }));
  };
  return { locations, networks, quarters, supervisors, evaluations };
}

async function compare(raw: RawSheet[]) {
  const read = readWorkbook(raw, { today: TODAY });
  expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const plan = planResults(raw, read, 'nl', TODAY);
  const expected = recount(raw);
  expect(plan.results.map((o) => o.location)).toEqual(expected.locations);
  for (const o of plan.results) {
    expect(o.networks.map(({ date, clients, median: m }) => ({ date, clients, median: m }))).toEqual(expected.networks(o.location));
    expect(o.quarters.map(({ quarter: q, started, active, ended }) => ({ quarter: q, started, active, ended }))).toEqual(expected.quarters(o.location));
    expect(o.evaluations).toEqual(expected.evaluations(o.location));
  }
  for (const s of expected.supervisors) {
    const f = plan.supervisors.find((x) => x.name === s.name)!;
    expect({ name: f.name, clients: f.clients, activePairings: f.activePairings, untrainedActive: f.flags.includes('untrainedActive') }).toEqual(s);
  }
  // The sheets carry the same figures: a summary row per scope, and per scope its tables.
  const [overview, results] = plan.specs;
  expect(overview.rows.map((r) => [r[0], r.find((_, i) => overview.columns[i].header === 'Cliënten')])).toEqual(
    plan.supervisors.map((s) => [s.name, s.clients]),
  );
  const networkTables = (results.blocks ?? []).filter((b) => b.title === 'Netwerk per peildatum');
  expect(networkTables).toHaveLength(plan.results.length);
  networkTables.forEach((b, k) => {
    const want = expected.networks(plan.results[k].location);
    expect(b.rows.slice(1).map((r) => [r[1], r[2]])).toEqual(want.length ? want.map((n) => [n.clients, n.median]) : [[null, null]]);
  });
  return plan;
}

test('the sample: every measurement date, quarter and begeleider recounted from its rows', async () => {
  const raw = await (await XlsxWorkbook.open(samplePath())).readSheets();
  const plan = await compare(raw);
  // Three measurement dates in the sample, and at least one trained and one untrained begeleider.
  expect(plan.results[0].networks.map((n) => n.date)).toEqual(['2025-09-01', '2026-03-01', '2026-09-01']);
  expect(plan.supervisors.some((s) => s.trained === true) && plan.supervisors.some((s) => s.trained === false)).toBe(true);
  // Two filled-in evaluation rounds: klik and motivation over time.
  expect(plan.results[0].evaluations.map((e) => e.date)).toEqual(['2026-05-15', '2026-08-15']);
  expect(plan.results[0].evaluations.every((e) => e.klik !== null && e.motivation !== null)).toBe(true);
});

test('a generated organisation: every location, date, quarter and begeleider recounted from its rows', async () => {
  const org = organisation(600, 5);
  const raw = Object.entries(org.sheets).map(([name, rows]) => sheet(name, rows));
  const plan = await compare(raw);
  expect(plan.results.length).toBeGreaterThan(3);
});
