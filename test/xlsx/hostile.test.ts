/**
 * Malformed and hostile packages: entity expansion, a zip bomb, broken XML get a clear "not a
 * readable .xlsx file" (exit 2 on the command line); parts Kring never reads may be anything.
 */
import JSZip from 'jszip';
import { existsSync, mkdtempSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import zlib from 'zlib';
import { main } from '../../src/cli/main';
import { MAX_PART_BYTES } from '../../src/xlsx/package';
import { XlsxWorkbook } from '../../src/xlsx/gateway';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'kring-hostile-'));
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A minimal workbook with one sheet "Cliënten"; `parts` overrides or adds parts. */
function workbookParts(parts: Record<string, string> = {}): Record<string, string> {
  return {
    '[Content_Types].xml': `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets><sheet name="Cliënten" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `${HEAD}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c><c r="B1" t="inlineStr"><is><t>Naam</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>C1</t></is></c><c r="B2" t="inlineStr"><is><t>Ann</t></is></c></row></sheetData></worksheet>`,
    ...parts,
  };
}

async function zipOf(parts: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function cliOn(data: Buffer): Promise<{ code: number; err: string }> {
  const file = path.join(tmp(), 'in.xlsx');
  const out = path.join(path.dirname(file), 'out.xlsx');
  writeFileSync(file, data);
  let err = '';
  const code = await main(['all', file, '-o', out], { out: () => undefined, err: (t) => (err += t) });
  expect(existsSync(out)).toBe(false);
  return { code, err };
}

const LAUGHS = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>`;

describe('hostile and malformed packages', () => {
  test('entity expansion in the workbook part: refused at open, exit 2', async () => {
    const data = await zipOf(workbookParts({ 'xl/workbook.xml': `${LAUGHS}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/><definedNames><definedName name="x">&lol3;</definedName></definedNames></workbook>` }));
    await expect(XlsxWorkbook.fromBuffer(data)).rejects.toMatchObject({ kind: 'unreadable', message: expect.stringContaining('document type declaration') });
    const { code, err } = await cliOn(data);
    expect(code).toBe(2);
    expect(err).toContain('het onderdeel xl/workbook.xml bevat een documenttypedefinitie (DTD)');
  });

  test('entity expansion or broken XML in a sheet Kring reads: exit 2, nothing written', async () => {
    for (const sheet of [`${LAUGHS}<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>`, '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row>']) {
      const { code, err } = await cliOn(await zipOf(workbookParts({ 'xl/worksheets/sheet1.xml': sheet })));
      expect(code).toBe(2);
      expect(err).toMatch(/(het onderdeel xl\/worksheets\/sheet1\.xml bevat een documenttypedefinitie|is beschadigd \(het onderdeel xl\/worksheets\/sheet1\.xml is onleesbaar\))/);
      expect(err).not.toMatch(/saxes|Unexpected|broken XML/);
    }
  });

  test('a broken part Kring must edit (content types) is found when writing: exit 2, nothing written', async () => {
    const { code, err } = await cliOn(await zipOf(workbookParts({ '[Content_Types].xml': '<Types><Default Extension="xml"' })));
    expect(code).toBe(2);
    expect(err).toContain('is beschadigd (het onderdeel [Content_Types].xml is onleesbaar)');
  });

  test('a part that inflates beyond the limit (zip bomb) is refused without inflating it all', async () => {
    const data = bombZip(workbookParts(), 'xl/worksheets/sheet1.xml', MAX_PART_BYTES + 1024 * 1024);
    expect(data.length).toBeLessThan(2_000_000);
    const wb = await XlsxWorkbook.fromBuffer(data);
    await expect(wb.readSheets()).rejects.toMatchObject({ kind: 'unreadable', message: expect.stringContaining('zip bomb') });
  }, 60_000);

  test('parts Kring never reads may be anything: an odd core.xml, broken XML on another sheet', async () => {
    const parts = workbookParts({
      'docProps/core.xml': '<cp:coreProperties xmlns:cp="urn:x"><dc:title>unbound prefix</dc:title>',
      'xl/workbook.xml': `${HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets><sheet name="Cliënten" sheetId="1" r:id="rId1"/><sheet name="Notities" sheetId="2" r:id="rId2"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/notes.xml"/></Relationships>`,
      'xl/worksheets/notes.xml': '<worksheet><sheetData><row',
    });
    const wb = await XlsxWorkbook.fromBuffer(await zipOf(parts));
    const sheets = await wb.readSheets();
    expect(sheets.map((s) => [s.name, s.rows])).toEqual([['Cliënten', [['ID', 'Naam'], ['C1', 'Ann']]], ['Notities', []]]);
  });
});

/**
 * A zip whose `bomb` part is `size` zero bytes, deflated as a stream (a few hundred KB), built by
 * hand: JSZip would have to hold the inflated part to write it.
 */
function bombZip(parts: Record<string, string>, bomb: string, size: number): Buffer {
  const entries: { name: string; data: Buffer; raw: number; crc: number }[] = [];
  for (const [name, text] of Object.entries(parts)) {
    if (name === bomb) continue;
    const raw = Buffer.from(text);
    entries.push({ name, data: zlib.deflateRawSync(raw), raw: raw.length, crc: zlib.crc32(raw) });
  }
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const pieces: Buffer[] = [];
  let crc = 0;
  for (let n = 0; n < size / chunk.length; n++) {
    pieces.push(zlib.deflateRawSync(chunk, { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    crc = zlib.crc32(chunk, crc);
  }
  pieces.push(zlib.deflateRawSync(Buffer.alloc(0)));
  entries.push({ name: bomb, data: Buffer.concat(pieces), raw: Math.ceil(size / chunk.length) * chunk.length, crc });
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(e.crc >>> 0, 14);
    head.writeUInt32LE(e.data.length, 18);
    head.writeUInt32LE(e.raw, 22);
    head.writeUInt16LE(name.length, 26);
    local.push(head, name, e.data);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.raw, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += head.length + name.length + e.data.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}
