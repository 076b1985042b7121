/** One mistake, one message: follow-up problems are reported once, at their cause. */
import { readWorkbook } from '../../src/engine/read';
import { sampleSheets } from '../../src/sample/generate';
import { RawSheet } from '../../src/engine/workbook';

function sample(): RawSheet[] {
  return sampleSheets().map((s) => ({ name: s.name, rows: [s.columns.map((c) => c.header), ...s.rows.map((r) => [...r])], firstRow: 1, firstColumn: 0 }));
}

test('one duplicate client ID: one error, naming the ID the other sheets still use and where', () => {
  const raw = sample();
  const clients = raw.find((r) => r.name === 'Cliënten')!;
  const lost = String(clients.rows[5][0]);
  clients.rows[5][0] = clients.rows[4][0];
  const { problems } = readWorkbook(raw, { today: '2026-11-23' });
  expect(problems.filter((p) => p.severity === 'error')).toHaveLength(1);
  expect(problems.filter((p) => p.message.nl.includes(`"${lost}"`))).toHaveLength(1);
  const [error] = problems;
  expect(error).toMatchObject({ sheet: 'Cliënten', row: 6, severity: 'error' });
  expect(error.message.nl).toContain('komt al voor in rij 5');
  expect(error.message.nl).toMatch(new RegExp(`verwijzen naar "${lost}".*Contacten rijen \\d+–\\d+`));
});

test('an unknown ID used in many rows: one problem listing the rows', () => {
  const raw = sample();
  const contacts = raw.find((r) => r.name === 'Contacten')!;
  for (const row of contacts.rows.slice(1, 6)) row[0] = 'X999';
  const { problems } = readWorkbook(raw, { today: '2026-11-23' });
  const about = problems.filter((p) => p.message.nl.includes('"X999"'));
  expect(about).toHaveLength(1);
  expect(about[0].message.nl).toContain('5 rijen verwijzen ernaar: Contacten rijen 2–6');
});

describe('a sheet without rows comes before its consequences (issue 23)', () => {
  test('an emptied Cliënten: one error, first, naming the rows elsewhere; no echo per ID', () => {
    const raw = sample();
    const clients = raw.find((r) => r.name === 'Cliënten')!;
    clients.rows = clients.rows.slice(0, 1);
    const { problems } = readWorkbook(raw, { today: '2026-11-23' });
    expect(problems[0]).toMatchObject({ severity: 'error', sheet: 'Cliënten', row: null });
    expect(problems[0].message.nl).toMatch(/^Het blad Cliënten heeft nog geen cliënten\..*Andere bladen noemen wel cliënten \(\d+ rijen: .*Contacten rijen 2–/);
    expect(problems[0].message.en).toMatch(/^The sheet Cliënten has no clients yet\..*Other sheets do name clients/);
    expect(problems.filter((p) => /geen cliënt met ID|niet in Cliënten/.test(p.message.nl))).toEqual([]);
    expect(problems.length).toBeLessThan(10);
  });
});

test('a missing Cliënten sheet: that one error, first, with the rows elsewhere folded into it', () => {
  const raw = sample().filter((r) => r.name !== 'Cliënten');
  const { problems } = readWorkbook(raw, { today: '2026-11-23' });
  expect(problems[0].message.nl).toMatch(/^Het blad "Cliënten" ontbreekt\..*Andere bladen noemen wel cliënten/);
  expect(problems.filter((p) => p.message.nl.includes('geen cliënt met ID'))).toEqual([]);
});
