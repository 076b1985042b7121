/**
 * The .xlsx package (an OPC zip) as parts: read a part's text whole or in chunks, replace, add or
 * remove parts, write the package. Parts Kring does not touch keep their bytes (JSZip copies an
 * unchanged entry's compressed data as it was). Part names are matched ignoring case, as OPC says,
 * and relationship targets resolve relative or absolute here, once. Runs in Node and in the
 * browser: Node's native zlib comes in as a ZipCodec (./node/codec), never imported here.
 */
import JSZip from 'jszip';
import { concatBytes, jszipChunks } from './bytes';
import { attr, escapeXml, parseXml, XlsxFormatError, XML_HEAD } from './xml';

/** A part that inflates beyond this is refused (zip bomb); 10,000 clients' contacts take about 30 MB. */
export const MAX_PART_BYTES = 256 * 1024 * 1024;

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkgRels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
};

/** Relationship types by their last segment (transitional and strict namespaces end alike). */
export const REL = {
  officeDocument: 'officeDocument',
  worksheet: 'worksheet',
  sharedStrings: 'sharedStrings',
  styles: 'styles',
  calcChain: 'calcChain',
  table: 'table',
  drawing: 'drawing',
  chart: 'chart',
};

export const REL_TYPE = (kind: string) => `${NS.r}/${kind}`;

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
};

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function relKind(rel: Rel): string {
  return rel.type.slice(rel.type.lastIndexOf('/') + 1);
}

/** xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** A relationship target resolved against the part that owns it ("../x" and "/xl/x" alike). */
export function resolveTarget(fromPart: string, target: string): string {
  const clean = target.split('#')[0].replace(/\\/g, '/');
  const parts = clean.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const seg of clean.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(decodeURIComponentSafe(seg));
  }
  return parts.join('/');
}

function decodeURIComponentSafe(seg: string): string {
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg;
  }
}

/** The target to write in `fromPart`'s rels for `toPart` (relative, as every producer writes). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

export function relsXml(rels: Rel[]): string {
  const items = rels
    .map((r) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`)
    .join('');
  return `${XML_HEAD}<Relationships xmlns="${NS.pkgRels}">${items}</Relationships>`;
}

export function nextRelId(rels: Rel[]): string {
  const used = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** A part being rewritten: takes its bytes as they come; `finish` gives what JSZip's file() takes. */
export interface PartWriter {
  write(bytes: Uint8Array): Promise<void>;
  finish(): Promise<unknown>;
}

/** How entries inflate and rewritten parts deflate, where something faster than JSZip's own is at hand. */
export interface ZipCodec {
  /** The entry's bytes as they inflate, or null when JSZip must inflate it. */
  inflate(file: JSZip.JSZipObject): (AsyncIterable<Uint8Array> & { destroy?: () => void }) | null;
  deflater(): PartWriter;
}

/** Without a codec: JSZip inflates, and a rewritten part is held whole until the package is generated. */
const JSZIP_CODEC: ZipCodec = {
  inflate: () => null,
  deflater() {
    const chunks: Uint8Array[] = [];
    return {
      write: async (bytes) => void chunks.push(bytes.slice()),
      finish: async () => concatBytes(chunks),
    };
  },
};

export class XlsxPackage {
  /** Lower-case part name → the zip entry's own name. */
  private readonly names = new Map<string, string>();
  /** Bytes inflated so far: what reading cost, for the benchmark (parts never read cost nothing). */
  inflatedBytes = 0;

  private constructor(private readonly zip: JSZip, private readonly codec: ZipCodec) {
    zip.forEach((name, file) => {
      if (!file.dir && !name.endsWith('\\')) this.names.set(partNameOf(name).toLowerCase(), name);
    });
  }

  static async load(data: Uint8Array, codec: ZipCodec = JSZIP_CODEC): Promise<XlsxPackage> {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(data, { checkCRC32: false });
    } catch (e) {
      throw new XlsxFormatError(`not a zip package (${(e as Error).message})`, 'not-zip');
    }
    return new XlsxPackage(zip, codec);
  }

  static empty(codec: ZipCodec = JSZIP_CODEC): XlsxPackage {
    return new XlsxPackage(new JSZip(), codec);
  }

  private entry(part: string): string | undefined {
    return this.names.get(partNameOf(part).toLowerCase());
  }

  has(part: string): boolean {
    return this.entry(part) !== undefined;
  }

  /** The part's name in the package's own spelling of case (an entry's backslashes as slashes). */
  nameOf(part: string): string {
    const name = this.entry(part);
    return name === undefined ? part : partNameOf(name);
  }

  /** Every part's name (slashes, the package's case). */
  parts(): string[] {
    return [...this.names.values()].map(partNameOf);
  }

  /** The part's text in chunks, inflated as a stream and refused beyond MAX_PART_BYTES. */
  async chunks(part: string, onText: (text: string) => void): Promise<void> {
    for await (const text of this.texts(part)) onText(text);
  }

  /** The part's text as it inflates (natively when the entry is unchanged), for passes that await. */
  async *texts(part: string): AsyncGenerator<string> {
    let decoder: TextDecoder | null = null;
    for await (const chunk of this.bytes(part)) {
      decoder ??= new TextDecoder(encodingOf(chunk));
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
    const rest = decoder?.decode() ?? '';
    if (rest) yield rest;
  }

  /** The part's bytes as they inflate, refused beyond MAX_PART_BYTES. */
  async *bytes(part: string): AsyncGenerator<Uint8Array> {
    const name = this.entry(part);
    if (name === undefined) throw new XlsxFormatError(`part ${part} is missing`, 'missing-part', part);
    const file = this.zip.file(name)!;
    const stream = this.codec.inflate(file) ?? jszipChunks(file);
    let bytes = 0;
    const iterator = stream[Symbol.asyncIterator]();
    try {
      for (;;) {
        let next: IteratorResult<Uint8Array>;
        try {
          next = await iterator.next();
        } catch (e) {
          throw e instanceof XlsxFormatError ? e : new XlsxFormatError(`${part} cannot be unpacked (${(e as Error).message})`, 'unpack', part);
        }
        if (next.done) return;
        bytes += next.value.length;
        this.inflatedBytes += next.value.length;
        if (bytes > MAX_PART_BYTES) throw new XlsxFormatError(`${part} inflates beyond ${MAX_PART_BYTES / 1024 / 1024} MB (a zip bomb?)`, 'too-large', part);
        yield next.value;
      }
    } finally {
      stream.destroy?.();
    }
  }

  async text(part: string): Promise<string> {
    const pieces: string[] = [];
    await this.chunks(part, (t) => pieces.push(t));
    return pieces.join('');
  }

  async textIfAny(part: string): Promise<string | null> {
    return this.has(part) ? this.text(part) : null;
  }

  /** A user's part keeps its entry's name (even with backslashes); a new part gets a normal one. */
  set(part: string, content: string | Uint8Array): void {
    const name = this.entry(part) ?? partNameOf(part);
    this.zip.file(name, content, { createFolders: false });
    this.names.set(partNameOf(name).toLowerCase(), name);
  }

  /** Replaces a part by text streamed through `write`, deflated as it goes (memory: the compressed bytes). */
  async rewrite(part: string, produce: (write: (bytes: Uint8Array) => Promise<void>) => Promise<void>): Promise<void> {
    const out = this.codec.deflater();
    await produce((bytes) => out.write(bytes));
    const name = this.entry(part) ?? partNameOf(part);
    this.zip.file(name, (await out.finish()) as string, { createFolders: false, binary: true });
    this.names.set(partNameOf(name).toLowerCase(), name);
  }

  remove(part: string): void {
    const name = this.entry(part);
    if (name === undefined) return;
    this.zip.remove(name);
    this.names.delete(partNameOf(name).toLowerCase());
  }

  /** The relationships of a part (its rels part), targets as written. */
  async rels(part: string): Promise<Rel[]> {
    const xml = await this.textIfAny(relsPathOf(part));
    return xml === null ? [] : parseRels(relsPathOf(part), xml);
  }

  setRels(part: string, rels: Rel[]): void {
    if (rels.length) this.set(relsPathOf(part), relsXml(rels));
    else this.remove(relsPathOf(part));
  }

  private static readonly GENERATE = { compression: 'DEFLATE', compressionOptions: { level: 6 } } as const;

  async toBytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: 'uint8array', ...XlsxPackage.GENERATE });
  }

  /** The package as a Node stream, for writing a file without holding it whole (Node only). */
  nodeStream(): NodeJS.ReadableStream {
    return this.zip.generateNodeStream({ type: 'nodebuffer', ...XlsxPackage.GENERATE, streamFiles: false });
  }
}

/**
 * A zip entry's name as the part name it means: the one place where backslashes (written by some
 * Windows tools, "xl\\workbook.xml") become slashes and a leading slash goes.
 */
export function partNameOf(entry: string): string {
  return entry.replace(/\\/g, '/').replace(/^\/+/, '');
}

/** UTF-8 unless the part starts with a UTF-16 byte order mark. */
export function encodingOf(first: Uint8Array): string {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

export function parseRels(part: string, xml: string): Rel[] {
  const rels: Rel[] = [];
  parseXml(part, xml, {
    open(local, attributes) {
      if (local !== 'Relationship') return;
      const id = attr(attributes, 'Id');
      const type = attr(attributes, 'Type');
      const target = attr(attributes, 'Target');
      if (id && type && target !== undefined) rels.push({ id, type, target, external: attr(attributes, 'TargetMode') === 'External' });
    },
  });
  return rels;
}
