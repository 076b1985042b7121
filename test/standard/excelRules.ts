/**
 * Rules Excel enforces when it opens a workbook that the ECMA-376 schemas do not express (a file
 * that breaks one is "repaired" or refused): a table's header cells equal its column names, table
 * names and ids unique in the workbook, no table overlapping another table or a merged range,
 * data-validation titles at most 32 and prompts and messages at most 255 characters, inline list
 * literals at most 255, style and dxf indices in range, at most one selected sheet (the active
 * one), defined names pointing at sheets that exist. Read with plain string matching, independent
 * of src/xlsx.
 */
import JSZip from 'jszip';

const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()],
  );
const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]) : undefined;
};
/** Start tags of an element (any prefix). */
const tags = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);
/** An element's whole text (first one). */
const block = (xml: string, name: string) => new RegExp(`<(?:\\w+:)?${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${name}>)`).exec(xml)?.[0] ?? '';
const count = (xml: string, container: string, item: string) => tags(block(xml, container), item).length;

interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}
function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}
function rect(ref: string): Rect {
  const [a, b = a] = ref.replace(/\$/g, '').split(':');
  const p = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(s)!;
    return [Number(m[2]), colNumber(m[1])];
  };
  const [r0, c0] = p(a);
  const [r1, c1] = p(b);
  return { r0, c0, r1, c1 };
}
const overlaps = (a: Rect, b: Rect) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

function resolve(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

async function rels(zip: JSZip, part: string): Promise<Map<string, string>> {
  const i = part.lastIndexOf('/');
  const name = `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
  const file = Object.keys(zip.files).find((n) => n.toLowerCase() === name.toLowerCase());
  const out = new Map<string, string>();
  if (!file) return out;
  for (const t of tags(await zip.file(file)!.async('string'), 'Relationship')) {
    if (attr(t, 'TargetMode') === 'External') continue;
    out.set(attr(t, 'Id')!, resolve(part, attr(t, 'Target')!));
  }
  return out;
}

async function partText(zip: JSZip, name: string): Promise<string | null> {
  const file = Object.keys(zip.files).find((n) => n.toLowerCase() === name.toLowerCase());
  return file ? zip.file(file)!.async('string') : null;
}

/** The cells' text of one sheet row range (shared strings, inline strings, formula strings, numbers). */
function cellTexts(sheetXml: string, shared: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of sheetXml.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
    const r = attr(m[0], 'r');
    if (!r || m[2] === undefined) continue;
    const t = attr(m[0], 't');
    const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(m[2])?.[1];
    const text = t === 's' ? shared[Number(v)] : t === 'inlineStr' ? [...m[2].matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((x) => decode(x[1])).join('') : v !== undefined ? decode(v) : undefined;
    if (text !== undefined) out.set(r.toUpperCase(), text);
  }
  return out;
}

const address = (row: number, col: number) => {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row}`;
};

/** Every break of Excel's rules in the package, as sentences naming the part; empty when none. */
export async function excelRuleBreaks(data: Buffer | Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(data);
  const out: string[] = [];
  const root = (await partText(zip, '_rels/.rels')) ?? '';
  const main = tags(root, 'Relationship').find((t) => (attr(t, 'Type') ?? '').endsWith('/officeDocument'));
  const workbookPart = resolve('', attr(main ?? '', 'Target') ?? 'xl/workbook.xml');
  const wb = (await partText(zip, workbookPart))!;
  const wbRels = await rels(zip, workbookPart);
  const sheets = tags(wb, 'sheet').map((t) => ({ name: attr(t, 'name')!, part: wbRels.get(attr(t, 'r:id') ?? '') ?? '' }));
  const sheetNames = new Set(sheets.map((s) => s.name.toLowerCase()));

  // Styles.
  const relOfType = async (type: string) => {
    const file = (await partText(zip, `${workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1)}_rels/${workbookPart.slice(workbookPart.lastIndexOf('/') + 1)}.rels`)) ?? '';
    const t = tags(file, 'Relationship').find((x) => (attr(x, 'Type') ?? '').endsWith(`/${type}`));
    return t ? resolve(workbookPart, attr(t, 'Target')!) : null;
  };
  const stylesPart = await relOfType('styles');
  const styles = stylesPart ? ((await partText(zip, stylesPart)) ?? '') : '';
  const xfs = count(styles, 'cellXfs', 'xf');
  const dxfs = count(styles, 'dxfs', 'dxf');
  const fonts = count(styles, 'fonts', 'font');
  const fills = count(styles, 'fills', 'fill');
  const borders = count(styles, 'borders', 'border');
  const styleXfs = count(styles, 'cellStyleXfs', 'xf');
  const numFmts = new Set(tags(block(styles, 'numFmts'), 'numFmt').map((t) => Number(attr(t, 'numFmtId'))));
  for (const [list, what] of [[block(styles, 'cellXfs'), 'cellXfs'], [block(styles, 'cellStyleXfs'), 'cellStyleXfs']] as const) {
    tags(list, 'xf').forEach((t, i) => {
      const check = (a: string, n: number) => {
        const v = attr(t, a);
        if (v !== undefined && Number(v) >= n) out.push(`${stylesPart}: ${what} ${i} has ${a} ${v} of ${n}`);
      };
      check('fontId', fonts);
      check('fillId', fills);
      check('borderId', borders);
      if (what === 'cellXfs') check('xfId', styleXfs);
      const fmt = Number(attr(t, 'numFmtId') ?? 0);
      if (fmt >= 164 && !numFmts.has(fmt)) out.push(`${stylesPart}: ${what} ${i} uses number format ${fmt}, which is not defined`);
    });
  }
  const sharedPart = await relOfType('sharedStrings');
  const sharedXml = sharedPart ? ((await partText(zip, sharedPart)) ?? '') : '';
  const shared = [...sharedXml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>/g)].map((m) =>
    [...m[1].replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '').matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>|<(?:\w+:)?t\/>/g)].map((x) => decode(x[1] ?? '')).join(''),
  );

  const tableNames = new Map<string, string>();
  const tableIds = new Map<string, string>();
  let selected = 0;
  const active = Number(attr(tags(wb, 'workbookView')[0] ?? '', 'activeTab') ?? 0);
  for (const [index, sheet] of sheets.entries()) {
    const xml = (await partText(zip, sheet.part)) ?? '';
    if (!/<(?:\w+:)?worksheet\b/.test(xml)) continue;
    const where = `${sheet.part} (${sheet.name})`;
    for (const view of tags(xml, 'sheetView')) {
      if (attr(view, 'tabSelected') === '1' || attr(view, 'tabSelected') === 'true') {
        selected++;
        if (index !== active) out.push(`${where}: selected, but the active sheet is number ${active + 1}`);
      }
    }
    // Style indices of cells, rows and columns; dxf indices of conditional formats.
    for (const t of [...tags(xml, 'c'), ...tags(xml, 'row')]) {
      const s = attr(t, 's');
      if (s !== undefined && Number(s) >= xfs) out.push(`${where}: ${attr(t, 'r') ?? 'a row'} has style ${s} of ${xfs}`);
    }
    for (const t of tags(xml, 'col')) {
      const s = attr(t, 'style');
      if (s !== undefined && Number(s) >= xfs) out.push(`${where}: column ${attr(t, 'min')} has style ${s} of ${xfs}`);
    }
    for (const t of tags(xml, 'cfRule')) {
      const d = attr(t, 'dxfId');
      if (d !== undefined && Number(d) >= dxfs) out.push(`${where}: a conditional format uses dxf ${d} of ${dxfs}`);
    }
    // Data validations.
    for (const m of xml.matchAll(/<(?:\w+:)?dataValidation\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?dataValidation>)/g)) {
      const t = m[0].slice(0, m[0].indexOf('>') + 1);
      const at = attr(t, 'sqref');
      for (const [a, max] of [['promptTitle', 32], ['errorTitle', 32], ['prompt', 255], ['error', 255]] as const) {
        const v = attr(t, a);
        if (v !== undefined && [...v].length > max) out.push(`${where}: the data validation on ${at} has a ${a} of ${[...v].length} characters (at most ${max})`);
      }
      const f = /<(?:\w+:)?formula1>([\s\S]*?)<\/(?:\w+:)?formula1>/.exec(m[1] ?? '')?.[1];
      if (attr(t, 'type') === 'list' && f !== undefined && decode(f).startsWith('"') && [...decode(f)].length - 2 > 255) out.push(`${where}: the list on ${at} is ${[...decode(f)].length - 2} characters (at most 255)`);
    }
    // Tables: header cells, names and ids, overlaps with each other and with merged ranges.
    const merged = tags(xml, 'mergeCell').map((t) => ({ ref: attr(t, 'ref')!, rect: rect(attr(t, 'ref')!) }));
    const cells = cellTexts(xml, shared);
    const sheetRels = await rels(zip, sheet.part);
    const tables: { name: string; rect: Rect }[] = [];
    for (const t of tags(xml, 'tablePart')) {
      const part = sheetRels.get(attr(t, 'r:id') ?? '') ?? '';
      const tx = (await partText(zip, part)) ?? '';
      const head = tags(tx, 'table')[0] ?? '';
      const name = attr(head, 'displayName') ?? attr(head, 'name') ?? '';
      const id = attr(head, 'id') ?? '';
      const ref = attr(head, 'ref') ?? 'A1';
      const r = rect(ref);
      for (const [seen, key, what] of [[tableNames, name.toLowerCase(), `name ${name}`], [tableIds, id, `id ${id}`]] as const) {
        if (seen.has(key)) out.push(`${part}: table ${what} is also used by ${seen.get(key)}`);
        seen.set(key, part);
      }
      for (const other of tables) if (overlaps(other.rect, r)) out.push(`${where}: table ${name} (${ref}) overlaps table ${other.name}`);
      for (const m of merged) if (overlaps(m.rect, r)) out.push(`${where}: table ${name} (${ref}) overlaps the merged range ${m.ref}`);
      tables.push({ name, rect: r });
      const columns = tags(block(tx, 'tableColumns'), 'tableColumn').map((c) => attr(c, 'name') ?? '');
      if (columns.length !== r.c1 - r.c0 + 1) out.push(`${part}: table ${name} has ${columns.length} columns for the range ${ref}`);
      if (attr(head, 'headerRowCount') === '0') continue;
      columns.forEach((col, i) => {
        const cell = address(r.r0, r.c0 + i);
        const text = cells.get(cell);
        if (text !== col) out.push(`${where}: the header cell ${cell} of table ${name} holds ${JSON.stringify(text ?? null)}, its column is named ${JSON.stringify(col)}`);
      });
    }
  }
  if (selected > 1) out.push(`${workbookPart}: ${selected} sheets are selected (at most one)`);
  // Defined names point at sheets that exist.
  for (const m of wb.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g)) {
    const name = attr(m[0], 'name');
    const local = attr(m[0], 'localSheetId');
    if (local !== undefined && Number(local) >= sheets.length) out.push(`${workbookPart}: defined name ${name} belongs to sheet ${local}, of ${sheets.length}`);
    const formula = decode(m[2]).replace(/"(?:[^"]|"")*"/g, '');
    for (const ref of formula.matchAll(/(?:'((?:[^']|'')+)'|(?<![\w.\]])([^\s'!,():=+\-*/&^<>[\]{}]+))!/g)) {
      const sheetName = (ref[1] ?? ref[2]).replace(/''/g, "'");
      if (/^\[|^#/.test(sheetName)) continue;
      if (!sheetNames.has(sheetName.toLowerCase())) out.push(`${workbookPart}: defined name ${name} points at a sheet "${sheetName}" that does not exist`);
    }
  }
  return out;
}
