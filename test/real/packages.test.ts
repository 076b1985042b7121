/**
 * Packages as other programs write them (./packageFixtures.ts, made from the real workbooks with
 * Kring's input sheets added) through `kring all`: each output passes the package check (every part
 * has a content type, every relationship target exists, every user part byte-identical, nothing of
 * the other conformance class) and reads back.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { readWorkbook } from '../../src/engine/read';
import { sampleSheets } from '../../src/sample/generate';
import { XlsxWorkbook } from '../../src/xlsx/gateway';
import { addInputSheets } from './addInputs';
import { conformanceProblems, namespacesOf, opcProblems, packageCheck, packageParts, relationships, sharedParts, touchedParts } from './opc';
import { backslashNames, hugeStyles, libreOffice3Style, STRICT_ONLY, strictOpenXml } from './packageFixtures';
import { convertWithLibreOffice, libreOfficeAvailable } from './programs';

const DIR = path.join(__dirname, '..', 'fixtures', 'real-workbooks');
const DATE = '2026-11-23';
const INPUTS = sampleSheets().filter((s) => s.role === 'input');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kring-packages-'));
const silent = { out: () => undefined, err: () => undefined };

async function withInputs(file: string, isoDates = false) {
  return addInputSheets(readFileSync(path.join(DIR, file)), INPUTS, isoDates);
}

/** Outputs for LibreOffice to open at the end. */
const outputs: string[] = [];

/** `kring all` on the package; its output's bytes. */
async function all(data: Buffer, name: string): Promise<Buffer> {
  const input = path.join(tmp, `${name}.xlsx`);
  const output = path.join(tmp, `${name}-kring.xlsx`);
  writeFileSync(input, data);
  expect(await main(['all', input, '-o', output, '--date', DATE], silent)).toBe(0);
  // LibreOffice does not load a zip with backslash names at all (the input neither), and need not open 20 MB of styles here.
  if (!/^(huge|backslash)/.test(name)) outputs.push(output);
  return readFileSync(output);
}

async function model(data: Buffer) {
  const read = readWorkbook(await (await XlsxWorkbook.fromBuffer(data)).readSheets(), { today: DATE });
  expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return read.model;
}

describe('LibreOffice 3 style: every part by Override, no Default', () => {
  test('the parts Kring adds (sheets, tables, drawings, charts and their relationships) get content types; nothing else of the content types changes', async () => {
    const { data, workbookPart } = await withInputs('chart-sheet.xlsx');
    const input = await libreOffice3Style(data);
    const before = await packageParts(input);
    expect(opcProblems(before)).toEqual([]);
    const output = await all(input, 'lo3');
    const after = await packageParts(output);
    expect(packageCheck(before, after, workbookPart)).toEqual([]);
    // The user's declarations stay as they were, Kring's come after them.
    const ct = before.get('[Content_Types].xml')!.toString('utf8');
    const ctAfter = after.get('[Content_Types].xml')!.toString('utf8');
    expect(ctAfter.startsWith(ct.slice(0, ct.lastIndexOf('</Types>')))).toBe(true);
    expect(ctAfter.match(/<Default\b[^>]*>/g)).toEqual(['<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>']);
    expect((await model(output)).clients).toHaveLength(60);
  }, 60_000);

  test('a second run, on the output saved again in that style, rebuilds Kring’s sheets and leaves no stale or missing content type', async () => {
    const { data, workbookPart } = await withInputs('chart-sheet.xlsx');
    const first = await libreOffice3Style(await all(await libreOffice3Style(data), 'lo3-first'));
    const after = await packageParts(await all(first, 'lo3-second'));
    expect(opcProblems(after)).toEqual([]);
    // The user's parts as they were before either run (Kring's own sheets were rebuilt).
    const user = await packageParts(data);
    const shared = sharedParts(user, workbookPart);
    for (const [name, bytes] of user) if (!shared.has(name.toLowerCase())) expect([name, after.get(name)?.equals(bytes)]).toEqual([name, true]);
    expect(conformanceProblems(user, after, workbookPart)).toEqual([]);
  }, 60_000);
});

describe('Strict Open XML (ISO/IEC 29500 Strict)', () => {
  test('read with its namespaces, relationship types and ISO 8601 dates; Kring writes every part, relationship and namespace in Strict', async () => {
    const plain = await withInputs('test-issue-988.xlsx');
    const iso = await withInputs('test-issue-988.xlsx', true);
    const input = await strictOpenXml(iso.data, iso.workbookPart);
    const before = await packageParts(input);
    // The same model as the transitional workbook with serial dates.
    expect(await model(input)).toEqual(await model(plain.data));
    const output = await all(input, 'strict');
    const after = await packageParts(output);
    expect(packageCheck(before, after, iso.workbookPart)).toEqual([]);
    // Every namespace declared in a part Kring added, and every relationship type it wrote, is Strict's or the package's.
    const added = [...after.keys()].filter((n) => !before.has(n));
    expect(added.length).toBeGreaterThan(10);
    const allowed = new Set([...STRICT_ONLY, 'http://schemas.openxmlformats.org/package/2006/relationships']);
    expect([...namespacesOf(after, added)].filter((ns) => !allowed.has(ns))).toEqual([]);
    const touched = new Set(touchedParts(before, after));
    const written = relationships(after).filter((r) => touched.has(r.rels));
    expect(written.length).toBeGreaterThan(10);
    expect(written.filter((r) => !r.type.startsWith('http://purl.oclc.org/ooxml/officeDocument/relationships/'))).toEqual([]);
    expect(after.get(iso.workbookPart)!.toString('utf8')).toMatch(/<workbook conformance="strict" xmlns="http:\/\/purl.oclc.org\/ooxml\/spreadsheetml\/main"/);
    // Percentages in Kring's charts in Strict's form.
    const charts = added.filter((n) => n.startsWith('xl/charts/')).map((n) => after.get(n)!.toString('utf8'));
    expect(charts.join('')).not.toMatch(/<c:(gapWidth|lblOffset) val="\d+"/);
    expect((await model(output)).clients).toHaveLength(60);
  }, 60_000);
});

describe('backslashes in the zip entry names', () => {
  test('kring all reads the parts they mean; the user’s entries keep their names and bytes, Kring’s are normal', async () => {
    const { data, workbookPart } = await withInputs('formulas.xlsx');
    const input = await backslashNames(data);
    const output = await all(input, 'backslash');
    const raw = async (buf: Buffer) => {
      const JSZip = (await import('jszip')).default;
      const zip = await JSZip.loadAsync(buf);
      return new Map(await Promise.all(Object.keys(zip.files).map(async (n) => [n, await zip.file(n)!.async('nodebuffer')] as const)));
    };
    const before = await raw(input);
    const after = await raw(output);
    const shared = new Set([workbookPart, 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', '[Content_Types].xml'].map((n) => n.replace(/\//g, '\\')));
    for (const [name, bytes] of before) {
      expect([name, after.has(name)]).toEqual([name, true]);
      if (!shared.has(name)) expect([name, after.get(name)!.equals(bytes)]).toEqual([name, true]);
    }
    const added = [...after.keys()].filter((n) => !before.has(n));
    expect(added.length).toBeGreaterThan(5);
    expect(added.filter((n) => n.includes('\\'))).toEqual([]);
    expect(packageCheck(await packageParts(input), await packageParts(output), workbookPart)).toEqual([]);
    expect((await model(output)).clients).toHaveLength(60);
  }, 60_000);
});

/** The styles part's containers: [name, open tag, inner text] (no nesting of the same name in a styles part). */
function containers(xml: string): Map<string, { open: string; inner: string }> {
  const out = new Map<string, { open: string; inner: string }>();
  for (const m of xml.matchAll(/<(numFmts|fonts|fills|borders|cellStyleXfs|cellXfs|cellStyles|dxfs)\b([^>]*?)(\/>|>([\s\S]*?)<\/\1>)/g)) out.set(m[1], { open: m[2], inner: m[4] ?? '' });
  return out;
}

const childCount = (inner: string, container: string) => (inner.match(new RegExp(`<${container === 'cellStyleXfs' || container === 'cellXfs' ? 'xf' : container.slice(0, -1)}\\b`, 'g')) ?? []).length;

describe('a styles part of 20 MB', () => {
  test('extended by appending: every user style byte for byte, counts right, Kring’s cells on Kring’s styles', async () => {
    const { data, workbookPart } = await withInputs('test-row-styles.xlsx');
    const input = await hugeStyles(data, 20 * 2 ** 20);
    const before = await packageParts(input);
    const styles = before.get('xl/styles.xml')!.toString('utf8');
    expect(styles.length).toBeGreaterThan(19 * 2 ** 20);
    const output = await all(input, 'huge-styles');
    const after = await packageParts(output);
    expect(packageCheck(before, after, workbookPart)).toEqual([]);
    const stylesAfter = after.get('xl/styles.xml')!.toString('utf8');
    const was = containers(styles);
    const now = containers(stylesAfter);
    for (const [name, c] of now) {
      const old = was.get(name);
      if (old) expect([name, c.inner.startsWith(old.inner)]).toEqual([name, true]);
      expect([name, /count="(\d+)"/.exec(c.open)?.[1]]).toEqual([name, String(childCount(c.inner, name))]);
    }
    // Outside the containers' children, the part is as it was.
    const outline = (xml: string) => xml.replace(/<(numFmts|fonts|fills|borders|cellStyleXfs|cellXfs|cellStyles|dxfs)\b[^>]*?(\/>|>[\s\S]*?<\/\1>)/g, '<$1/>');
    const keep = new Set(was.keys());
    expect(outline(stylesAfter).replace(/<(\w+)\/>/g, (m, n: string) => (keep.has(n) || !now.has(n) ? m : ''))).toEqual(outline(styles));
    const xfs = childCount(now.get('cellXfs')!.inner, 'cellXfs');
    expect(xfs).toBeGreaterThan(childCount(was.get('cellXfs')!.inner, 'cellXfs'));
    const added = [...after.keys()].filter((n) => !before.has(n) && /worksheets\/[^/]+\.xml$/.test(n));
    const used = added.flatMap((n) => [...after.get(n)!.toString('utf8').matchAll(/<c [^>]*\bs="(\d+)"/g)].map((m) => Number(m[1])));
    expect(used.length).toBeGreaterThan(100);
    expect(Math.max(...used)).toBeLessThan(xfs);
    expect((await model(output)).clients).toHaveLength(60);
  }, 120_000);
});

describe('the outputs in LibreOffice', () => {
  (libreOfficeAvailable() ? test : test.skip)('LibreOffice opens each (Strict included) and reads Kring’s sheets as Kring wrote them', async () => {
    expect(outputs.length).toBe(4);
    const converted = convertWithLibreOffice(outputs, path.join(tmp, 'libreoffice'));
    const names = ['Koppelvoorstellen', 'Netwerkoverzicht'];
    for (const output of outputs) {
      const ours = await (await XlsxWorkbook.open(output)).readSheets(names);
      const theirs = await (await XlsxWorkbook.open(converted.get(output)!)).readSheets(names);
      expect([path.basename(output), theirs.map((s) => s.rows)]).toEqual([path.basename(output), ours.map((s) => s.rows)]);
    }
  }, 300_000);
});
