/**
 * Erasure (AVG art. 17) and access (art. 15) on the sample, on the .xlsx path through the command
 * line: afterwards no cell of any sheet holds the client's ID or name, every other client's rows
 * are as they were, the parts of sheets that held nothing about them keep their bytes, and check
 * finds no new problem; access gathers every row about them and nothing of others but initials.
 */
import { mkdtempSync, existsSync } from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { readFileSync } from 'fs';
import { RawSheet } from '../../src/engine/workbook';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { opcProblems, packageParts } from '../real/opc';
import { excelRuleBreaks } from '../standard/excelRules';
import { errorsKringAdded, validateParts, xmllintAvailable } from '../standard/schemas';
import { addExclusion, everyCell, mentionsOf, rowsWithout, run, SAMPLE_DATE, sheetsOf, SUBJECT } from './erasureHelpers';

const root = path.resolve(__dirname, '..', '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'kring-erase-'));


/** Worksheet part per sheet name, from the workbook part and its relationships. */
async function sheetParts(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target = new Map([...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) out.set(m[1].replace(/&amp;/g, '&'), `xl/${target.get(m[2])!.replace(/^\/?xl\//, '')}`);
  return out;
}

const demo = path.join(dir, 'demo.xlsx');
const erased = path.join(dir, 'erased.xlsx');

beforeAll(async () => {
  expect((await run(['all', path.join(root, 'assets', 'sample.xlsx'), '-o', demo, '--date', SAMPLE_DATE])).code).toBe(0);
  const wb = await XlsxWorkbook.open(demo);
  await addExclusion(wb);
  await wb.save(demo);
}, 120_000);

describe('kring erase (.xlsx)', () => {
  test('no cell names the client, other clients are unchanged, untouched sheets keep their bytes, check finds nothing new', async () => {
    const before = await sheetsOf(demo);
    const mentioned = new Set(before.filter((s) => mentionsOf(s).length).map((s) => s.name));
    // The client is everywhere the issue names: contacts, a pairing, an exclusion, forms, a safety concern.
    for (const sheet of ['Cliënten', 'Contacten', 'Koppelingen', 'Uitsluitingen', 'Veiligheidssignalen', 'Evaluatie 15-05-2026', 'Netwerkkaart C001']) expect(mentioned).toContain(sheet);
    const checkBefore = await run(['check', demo, '--date', SAMPLE_DATE]);

    const result = await run(['erase', demo, '--client', SUBJECT.id, '-o', erased, '--date', SAMPLE_DATE]);
    expect(result.code).toBe(0);
    const after = await sheetsOf(erased);
    expect(after.flatMap((s) => mentionsOf(s).map((m) => `${s.name}: ${m}`))).toEqual([]);
    expect(after.map((s) => s.name).filter((n) => n.includes(SUBJECT.id))).toEqual([]);

    // Every other client's rows of the input sheets, as they were (in order; the pseudonym where the client stood).
    for (const name of ['Cliënten', 'Competenties', 'Contacten', 'Koppelingen', 'Uitsluitingen', 'Veiligheidssignalen', 'Eenzaamheid', 'Begeleiders', 'Sociale kaart']) {
      const was = before.find((s) => s.name === name)!;
      const now = after.find((s) => s.name === name)!;
      expect(rowsWithout(now)).toEqual(rowsWithout(was));
    }
    const log = after.find((s) => s.name === 'Kring verwijderlog')!;
    expect(log.rows.slice(3).map((r) => r[2])).toEqual(expect.arrayContaining(['Cliënten', 'Contacten', 'Koppelingen', 'Uitsluitingen', 'Veiligheidssignalen']));
    expect(log.rows.find((r) => r[2] === 'Cliënten')![3]).toBe(1);

    // The parts of sheets that held nothing about the client keep their bytes.
    const partsBefore = await packageParts(readFileSync(demo));
    const partsAfter = await packageParts(readFileSync(erased));
    expect(opcProblems(partsAfter)).toEqual([]);
    // The parts the erasure changed (the workbook without the deleted sheet, compacted sheets) are valid ECMA-376, and Excel's own rules hold.
    if (xmllintAvailable()) expect((await errorsKringAdded(readFileSync(demo), readFileSync(erased))).errors).toEqual([]);
    expect(await excelRuleBreaks(readFileSync(erased))).toEqual([]);
    const rebuilt = new Set(['Koppelvoorstellen', 'Netwerkoverzicht', 'Begeleidersoverzicht', 'Resultaten', 'Kandidaat-netwerkers', 'Locatie-overzicht', 'Evaluatieoverzicht']);
    const parts = await sheetParts(demo);
    const untouched = [...parts].filter(([name]) => !mentioned.has(name) && !rebuilt.has(name));
    expect(untouched.length).toBeGreaterThan(50);
    for (const [name, part] of untouched) expect([name, partsAfter.get(part)?.equals(partsBefore.get(part)!)]).toEqual([name, true]);

    const checkAfter = await run(['check', erased, '--date', SAMPLE_DATE]);
    expect(checkAfter.code).toBe(0);
    const lines = (t: string) => new Set(t.split('\n').filter(Boolean));
    const fresh = [...lines(checkAfter.out)].filter((l) => !lines(checkBefore.out).has(l));
    expect(fresh).toEqual([]);
  }, 120_000);

  test('in English: the pseudonym, the log sheet and the summary in English', async () => {
    const out = path.join(dir, 'erased-en.xlsx');
    const result = await run(['erase', demo, '--client', SUBJECT.id, '-o', out, '--date', SAMPLE_DATE, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Erased: \d+ row\(s\) removed and \d+ cell\(s\) pseudonymised in \d+ sheets; recorded in the erasure log\./);
    const after = await sheetsOf(out);
    const log = after.find((s) => s.name === 'Kring erasure log')!;
    expect(log.rows[2]).toEqual(['Date', 'Action', 'Sheet', 'Rows removed', 'Cells replaced']);
    expect(log.rows[3][1]).toBe('client erased');
    expect(after.find((s) => s.name === 'Koppelingen')!.rows.some((r) => r.includes('erased client'))).toBe(true);
    expect(after.flatMap((s) => mentionsOf(s))).toEqual([]);
  }, 120_000);

  test('an unknown client ID: exit 2 with the message, in Dutch and English, nothing written', async () => {
    const out = path.join(dir, 'unknown.xlsx');
    const nl = await run(['erase', demo, '--client', 'X999', '-o', out]);
    expect(nl.code).toBe(2);
    expect(nl.err).toContain('er is geen cliënt met ID "X999" in het blad Cliënten');
    const en = await run(['access', demo, '--client', 'X999', '-o', out, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.err).toContain('there is no client with ID "X999" in the Clients sheet');
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  test('usage: exactly one --client; access never writes into its input', async () => {
    const none = await run(['erase', demo]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('erase neemt precies één --client ID');
    const inPlace = await run(['access', demo, '--client', SUBJECT.id, '--in-place', '--lang', 'en']);
    expect(inPlace.code).toBe(2);
    expect(inPlace.err).toContain('access writes a new workbook, never into the input');
    const same = await run(['access', demo, '--client', SUBJECT.id, '-o', demo]);
    expect(same.code).toBe(2);
  }, 60_000);

  test('a workbook with input errors: erasure refused, nothing written', async () => {
    const broken = path.join(dir, 'broken.xlsx');
    const wb = await XlsxWorkbook.open(demo);
    await wb.updateCells('Koppelingen', [{ row: 3, column: 0, value: 'ZZZ', kind: 'text' }]);
    await wb.save(broken);
    const out = path.join(dir, 'broken-out.xlsx');
    const result = await run(['erase', broken, '--client', SUBJECT.id, '-o', out]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('Er is niets geschreven');
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});

describe('kring access', () => {
  test('a new workbook with every row about the client, a cover, and others only by initials', async () => {
    const out = path.join(dir, 'inzage.xlsx');
    const before = readFileSync(demo);
    const result = await run(['access', demo, '--client', SUBJECT.id, '-o', out, '--date', SAMPLE_DATE]);
    expect(result.code).toBe(0);
    expect(readFileSync(demo).equals(before)).toBe(true);
    const source = await sheetsOf(demo);
    const access = await sheetsOf(out);
    expect(access[0].name).toBe('Inzage');
    const cover = everyCell(access[0]);
    expect(cover).toContain('Contacten');
    // Every row that mentions the client in the input sheets and registers is there.
    // A sheet too wide for a page comes as a block of "Gegeven | Waarde" lines per row.
    const records = (sheet: RawSheet) => {
      const [head, ...body] = sheet.rows.filter((r, i) => i === 0 || r.length);
      if (head[0] !== 'Gegeven') return body.length;
      return body.filter((r, i) => r.some((c) => c !== null && c !== '') && (i === 0 || !body[i - 1].some((c) => c !== null && c !== ''))).length;
    };
    for (const name of ['Cliënten', 'Contacten', 'Koppelingen', 'Uitsluitingen', 'Veiligheidssignalen', 'Eenzaamheid']) {
      const wanted = mentionsOf(source.find((s) => s.name === name)!, true).length;
      const got = access.find((s) => s.name === name)!;
      expect([name, records(got)]).toEqual([name, wanted]);
    }
    const clients = access.find((s) => s.name === 'Cliënten')!;
    expect(clients.rows).toEqual(expect.arrayContaining([['Gegeven', 'Waarde'], ['Naam', SUBJECT.name]]));
    // The client's own network map is drawn again (a chart), not copied as its drawing data.
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).some((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toBe(true);
    // Every part of the new workbook is Kring's: valid ECMA-376, OPC and Excel's own rules.
    expect(opcProblems(await packageParts(readFileSync(out)))).toEqual([]);
    if (xmllintAvailable()) expect((await validateParts(readFileSync(out), () => true)).errors).toEqual([]);
    expect(await excelRuleBreaks(readFileSync(out))).toEqual([]);
    // No other client's ID or name: only initials.
    const { readWorkbook } = await import('../../src/engine/read');
    const model = readWorkbook(source, { today: SAMPLE_DATE }).model;
    const others = model.clients.filter((c) => c.id !== SUBJECT.id && c.name.length > 4);
    const text = [...access.map((s) => s.name), ...access.map(everyCell)].join('\n');
    const leaked = others.filter((c) => new RegExp(`(^|[^A-Za-z0-9])(${c.id}|${c.name.replace(/[.]/g, '\\.')})($|[^A-Za-z0-9])`).test(text));
    expect(leaked.map((c) => c.id)).toEqual([]);
    expect(text).toContain('I.S.'); // Ingrid S., the networker of the pairing
  }, 120_000);
});
