/** The intake in the engine: who comes first, freshness per location, answers Kring cannot read, the wide form written back. */
import { runIntake, runIntakeForms } from '../../src/engine/commands';
import { changeLine } from '../../src/engine/intake/changes';
import { freshness, monthsBefore } from '../../src/engine/intake/known';
import { readWorkbook } from '../../src/engine/read';
import { AppendRequest, Cell, CellUpdate, RawSheet, SheetSpec, WorkbookGateway } from '../../src/engine/workbook';
import { CLIENT_HEADERS, sheet } from './helpers';

const TODAY = '2026-12-01';

function workbook(competences: RawSheet): RawSheet[] {
  return [
    sheet('Cliënten', [
      CLIENT_HEADERS,
      ['C1', 'Anna', 'Zonnehof', 'deelnemer', null, 'lezen', 'gesprek', 'ma', 1960, 'ja'],
      ['C2', 'Bram', 'Zonnehof', 'deelnemer', null, 'koken', null, 'di', 1970, 'ja'],
      ['C3', 'Cor', 'De Linde', 'netwerker', 2, null, null, null, 1980, 'ja'],
    ]),
    competences,
  ];
}

const LONG = sheet('Competenties', [
  ['Cliënt-ID', 'Competentie', 'Niveau', 'Datum'],
  ['C1', 'plannen', 3, '2024-01-10'],
  ['C3', 'luisteren', 4, '2026-10-01'],
]);

/** A gateway over raw sheets that lays written sheets out as cells, so forms can be filled and read back. */
function memory(raw: RawSheet[]) {
  const updates: { sheet: string; updates: CellUpdate[] }[] = [];
  const appends: AppendRequest[] = [];
  const gateway: WorkbookGateway = {
    readSheets: async () => raw,
    writeSheets: async (specs: SheetSpec[]) => {
      for (const spec of specs) {
        const grid: Cell[][] = [];
        for (const b of spec.blocks ?? []) b.rows.forEach((r, i) => r.forEach((c, j) => ((grid[b.at.row + i] ??= [])[b.at.column + j] = c)));
        let width = 1;
        for (let i = 0; i < grid.length; i++) width = Math.max(width, grid[i]?.length ?? 0);
        const rows = Array.from({ length: grid.length }, (_, i) => Array.from({ length: width }, (_, j) => grid[i]?.[j] ?? null));
        const at = raw.findIndex((s) => s.name === spec.name);
        if (at >= 0) raw.splice(at, 1);
        raw.push({ name: spec.name, rows, firstRow: 1, firstColumn: 0 });
      }
      return { written: specs.map((s) => s.name), skipped: [] };
    },
    appendRows: async (r) => void appends.push(r),
    updateCells: async (s, u) => void updates.push({ sheet: s, updates: u }),
  };
  const type = (name: string, client: string, label: string, column: number, value: Cell) => {
    const s = raw.find((x) => x.name === name)!;
    const top = s.rows.findIndex((r) => r.includes(`KRING-FORM:INTAKE:${client}`));
    const row = s.rows.findIndex((r, i) => i > top && typeof r[0] === 'string' && r[0].startsWith(label));
    if (row < 0) throw new Error(`${label} not found: ${raw.map((x) => x.name).join(',')} `);
    s.rows[row][column] = value;
  };
  return { gateway, updates, appends, type };
}

test('never assessed first, then the oldest assessment; freshness per location counts old and undated levels', async () => {
  const { gateway } = memory(workbook(LONG));
  const made = await runIntakeForms(gateway, { today: TODAY, date: TODAY });
  expect(made.intakeForms!.map((f) => f.client)).toEqual(['C2', 'C1', 'C3']);
  const model = readWorkbook(workbook(LONG), { today: TODAY }).model;
  expect(freshness(model, TODAY, 'nl')).toEqual([
    { location: 'De Linde', activeClients: 1, assessed: 1, assessedShare: 1, old: 0 },
    { location: 'Zonnehof', activeClients: 2, assessed: 1, assessedShare: 0.5, old: 1 },
  ]);
  expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
  expect(monthsBefore(TODAY, 12)).toBe('2025-12-01');
});

test('two crosses, an unknown role or day: a warning at the form cell, that answer left out, the rest proposed', async () => {
  const { gateway, type, updates } = memory(workbook(LONG));
  await runIntakeForms(gateway, { today: TODAY, date: TODAY });
  const name = `Intake 01-12-2026`;
  type(name, 'C1', 'plannen', 2, 'x');
  type(name, 'C1', 'plannen', 4, 'x');
  type(name, 'C1', 'Rol', 1, 'baas');
  type(name, 'C2', 'Beschikbaar', 1, 'ma; sometimes');
  type(name, 'C2', 'koken', 5, 'X');
  const shown = await runIntake(gateway, { today: TODAY });
  expect(shown.intake!.changes.map((c) => [c.client, c.field, c.competence, c.from, c.to])).toEqual([['C2', 'level', 'koken', null, 5]]);
  const warnings = shown.problems.filter((p) => p.sheet === name);
  const at = (text: RegExp) => warnings.find((p) => text.test(p.message.nl))?.address?.replace(/\d+/, '');
  expect(warnings).toHaveLength(3);
  expect([at(/geen rol die Kring kent/), at(/geen dag die Kring kent/), at(/2 kruisjes \(niveau 2, 4\)/)]).toEqual(['B', 'B', 'C']);
  expect(updates).toEqual([]);
});

test('the same level ticked on a later form renews the assessment date; on the same day, or without a date in Competenties, nothing', async () => {
  const { gateway, type, updates } = memory(workbook(LONG));
  await runIntakeForms(gateway, { today: TODAY, date: TODAY });
  const name = 'Intake 01-12-2026';
  type(name, 'C1', 'plannen', 3, 'x');
  const shown = await runIntake(gateway, { today: TODAY });
  const [change] = shown.intake!.changes;
  expect([change.client, change.competence, change.from, change.to]).toEqual(['C1', 'plannen', 3, 3]);
  expect(changeLine(change, 'nl')).toBe('plannen: 3 (opnieuw beoordeeld op 01-12-2026)');
  expect(changeLine(change, 'en')).toBe('plannen: 3 (assessed again on 01-12-2026)');
  await runIntake(gateway, { today: TODAY, apply: true, accept: [change.id] });
  expect(updates.flatMap((u) => u.updates)).toEqual(expect.arrayContaining([expect.objectContaining({ row: 2, value: 46357, kind: 'date' })]));

  for (const date of [TODAY, null]) {
    const assessed = sheet('Competenties', [['Cliënt-ID', 'Competentie', 'Niveau', 'Datum'], ['C1', 'plannen', 3, date]]);
    const again = memory(workbook(assessed));
    await runIntakeForms(again.gateway, { today: TODAY, date: TODAY });
    again.type(name, 'C1', 'plannen', 3, 'x');
    expect((await runIntake(again.gateway, { today: TODAY })).intake!.changes).toEqual([]);
  }
});

test('wide form: the level written in the client row under the competence column, with the date; a new competence column is not added', async () => {
  const wide = sheet('Competenties', [
    ['Cliënt-ID', 'plannen', 'koken', 'Datum'],
    ['C1', 3, null, '2024-01-10'],
  ]);
  const { gateway, type, updates, appends } = memory(workbook(wide));
  await runIntakeForms(gateway, { today: TODAY, date: TODAY, clients: ['C1'] });
  type('Intake 01-12-2026', 'C1', 'plannen', 5, 'x');
  type('Intake 01-12-2026', 'C1', 'koken', 2, 'x');
  type('Intake 01-12-2026', 'C1', 'luisteren', 1, 'x');
  const applied = await runIntake(gateway, { today: TODAY, apply: true });
  expect(applied.intake!.applied.map((c) => [c.competence, c.to])).toEqual([['plannen', 5], ['koken', 2], ['luisteren', 1]]);
  expect(updates).toEqual([{ sheet: 'Competenties', updates: [
    { row: 2, column: 1, value: 5, kind: 'integer' },
    { row: 2, column: 3, value: 46357, kind: 'date' },
    { row: 2, column: 2, value: 2, kind: 'integer' },
  ] }]);
  expect(appends).toEqual([]);
  expect(applied.problems.map((p) => p.column)).toEqual(expect.arrayContaining(['Beoordeeld door', 'luisteren']));
});

test('Locatie-overzicht counts the assessed and the old assessments; a candidate says when their competences were assessed', async () => {
  const { sampleSheets } = await import('../../src/sample/generate');
  const { candidateNetworkers } = await import('../../src/engine/pairing/candidates');
  const { locationFigures } = await import('../../src/engine/pairing/locations');
  const raw = sampleSheets().map((s) => ({ name: s.name, rows: [s.columns.map((c) => c.header), ...s.rows], firstRow: 1, firstColumn: 0 }));
  const model = readWorkbook(raw, { today: TODAY }).model;
  const candidates = candidateNetworkers(model);
  expect(candidates.length).toBeGreaterThan(0);
  for (const c of candidates) {
    const latest = model.competences.filter((x) => x.clientId === c.clientId && x.date).map((x) => x.date!).sort().pop();
    expect(c.reasons.map((r) => r.nl)).toContain(latest ? `competenties beoordeeld op ${latest.split('-').reverse().join('-')}` : 'competenties zonder datum van beoordeling');
  }
  const figures = locationFigures(model, new Set(candidates.map((c) => c.clientId)), TODAY);
  const fresh = freshness(model, TODAY, 'nl');
  for (const f of figures) {
    const same = fresh.find((x) => x.location === f.location)!;
    expect([f.assessedShare, f.oldAssessments]).toEqual([same.assessedShare, same.old]);
  }
  expect(figures.some((f) => f.oldAssessments > 0 && (f.assessedShare ?? 0) > 0)).toBe(true);
});
