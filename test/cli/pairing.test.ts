/** suggest → decisions typed in the sheet → decide → suggest again, on .xlsx files through the command line. */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { main, samplePath } from '../../src/cli/main';
import { readWorkbook } from '../../src/engine/read';
import { XlsxWorkbook } from '../../src/xlsx/gateway';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'kring-pair-'));

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, json: out.trim().startsWith('{') ? JSON.parse(out) : null, err };
}

/** Types decisions into Koppelvoorstellen as a user (or another program) would. */
async function decide(file: string, decisions: Record<number, [string, string?]>) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Koppelvoorstellen')!;
  const header = ws.getRow(1).values as unknown[];
  const col = (name: string) => header.indexOf(name);
  for (const [row, [decision, remark]] of Object.entries(decisions)) {
    ws.getCell(Number(row), col('Besluit')).value = decision;
    if (remark) ws.getCell(Number(row), col('Opmerking')).value = remark;
  }
  await wb.xlsx.writeFile(file);
  return {
    pair: (row: number) => [String(ws.getCell(row, col('Netwerker-ID')).value), String(ws.getCell(row, col('Cliënt-ID')).value)],
  };
}

describe('kring suggest and decide', () => {
  test('decisions survive a re-run; decide appends exactly the accepted pairs, once', async () => {
    const dir = tmp();
    const a = path.join(dir, 'a.xlsx');
    const first = await run(['suggest', samplePath(), '-o', a, '--json', '--date', '2026-11-23']);
    expect(first.code).toBe(0);
    const suggestions = first.json.suggestions as { netwerker: string; client: string; score: number }[];
    expect(suggestions.length).toBeGreaterThan(3);
    expect(first.json.candidates.length).toBeGreaterThan(0);
    for (const s of suggestions) expect(s.score).toBeGreaterThan(0);

    const typed = await decide(a, { 2: ['akkoord', 'klik verwacht'], 3: ['afgewezen', '=niet doen'], 4: ['akkoord'] });
    const accepted = [typed.pair(2), typed.pair(4)];
    const rejected = typed.pair(3);

    // A re-run of suggest keeps the typed decisions and remarks (also formula-looking ones).
    const b = path.join(dir, 'b.xlsx');
    expect((await run(['suggest', a, '-o', b, '--date', '2026-11-23'])).code).toBe(0);
    const back = await XlsxWorkbook.open(b);
    const sheet = (await back.readSheets()).find((s) => s.name === 'Koppelvoorstellen')!;
    const text = JSON.stringify(sheet.rows);
    expect(text).toContain('klik verwacht');
    expect(text).toContain('=niet doen');
    expect(sheet.rows.filter((r) => r.includes('akkoord')).length).toBe(2);

    const c = path.join(dir, 'c.xlsx');
    const decided = await run(['decide', b, '-o', c, '--json', '--date', '2026-11-24']);
    expect(decided.code).toBe(0);
    expect(decided.json.decisions).toMatchObject({ accepted: 2, rejected: 1 });
    // What happened, in numbers, beside the sheets written (issue 23).
    expect(first.err).toContain(`${suggestions.length} koppelvoorstellen gemaakt;`);
    const open = suggestions.length - 3;
    expect(decided.err).toContain(`3 besluiten verwerkt (2 akkoord, 1 afgewezen): 2 koppelingen nieuw in Koppelingen, 1 afwijzing nieuw onthouden; ${open} voorstellen nog open.`);
    const before = readWorkbook(await (await XlsxWorkbook.open(b)).readSheets(), { today: '2026-11-24' }).model.pairings;
    const after = readWorkbook(await (await XlsxWorkbook.open(c)).readSheets(), { today: '2026-11-24' }).model.pairings;
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((p) => [p.networkerId, p.clientId, p.start, p.status])).toEqual(accepted.map(([n, cl]) => [n, cl, '2026-11-24', 'active']));

    // Processing the same decisions again changes nothing in the register.
    const d = path.join(dir, 'd.xlsx');
    expect((await run(['decide', c, '-o', d, '--date', '2026-11-25'])).code).toBe(0);
    const again = readWorkbook(await (await XlsxWorkbook.open(d)).readSheets(), { today: '2026-11-25' }).model.pairings;
    expect(again).toHaveLength(after.length);

    // The next round never suggests the rejected pair, nor the accepted clients again.
    const e = path.join(dir, 'e.xlsx');
    const next = await run(['suggest', d, '-o', e, '--json', '--explain', '--date', '2026-11-25']);
    const nextPairs = next.json.suggestions.map((s: { netwerker: string; client: string }) => [s.netwerker, s.client]);
    expect(nextPairs).not.toContainEqual(rejected);
    for (const [, client] of accepted) expect(next.json.suggestions.map((s: { client: string }) => s.client)).not.toContain(client);
    const blocked = next.json.pairs.find((p: { netwerker: string; client: string }) => p.netwerker === rejected[0] && p.client === rejected[1]);
    if (blocked) expect(blocked.blockedBy).toBe('rejected-before');
    // Five commands on real files: on a loaded machine this takes longer than jest's default 5 s.
  }, 30_000);

  test('--explain lists every pair; every suggested pair appears there with the same score', async () => {
    const dir = tmp();
    const res = await run(['suggest', samplePath(), '-o', path.join(dir, 'x.xlsx'), '--json', '--explain', '--date', '2026-11-23']);
    const pairs = res.json.pairs as { netwerker: string; client: string; score: number; blockedBy: string | null }[];
    const model = readWorkbook(await (await XlsxWorkbook.open(samplePath())).readSheets(), { today: '2026-11-23' }).model;
    const networkers = model.clients.filter((c) => c.role !== 'participant' && c.active).length;
    const clientsInRound = new Set(pairs.map((p) => p.client)).size;
    expect(pairs).toHaveLength(networkers * clientsInRound);
    for (const s of res.json.suggestions) {
      const p = pairs.find((x) => x.netwerker === s.netwerker && x.client === s.client)!;
      expect(p.blockedBy).toBeNull();
      expect(p.score).toBe(s.score);
    }
    expect(pairs.some((p) => p.blockedBy !== null)).toBe(true);
    const sum = res.json.suggestions.reduce((t: number, s: { score: number }) => t + s.score, 0);
    expect(sum).toBeGreaterThan(0);
  });

  test('check reports a mistyped decision exactly as decide does (issue 23)', async () => {
    const dir = tmp();
    const a = path.join(dir, 'a.xlsx');
    expect((await run(['suggest', samplePath(), '-o', a, '--date', '2026-11-23'])).code).toBe(0);
    await decide(a, { 2: ['akord'], 3: ['akkoord'] });
    const checked = await run(['check', a, '--json', '--date', '2026-11-23']);
    const decided = await run(['decide', a, '-o', path.join(dir, 'b.xlsx'), '--json', '--date', '2026-11-23']);
    const about = (j: { problems: { sheet: string; row: number; column: string; message: string }[] }) => j.problems.filter((p) => p.sheet === 'Koppelvoorstellen');
    expect(about(checked.json)).toEqual([expect.objectContaining({ severity: 'warning', row: 2, column: 'Besluit', message: expect.stringContaining('"akord" is geen besluit') })]);
    expect(about(checked.json)).toEqual(about(decided.json));
    expect(decided.err).toContain('1 besluit verwerkt (1 akkoord, 0 afgewezen): 1 koppeling nieuw in Koppelingen');
  });
});
