/**
 * Validates the XML parts of an .xlsx package against the ECMA-376 schemas (tools/ooxml-schemas)
 * with libxml2's xmllint, picking the schema by the part's content type. Parts are first read as
 * a consumer of Markup Compatibility (ECMA-376 Part 3) reads them: attributes and elements of the
 * namespaces a part declares ignorable are dropped and mc:AlternateContent keeps its fallback, so
 * a part that Excel wrote with its later extensions (and Kring only edited) is judged on the rest;
 * xml:space on a text element (which the schemas leave undeclared) is taken as XML's own.
 */
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';

export const SCHEMA_DIR = path.resolve(__dirname, '..', '..', 'tools', 'ooxml-schemas');

/** The schema for a content type (by its ending), as tools/ooxml-schemas/README.md lists them. */
const SCHEMA_BY_TYPE: [RegExp, string][] = [
  [/(sheet\.main|worksheet|styles|sharedStrings|table|calcChain|chartsheet)\+xml$/, 'sml.xsd'],
  [/\.drawing\+xml$/, 'dml-spreadsheetDrawing.xsd'],
  [/drawingml\.chart\+xml$/, 'dml-chart.xsd'],
  [/theme\+xml$/, 'dml-main.xsd'],
  [/relationships\+xml$/, 'opc-relationships.xsd'],
  [/core-properties\+xml$/, 'opc-coreProperties.xsd'],
  [/extended-properties\+xml$/, 'shared-documentPropertiesExtended.xsd'],
];

export function xmllintAvailable(): boolean {
  return !spawnSync('xmllint', ['--version']).error;
}

/** The content type of every part, from [Content_Types].xml (overrides before extension defaults). */
export function contentTypes(typesXml: string, parts: string[]): Map<string, string> {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const m of typesXml.matchAll(/<(?:\w+:)?Default\b[^>]*>/g)) {
    const ext = /Extension="([^"]*)"/.exec(m[0])?.[1];
    const type = /ContentType="([^"]*)"/.exec(m[0])?.[1];
    if (ext && type) defaults.set(ext.toLowerCase(), type);
  }
  for (const m of typesXml.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) {
    const name = /PartName="([^"]*)"/.exec(m[0])?.[1];
    const type = /ContentType="([^"]*)"/.exec(m[0])?.[1];
    if (name && type) overrides.set(name.replace(/^\//, '').toLowerCase(), type);
  }
  const out = new Map<string, string>();
  for (const part of parts) {
    const type = overrides.get(part.toLowerCase()) ?? defaults.get(part.slice(part.lastIndexOf('.') + 1).toLowerCase());
    if (type) out.set(part, type);
  }
  return out;
}

/** Markup Compatibility processing: the part as a consumer that knows no extension namespace sees it. */
export function withoutExtensions(xml: string): string {
  const ignorable = /\bmc:Ignorable="([^"]*)"/.exec(xml)?.[1].split(/\s+/).filter(Boolean) ?? [];
  let out = xml;
  // Alternate content: the fallback (Kring's readers, like Excel 2007, take it), or nothing.
  out = out.replace(/<mc:AlternateContent\b[\s\S]*?<\/mc:AlternateContent>/g, (block) => /<mc:Fallback>([\s\S]*?)<\/mc:Fallback>/.exec(block)?.[1] ?? '');
  for (const p of ignorable) {
    const e = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Elements of the namespace (self-closing, or with content up to the matching close tag).
    for (let before = ''; before !== out; ) {
      before = out;
      out = out.replace(new RegExp(`<${e}:([\\w.-]+)\\b[^>]*?/>`, 'g'), '');
      out = out.replace(new RegExp(`<${e}:([\\w.-]+)\\b[^>]*?>(?:(?!<${e}:\\1\\b)[\\s\\S])*?</${e}:\\1>`, 'g'), '');
    }
    out = out.replace(new RegExp(`\\s${e}:[\\w.-]+="[^"]*"`, 'g'), '');
  }
  // An extension left without content (its one child was ignorable) goes too, and then an empty list.
  out = out.replace(/<((?:\w+:)?)ext\b(?=[^>]*\suri=)[^>]*?(?:\/>|>\s*<\/\1ext>)/g, '').replace(/<((?:\w+:)?)extLst\b[^>]*?(?:\/>|>\s*<\/\1extLst>)/g, '');
  // xml:space is XML's own attribute (XML 1.0, 2.10) that Excel itself writes on a text with
  // leading or trailing spaces; the ECMA schemas leave it undeclared on their plain-text elements.
  out = out.replace(/(<(?:\w+:)?t)\s+xml:space="preserve"/g, '$1');
  return out.replace(/\s(?:mc:Ignorable|mc:PreserveAttributes|mc:ProcessContent|mc:MustUnderstand)="[^"]*"/g, '');
}

export interface SchemaError {
  part: string;
  schema: string;
  message: string;
}

/**
 * Validates the named parts of a package (default: every part with a known schema); returns the
 * errors, empty when every part is valid, and which parts were validated.
 */
export async function validateParts(data: Buffer | Uint8Array, only?: (part: string) => boolean): Promise<{ validated: string[]; errors: SchemaError[] }> {
  const zip = await JSZip.loadAsync(data);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const typesName = names.find((n) => n === '[Content_Types].xml')!;
  const types = contentTypes(await zip.file(typesName)!.async('string'), names);
  const bySchema = new Map<string, string[]>();
  if (!only || only(typesName)) bySchema.set('opc-contentTypes.xsd', [typesName]);
  for (const [part, type] of types) {
    if (only && !only(part)) continue;
    const schema = SCHEMA_BY_TYPE.find(([re]) => re.test(type))?.[1];
    if (!schema) continue;
    bySchema.set(schema, [...(bySchema.get(schema) ?? []), part]);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kring-schema-'));
  const errors: SchemaError[] = [];
  const validated: string[] = [];
  try {
    let n = 0;
    for (const [schema, parts] of bySchema) {
      const files = new Map<string, string>();
      for (const part of parts) {
        const file = path.join(dir, `${n++}.xml`);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, withoutExtensions(await zip.file(part)!.async('string')));
        files.set(file, part);
        validated.push(part);
      }
      // One xmllint per schema: the schema is compiled once for all its parts.
      const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', path.join(SCHEMA_DIR, schema), ...files.keys()], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (r.error) throw r.error;
      for (const line of r.stderr.split('\n')) {
        if (!line.trim() || / validates$/.test(line)) continue;
        const file = [...files.keys()].find((f) => line.startsWith(f));
        // "x.xml fails to validate" follows the errors themselves.
        if (file && / fails to validate$/.test(line) && errors.some((e) => e.part === files.get(file))) continue;
        errors.push({ part: file ? files.get(file)! : '?', schema, message: file ? line.slice(file.length).replace(/^:/, '') : line });
      }
      if (r.status !== 0 && !errors.some((e) => e.schema === schema)) errors.push({ part: '?', schema, message: `xmllint exit ${r.status}` });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { validated, errors };
}

/** The parts of `after` that are new or whose bytes differ from `before`: what Kring wrote or changed. */
export async function changedParts(before: Buffer | Uint8Array, after: Buffer | Uint8Array): Promise<Set<string>> {
  const [a, b] = await Promise.all([JSZip.loadAsync(before), JSZip.loadAsync(after)]);
  const out = new Set<string>();
  for (const name of Object.keys(b.files)) {
    if (b.files[name].dir) continue;
    const old = a.file(name);
    const now = await b.file(name)!.async('nodebuffer');
    if (!old || !(await old.async('nodebuffer')).equals(now)) out.add(name);
  }
  return out;
}

/**
 * The schema errors Kring brought into a package: every part it wrote or changed is validated, and
 * an error that the part's input version already had (a part another program wrote invalidly and
 * Kring only edited, e.g. a colour of three bytes) is not Kring's.
 */
export async function errorsKringAdded(before: Buffer | Uint8Array, after: Buffer | Uint8Array): Promise<{ validated: string[]; errors: SchemaError[] }> {
  const changed = await changedParts(before, after);
  const now = await validateParts(after, (p) => changed.has(p));
  if (!now.errors.length) return now;
  const parts = new Set(now.errors.map((e) => e.part));
  const then = await validateParts(before, (p) => parts.has(p));
  const key = (e: SchemaError) => `${e.part}\u0000${e.message.replace(/^\d+:\s*/, '')}`;
  const known = new Set(then.errors.map(key));
  return { validated: now.validated, errors: now.errors.filter((e) => !known.has(key(e))) };
}
