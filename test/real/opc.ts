/**
 * An Open Packaging Conventions check of a whole package, written with JSZip and regular
 * expressions, independently of src/xlsx: every part has a content type (an Override for it or a
 * Default for its extension), every override names a part that exists, every internal
 * relationship's target exists. Entry names are read as OPC readers read them (backslashes as
 * slashes). Also lists the namespaces and relationship types of chosen parts, for the Strict test.
 */
import JSZip from 'jszip';

export const partName = (entry: string) => entry.replace(/\\/g, '/').replace(/^\/+/, '');

const attrOf = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1] ?? new RegExp(`\\s${name}\\s*=\\s*'([^']*)'`).exec(tag)?.[1];
const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");

/** Every part by its part name, inflated. */
export async function packageParts(data: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(partName(name), await file.async('nodebuffer'));
  return out;
}

function resolve(source: string, target: string): string {
  const clean = decodeURIComponent(target.split('#')[0].replace(/\\/g, '/'));
  const out = clean.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of clean.split('/')) {
    if (seg === '..') out.pop();
    else if (seg && seg !== '.') out.push(seg);
  }
  return out.join('/');
}

export interface Relationship {
  rels: string;
  type: string;
  target: string;
}

export function relationships(parts: Map<string, Buffer>): Relationship[] {
  const out: Relationship[] = [];
  for (const [name, bytes] of parts) {
    if (!/(^|\/)_rels\/[^/]*\.rels$/i.test(name)) continue;
    const source = name.replace(/(^|\/)_rels\/([^/]*)\.rels$/i, '$1$2');
    for (const m of bytes.toString('utf8').matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
      if (attrOf(m[0], 'TargetMode') === 'External') continue;
      out.push({ rels: name, type: attrOf(m[0], 'Type') ?? '', target: resolve(source, unescape(attrOf(m[0], 'Target') ?? '')) });
    }
  }
  return out;
}

/** What breaks the package's rules, one line each (empty: a valid package). */
export function opcProblems(parts: Map<string, Buffer>): string[] {
  const problems: string[] = [];
  const lower = new Set([...parts.keys()].map((p) => p.toLowerCase()));
  const ct = [...parts.entries()].find(([n]) => n === '[Content_Types].xml')?.[1].toString('utf8');
  if (ct === undefined) return ['no [Content_Types].xml'];
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const m of ct.matchAll(/<(?:\w+:)?Default\b[^>]*>/g)) defaults.set((attrOf(m[0], 'Extension') ?? '').toLowerCase(), attrOf(m[0], 'ContentType') ?? '');
  for (const m of ct.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) overrides.set(partName(unescape(attrOf(m[0], 'PartName') ?? '')).toLowerCase(), attrOf(m[0], 'ContentType') ?? '');
  for (const name of parts.keys()) {
    if (name === '[Content_Types].xml') continue;
    const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
    if (!overrides.has(name.toLowerCase()) && !(name.includes('.') && defaults.has(ext))) problems.push(`no content type: ${name}`);
  }
  for (const name of overrides.keys()) if (!lower.has(name)) problems.push(`override for a missing part: ${name}`);
  for (const r of relationships(parts)) if (!lower.has(r.target.toLowerCase())) problems.push(`${r.rels}: target missing: ${r.target}`);
  return problems.sort();
}

/** Namespace URIs declared in the parts. */
export function namespacesOf(parts: Map<string, Buffer>, names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    const xml = parts.get(name)?.toString('utf8') ?? '';
    for (const m of xml.matchAll(/\sxmlns(?::[\w.-]+)?\s*=\s*"([^"]*)"/g)) out.add(m[1]);
  }
  return out;
}

const REL_BASES = {
  transitional: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/',
  strict: 'http://purl.oclc.org/ooxml/officeDocument/relationships/',
};
const FOREIGN = {
  transitional: ['http://purl.oclc.org/ooxml/spreadsheetml/main', 'http://purl.oclc.org/ooxml/officeDocument/relationships', 'http://purl.oclc.org/ooxml/drawingml/main', 'http://purl.oclc.org/ooxml/drawingml/chart', 'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing'],
  strict: ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://schemas.openxmlformats.org/drawingml/2006/main', 'http://schemas.openxmlformats.org/drawingml/2006/chart', 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing'],
};

export function conformanceOf(parts: Map<string, Buffer>, workbookPart: string): 'strict' | 'transitional' {
  const root = /<(?:(\w+):)?workbook\b[^>]*>/.exec(parts.get(workbookPart)?.toString('utf8') ?? '')?.[0] ?? '';
  return root.includes('"http://purl.oclc.org/ooxml/spreadsheetml/main"') ? 'strict' : 'transitional';
}

/** Parts added or changed between two packages. */
export function touchedParts(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  return [...after.keys()].filter((n) => !before.get(n)?.equals(after.get(n)!));
}

/** Namespaces and relationship types of the other conformance class in the parts that changed. */
export function conformanceProblems(before: Map<string, Buffer>, after: Map<string, Buffer>, workbookPart: string): string[] {
  const own = conformanceOf(before, workbookPart);
  const other = own === 'strict' ? 'transitional' : 'strict';
  const problems: string[] = [];
  for (const name of touchedParts(before, after)) {
    for (const ns of namespacesOf(after, [name])) if (FOREIGN[own].includes(ns)) problems.push(`${name}: ${other} namespace ${ns}`);
  }
  const touchedRels = new Set(touchedParts(before, after));
  for (const r of relationships(after)) if (touchedRels.has(r.rels) && r.type.startsWith(REL_BASES[other])) problems.push(`${r.rels}: ${other} relationship type ${r.type}`);
  return problems;
}

/** Parts that Kring's changes must keep consistent, and so may change: found through the relationships. */
export function sharedParts(parts: Map<string, Buffer>, workbookPart: string): Set<string> {
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const relsName = `${folder}_rels/${workbookPart.slice(folder.length)}.rels`;
  const rels = [...parts.entries()].find(([n]) => n.toLowerCase() === relsName.toLowerCase());
  const out = new Set([workbookPart, '[Content_Types].xml', rels?.[0] ?? relsName]);
  for (const m of (rels?.[1].toString('utf8') ?? '').matchAll(/<Relationship\b[^>]*?Type="[^"]*\/(styles|calcChain)"[^>]*>/g)) {
    const target = /Target="([^"]*)"/.exec(m[0])![1];
    out.add(target.startsWith('/') ? target.slice(1) : folder + target);
  }
  return new Set([...out].map((p) => p.toLowerCase()));
}

/**
 * The output of a run on `before`: a valid package wherever the input was (no new OPC problem),
 * every part that is not shared byte-identical, no namespace or type of the other conformance class.
 */
export function packageCheck(before: Map<string, Buffer>, after: Map<string, Buffer>, workbookPart: string): string[] {
  const had = new Set(opcProblems(before));
  const problems = opcProblems(after).filter((p) => !had.has(p));
  const shared = sharedParts(before, workbookPart);
  for (const [name, bytes] of before) {
    if (!after.has(name)) problems.push(`user part gone: ${name}`);
    else if (!shared.has(name.toLowerCase()) && !after.get(name)!.equals(bytes)) problems.push(`user part changed: ${name}`);
  }
  return [...problems, ...conformanceProblems(before, after, workbookPart)];
}
