/** Reading Eenzaamheid: tolerant answers, columns by statement or number, problems at the cell; the questionnaire read back. */
import { readWorkbook } from '../../../src/engine/read';
import { questionnaireSheet } from '../../../src/engine/loneliness/sheets';
import { RawSheet, SheetSpec } from '../../../src/engine/workbook';
import { layoutOf } from '../../../src/engine/layout/sheet';
import { blockTop } from '../../../src/engine/layout/sheet';
import { sheet } from '../helpers';

const clients = sheet('Cliënten', [['ID', 'Naam', 'Locatie'], ['C1', 'Anna', 'A'], ['C2', 'Bram', 'A'], ['C3', 'Cor', 'B']]);

test('answers in any case, with accents, spacing or in English; headers by statement or by number', () => {
  const { model, problems } = readWorkbook([
    clients,
    sheet('Loneliness', [
      ['Client ID', 'Date', '1', 'Vraag 2', 'Item 3', 'Q4', 'Er zijn voldoende mensen met wie ik me nauw verbonden voel', '6. Vaak voel ik me in de steek gelaten', 'Afgenomen door'],
      ['C1', '1-3-2026', ' JA ', 'Min-of-meer', 'nee!', 'yes', 'More or less', 'NO', 'Sanne'],
      ['c2', 46082, 'nee', 'ja', 'ja', 'nee', 'ja', 'nee', null],
    ]),
  ], { today: '2026-12-01' });
  expect(problems).toEqual([]);
  expect(model.loneliness.map((m) => [m.clientId, m.date, m.answers, m.score, m.by])).toEqual([
    ['C1', '2026-03-01', ['yes', 'moreOrLess', 'no', 'yes', 'moreOrLess', 'no'], { total: 5, emotional: 2, social: 3, level: 'veryLonely' }, 'Sanne'],
    ['C2', '2026-03-01', ['no', 'yes', 'yes', 'no', 'yes', 'no'], { total: 0, emotional: 0, social: 0, level: 'notLonely' }, null],
  ]);
});

test('an unknown word is a problem at its cell listing the allowed words; a missing answer gives no score and a warning', () => {
  const { model, problems } = readWorkbook([
    clients,
    sheet('Eenzaamheid', [
      ['Cliënt-ID', 'Datum', '1', '2', '3', '4', '5', '6'],
      ['C1', '2026-03-01', 'ja', 'soms', 'nee', 'ja', 'nee', 'ja'],
      ['C2', '2026-03-01', 'ja', 'nee', null, 'ja', 'nee', 'ja'],
      ['C9', '2026-03-01', 'ja', 'nee', 'nee', 'ja', 'nee', 'ja'],
    ]),
  ], { today: '2026-12-01' });
  expect(model.loneliness.map((m) => [m.clientId, m.score])).toEqual([['C1', null], ['C2', null]]);
  const at = (address: string) => problems.find((p) => p.address === address);
  expect(at('D2')).toMatchObject({ severity: 'warning', sheet: 'Eenzaamheid', row: 2, column: '2' });
  expect(at('D2')!.message.nl).toContain('"ja", "min of meer", "nee"');
  expect(at('D2')!.message.en).toContain('"yes", "more or less", "no"');
  expect(at('E3')!.message.nl).toMatch(/Uitspraak 3 heeft geen antwoord, dus deze meting krijgt geen score/);
  expect(at('A4')!.message.nl).toContain('C9');
  expect(problems.every((p) => p.severity === 'warning')).toBe(true);
});

/** The sheet as the gateways would write it: preamble, header, then the blocks, as raw rows. */
function asRaw(spec: SheetSpec): RawSheet {
  const grid: (string | number | boolean | null)[][] = [];
  const put = (r: number, c: number, v: string | number | boolean | null) => {
    while (grid.length <= r) grid.push([]);
    grid[r][c] = v;
  };
  (spec.preamble ?? []).forEach((line, i) => put(i, 0, line));
  spec.columns.forEach((c, j) => put(layoutOf(spec).headerRow, j, c.header));
  for (const b of spec.blocks ?? []) b.rows.forEach((row, i) => row.forEach((v, j) => put(blockTop(b) + i, b.at.column + j, v ?? null)));
  const width = Math.max(...grid.map((r) => r.length));
  return { name: spec.name, rows: grid.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? null)), firstRow: 1, firstColumn: 0 };
}

test('a questionnaire read back: one tick per statement scores; two ticks are a problem at the cell; answers are written back', () => {
  const { model } = readWorkbook([clients], { today: '2026-12-01' });
  const spec = questionnaireSheet(model, '2026-12-01', model.clients.slice(0, 2), new Map(), 'nl');
  const raw = asRaw(spec);
  const tick = (client: string, statement: number, column: number, mark = 'x') => {
    let inForm = false;
    for (const row of raw.rows) {
      if (row.some((c) => c === `KRING-FORM:EENZAAMHEID:${client}`)) inForm = true;
      else if (row.some((c) => typeof c === 'string' && c.startsWith('KRING-FORM:'))) inForm = false;
      if (inForm && typeof row[0] === 'string' && row[0].startsWith(`${statement}. `)) row[column] = mark;
    }
  };
  // Anna: ja, ja, nee, nee, min of meer, ja → 1 + 0 + 1 + 0 + 1 + 1 = 4.
  [1, 1, 3, 3, 2, 1].forEach((column, i) => tick('C1', i + 1, column));
  // Bram: two boxes at statement 2.
  [1, 1, 1, 1, 1, 1].forEach((column, i) => tick('C2', i + 1, column, '☒'));
  tick('C2', 2, 3);
  const again = readWorkbook([clients, raw], { today: '2026-12-01' });
  expect(again.model.loneliness.map((m) => [m.clientId, m.date, m.score?.total ?? null])).toEqual([['C1', '2026-12-01', 4], ['C2', '2026-12-01', null]]);
  const twice = again.problems.find((p) => p.message.nl.includes('2 vakjes'));
  expect(twice).toMatchObject({ sheet: 'Vragenlijst 01-12-2026', severity: 'warning' });
  expect(twice!.address).toMatch(/^B\d+$/);
});

test('an English questionnaire is read back as well, and answers typed in English count in Eenzaamheid', () => {
  const { model } = readWorkbook([clients], { today: '2026-12-01' });
  const spec = questionnaireSheet(model, '2026-12-01', model.clients.slice(2), new Map(), 'en');
  expect(spec.name).toBe('Questionnaire 01-12-2026');
  const raw = asRaw(spec);
  for (const row of raw.rows) if (typeof row[0] === 'string' && /^[1-6]\. /.test(row[0])) row[3] = '✓';
  // "no" everywhere: 1 + 1 + 1 on the social statements.
  const again = readWorkbook([clients, raw], { today: '2026-12-01' });
  expect(again.model.loneliness.map((m) => [m.clientId, m.score])).toEqual([['C3', { total: 3, emotional: 0, social: 3, level: 'somewhatLonely' }]]);
});
