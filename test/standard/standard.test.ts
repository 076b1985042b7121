/**
 * Every XML part Kring writes or changes is valid by the standard (the ECMA-376 schemas, through
 * xmllint) and by Excel's own rules (excelRules.ts): the demo output (every part Kring's), and the
 * producer samples (the sample saved by LibreOffice and openpyxl) through `kring all`, where the
 * parts Kring wrote or changed are checked. The real-workbook corpus outputs are checked the same
 * way in test/real/realWorkbooks.test.ts. And the checks themselves catch what they must: a
 * misordered element, a table header that is not the column's name.
 */
import { mkdtempSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { excelRuleBreaks } from './excelRules';
import { changedParts, errorsKringAdded, validateParts, xmllintAvailable } from './schemas';

const DATE = '2026-11-23';
const silent = { out: () => undefined, err: () => undefined };
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kring-standard-'));
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'producers');

/** xmllint is required in CI (.ci/run installs libxml2-utils); elsewhere the schema checks skip. */
const xmllint = xmllintAvailable();
if (!xmllint && process.env.CI) throw new Error('xmllint (libxml2-utils) is needed in CI');
const withSchemas = xmllint ? test : test.skip;

let demo: Buffer;
beforeAll(async () => {
  const file = path.join(tmp, 'demo.xlsx');
  expect(await main(['demo', '-o', file, '--date', DATE], silent)).toBe(0);
  demo = readFileSync(file);
}, 60_000);

async function edited(data: Buffer, part: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  zip.file(part, edit(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function partOfSheet(data: Buffer, sheet: string): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const id = new RegExp(`<sheet\\b[^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target = new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*Target="([^"]+)"|<Relationship\\b[^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
  const t = target[1] ?? target[2];
  return t.startsWith('/') ? t.slice(1) : `xl/${t}`;
}

describe('the demo output', () => {
  withSchemas('every part is valid by the ECMA-376 schemas', async () => {
    const { validated, errors } = await validateParts(demo);
    expect(errors).toEqual([]);
    // Sheets, tables, drawings, charts, styles, the workbook, relationships and content types.
    for (const part of ['[Content_Types].xml', 'xl/workbook.xml', 'xl/styles.xml', 'xl/_rels/workbook.xml.rels', '_rels/.rels']) expect(validated).toContain(part);
    for (const kind of [/^xl\/worksheets\/sheet\d+\.xml$/, /^xl\/tables\/table\d+\.xml$/, /^xl\/drawings\/drawing\d+\.xml$/, /^xl\/charts\/chart\d+\.xml$/, /^xl\/worksheets\/_rels\//]) expect(validated.some((p) => kind.test(p))).toBe(true);
  }, 60_000);

  test("Excel's rules hold", async () => {
    expect(await excelRuleBreaks(demo)).toEqual([]);
  });
});

describe('the checks catch what they must', () => {
  withSchemas('a misordered element (the column widths after the cells) fails the schema check', async () => {
    const part = await partOfSheet(demo, 'Koppelvoorstellen');
    const broken = await edited(demo, part, (xml) => {
      const cols = /<cols>[\s\S]*?<\/cols>/.exec(xml)![0];
      return xml.replace(cols, '').replace('</sheetData>', `</sheetData>${cols}`);
    });
    const { errors } = await validateParts(broken);
    expect(errors.map((e) => e.part)).toEqual([part]);
    expect(errors[0].message).toMatch(/cols.*not expected/);
  }, 60_000);

  test("a table header cell that is not the column's name fails Excel's rules", async () => {
    const zip = await JSZip.loadAsync(demo);
    const table = Object.keys(zip.files).find((n) => /^xl\/tables\/table\d+\.xml$/.test(n))!;
    const broken = await edited(demo, table, (xml) => xml.replace(/(<tableColumn\b[^>]*name=")([^"]*)"/, '$1$2 (anders)"'));
    const breaks = await excelRuleBreaks(broken);
    expect(breaks).toHaveLength(1);
    expect(breaks[0]).toMatch(/header cell .* its column is named ".* \(anders\)"/);
  });

  test("a second table of the same name, a long prompt and a dangling defined name fail Excel's rules", async () => {
    const zip = await JSZip.loadAsync(demo);
    const tables = Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n)).sort();
    const first = /displayName="([^"]+)"/.exec(await zip.file(tables[0])!.async('string'))![1];
    let broken = await edited(demo, tables[1], (xml) => xml.replace(/displayName="[^"]+"/, `displayName="${first}"`));
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    const texts = await Promise.all(sheets.map((n) => zip.file(n)!.async('string')));
    const sheet = sheets[texts.findIndex((x) => /\sprompt="/.test(x))];
    broken = await edited(broken, sheet, (xml) => xml.replace(/\sprompt="[^"]*"/, ` prompt="${'x'.repeat(256)}"`));
    broken = await edited(broken, 'xl/workbook.xml', (xml) =>
      xml.includes('<definedNames>') ? xml.replace('<definedNames>', "<definedNames><definedName name=\"Weg\">'Bestaat niet'!$A$1</definedName>") : xml.replace('</sheets>', "</sheets><definedNames><definedName name=\"Weg\">'Bestaat niet'!$A$1</definedName></definedNames>"),
    );
    const breaks = await excelRuleBreaks(broken);
    expect(breaks.some((b) => b.includes(`table name ${first}`))).toBe(true);
    expect(breaks.some((b) => /prompt of 256 characters/.test(b))).toBe(true);
    expect(breaks.some((b) => /"Bestaat niet" that does not exist/.test(b))).toBe(true);
  });
});

describe.each(['sample-libreoffice.xlsx', 'sample-openpyxl.xlsx'])('%s through kring all', (file) => {
  let input: Buffer;
  let output: Buffer;
  beforeAll(async () => {
    input = readFileSync(path.join(FIXTURES, file));
    const out = path.join(tmp, file.replace(/\.xlsx$/, '-kring.xlsx'));
    expect(await main(['all', path.join(FIXTURES, file), '-o', out, '--date', DATE], silent)).toBe(0);
    output = readFileSync(out);
  }, 60_000);

  withSchemas('every part Kring wrote or changed is valid by the schemas', async () => {
    expect((await changedParts(input, output)).size).toBeGreaterThan(5);
    const { validated, errors } = await errorsKringAdded(input, output);
    expect(errors).toEqual([]);
    expect(validated.length).toBeGreaterThan(5);
  }, 60_000);

  test("Excel's rules hold", async () => {
    expect(await excelRuleBreaks(output)).toEqual([]);
  });
});
