/**
 * The Eenzaamheid step: "Maak vragenlijsten" over the Excel gateway on the test host, the pane's
 * state and main sheet, the scores shown against the engine's measurements, and loneliness in the
 * Resultaten preview.
 */
import { createExcelGateway } from '../../src/excel';
import { readWorkbook } from '../../src/engine/read';
import { sampleSheets } from '../../src/sample/generate';
import { lonelinessView } from '../../src/taskpane/loneliness';
import { mainSheet } from '../../src/taskpane/mainSheet';
import { createKringOps } from '../../src/taskpane/ops';
import { resultsPreview } from '../../src/taskpane/resultsPreview';
import { initialState, reducer, VIEWS } from '../../src/taskpane/state';
import { en, nl } from '../../src/taskpane/strings';
import { RawSheet } from '../../src/engine/workbook';
import { NEWEST_API, createExcelHost } from '../excelHost';

const DATE = '2026-12-01';

function sampleModel() {
  const raw: RawSheet[] = sampleSheets().map((s) => ({ name: s.name, rows: [s.columns.map((c) => c.header), ...s.rows], firstRow: 1, firstColumn: 0 }));
  return readWorkbook(raw, { today: DATE }).model;
}

test('"Maak vragenlijsten" writes one form per active client of the location; the pane shows the sheet', async () => {
  const host = createExcelHost({ apiVersion: NEWEST_API, sheets: [{ name: 'Blad1' }] });
  const ops = createKringOps(createExcelGateway({ excel: host.Excel, office: host.Office }), 'nl');
  await ops.openSample();
  const progress: string[] = [];
  const outcome = await ops.questionnaire({ date: DATE, location: 'Zonnehof' }, (step, total, label) => progress.push(`${step}/${total} ${label.nl}`));
  expect(progress).toEqual(['1/2 Invoer en eerdere vragenlijsten lezen', '2/2 Vragenlijsten schrijven']);
  const model = outcome.read!.model;
  const expected = model.clients.filter((c) => c.active && c.location === 'Zonnehof').map((c) => c.id).sort();
  expect(outcome.questionnaires!.map((q) => q.client).sort()).toEqual(expected);
  expect(mainSheet({ op: 'questionnaire', outcome })).toBe('Vragenlijst 01-12-2026');
  const state = reducer(initialState, { type: 'questionnaireMade', outcome, date: DATE });
  expect(state.questionnaire).toMatchObject({ blocked: false, forms: expected.length, sheet: 'Vragenlijst 01-12-2026', date: DATE });
  expect(VIEWS).toContain('loneliness');
  expect([nl.nav.loneliness, en.nav.loneliness]).toEqual(['Eenzaamheid', 'Loneliness']);
});

test('the scores shown: the latest scored measurement per client in scope, the loneliest first, levels counted', () => {
  const model = sampleModel();
  const view = lonelinessView(model, 'De Linde');
  const inScope = new Set(model.clients.filter((c) => c.location === 'De Linde').map((c) => c.id));
  const latest = new Map<string, { date: string; total: number }>();
  for (const m of model.loneliness) if (inScope.has(m.clientId) && m.score && (latest.get(m.clientId)?.date ?? '') < m.date) latest.set(m.clientId, { date: m.date, total: m.score.total });
  expect(view.latest.map((l) => l.clientId).sort()).toEqual([...latest.keys()].sort());
  expect(view.latest.map((l) => l.measurement.score!.total)).toEqual([...latest.values()].map((l) => l.total).sort((a, b) => b - a));
  expect(view.levels.notLonely + view.levels.somewhatLonely + view.levels.veryLonely).toBe(latest.size);
  expect(view.levels.veryLonely).toBe([...latest.values()].filter((l) => l.total >= 5).length);
});

test('the Resultaten preview carries loneliness next to network size', () => {
  const model = sampleModel();
  const preview = resultsPreview(model, [], DATE, null, 'nl');
  expect(preview.outcomes.networks.length).toBeGreaterThan(0);
  expect(preview.outcomes.loneliness.points.map((p) => p.date)).toEqual(['2026-03-01', '2026-09-01']);
  expect(preview.outcomes.loneliness.change.measuredTwice).toBeGreaterThan(0);
});
