/** evaluate → answers typed by another program → evaluate again → decide ends pairings → intervisie, on .xlsx files. */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { main, samplePath } from '../../src/cli/main';
import { readEvaluations } from '../../src/engine/evaluation/answers';
import { readWorkbook } from '../../src/engine/read';
import { XlsxWorkbook } from '../../src/xlsx/gateway';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'kring-eval-'));
const DATE = '2026-11-23';

async function run(args: string[]) {
  let out = '';
  const code = await main(args, { out: (t) => (out += t), err: () => undefined });
  return { code, json: out.trim().startsWith('{') ? JSON.parse(out) : null };
}

/** Fills in a form as a begeleider would, by label, in another program (ExcelJS). */
async function fill(file: string, sheetName: string, pair: string, answers: Record<string, string | number>) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheetName)!;
  let inForm = false;
  ws.eachRow((row) => {
    row.eachCell((cell) => {
      if (typeof cell.value === 'string' && cell.value.startsWith('KRING-EVAL:')) inForm = cell.value === `KRING-EVAL:${pair}`;
    });
    const label = row.getCell(1).value;
    if (inForm && typeof label === 'string' && label in answers) row.getCell(2).value = answers[label];
  });
  await wb.xlsx.writeFile(file);
}

describe('kring evaluate and intervisie', () => {
  test('answers survive regeneration; ending a pairing updates only its register row; the next round re-pairs the client', async () => {
    const dir = tmp();
    const a = path.join(dir, 'a.xlsx');
    const first = await run(['evaluate', samplePath(), '-o', a, '--date', DATE, '--json']);
    expect(first.code).toBe(0);
    const model = readWorkbook(await (await XlsxWorkbook.open(samplePath())).readSheets(), { today: DATE }).model;
    const active = model.pairings.filter((p) => p.status === 'active');
    expect(first.json.evaluations).toHaveLength(active.length);
    expect(new Set(first.json.evaluations.map((e: { sheet: string }) => e.sheet))).toEqual(new Set([`Evaluatie ${DATE.split('-').reverse().join('-')}`]));

    const [ending, worried] = active;
    await fill(a, `Evaluatie ${DATE.split('-').reverse().join('-')}`, `${ending.networkerId}>${ending.clientId}`, {
      'Klik (1 = geen, 5 = heel goed)': 2,
      Besluit: 'beëindigen',
      'Reden (bij beëindigen of nieuwe koppeling)': 'geen klik',
      'Wat ging goed': '=samen koken',
    });
    await fill(a, `Evaluatie ${DATE.split('-').reverse().join('-')}`, `${worried.networkerId}>${worried.clientId}`, { 'Zorgen over veiligheid': 'ja', 'Toelichting veiligheid': 'spanning thuis', Besluit: 'voortzetten' });

    // Regenerate the same date: every answer is still there.
    const b = path.join(dir, 'b.xlsx');
    expect((await run(['evaluate', a, '-o', b, '--date', DATE])).code).toBe(0);
    // This round's answers (the sample has two earlier rounds of its own).
    const answers = readEvaluations(await (await XlsxWorkbook.open(b)).readSheets()).filter((x) => x.date === DATE);
    const endingAnswers = answers.find((x) => x.networkerId === ending.networkerId && x.clientId === ending.clientId)!;
    expect(endingAnswers).toMatchObject({ klik: 2, decision: 'end', endReason: 'geen klik' });
    expect(endingAnswers.raw.wentWell).toBe('=samen koken');
    expect(answers.find((x) => x.clientId === worried.clientId)).toMatchObject({ safety: true, decision: 'continue' });

    // Process: only the ended pairing's row changes.
    const c = path.join(dir, 'c.xlsx');
    expect((await run(['decide', b, '-o', c, '--date', DATE])).code).toBe(0);
    const before = readWorkbook(await (await XlsxWorkbook.open(b)).readSheets(), { today: DATE }).model.pairings;
    const after = readWorkbook(await (await XlsxWorkbook.open(c)).readSheets(), { today: DATE }).model.pairings;
    expect(after).toHaveLength(before.length);
    after.forEach((p, i) => {
      if (p.networkerId === ending.networkerId && p.clientId === ending.clientId) {
        expect(p).toMatchObject({ status: 'ended', end: DATE, endReason: 'geen klik' });
      } else expect(p).toEqual(before[i]);
    });
    // Twice: nothing more changes.
    const d = path.join(dir, 'd.xlsx');
    await run(['decide', c, '-o', d, '--date', DATE]);
    expect(readWorkbook(await (await XlsxWorkbook.open(d)).readSheets(), { today: DATE }).model.pairings).toEqual(after);

    // The next suggestion round never proposes the ended pair and accounts for the client.
    const e = path.join(dir, 'e.xlsx');
    const next = await run(['suggest', d, '-o', e, '--date', DATE, '--json']);
    const pairs = next.json.suggestions.map((s: { netwerker: string; client: string }) => `${s.netwerker}>${s.client}`);
    expect(pairs).not.toContain(`${ending.networkerId}>${ending.clientId}`);
    const accounted = [...next.json.suggestions.map((s: { client: string }) => s.client), ...next.json.unmatched.map((u: { client: string }) => u.client)];
    expect(accounted).toContain(ending.clientId);

    // Intervisie: the safety concern is on the agenda of that begeleider, with safety as a fixed item for everyone.
    const f = path.join(dir, 'f.xlsx');
    expect((await run(['intervisie', d, '-o', f, '--date', DATE])).code).toBe(0);
    const sheet = (await (await XlsxWorkbook.open(f)).readSheets()).find((s) => s.name === `Intervisie ${DATE.split('-').reverse().join('-')}`)!;
    const rows = sheet.rows.slice(2);
    const supervisors = new Set(model.supervisors.map((s) => s.name));
    for (const s of supervisors) expect(rows.some((r) => r[0] === s && String(r[1]).startsWith('Veiligheid'))).toBe(true);
    const worriedClient = model.clients.find((x) => x.id === worried.clientId)!;
    expect(rows.some((r) => r[0] === worriedClient.supervisor && String(r[4]).includes('veiligheid'))).toBe(true);
  });
});
