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
export function editWorkbookXml(part: string, xml: string, added: NewSheet[], rebuilt: Set<number>, names: DefinedName[], relNamespace: string): string {
  const found = spans(part, xml, (path) => path.length <= 2);
  const root = found.find((s) => s.path.length === 0)!;
  const top = found.filter((s) => s.path.length === 1);
  const sheets = top.find((s) => s.local === 'sheets');
  if (!sheets) throw new Error(`${part} has no sheets element`);
  const p = prefixOf(sheets.name);
  // The prefix bound to the relationships namespace on the root, or a local declaration.
  const relPrefix = Object.entries(root.attributes).find(([k, v]) => k.startsWith('xmlns:') && /\/relationships$/.test(v))?.[0].slice(6);
  const rid = (id: string) => (relPrefix ? `${relPrefix}:id="${escapeXml(id)}"` : `xmlns:r="${relNamespace}" r:id="${escapeXml(id)}"`);
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

/**
 * [Content_Types].xml with every part of `added` given its content type and the overrides of
 * `removed` parts gone, nothing else changed. An added part covered by a Default of its extension
 * with the right type needs nothing; a relationships part in a package without a Default for
 * "rels" (LibreOffice before 6.1 lists every part by Override) gets that Default, which every
 * consumer expects; any other part gets an Override. Returns the text unchanged when nothing is
 * needed.
 */
export function editContentTypes(xml: string, removed: Set<string>, added: Map<string, string>): string {
  const found = spans('[Content_Types].xml', xml, (path) => path.length <= 1);
  const root = found.find((s) => s.path.length === 0)!;
  const p = prefixOf(root.name);
  const defaults = new Map<string, string>();
  for (const s of found) if (s.local === 'Default') defaults.set((attr(s.attributes, 'Extension') ?? '').toLowerCase(), attr(s.attributes, 'ContentType') ?? '');
  const overrides = new Map(found.filter((s) => s.local === 'Override').map((s) => [(attr(s.attributes, 'PartName') ?? '').toLowerCase(), s]));
  const key = (part: string) => `/${part.replace(/^\//, '')}`.toLowerCase();
  const edits: Edit[] = [];
  const drop = (part: string) => {
    const s = overrides.get(key(part));
    if (s) edits.push({ start: s.start, end: s.end, text: '' });
    overrides.delete(key(part));
  };
  for (const part of removed) if (!added.has(part)) drop(part);
  const items: string[] = [];
  for (const [part, type] of added) {
    const existing = overrides.get(key(part));
    if (existing && attr(existing.attributes, 'ContentType') === type) continue;
    if (existing) drop(part);
    const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    if (defaults.get(ext) === type) continue;
    if (!defaults.has(ext) && type === RELATIONSHIPS_TYPE) {
      defaults.set(ext, type);
      items.push(`<${p}Default Extension="${escapeXml(ext)}" ContentType="${type}"/>`);
    } else items.push(`<${p}Override PartName="/${escapeXml(part.replace(/^\//, ''))}" ContentType="${type}"/>`);
  }
  const close = root.end - `</${root.name}>`.length;
  if (items.length) {
    if (root.selfClosing) edits.push({ start: root.openEnd - 2, end: root.end, text: `>${items.join('')}</${root.name}>` });
    else edits.push({ start: close, end: close, text: items.join('') });
  }
  return edits.length ? splice(xml, edits) : xml;
}

const RELATIONSHIPS_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';

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
