/**
 * The workbook's styles, extended with what Kring's cells need, without modelling them: one
 * streaming scan learns the counts, the number formats, the default font and each cell format's
 * number format; at save, a second streaming pass copies the part with Kring's fonts, fills,
 * number formats, cell formats and differential formats appended (counts updated, missing
 * containers created in schema order) and every other byte as it was. Time and memory stay flat
 * however large the user's styles are. Bold and title fonts derive from the workbook's default
 * font, so Kring's sheets look like the user's.
 */
import { concatBytes, encodeText } from '../bytes';
import { encodingOf, XlsxPackage } from '../package';
import { BUILTIN_DATES, isDateFormatCode } from '../read/dateStyles';
import { localOf, tagAttr, TagHandlers, TagScanner } from '../tags';
import { escapeXml, prefixOf, XML_HEAD } from '../xml';

export interface CellStyle {
  numFmt?: string;
  bold?: boolean;
  /** Font size in points (titles). */
  size?: number;
  wrap?: boolean;
  /** Vertical alignment top (wrapped form rows). */
  top?: boolean;
  /** Editable when the sheet is protected. */
  unlocked?: boolean;
  /** Background colour, hex. */
  fill?: string;
}

/** Number formats every consumer knows by id (ECMA-376 §18.8.30). */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '0%': 9, '0.00%': 10, '@': 49 };

const CONTAINERS = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'] as const;
type Container = (typeof CONTAINERS)[number];
const isContainer = (local: string): local is Container => (CONTAINERS as readonly string[]).includes(local);

export function emptyStyles(main: string): string {
  return (
    `${XML_HEAD}<styleSheet xmlns="${main}">` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}

/** An entry Kring adds: its XML, or a user's cell format copied with another number format at the write. */
type Added = { xml: string; numFmtId?: number } | { copyOf: number; numFmtId: number };

/** Where the containers and the cell formats sit in the part (byte offsets), and how its text is encoded. */
interface Layout {
  encoding: string;
  containers: Map<Container, { start: number; openEnd: number; open: string; selfClosing: boolean; closeStart: number }>;
  rootClose: number;
  /** Start and end of each cell format (cellXfs child), for copies. */
  xfStart: number[];
  xfEnd: number[];
}

export class StyleBook {
  private p = '';
  /** Containers in the part (depth 1) and the number of their children. */
  private readonly counts = new Map<Container, number>();
  private readonly added = new Map<Container, Added[]>();
  private readonly memo = new Map<string, number>();
  private readonly formatIds = new Map<string, number>();
  private readonly formatCodes = new Map<number, string>();
  /** Each cell format's numFmtId, in order (the one thing Kring needs of them). */
  private readonly xfFormats: number[] = [];
  private baseFont: string | null = null;
  private nextFormatId = 164;
  /** The part's layout as last scanned (null once Kring has rewritten it). */
  private layout: Layout | null = null;

  private constructor(private readonly part: string) {}

  /** One streaming pass over the part: what Kring needs of the styles, and where things are. */
  static async scan(pkg: XlsxPackage, part: string): Promise<StyleBook> {
    const book = new StyleBook(part);
    await book.read(pkg, true);
    return book;
  }

  private async read(pkg: XlsxPackage, learn: boolean): Promise<void> {
    const part = this.part;
    const layout: Layout = { encoding: 'utf-8', containers: new Map(), rootClose: -1, xfStart: [], xfEnd: [] };
    let container: Container | null = null;
    let font: string[] | null = null;
    let children = 0;
    let scanner!: TagScanner;
    const handlers: TagHandlers = {
      open: (selfClosing, depth) => {
        if (depth === 0) {
          const name = scanner.name();
          if (localOf(name) !== 'styleSheet') throw new Error(`${part} is not a styles part`);
          this.p = prefixOf(name);
        } else if (depth === 1) {
          const local = localOf(scanner.name());
          container = isContainer(local) && !layout.containers.has(local) ? local : null;
          children = 0;
          if (container) layout.containers.set(container, { start: scanner.startByte, openEnd: scanner.endByte, open: scanner.tag(), selfClosing, closeStart: scanner.endByte });
          if (container && learn) this.counts.set(container, 0);
          if (selfClosing) container = null;
        } else if (depth === 2 && container) {
          children++;
          if (container === 'cellXfs') {
            layout.xfStart.push(scanner.startByte);
            layout.xfEnd.push(scanner.endByte);
          }
          if (!learn) return;
          if (container === 'cellXfs') this.xfFormats.push(Number(scanner.attr('numFmtId') ?? 0));
          else if (container === 'numFmts') {
            const tag = scanner.tag();
            this.knowFormat(Number(tagAttr(tag, 'numFmtId')), tagAttr(tag, 'formatCode'));
          } else if (container === 'fonts' && children === 1) {
            if (selfClosing) this.baseFont = scanner.tag();
            else font = [scanner.tag()];
          }
        } else if (font) font.push(scanner.tag());
      },
      close: (depth) => {
        if (depth === 0) layout.rootClose = scanner.startByte;
        else if (depth === 1 && container) {
          layout.containers.get(container)!.closeStart = scanner.startByte;
          if (learn) this.counts.set(container, children);
          container = null;
        } else if (depth === 2 && container === 'cellXfs') layout.xfEnd[layout.xfEnd.length - 1] = scanner.endByte;
        if (font) {
          font.push(scanner.tag());
          if (depth === 2) (this.baseFont = font.join('')), (font = null);
        }
      },
    };
    let decoder: TextDecoder | null = null;
    for await (const bytes of pkg.bytes(part)) {
      if (!decoder) {
        layout.encoding = encodingOf(bytes);
        const bom = layout.encoding !== 'utf-8' ? 2 : bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
        decoder = new TextDecoder(layout.encoding);
        scanner = new TagScanner(part, handlers, layout.encoding, bom);
      }
      const text = decoder.decode(bytes, { stream: true });
      if (text) scanner.write(text);
    }
    if (!decoder) throw new Error(`${part} is empty`);
    const rest = decoder.decode();
    if (rest) scanner.write(rest);
    scanner.close();
    this.layout = layout;
  }

  private knowFormat(id: number, code: string | undefined): void {
    if (!Number.isFinite(id)) return;
    if (code !== undefined) {
      this.formatCodes.set(id, code);
      if (!this.formatIds.has(code)) this.formatIds.set(code, id);
    }
    if (id >= this.nextFormatId) this.nextFormatId = id + 1;
  }

  private count(c: Container): number {
    return (this.counts.get(c) ?? 0) + (this.added.get(c)?.length ?? 0);
  }

  private add(c: Container, key: string, entry: Added): number {
    const memoKey = `${c}\u0000${key}`;
    const known = this.memo.get(memoKey);
    if (known !== undefined) return known;
    const index = this.count(c);
    if (!this.added.has(c)) this.added.set(c, []);
    this.added.get(c)!.push(entry);
    this.memo.set(memoKey, index);
    return index;
  }

  private addXml(c: Container, xml: string, numFmtId?: number): number {
    return this.add(c, xml, { xml, numFmtId });
  }

  numFmtId(code: string): number {
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.formatCodes.set(id, code);
    this.addXml('numFmts', `<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** The default font with bold and/or another size. */
  private fontId(bold: boolean, size: number | undefined): number {
    if (!bold && size === undefined) return 0;
    const base = this.baseFont;
    let font = base ?? `<${this.p}font/>`;
    const name = /^<([^\s/>]+)/.exec(font)![1];
    if (font.endsWith('/>')) font = `${font.slice(0, -2)}></${name}>`;
    const open = font.indexOf('>') + 1;
    let inner = font.slice(open);
    if (size !== undefined) inner = inner.replace(/<(\w+:)?sz\b[^>]*\/>/, '');
    const extra = (bold && !/<(\w+:)?b(\s[^>]*)?\/>/.test(inner) ? `<${this.p}b/>` : '') + (size !== undefined ? `<${this.p}sz val="${size}"/>` : '');
    return this.addXml('fonts', font.slice(0, open) + extra + inner);
  }

  private fillId(hex: string | undefined): number {
    if (!hex) return 0;
    const p = this.p;
    return this.addXml('fills', `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(hex)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
  }

  /** The cellXfs index of a style (0, the workbook's default, for no style). */
  xf(style: CellStyle): number {
    const numFmtId = this.numFmtId(style.numFmt ?? 'General');
    const fontId = this.fontId(!!style.bold, style.size);
    const fillId = this.fillId(style.fill);
    if (numFmtId === 0 && fontId === 0 && fillId === 0 && !style.wrap && !style.top && !style.unlocked) return 0;
    const p = this.p;
    const xfId = (this.counts.get('cellStyleXfs') ?? 0) > 0 ? ' xfId="0"' : '';
    const align = style.wrap || style.top ? `<${p}alignment${style.wrap ? ' wrapText="1"' : ''}${style.top ? ' vertical="top"' : ''}/>` : '';
    const protection = style.unlocked ? `<${p}protection locked="0"/>` : '';
    const applies =
      (numFmtId ? ' applyNumberFormat="1"' : '') + (fontId ? ' applyFont="1"' : '') + (fillId ? ' applyFill="1"' : '') + (align ? ' applyAlignment="1"' : '') + (protection ? ' applyProtection="1"' : '');
    return this.addXml('cellXfs', `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0"${xfId}${applies}>${align}${protection}</${p}xf>`, numFmtId);
  }

  /** The number format of cell format `index` (the user's or Kring's). */
  private xfFormat(index: number): number | undefined {
    if (index < this.xfFormats.length) return this.xfFormats[index];
    return this.added.get('cellXfs')?.[index - this.xfFormats.length]?.numFmtId;
  }

  /** An existing cell format with another number format (cells Kring sets in the user's register). */
  withNumFmt(base: number, code: string): number {
    const numFmtId = this.numFmtId(code);
    const current = this.xfFormat(base);
    if (current === undefined) return this.xf({ numFmt: code });
    if (current === numFmtId) return base;
    const source = base < this.xfFormats.length ? base : (this.added.get('cellXfs')![base - this.xfFormats.length] as Added);
    if (typeof source === 'number') return this.add('cellXfs', `copy ${base} ${numFmtId}`, { copyOf: base, numFmtId });
    if ('copyOf' in source) return this.add('cellXfs', `copy ${source.copyOf} ${numFmtId}`, { copyOf: source.copyOf, numFmtId });
    return this.addXml('cellXfs', withFormat(source.xml, numFmtId), numFmtId);
  }

  /** A differential format (conditional formatting): fill and font colour. */
  dxf(fill: string, fontColor?: string): number {
    const p = this.p;
    const font = fontColor ? `<${p}font><${p}color rgb="${argb(fontColor)}"/></${p}font>` : '';
    return this.addXml('dxfs', `<${p}dxf>${font}<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argb(fill)}"/></${p}patternFill></${p}fill></${p}dxf>`);
  }

  changed(): boolean {
    return this.added.size > 0;
  }

  /** Per cell format: does it show a date? (Kring's additions included, for 1904 workbooks.) */
  dateStyles(): boolean[] {
    const out: boolean[] = [];
    for (let i = 0; i < this.count('cellXfs'); i++) {
      const id = this.xfFormat(i) ?? 0;
      const code = this.formatCodes.get(id);
      out.push(code !== undefined ? isDateFormatCode(code) : BUILTIN_DATES.has(id));
    }
    return out;
  }

  /**
   * Writes the part again in one streaming pass: the text is copied chunk by chunk and Kring's
   * entries go in at the offsets the scan found (no parsing on the way), then Kring takes them as
   * the part's own so that a later write appends after them.
   */
  async write(pkg: XlsxPackage): Promise<void> {
    if (!this.changed()) return;
    if (!this.layout) await this.read(pkg, false);
    const layout = this.layout!;
    const sources = new Map<number, Uint8Array[]>();
    for (const a of this.added.get('cellXfs') ?? []) if ('copyOf' in a) sources.set(a.copyOf, []);
    const source = (k: number) => new TextDecoder(layout.encoding).decode(concatBytes(sources.get(k)!));
    const encode = (text: string) => encodeText(text, layout.encoding);
    const body = (c: Container) => (this.added.get(c) ?? []).map((a) => ('xml' in a ? a.xml : withFormat(source(a.copyOf), a.numFmtId))).join('');
    const edits: { start: number; end: number; order: number; text: () => string }[] = [];
    const present = layout.containers;
    for (const [c] of this.added) {
      const at = present.get(c);
      const order = CONTAINERS.indexOf(c);
      if (at) {
        // The container's open tag with the new count; the entries before its end.
        edits.push({ start: at.start, end: at.openEnd, order: 100, text: () => counted(at.open, this.count(c), at.selfClosing, body(c)) });
        if (!at.selfClosing) edits.push({ start: at.closeStart, end: at.closeStart, order, text: () => body(c) });
      } else {
        // A missing container goes before the first one that follows it in CT_Stylesheet.
        const next = CONTAINERS.slice(order + 1).find((n) => present.has(n));
        const where = next ? present.get(next)!.start : layout.rootClose;
        edits.push({ start: where, end: where, order, text: () => `<${this.p}${c} count="${this.count(c)}">${body(c)}</${this.p}${c}>` });
      }
    }
    edits.sort((a, b) => a.start - b.start || a.order - b.order);
    const wanted = [...sources.keys()].map((k) => ({ k, start: layout.xfStart[k], end: layout.xfEnd[k] }));
    await pkg.rewrite(this.part, async (write) => {
      let pos = 0;
      let skip = 0;
      let next = 0;
      for await (const t of pkg.bytes(this.part)) {
        const end = pos + t.length;
        for (const w of wanted) if (w.start < end && w.end > pos) sources.get(w.k)!.push(t.subarray(Math.max(w.start, pos) - pos, Math.min(w.end, end) - pos));
        let at = Math.max(pos, skip);
        while (next < edits.length && edits[next].start < end) {
          const e = edits[next++];
          if (e.start > at) await write(t.subarray(at - pos, e.start - pos));
          await write(encode(e.text()));
          at = Math.max(at, e.end);
          skip = Math.max(skip, e.end);
        }
        if (at < end) await write(at === pos ? t : t.subarray(at - pos));
        pos = end;
      }
      for (; next < edits.length; next++) await write(encode(edits[next].text()));
    });
    this.commit();
  }

  private commit(): void {
    this.layout = null;
    for (const [c, items] of this.added) {
      this.counts.set(c, this.count(c));
      if (c === 'cellXfs') for (const a of items) this.xfFormats.push(a.numFmtId ?? 0);
      if (c === 'fonts' && this.baseFont === null && 'xml' in items[0]) this.baseFont = items[0].xml;
    }
    this.added.clear();
  }
}

/** A container's open tag with its count (and, when it was empty and self-closing, its entries and end). */
function counted(open: string, count: number, selfClosing: boolean, body: string): string {
  const name = /^<([^\s/>]+)/.exec(open)![1];
  const tag = `${open.replace(/\s+count\s*=\s*("[^"]*"|'[^']*')/, '').replace(/\s*\/?>$/, '')} count="${count}">`;
  return selfClosing ? `${tag}${body}</${name}>` : tag;
}

/** A cell format's XML with another number format. */
function withFormat(xml: string, numFmtId: number): string {
  const openEnd = xml.indexOf('>') + 1;
  let open = xml.slice(0, openEnd).replace(/\s(numFmtId|applyNumberFormat)\s*=\s*("[^"]*"|'[^']*')/g, '');
  open = open.replace(/^(<[\w:.-]+)/, `$1 numFmtId="${numFmtId}" applyNumberFormat="1"`);
  return open + xml.slice(openEnd);
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}
