/**
 * Safety through the whole cycle on .xlsx files, with answers typed by another program (openpyxl):
 * a concern on a form that also ends the pairing is recorded once, blocks its netwerker, stays on
 * every agenda in the begeleider's words until marked done there, and an action carries over.
 */
import { existsSync, mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { main, samplePath } from '../../src/cli/main';
import { readWorkbook } from '../../src/engine/read';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { openpyxlAvailable, runOpenpyxl } from '../real/programs';

const DATE = '2026-12-01';
const NEXT = '2026-12-15';
const dmy = (iso: string) => iso.split('-').reverse().join('-');
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'kring-safety-'));

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, err, json: out.trim().startsWith('{') ? JSON.parse(out) : null };
}

async function sheets(file: string) {
  return (await XlsxWorkbook.open(file)).readSheets();
}

/** Types answers into one form by label (openpyxl, as a begeleider's other program would). */
const FILL_FORM = `
import sys, json, openpyxl
path, sheet, key, answers = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
wb = openpyxl.load_workbook(path)
ws = wb[sheet]
inside = False
for row in ws.iter_rows():
    for c in row:
        if isinstance(c.value, str) and c.value.startswith('KRING-EVAL:'):
            inside = c.value == key
    label = row[0].value
    if inside and label in answers:
        row[1].value = answers[label]
wb.save(path)
`;

/** Types into agenda rows found by their mark (Kenmerk) and begeleider. */
const FILL_AGENDA = `
import sys, json, openpyxl
path, sheet, edits = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
wb = openpyxl.load_workbook(path)
ws = wb[sheet]
header = None
for row in ws.iter_rows():
    values = [c.value for c in row]
    if header is None and 'Kenmerk' in values:
        header = {v: i for i, v in enumerate(values) if v}
        continue
    if header is None:
        continue
    for e in edits:
        if values[header['Begeleider']] == e['supervisor'] and str(values[header['Kenmerk']]).startswith(e['key']):
            for col, value in e['set'].items():
                row[header[col]].value = value
wb.save(path)
`;

const SET_CELL = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb[sys.argv[2]][sys.argv[3]] = sys.argv[4]
wb.save(sys.argv[1])
`;

const maybe = openpyxlAvailable() ? test : test.skip;

describe('safety on the command line', () => {
  maybe('a concern typed on a form that ends the pairing is kept, blocks the netwerker and is followed up until marked done', async () => {
    const dir = tmp();
    const model = readWorkbook(await sheets(samplePath()), { today: DATE }).model;
    const yvonne = model.clients.find((c) => c.name === 'Yvonne Meijer')!;
    const hans = model.clients.find((c) => c.name === 'Hans Peters')!;
    expect(model.pairings.some((p) => p.networkerId === yvonne.id && p.clientId === hans.id && p.status === 'active')).toBe(true);

    const a = path.join(dir, 'a.xlsx');
    expect((await run(['evaluate', samplePath(), '-o', a, '--date', DATE])).code).toBe(0);
    const words = 'Hans vertelde dat Yvonne geld leende';
    runOpenpyxl(FILL_FORM, [a, `Evaluatie ${dmy(DATE)}`, `KRING-EVAL:${yvonne.id}>${hans.id}`, JSON.stringify({
      'Zorgen over veiligheid': 'ja', 'Toelichting veiligheid': words, Besluit: 'beëindigen', 'Reden (bij beëindigen of nieuwe koppeling)': 'veiligheid',
    })]);

    // Processing ends the pairing and records the concern in the begeleider's words.
    const b = path.join(dir, 'b.xlsx');
    const decided = await run(['decide', a, '-o', b, '--date', DATE, '--json']);
    expect(decided.code).toBe(0);
    expect(decided.err).toContain('Veiligheid: 1 zorg van evaluatieformulieren vastgelegd in Veiligheidssignalen');
    expect(decided.json.recordedConcerns).toBe(1);
    expect(decided.json.safety).toContainEqual({ about: yvonne.id, with: hans.id, date: DATE, text: words, source: 'evaluation', status: 'open' });
    const register = (await sheets(b)).find((s) => s.name === 'Veiligheidssignalen')!;
    const recorded = register.rows.filter((r) => r.includes(words));
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toEqual(expect.arrayContaining([yvonne.id, hans.id, 'evaluatieformulier', 'open']));

    // Processing again records nothing twice.
    const c = path.join(dir, 'c.xlsx');
    expect((await run(['decide', b, '-o', c, '--date', DATE, '--json'])).json.recordedConcerns).toBe(0);
    expect((await sheets(c)).find((s) => s.name === 'Veiligheidssignalen')!.rows.filter((r) => r.includes(words))).toHaveLength(1);

    // The netwerker gets no new suggestion while the concern is open, with the rule named.
    const suggested = await run(['suggest', c, '-o', path.join(dir, 's.xlsx'), '--date', DATE, '--json', '--explain']);
    expect(suggested.json.suggestions.some((s: { netwerker: string }) => s.netwerker === yvonne.id)).toBe(false);
    const blocked = suggested.json.pairs.filter((p: { netwerker: string; client: string }) => p.netwerker === yvonne.id && p.client !== yvonne.id);
    expect(blocked.length).toBeGreaterThan(0);
    expect(new Set(blocked.map((p: { blockedBy: string }) => p.blockedBy))).toEqual(new Set(['safety']));
    expect(suggested.json.unmatched.some((u: { client: string; reason: string }) => u.client === yvonne.id && u.reason.includes('open veiligheidssignaal'))).toBe(true);

    // The agenda of the begeleider concerned opens with the concern in full, although the pairing ended.
    const d = path.join(dir, 'd.xlsx');
    expect((await run(['intervisie', c, '-o', d, '--date', DATE])).code).toBe(0);
    const agenda = (await sheets(d)).find((s) => s.name === `Intervisie ${dmy(DATE)}`)!;
    const own = agenda.rows.filter((r) => r[0] === hans.supervisor);
    expect(own[0][1]).toBe('Veiligheidssignaal (open)');
    expect(String(own[0][4])).toContain(`“${words}”`);
    expect(String(own[0][4])).toContain('evaluatieformulier');
    expect(own[1][1]).toBe('Veiligheid (vast agendapunt)');

    // In the meeting: the concern marked done with its action; a note and an open action on the fixed item.
    runOpenpyxl(FILL_AGENDA, [d, `Intervisie ${dmy(DATE)}`, JSON.stringify([
      { supervisor: hans.supervisor, key: 'KRING-SAFE:', set: { Actie: 'Gesprek met Yvonne en haar mentor', Wie: 'Hakan', Klaar: 'ja' } },
      { supervisor: hans.supervisor, key: 'KRING-AGENDA:safety', set: { Notities: 'Buurvrouw belt vaker', Actie: 'Buurtteam inlichten', Wie: 'Hakan' } },
    ])]);

    // The meeting's head is typed beside its labels and kept when this date's agenda is made again.
    runOpenpyxl(SET_CELL, [d, `Intervisie ${dmy(DATE)}`, 'B2', 'Hakan, Sanne, Ruud']);
    const d2 = path.join(dir, 'd2.xlsx');
    expect((await run(['intervisie', d, '-o', d2, '--date', DATE])).code).toBe(0);
    const remade = (await sheets(d2)).find((s) => s.name === `Intervisie ${dmy(DATE)}`)!;
    expect(remade.rows.find((r) => r[0] === 'Aanwezig')![1]).toBe('Hakan, Sanne, Ruud');
    expect(remade.rows.find((r) => r[0] === hans.supervisor && r[1] === 'Veiligheid (vast agendapunt)')![5]).toBe('Buurvrouw belt vaker');

    const e = path.join(dir, 'e.xlsx');
    expect((await run(['intervisie', d, '-o', e, '--date', NEXT])).code).toBe(0);
    const after = await sheets(e);
    const next = after.find((s) => s.name === `Intervisie ${dmy(NEXT)}`)!.rows.filter((r) => r[0] === hans.supervisor);
    // Closed in the agenda, so closed everywhere: not on the next agenda, handled in the register.
    expect(next.some((r) => r[1] === 'Veiligheidssignaal (open)' && String(r[4]).includes(words))).toBe(false);
    const row = after.find((s) => s.name === 'Veiligheidssignalen')!.rows.find((r) => r.includes(words))!;
    expect(row).toEqual(expect.arrayContaining(['afgehandeld', 'Gesprek met Yvonne en haar mentor']));
    // The open action and the earlier note come back.
    const carried = next.find((r) => r[1] === 'Open actie')!;
    expect(String(carried[4])).toContain('Buurtteam inlichten');
    expect(carried[6]).toBe('Buurtteam inlichten');
    expect(String(next.find((r) => r[1] === 'Veiligheid (vast agendapunt)')![4])).toContain(`vorige keer (${dmy(DATE)}): Buurvrouw belt vaker`);

    // Handled: the netwerker may be suggested again, and her cards say what happened.
    const again = await run(['suggest', e, '-o', path.join(dir, 't.xlsx'), '--date', NEXT, '--json', '--explain']);
    expect(again.json.pairs.filter((p: { netwerker: string; blockedBy: string }) => p.netwerker === yvonne.id && p.blockedBy === 'safety')).toEqual([]);
  });

  test('an impossible date is refused with the option named, and nothing is written', async () => {
    const dir = tmp();
    const out = path.join(dir, 'x.xlsx');
    const r = await run(['evaluate', samplePath(), '-o', out, '--date', '2026-02-31']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--date');
    expect(r.err).toContain('2026-02-31');
    expect(existsSync(out)).toBe(false);
  });
});
