/**
 * Edits of the package's shared parts: sheets and defined names in the workbook part, overrides
 * in [Content_Types].xml, entries of the calculation chain. Each edit splices the part's text, so
 * everything not named keeps its bytes, prefixes and namespaces.
 */
import { attr, Edit, escapeXml, prefixOf, spans, splice } from '../xml';

export interface NewSheet {
  name: string;
  sheetId: number;
  relId: string;
}

export interface DefinedName {
  name: string;
  localSheetId: number;
  /** Formula, e.g. 'Blad'!$1:$3. */
  value: string;
}

/** Print names that belong to a sheet Kring rebuilds (its print area and titles, a filter's range). */
export const SHEET_PRINT_NAMES = ['_xlnm.Print_Area', '_xlnm.Print_Titles', '_xlnm._FilterDatabase'];

/** CT_Workbook children that follow definedNames. */
const AFTER_DEFINED_NAMES = new Set(['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst']);

/**
 * The workbook part with sheets added and, for the sheets at `rebuilt` (tab indexes), their print
 * names replaced by `names`.
 */
export function editWorkbookXml(part: string, xml: string, added: NewSheet[], rebuilt: Set<number>, names: DefinedName[]): string {
  const found = spans(part, xml, (path) => path.length <= 2);
  const root = found.find((s) => s.path.length === 0)!;
  const top = found.filter((s) => s.path.length === 1);
  const sheets = top.find((s) => s.local === 'sheets');
  if (!sheets) throw new Error(`${part} has no sheets element`);
  const p = prefixOf(sheets.name);
  // The prefix bound to the relationships namespace on the root, or a local declaration.
  const relPrefix = Object.entries(root.attributes).find(([k, v]) => k.startsWith('xmlns:') && /\/relationships$/.test(v))?.[0].slice(6);
  const rid = (id: string) => (relPrefix ? `${relPrefix}:id="${escapeXml(id)}"` : `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${escapeXml(id)}"`);
  const edits: Edit[] = [];
  if (added.length) {
    const items = added.map((s) => `<${p}sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}" ${rid(s.relId)}/>`).join('');
    if (sheets.selfClosing) edits.push({ start: sheets.openEnd - 2, end: sheets.end, text: `>${items}</${sheets.name}>` });
    else edits.push({ start: sheets.end - `</${sheets.name}>`.length, end: sheets.end - `</${sheets.name}>`.length, text: items });
  }
  const container = top.find((s) => s.local === 'definedNames');
  const existing = found.filter((s) => s.path.length === 2 && s.path[1] === 'definedNames' && s.local === 'definedName');
  const stale = existing.filter((s) => SHEET_PRINT_NAMES.includes(attr(s.attributes, 'name') ?? '') && rebuilt.has(Number(attr(s.attributes, 'localSheetId'))));
  const fresh = names.map((n) => `<${p}definedName name="${n.name}" localSheetId="${n.localSheetId}">${escapeXml(n.value)}</${p}definedName>`).join('');
  if (container && stale.length === existing.length && !fresh) edits.push({ start: container.start, end: container.end, text: '' });
  else {
    for (const s of stale) edits.push({ start: s.start, end: s.end, text: '' });
    if (fresh && container && !container.selfClosing) {
      const close = container.end - `</${container.name}>`.length;
      edits.push({ start: close, end: close, text: fresh });
    } else if (fresh && container) edits.push({ start: container.start, end: container.end, text: `<${p}definedNames>${fresh}</${p}definedNames>` });
    else if (fresh) {
      const after = top.find((s) => AFTER_DEFINED_NAMES.has(s.local));
      const at = after ? after.start : root.end - `</${root.name}>`.length;
      edits.push({ start: at, end: at, text: `<${p}definedNames>${fresh}</${p}definedNames>` });
    }
  }
  return splice(xml, edits);
}

/** Sheet name quoted for a formula ('Kring''s blad'!). */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** [Content_Types].xml with overrides removed for `removed` parts and added for `added` ones. */
export function editContentTypes(xml: string, removed: Set<string>, added: Map<string, string>): string {
  const found = spans('[Content_Types].xml', xml, (path) => path.length <= 1);
  const root = found.find((s) => s.path.length === 0)!;
  const p = prefixOf(root.name);
  const gone = new Set([...removed, ...added.keys()].map((n) => `/${n}`.toLowerCase()));
  const edits: Edit[] = found
    .filter((s) => s.local === 'Override' && gone.has((attr(s.attributes, 'PartName') ?? '').toLowerCase()))
    .map((s) => ({ start: s.start, end: s.end, text: '' }));
  const items = [...added].map(([part, type]) => `<${p}Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`).join('');
  const close = root.end - `</${root.name}>`.length;
  if (items) edits.push({ start: close, end: close, text: items });
  return splice(xml, edits);
}

/**
 * The calculation chain without the cells of rebuilt sheets (by sheetId) and without cells whose
 * formula Kring replaced; null when nothing is left (the part is then removed).
 */
export function editCalcChain(part: string, xml: string, sheetIds: Set<number>, cells: Set<string>): string | null {
  const found = spans(part, xml, (path, local) => path.length === 1 && local === 'c');
  let sheet = 0;
  const entries = found.map((c) => {
    const i = attr(c.attributes, 'i');
    if (i !== undefined) sheet = Number(i);
    return { c, sheet, inherits: i === undefined, drop: sheetIds.has(sheet) || cells.has(`${sheet}!${attr(c.attributes, 'r')}`) };
  });
  if (!entries.some((e) => e.drop)) return xml;
  if (entries.every((e) => e.drop)) return null;
  const edits: Edit[] = [];
  entries.forEach((e, k) => {
    if (e.drop) edits.push({ start: e.c.start, end: e.c.end, text: '' });
    // An entry without i inherits its sheet from the one before: name it when that one goes.
    else if (e.inherits && k > 0 && entries[k - 1].drop) {
      const at = e.c.start + 1 + e.c.name.length;
      edits.push({ start: at, end: at, text: ` i="${e.sheet}"` });
    }
  });
  return splice(xml, edits);
}
