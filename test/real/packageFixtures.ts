/**
 * Packages as other programs write them, made at test time from the real workbooks (so no binary
 * fixture hides what it holds), with JSZip and plain string edits, independently of src/xlsx:
 * - LibreOffice 3 style: every part listed by an Override, no Default at all (LibreOffice before
 *   6.1 and some libraries);
 * - Strict Open XML (ISO/IEC 29500 Strict, as Excel's "Strict Open XML Spreadsheet" saves): the
 *   SpreadsheetML, DrawingML and relationship namespaces and types of the Strict class;
 * - backslashes in every entry name ("xl\workbook.xml", some Windows tools);
 * - a styles part grown to a given size (cell formats, fonts, differential formats appended, as
 *   years of copy and paste leave them).
 */
import JSZip from 'jszip';

const RELS_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';

async function rezip(zip: JSZip): Promise<Buffer> {
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function entries(data: Buffer): Promise<{ zip: JSZip; names: string[] }> {
  const zip = await JSZip.loadAsync(data);
  return { zip, names: Object.keys(zip.files).filter((n) => !zip.files[n].dir) };
}

/** Every part by Override (its type from the package's Default or Override), no Default. */
export async function libreOffice3Style(data: Buffer): Promise<Buffer> {
  const { zip, names } = await entries(data);
  const ct = await zip.file('[Content_Types].xml')!.async('string');
  const defaults = new Map([...ct.matchAll(/<Default\b[^>]*Extension="([^"]*)"[^>]*ContentType="([^"]*)"/g)].map((m) => [m[1].toLowerCase(), m[2]]));
  const overrides = new Map([...ct.matchAll(/<Override\b[^>]*PartName="([^"]*)"[^>]*ContentType="([^"]*)"/g)].map((m) => [m[1].toLowerCase(), m[2]]));
  const items = names
    .filter((n) => n !== '[Content_Types].xml')
    .map((n) => {
      const type = overrides.get(`/${n}`.toLowerCase()) ?? defaults.get(n.slice(n.lastIndexOf('.') + 1).toLowerCase()) ?? (n.endsWith('.rels') ? RELS_TYPE : 'application/xml');
      return `<Override PartName="/${n}" ContentType="${type}"/>`;
    });
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${items.join('')}</Types>`);
  return rezip(zip);
}

/** Transitional namespaces and relationship types → Strict's (the package's own stay). */
const TO_STRICT: [string, string][] = [
  ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'],
  ['http://schemas.openxmlformats.org/drawingml/2006/chart', 'http://purl.oclc.org/ooxml/drawingml/chart'],
  ['http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing', 'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing'],
  ['http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main'],
];

export const TRANSITIONAL_ONLY = TO_STRICT.map(([t]) => t);
export const STRICT_ONLY = TO_STRICT.map(([, s]) => s);

/** The workbook in Strict: every XML part's namespaces and types, conformance="strict" on the workbook. */
export async function strictOpenXml(data: Buffer, workbookPart: string): Promise<Buffer> {
  const { zip, names } = await entries(data);
  for (const name of names.filter((n) => /\.(xml|rels)$/i.test(n) && n !== '[Content_Types].xml')) {
    let xml = await zip.file(name)!.async('string');
    for (const [from, to] of TO_STRICT) xml = xml.split(from).join(to);
    if (name === workbookPart) xml = xml.replace(/<((?:\w+:)?workbook)\b/, '<$1 conformance="strict"');
    zip.file(name, xml);
  }
  return rezip(zip);
}

/** Every entry named with backslashes, bytes unchanged. */
export async function backslashNames(data: Buffer): Promise<Buffer> {
  const { zip, names } = await entries(data);
  const out = new JSZip();
  for (const name of names) out.file(name.replace(/\//g, '\\'), await zip.file(name)!.async('nodebuffer'), { createFolders: false });
  return rezip(out);
}

/** The styles part (xl/styles.xml) grown to about `bytes` with cell formats, fonts and differential formats. */
export async function hugeStyles(data: Buffer, bytes: number, part = 'xl/styles.xml'): Promise<Buffer> {
  const { zip } = await entries(data);
  let xml = await zip.file(part)!.async('string');
  const grow = (container: string, item: (i: number) => string, n: number) => {
    const items = Array.from({ length: n }, (_, i) => item(i)).join('');
    const close = `</${container}>`;
    if (!xml.includes(close)) return;
    const open = new RegExp(`<${container}\\b[^>]*>`).exec(xml)!;
    const before = [...xml.slice(open.index, xml.indexOf(close)).matchAll(new RegExp(`<${container.slice(0, -1)}\\b`, 'g'))].length;
    xml = xml.replace(open[0], open[0].replace(/\scount="\d+"/, '').replace(/>$/, ` count="${before + n}">`)).replace(close, `${items}${close}`);
  };
  const xf = (i: number) => `<xf numFmtId="${i % 3 === 0 ? 14 : 0}" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="left" indent="${i % 15}"/></xf>`;
  const font = (i: number) => `<font><sz val="${8 + (i % 20)}"/><color rgb="FF${(i % 0xffffff).toString(16).padStart(6, '0')}"/><name val="Arial"/><family val="2"/></font>`;
  grow('fonts', font, Math.round(bytes / 400));
  grow('cellXfs', xf, Math.round(bytes / 125));
  zip.file(part, xml);
  return rezip(zip);
}
