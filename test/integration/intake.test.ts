/**
 * Intake end to end on both paths: forms made for three clients, filled (by openpyxl on the .xlsx
 * path, typed on the Excel test host), read back as exactly the differences, nothing written until
 * applied, and then only the cells of Competenties and Cliënten that changed (with the date and
 * assessor); on the .xlsx path every other part byte-identical.
 */
import JSZip from 'jszip';
import { mkdtempSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { runIntake, runIntakeForms } from '../../src/engine/commands';
import { intakeCompetences } from '../../src/engine/intake/kind';
import { KringModel } from '../../src/engine/model';
import { readWorkbook } from '../../src/engine/read';
import { normKey } from '../../src/engine/read/normalize';
import { Cell, RawSheet } from '../../src/engine/workbook';
import { createExcelGateway } from '../../src/excel';
import { sampleSheets } from '../../src/sample/generate';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { API_VERSIONS, createExcelHost } from '../excelHost';
import { openpyxlAvailable, runOpenpyxl } from '../real/programs';
import { excelRuleBreaks } from '../standard/excelRules';
import { validateParts, xmllintAvailable } from '../standard/schemas';

const DATE = '2026-12-01';
const SHEET = 'Intake 01-12-2026';

interface Plan {
  client: string;
  /** Competence → level ticked. */
  ticks: Record<string, number>;
  /** Start of a question's label → text written in its answer cell. */
  texts: Record<string, string>;
}

interface Expected {
  client: string;
  field: string;
  competence: string | null;
  from: string | number | null;
  to: string | number;
}

/** Three clients with levels: one changed, one new and one confirmed (its date renewed) each; a field changed each. */
function plan(model: KringModel): { plans: Plan[]; expected: Expected[] } {
  const list = intakeCompetences(model.settings);
  const level = (id: string, c: string) => model.competences.find((x) => x.clientId === id && normKey(x.competence) === normKey(c));
  const chosen = model.clients.filter((c) => c.active && list.filter((k) => level(c.id, k)).length >= 2 && list.some((k) => !level(c.id, k))).slice(0, 3);
  expect(chosen).toHaveLength(3);
  const plans: Plan[] = [];
  const expected: Expected[] = [];
  chosen.forEach((client, i) => {
    const [changed, confirmed] = list.filter((k) => level(client.id, k));
    const fresh = list.find((k) => !level(client.id, k))!;
    const was = level(client.id, changed)!;
    const to = was.level === 5 ? 4 : was.level + 1;
    const texts: Record<string, string> = { 'Beoordeeld door': 'Sanne' };
    if (i === 0) {
      texts.Interesses = [...client.interests, 'schaken'].join('; ');
      expected.push({ client: client.id, field: 'interests', competence: null, from: client.interests.join('; ') || null, to: texts.Interesses });
    } else if (i === 1) {
      texts['Beschikbaar op'] = client.availability.includes('ma') ? 'di; do' : 'ma; do';
      expected.push({ client: client.id, field: 'availability', competence: null, from: client.availability.join('; ') || null, to: texts['Beschikbaar op'] });
    } else {
      texts.Hulpvraag = 'gesprek; samen koken';
      expected.push({ client: client.id, field: 'needs', competence: null, from: client.needs.join('; ') || null, to: 'gesprek; samen koken' });
    }
    const kept = level(client.id, confirmed)!;
    plans.push({ client: client.id, ticks: { [changed]: to, [fresh]: 3, [confirmed]: kept.level }, texts });
    expected.push({ client: client.id, field: 'level', competence: was.competence, from: was.level, to }, { client: client.id, field: 'level', competence: fresh, from: null, to: 3 });
    // The same level ticked again is an assessment: it renews an older date.
    if (kept.date) expected.push({ client: client.id, field: 'level', competence: kept.competence, from: kept.level, to: kept.level });
  });
  return { plans, expected: expected.sort((a, b) => a.client.localeCompare(b.client)) };
}

const FILL_SCRIPT = `
import sys, json, openpyxl
path, sheet, plans = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
wb = openpyxl.load_workbook(path)
ws = wb[sheet]
plan = None
for row in ws.iter_rows():
    values = [c.value for c in row]
    keys = [v for v in values if isinstance(v, str) and v.startswith('KRING-FORM:INTAKE:')]
    if keys:
        plan = next((p for p in plans if 'KRING-FORM:INTAKE:' + p['client'] == keys[0]), None)
        continue
    label = values[0]
    if plan is None or not isinstance(label, str):
        continue
    r = str(row[0].row)
    if label in plan['ticks']:
        ws[chr(65 + plan['ticks'][label]) + r] = 'X'
    for start, text in plan['texts'].items():
        if label.startswith(start):
            ws['B' + r] = text
wb.save(path)
`;

const shape = (c: Expected) => ({ client: c.client, field: c.field, competence: c.competence, from: c.from, to: c.to });
const sorted = (list: Expected[]) => list.map(shape).sort((a, b) => `${a.client}|${a.field}|${a.competence}`.localeCompare(`${b.client}|${b.field}|${b.competence}`));

/** Every cell that differs between two reads of the workbook: "sheet!row:column". */
function differences(before: RawSheet[], after: RawSheet[]): string[] {
  const out: string[] = [];
  const grid = (s: RawSheet) => {
    const m = new Map<string, Cell>();
    s.rows.forEach((r, i) => r.forEach((c, j) => c !== null && c !== '' && m.set(`${s.firstRow + i}:${s.firstColumn + j}`, c)));
    return m;
  };
  for (const a of after) {
    const b = before.find((x) => x.name === a.name);
    const ga = grid(a);
    const gb = b ? grid(b) : new Map<string, Cell>();
    for (const key of new Set([...ga.keys(), ...gb.keys()])) if (ga.get(key) !== gb.get(key)) out.push(`${a.name}!${key}`);
  }
  return out.sort();
}

/** The cells the applied changes may touch: the clients' field cells, level/date/assessor of changed rows, and appended rows. */
function allowedCells(before: KringModel, raw: RawSheet[], expected: Expected[]): (key: string) => boolean {
  const clients = raw.find((s) => s.name === 'Cliënten')!;
  const header = clients.rows[0].map((h) => String(h));
  const fieldColumn: Record<string, string> = { interests: 'Interesses', needs: 'Hulpvraag', availability: 'Beschikbaarheid' };
  const allowed = new Set<string>();
  const competenceRows = raw.find((s) => s.name === 'Competenties')!;
  const lastRow = competenceRows.firstRow + competenceRows.rows.length - 1;
  for (const e of expected) {
    if (e.field === 'level') {
      const row = before.competences.find((c) => c.clientId === e.client && c.competence === e.competence)?.origin.row;
      if (row) for (const col of [2, 3, 4]) allowed.add(`Competenties!${row}:${col}`);
    } else {
      allowed.add(`Cliënten!${before.clients.find((c) => c.id === e.client)!.origin.row}:${header.indexOf(fieldColumn[e.field])}`);
    }
  }
  return (key) => allowed.has(key) || (key.startsWith('Competenties!') && Number(key.split('!')[1].split(':')[0]) > lastRow);
}

const maybe = openpyxlAvailable() ? test : test.skip;

async function cli(args: string[]): Promise<{ code: number; json: Record<string, unknown> }> {
  let out = '';
  const code = await main([...args, '--json'], { out: (t) => (out += t), err: () => undefined });
  return { code, json: JSON.parse(out) };
}

maybe('.xlsx: forms filled by openpyxl for three clients are read back as exactly the differences; --apply writes only those cells, other parts byte-identical', async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kring-intake-')), 'sample.xlsx');
  const wb = XlsxWorkbook.create();
  await wb.writeSheets(sampleSheets(), 'create-if-missing');
  await wb.save(file);
  const model = readWorkbook(await (await XlsxWorkbook.open(file)).readSheets(), { today: DATE }).model;
  const { plans, expected } = plan(model);
  const made = await cli(['intake', file, '--forms', '--date', DATE, ...plans.flatMap((p) => ['--client', p.client]), '--in-place']);
  expect(made.code).toBe(0);
  expect((made.json.intakeForms as { client: string }[]).map((f) => f.client).sort()).toEqual(plans.map((p) => p.client).sort());
  // Untouched forms propose nothing.
  expect(((await cli(['intake', file, '--date', DATE])).json.intake as { changes: unknown[] }).changes).toEqual([]);
  runOpenpyxl(FILL_SCRIPT, [file, SHEET, JSON.stringify(plans)]);

  const bytes = readFileSync(file);
  const shown = await cli(['intake', file, '--date', DATE]);
  expect(shown.code).toBe(0);
  const changes = (shown.json.intake as { changes: (Expected & { date: string; assessor: string })[] }).changes;
  expect(sorted(changes)).toEqual(sorted(expected));
  expect(changes.every((c) => c.date === DATE && c.assessor === 'Sanne')).toBe(true);
  // Showing is not writing.
  expect(readFileSync(file).equals(bytes)).toBe(true);

  const before = await (await XlsxWorkbook.open(file)).readSheets();
  const applied = await cli(['intake', file, '--date', DATE, '--apply', '--in-place']);
  expect(applied.code).toBe(0);
  expect((applied.json.intake as { applied: number }).applied).toBe(expected.length);
  const after = await (await XlsxWorkbook.open(file)).readSheets();
  const allowed = allowedCells(model, before, expected);
  const diff = differences(before, after);
  expect(diff.filter((k) => !allowed(k))).toEqual([]);
  expect(diff.length).toBeGreaterThan(0);

  const now = readWorkbook(after, { today: DATE }).model;
  for (const e of expected) {
    if (e.field === 'level') {
      const c = now.competences.find((x) => x.clientId === e.client && normKey(x.competence) === normKey(e.competence!))!;
      expect([c.level, c.date, c.assessor]).toEqual([e.to, DATE, 'Sanne']);
    } else {
      const client = now.clients.find((x) => x.id === e.client)! as unknown as Record<string, string[]>;
      expect(client[e.field].join('; ')).toBe(e.field === 'availability' ? String(e.to).replace(/\s/g, '') .split(';').join('; ') : e.to);
    }
  }
  // Re-run: the answers are kept on the form and propose nothing any more.
  expect(((await cli(['intake', file, '--date', DATE])).json.intake as { changes: unknown[] }).changes).toEqual([]);

  const [z0, z1] = await Promise.all([JSZip.loadAsync(bytes), JSZip.loadAsync(readFileSync(file))]);
  const changed: string[] = [];
  for (const name of Object.keys(z0.files)) {
    if (z0.files[name].dir) continue;
    const [a, b] = await Promise.all([z0.file(name)!.async('nodebuffer'), z1.file(name)?.async('nodebuffer')]);
    if (!b || !a.equals(b)) changed.push(name);
  }
  const sheetPart = async (sheet: string) => {
    const wbXml = await z0.file('xl/workbook.xml')!.async('string');
    const rid = new RegExp(`name="${sheet}"[^>]*r:id="(rId\\d+)"`).exec(wbXml)![1];
    const rels = await z0.file('xl/_rels/workbook.xml.rels')!.async('string');
    return `xl/${new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1]}`.replace('xl//xl/', 'xl/');
  };
  const own = [await sheetPart('Cliënten'), await sheetPart('Competenties')];
  // The Competenties table grows by the rows added.
  expect(changed.filter((p) => !own.includes(p) && !/^xl\/tables\/table\d+\.xml$/.test(p))).toEqual([]);
  // The intake sheet and the edited input sheets keep to the standard and to Excel's rules.
  expect(await excelRuleBreaks(readFileSync(file))).toEqual([]);
  // Every part of this workbook is Kring's (made from the sample by Kring).
  if (xmllintAvailable()) expect((await validateParts(readFileSync(file))).errors).toEqual([]);
});

test.each(API_VERSIONS)('Excel (ExcelApi %s): forms typed on the test host are read back, nothing written without apply, then only the changed cells', async (apiVersion) => {
  const host = createExcelHost({ apiVersion });
  const uninstall = host.install(globalThis);
  try {
    const gateway = createExcelGateway();
    await gateway.writeSheets(sampleSheets(), 'create-if-missing');
    const model = readWorkbook(await gateway.readSheets(), { today: DATE }).model;
    const { plans, expected } = plan(model);
    await runIntakeForms(gateway, { today: DATE, date: DATE, clients: plans.map((p) => p.client) });
    expect(host.sheet(SHEET).protected).toBe(true);
    const values = host.getValues(SHEET);
    for (const p of plans) {
      const top = values.findIndex((r) => r.includes(`KRING-FORM:INTAKE:${p.client}`));
      const rowOf = (label: (l: string) => boolean) => values.findIndex((r, i) => i > top && typeof r[0] === 'string' && label(r[0])) + 1;
      for (const [competence, level] of Object.entries(p.ticks)) host.typeInCell(SHEET, `${String.fromCharCode(65 + level)}${rowOf((l) => l === competence)}`, 'x');
      for (const [start, text] of Object.entries(p.texts)) host.typeInCell(SHEET, `B${rowOf((l) => l.startsWith(start))}`, text);
    }
    const before = await gateway.readSheets();
    const shown = await runIntake(gateway, { today: DATE });
    expect(sorted(shown.intake!.changes)).toEqual(sorted(expected));
    expect(differences(before, await gateway.readSheets())).toEqual([]);
    // The pane accepts what it showed, by id.
    const applied = await runIntake(gateway, { today: DATE, apply: true, accept: shown.intake!.changes.map((c) => c.id) });
    expect(applied.intake!.applied).toHaveLength(expected.length);
    const after = await gateway.readSheets();
    const diff = differences(before, after);
    expect(diff.filter((k) => !allowedCells(model, before, expected)(k))).toEqual([]);
    const now = readWorkbook(after, { today: DATE }).model;
    for (const e of expected.filter((x) => x.field === 'level')) {
      const c = now.competences.find((x) => x.clientId === e.client && normKey(x.competence) === normKey(e.competence!))!;
      expect([c.level, c.date, c.assessor]).toEqual([e.to, DATE, 'Sanne']);
    }
    expect((await runIntake(gateway, { today: DATE })).intake!.changes).toEqual([]);
  } finally {
    uninstall();
  }
});
