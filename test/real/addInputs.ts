/**
 * Adds Kring's input sheets to a workbook made by another program, at the package level: a new
 * worksheet part plus its entries in the workbook part, the workbook's relationships and the
 * content types. Written here with JSZip and plain string edits, independently of src/xlsx, so the
 * test does not share the gateway's ideas of the format; every other part keeps its bytes.
 */
import JSZip from 'jszip';
import { Cell, SheetSpec, cellAddress } from '../../src/engine/workbook';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

async function text(zip: JSZip, part: string): Promise<{ name: string; xml: string }> {
  const name = Object.keys(zip.files).find((n) => n.replace(/^\//, '').toLowerCase() === part.toLowerCase());
  if (!name) throw new Error(`no part ${part}`);
  return { name, xml: await zip.file(name)!.async('string') };
}

function cellXml(row: number, column: number, v: Cell): string {
  const r = cellAddress(row, column);
  if (v === null) return '';
  if (typeof v === 'number') return `<c r="${r}"><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${r}" t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${r}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
}

/** A date as ISO 8601 (t="d"), as Strict workbooks may hold them. */
function isoCell(row: number, column: number, serial: number): string {
  const iso = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000)).toISOString().slice(0, 10);
  return `<c r="${cellAddress(row, column)}" t="d"><v>${iso}</v></c>`;
}

function sheetXml(spec: SheetSpec, date1904: boolean, isoDates: boolean): string {
  const rows: Cell[][] = [spec.columns.map((c) => c.header), ...spec.rows];
  const body = rows
    .map((values, i) => {
      const cells = values.map((v, j) => {
        const date = spec.columns[j]?.kind === 'date' && typeof v === 'number' && i > 0;
        if (date && isoDates) return isoCell(i, j, v);
        return cellXml(i, j, date && date1904 ? v - 1462 : v);
      });
      return `<row r="${i + 1}">${cells.join('')}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

const has = (zip: JSZip, part: string) => Object.keys(zip.files).some((n) => n.toLowerCase() === part.toLowerCase());

/**
 * A package that lacks its root relationships, workbook part or content types (one corpus file
 * is only a worksheet and the workbook's relationships) gets the minimal ones, listing the
 * worksheets its relationships name, as a user's program would have to before adding sheets.
 */
async function completePackage(zip: JSZip): Promise<void> {
  if (!has(zip, '_rels/.rels')) {
    zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`, { createFolders: false });
  }
  if (!has(zip, 'xl/workbook.xml')) {
    const rels = has(zip, 'xl/_rels/workbook.xml.rels') ? (await text(zip, 'xl/_rels/workbook.xml.rels')).xml : '';
    const sheets = [...rels.matchAll(/<Relationship\b[^>]*Id="([^"]*)"[^>]*Type="[^"]*\/worksheet"[^>]*>/g)].map((m, i) => `<sheet name="Sheet${i + 1}" sheetId="${i + 1}" r:id="${m[1]}"/>`);
    zip.file('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL_NS}"><sheets>${sheets.join('')}</sheets></workbook>`, { createFolders: false });
  }
  if (!has(zip, '[Content_Types].xml')) {
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
    const overrides = sheets.map((n) => `<Override PartName="/${n}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
    zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`, { createFolders: false });
  }
}

/**
 * The package with the sheets added after the workbook's own; returns it and the workbook part's
 * name. `isoDates`: date cells as ISO 8601 text (t="d") instead of serial numbers.
 */
export async function addInputSheets(data: Buffer, specs: SheetSpec[], isoDates = false): Promise<{ data: Buffer; workbookPart: string }> {
  const zip = await JSZip.loadAsync(data);
  await completePackage(zip);
  const root = await text(zip, '_rels/.rels');
  const office = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(root.xml)![0];
  const wbPart = /Target="([^"]*)"/.exec(office)![1].replace(/^\//, '');
  const folder = wbPart.slice(0, wbPart.lastIndexOf('/') + 1);
  const wb = await text(zip, wbPart);
  const rels = await text(zip, `${folder}_rels/${wbPart.slice(folder.length)}.rels`);
  const types = await text(zip, '[Content_Types].xml');
  const date1904 = /date1904="(1|true)"/.test(wb.xml);
  const prefix = /<(\w+:)?sheets\b/.exec(wb.xml)![1] ?? '';
  let sheetId = Math.max(0, ...[...wb.xml.matchAll(/\bsheetId="(\d+)"/g)].map((m) => Number(m[1])));
  let wbXml = wb.xml;
  let relsXml = rels.xml;
  let typesXml = types.xml;
  specs.forEach((spec, i) => {
    const target = `worksheets/kring_input_${i + 1}.xml`;
    const id = `rIdKringInput${i + 1}`;
    zip.file(folder + target, sheetXml(spec, date1904, isoDates), { createFolders: false });
    relsXml = relsXml.replace('</Relationships>', `<Relationship Id="${id}" Type="${REL_NS}/worksheet" Target="${target}"/></Relationships>`);
    const sheet = `<${prefix}sheet name="${esc(spec.name)}" sheetId="${++sheetId}" xmlns:r="${REL_NS}" r:id="${id}"/>`;
    wbXml = /<(\w+:)?sheets\s*\/>/.test(wbXml) ? wbXml.replace(/<(\w+:)?sheets\s*\/>/, `<${prefix}sheets>${sheet}</${prefix}sheets>`) : wbXml.replace(`</${prefix}sheets>`, `${sheet}</${prefix}sheets>`);
    typesXml = typesXml.replace('</Types>', `<Override PartName="/${folder}${target}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`);
  });
  zip.file(wb.name, wbXml);
  zip.file(rels.name, relsXml);
  zip.file(types.name, typesXml);
  return { data: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), workbookPart: wb.name };
}

/** Every part of a package by name, inflated. */
export async function partsOf(data: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('nodebuffer'));
  return out;
}
