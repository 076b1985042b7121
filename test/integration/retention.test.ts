/**
 * The retention period over the safety cycle, on the .xlsx path through the command line: handled
 * concerns past the period go (open ones never), intervisie agendas past it go whole, exclusions
 * stay, and afterwards check and the next intervisie agenda work with what is left.
 */
import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { runAll, runIntervisie, runSaveSettings } from '../../src/engine/commands';
import { planIntervisie } from '../../src/engine/intervisie/command';
import { retentionFootprints } from '../../src/engine/privacy/retention';
import { readWorkbook } from '../../src/engine/read';
import { isoToSerial } from '../../src/engine/read/cells';
import { currentConcerns } from '../../src/engine/safety/state';
import { Cell, RawSheet } from '../../src/engine/workbook';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { everyCell, run, SAMPLE_DATE, sheetsOf } from './erasureHelpers';

const root = path.resolve(__dirname, '..', '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'kring-retention-'));
const TODAY = '2028-09-01'; // one year: the cutoff is 2027-09-01
const OLD_AGENDA = 'Intervisie 30-11-2026';
const KEPT_AGENDA = 'Intervisie 01-10-2027';
const REGISTER = 'Veiligheidssignalen';


const sheet = (sheets: RawSheet[], name: string) => sheets.find((s) => s.name === name)!;
const headerAt = (s: RawSheet, header: string) => s.rows.findIndex((r) => r.includes(header));
/** The concerns in the register as "about>with date status". */
function register(s: RawSheet): string[] {
  return s.rows.slice(headerAt(s, 'Datum') + 1).filter((r) => r[1]).map((r) => `${r[1]}>${r[2] ?? ''} ${r[0]} ${r[6]}`);
}

/** Sets a column of an agenda's row, found by the text in its mark (or item) column. */
async function typeInAgenda(wb: XlsxWorkbook, name: string, match: RegExp, column: string, value: Cell): Promise<void> {
  const [s] = await wb.readSheets([name]);
  const header = headerAt(s, 'Kenmerk');
  const at = s.rows.findIndex((r, i) => i > header && r.some((c) => typeof c === 'string' && match.test(c)));
  expect([name, String(match), at > header]).toEqual([name, String(match), true]);
  await wb.updateCells(name, [{ row: s.firstRow + at, column: s.firstColumn + s.rows[header].indexOf(column), value, kind: 'text' }]);
}

const demo = path.join(dir, 'demo.xlsx');
const cleaned = path.join(dir, 'cleaned.xlsx');

/**
 * The sample (an open concern about C001 from 2026, one handled in June 2026) with: a concern handled
 * recently (C003), one handled long ago without a handled date (C004), one handled before the cutoff
 * that a kept agenda still lists (C005), one open in the register but "klaar" in the old agenda
 * (C006); an exclusion for safety; an action in the old agenda (X) and one in the kept agenda (Y).
 */
beforeAll(async () => {
  expect((await run(['all', path.join(root, 'assets', 'sample.xlsx'), '-o', demo, '--date', SAMPLE_DATE])).code).toBe(0);
  const wb = await XlsxWorkbook.open(demo);
  const [reg] = await wb.readSheets([REGISTER]);
  const row = (date: string, about: string, status: string, handledOn: string | null): Cell[] => [isoToSerial(date), about, null, 'Sandra Jansen', `Zorg over ${about}`, 'handmatig', status, null, handledOn ? isoToSerial(handledOn) : null];
  const kinds = ['date', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'date'] as const;
  await wb.appendRows({
    sheet: REGISTER, headerRow: reg.firstRow + headerAt(reg, 'Datum'), firstColumn: reg.firstColumn, kinds: [...kinds],
    rows: [row('2028-05-01', 'C003', 'afgehandeld', '2028-06-01'), row('2026-03-01', 'C004', 'afgehandeld', null), row('2027-03-01', 'C005', 'open', null), row('2026-09-01', 'C006', 'open', null)],
  });
  await wb.appendRows({ sheet: 'Uitsluitingen', headerRow: 1, firstColumn: 0, kinds: ['text', 'text', 'text'], rows: [['C002', 'C007', 'Veiligheid: grensoverschrijdend gedrag']] });
  // The old agenda made again with the new concerns on it; C006 marked klaar there.
  await runIntervisie(wb, { today: SAMPLE_DATE, date: SAMPLE_DATE });
  await typeInAgenda(wb, OLD_AGENDA, /^KRING-SAFE:C006>/, 'Klaar', 'ja');
  await runIntervisie(wb, { today: '2027-10-01', date: '2027-10-01' });
  await typeInAgenda(wb, KEPT_AGENDA, /^KRING-SAFE:C005>/, 'Notities', 'Besproken met de begeleider');
  await typeInAgenda(wb, KEPT_AGENDA, /^KRING-AGENDA:safety$/, 'Actie', 'Actie Y: evaluatie plannen');
  await typeInAgenda(wb, OLD_AGENDA, /^KRING-AGENDA:safety$/, 'Actie', 'Actie X: huisarts bellen');
  // C005 closed in the register by hand, dated before the cutoff.
  const [after] = await wb.readSheets([REGISTER]);
  const c005 = after.rows.findIndex((r) => r[1] === 'C005');
  await wb.updateCells(REGISTER, [
    { row: after.firstRow + c005, column: after.firstColumn + 6, value: 'afgehandeld', kind: 'text' },
    { row: after.firstRow + c005, column: after.firstColumn + 8, value: isoToSerial('2027-05-01'), kind: 'date' },
  ]);
  const read = readWorkbook(await wb.readSheets(), { today: TODAY });
  await runSaveSettings(wb, { ...read.model.settings, retentionYears: 1 });
  await wb.save(demo);
}, 180_000);

describe('kring retention: safety concerns and intervisie agendas', () => {
  test('check lists the handled concerns and the old agenda, in Dutch and English; not what stays', async () => {
    const nl = await run(['check', demo, '--date', TODAY]);
    expect(nl.out).toContain(`${REGISTER}: 4 rij(en) afgehandelde veiligheidssignalen (open signalen blijven altijd staan) ouder dan de bewaartermijn van 1 jaar.`);
    expect(nl.out).toContain(`${OLD_AGENDA}: Dit blad is ouder dan de bewaartermijn van 1 jaar.`);
    expect(nl.out).not.toContain(`${KEPT_AGENDA}: Dit blad`);
    const en = await run(['check', demo, '--date', TODAY, '--lang', 'en']);
    expect(en.out).toContain(`${REGISTER}: 4 row(s) of handled safety concerns (open concerns always stay) older than the retention period of 1 years.`);
    expect(en.out).toContain(`${OLD_AGENDA}: This sheet is older than the retention period of 1 years.`);
  }, 60_000);

  test('before the clean-up the next agenda carries both actions (the fixture is real)', async () => {
    const raw = await sheetsOf(demo);
    const { spec } = planIntervisie(raw, readWorkbook(raw, { today: TODAY }), 'nl', TODAY);
    const text = spec.rows.map((r) => r.join('\t')).join('\n');
    expect(text).toContain('Actie X: huisarts bellen');
    expect(text).toContain('Actie Y: evaluatie plannen');
  });

  test('retention removes the handled concerns and the old agenda, keeps open and recent ones, exclusions and the rest', async () => {
    const before = await sheetsOf(demo);
    expect(register(sheet(before, REGISTER))).toHaveLength(6);
    const result = await run(['retention', demo, '-o', cleaned, '--date', TODAY]);
    expect(result.code).toBe(0);
    const after = await sheetsOf(cleaned);
    const names = after.map((s) => s.name);
    expect(names).not.toContain(OLD_AGENDA);
    expect(names).toContain(KEPT_AGENDA);
    // The open concern of 2026 stays (safety first), the recently handled one too; the other four went.
    expect(register(sheet(after, REGISTER))).toEqual([`C001> ${isoToSerial('2026-10-06')} open`, `C003> ${isoToSerial('2028-05-01')} afgehandeld`]);
    // The lasting safeguard, the exclusions, and what retention does not cover are as they were.
    for (const name of ['Uitsluitingen', 'Cliënten', 'Begeleiders', KEPT_AGENDA]) expect([name, everyCell(sheet(after, name))]).toEqual([name, everyCell(sheet(before, name))]);
    expect(sheet(after, 'Uitsluitingen').rows.some((r) => r[2] === 'Veiligheid: grensoverschrijdend gedrag')).toBe(true);
    // A log line per sheet with the counts, and no ID or name in it.
    const log = sheet(after, 'Kring verwijderlog');
    const line = (name: string) => log.rows.find((r) => r[1] === 'bewaartermijn' && r[2] === name);
    expect(line(REGISTER)!.slice(3)).toEqual([4, 0]);
    expect(line(OLD_AGENDA)![3]).toBe(sheet(before, OLD_AGENDA).rows.length);
    const people = readWorkbook(before, { today: TODAY }).model.clients.flatMap((c) => [c.id, c.name]);
    expect(people.filter((p) => everyCell(log).includes(p))).toEqual([]);
  }, 120_000);

  test('a handled concern whose "ja" is on a form that stays keeps its register row (it would come back as open)', async () => {
    const raw = await sheetsOf(demo);
    const form = sheet(raw, 'Evaluatie 15-08-2026');
    // The same forms, dated after the cutoff, with "ja" under Zorgen over veiligheid in the first one.
    const kept: RawSheet = { ...form, name: 'Evaluatie 01-10-2027', rows: form.rows.map((r) => [...r]) };
    const keyAt = kept.rows.findIndex((r) => r.some((c) => typeof c === 'string' && c.startsWith('KRING-EVAL:')));
    const [networker, client] = String(kept.rows[keyAt].find((c) => typeof c === 'string' && c.startsWith('KRING-EVAL:'))).slice('KRING-EVAL:'.length).split('>');
    const safetyAt = kept.rows.findIndex((r, i) => i > keyAt && r.includes('Zorgen over veiligheid'));
    kept.rows[safetyAt][kept.rows[safetyAt].indexOf('Zorgen over veiligheid') + 1] = 'ja';
    // Its concern in the register, handled on a date before the cutoff.
    const reg = sheet(raw, REGISTER);
    const withRow: RawSheet = { ...reg, rows: [...reg.rows, [isoToSerial('2027-10-01'), networker, client, null, 'Zorg', 'evaluatieformulier', 'afgehandeld', null, isoToSerial('2027-05-01')]] };
    const at = withRow.rows.length - 1;
    const rowsPast = (sheets: RawSheet[]) => {
      const read = readWorkbook(sheets, { today: TODAY });
      return retentionFootprints(sheets, read, TODAY).find((fp) => fp.sheet.name === REGISTER)!.rows;
    };
    const others = raw.map((s) => (s.name === REGISTER ? withRow : s));
    expect(rowsPast(others)).toContain(at);
    const past = rowsPast([...others, kept]);
    expect(past).not.toContain(at);
    expect(past).toHaveLength(4);
  });

  test('afterwards check is clean and the next agenda carries only what kept agendas hold, with no removed concern back as open', async () => {
    const check = await run(['check', cleaned, '--date', TODAY]);
    expect(check.code).toBe(0);
    expect(check.out).not.toMatch(/bewaartermijn/);
    const raw = await sheetsOf(cleaned);
    const read = readWorkbook(raw, { today: TODAY });
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // C005 is still listed in the kept agenda without a "klaar"; it must not come back as open.
    expect(currentConcerns(raw, read.model, 'nl').map((c) => `${c.about} ${c.status}`)).toEqual(['C001 open', 'C003 handled']);

    const next = path.join(dir, 'next.xlsx');
    const result = await run(['intervisie', cleaned, '-o', next, '--date', TODAY]);
    expect(result.code).toBe(0);
    const agenda = everyCell(sheet(await sheetsOf(next), 'Intervisie 01-09-2028'));
    expect(agenda).toContain('Actie Y: evaluatie plannen');
    expect(agenda).not.toContain('Actie X: huisarts bellen');
    expect(agenda).toContain('KRING-SAFE:C001>');
    expect(agenda).not.toMatch(/KRING-SAFE:C00[2456]/);
    expect(register(sheet(await sheetsOf(next), REGISTER))).toEqual(register(sheet(raw, REGISTER)));
  }, 120_000);
});
