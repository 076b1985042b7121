/**
 * A streaming tag scanner for the one part whose size Kring does not control and must rewrite:
 * the user's styles. It finds element boundaries, their absolute offsets in the text and their
 * depths without building attributes or strings for every element (saxes does, which made cost
 * grow with the styles); a handler asks for a tag's text only when it needs it. It refuses what
 * xmlParser refuses (a DTD) and unbalanced tags.
 */
import { utf8Length } from './bytes';
import { XlsxFormatError } from './xml';

export interface TagHandlers {
  /** An element opens (depth 0 = the root); its name is `scanner.name()`. */
  open(selfClosing: boolean, depth: number): void;
  /** An element closes (`depth` as at its open). */
  close(depth: number): void;
}

const GT = 62, SLASH = 47, QUESTION = 63, BANG = 33, DQ = 34, SQ = 39;

/** The '>' that ends the tag opened at `from`, outside quoted values; -1 when not in `s` yet. */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let k = from; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === DQ || c === SQ) quote = c;
    else if (c === GT) return k;
  }
  return -1;
}

function nameEnd(s: string, from: number): number {
  let k = from;
  while (k < s.length) {
    const c = s.charCodeAt(k);
    if (c <= 32 || c === SLASH || c === GT) break;
    k++;
  }
  return k;
}

/** A name's hash, so that open and close tags are matched without a string per element. */
function hashOf(s: string, from: number, to: number): number {
  let h = to - from;
  for (let k = from; k < to; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return h;
}

export class TagScanner {
  private buf = '';
  /** Absolute offset of buf[0] in the part's text. */
  private base = 0;
  private readonly stack: number[] = [];
  private s = '';
  private lt = 0;
  private gt = 0;
  private nameFrom = 0;
  private nameTo = 0;
  /** Byte offset of s[0] in the part (after its byte order mark), and a cursor for non-ASCII text. */
  private byteBase: number;
  private ascii = true;
  private cursorChar = 0;
  private cursorByte = 0;

  /** `encoding` and `bom` (its length in bytes) tell the tags' byte offsets in the part. */
  constructor(private readonly part: string, private readonly handlers: TagHandlers, private readonly encoding = 'utf-8', bom = 0) {
    this.byteBase = bom;
  }

  /** Byte offset in the part of s[k]; k only grows within one write (the cursor moves on). */
  private byteOf(k: number): number {
    if (this.encoding !== 'utf-8') return this.byteBase + 2 * k;
    if (this.ascii) return this.byteBase + k;
    if (k < this.cursorChar) (this.cursorChar = 0), (this.cursorByte = 0);
    this.cursorByte += utf8Length(this.s.slice(this.cursorChar, k));
    this.cursorChar = k;
    return this.byteBase + this.cursorByte;
  }

  /** Byte offsets of the current tag in the part: its '<' and just after its '>'. */
  get startByte(): number {
    return this.byteOf(this.lt);
  }

  get endByte(): number {
    return this.byteOf(this.gt + 1);
  }

  /** The current tag's element name (during a handler). */
  name(): string {
    return this.s.slice(this.nameFrom, this.nameTo);
  }

  /** The current tag's text (during a handler). */
  tag(): string {
    return this.s.slice(this.lt, this.gt + 1);
  }

  /** An attribute of the current tag (during a handler). */
  attr(name: string): string | undefined {
    return attrIn(this.s, this.lt, this.gt, name);
  }

  /** Absolute offsets of the current tag: its '<' and just after its '>'. */
  get start(): number {
    return this.base + this.lt;
  }

  get end(): number {
    return this.base + this.gt + 1;
  }

  private fail(what: string, reason: 'broken-xml' | 'forbidden-dtd' = 'broken-xml'): never {
    throw new XlsxFormatError(`${this.part}: broken XML (${what})`, reason, this.part);
  }

  write(chunk: string): void {
    const s = (this.s = this.buf + chunk);
    this.ascii = this.encoding === 'utf-8' && utf8Length(s) === s.length;
    this.cursorChar = this.cursorByte = 0;
    const h = this.handlers;
    let i = 0;
    for (;;) {
      const lt = s.indexOf('<', i);
      if (lt < 0 || lt + 1 >= s.length) {
        i = lt < 0 ? s.length : lt;
        break;
      }
      const c1 = s.charCodeAt(lt + 1);
      let end: number;
      if (c1 === SLASH) {
        end = s.indexOf('>', lt + 2);
        if (end < 0) {
          i = lt;
          break;
        }
        const to = nameEnd(s, lt + 2);
        if (this.stack.pop() !== hashOf(s, lt + 2, to)) this.fail(`</${s.slice(lt + 2, to)}> does not close the open element`);
        this.lt = lt;
        this.gt = end;
        this.nameFrom = lt + 2;
        this.nameTo = to;
        h.close(this.stack.length);
      } else if (c1 === QUESTION || c1 === BANG) {
        const close = c1 === QUESTION ? '?>' : s.startsWith('<!--', lt) ? '-->' : s.startsWith('<![CDATA[', lt) ? ']]>' : null;
        if (close === null) {
          if (s.length - lt < 9) {
            i = lt;
            break;
          }
          this.fail('a document type declaration is not allowed in a workbook part', 'forbidden-dtd');
        }
        end = s.indexOf(close, lt + 2);
        if (end < 0) {
          i = lt;
          break;
        }
        end += close.length - 1;
      } else {
        end = tagEnd(s, lt + 1);
        if (end < 0) {
          i = lt;
          break;
        }
        const to = nameEnd(s, lt + 1);
        if (to === lt + 1) this.fail('a tag without a name');
        const selfClosing = s.charCodeAt(end - 1) === SLASH;
        const depth = this.stack.length;
        if (!selfClosing) this.stack.push(hashOf(s, lt + 1, to));
        this.lt = lt;
        this.gt = end;
        this.nameFrom = lt + 1;
        this.nameTo = to;
        h.open(selfClosing, depth);
      }
      i = end + 1;
    }
    this.byteBase = this.byteOf(i);
    this.buf = s.slice(i);
    this.base += i;
    this.s = '';
  }

  close(): void {
    if (this.stack.length) this.fail(`an element is not closed (${this.stack.length} open)`);
    if (this.buf.trim()) this.fail('text after the root element');
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An attribute's value in a tag's text, entities decoded; undefined when absent. */
export function tagAttr(tag: string, name: string): string | undefined {
  return attrIn(tag, 0, tag.length, name);
}

/** The same within s[from, to) (the scanner's current tag, without copying it). */
function attrIn(s: string, from: number, to: number, name: string): string | undefined {
  let at = s.indexOf(name, from);
  while (at > from && at < to) {
    const before = s.charCodeAt(at - 1);
    let k = at + name.length;
    while (s.charCodeAt(k) <= 32) k++;
    if (before <= 32 && s.charCodeAt(k) === 61) {
      k++;
      while (s.charCodeAt(k) <= 32) k++;
      const quote = s[k];
      const close = s.indexOf(quote, k + 1);
      if ((quote === '"' || quote === "'") && close > k && close < to) return decode(s.slice(k + 1, close));
    }
    at = s.indexOf(name, at + 1);
  }
  return undefined;
}

function decode(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? all),
  );
}

export function localOf(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}
