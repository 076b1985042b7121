/**
 * A streaming tag scanner for the one part whose size Kring does not control and must rewrite:
 * the user's styles. It finds element boundaries and depths without building attributes or
 * strings for every element (saxes does, which made cost grow with the styles), and can copy its
 * input to an output with some tags replaced, so a rewrite is one pass over text chunks. It refuses
 * what xmlParser refuses (a DTD) and unbalanced tags; attribute values are read only on request.
 */
import { XlsxFormatError } from './xml';

export interface TagHandlers {
  /** An element opens (depth 0 = the root); a returned string replaces the tag in the output. */
  open(name: string, tag: string, selfClosing: boolean, depth: number): string | void;
  /** An element closes (`depth` as at its open); a returned string replaces the close tag. */
  close(name: string, tag: string, depth: number): string | void;
  /** Text, comments and processing instructions between tags, when `wantText()` says so. */
  text?(text: string): void;
  wantText?(): boolean;
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

function nameIn(tag: string, from: number): string {
  let k = from;
  while (k < tag.length) {
    const c = tag.charCodeAt(k);
    if (c <= 32 || c === SLASH || c === GT) break;
    k++;
  }
  return tag.slice(from, k);
}

export class TagScanner {
  private buf = '';
  private readonly stack: string[] = [];
  private pieces: string[] = [];

  /** `out`: where the copy goes (none for a read-only scan). */
  constructor(private readonly part: string, private readonly handlers: TagHandlers, private readonly out?: (text: string) => void) {}

  private fail(what: string): never {
    throw new XlsxFormatError(`${this.part}: broken XML (${what})`);
  }

  write(chunk: string): void {
    const s = this.buf + chunk;
    const h = this.handlers;
    let i = 0;
    let copied = 0;
    const replace = (start: number, end: number, text: string | void) => {
      if (text === undefined || !this.out) return;
      this.pieces.push(s.slice(copied, start), text);
      copied = end;
    };
    for (;;) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        if (h.text && i < s.length && h.wantText?.()) h.text(s.slice(i));
        i = s.length;
        break;
      }
      if (lt > i && h.text && h.wantText?.()) h.text(s.slice(i, lt));
      if (lt + 1 >= s.length) {
        i = lt;
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
        const name = s.slice(lt + 2, end).trim();
        if (this.stack.pop() !== name) this.fail(`</${name}> does not close the open element`);
        replace(lt, end + 1, h.close(name, s.slice(lt, end + 1), this.stack.length));
      } else if (c1 === QUESTION || c1 === BANG) {
        const close = c1 === QUESTION ? '?>' : s.startsWith('<!--', lt) ? '-->' : s.startsWith('<![CDATA[', lt) ? ']]>' : null;
        if (close === null) {
          if (s.length - lt < 9) {
            i = lt;
            break;
          }
          this.fail('a document type declaration is not allowed in a workbook part');
        }
        end = s.indexOf(close, lt + 2);
        if (end < 0) {
          i = lt;
          break;
        }
        end += close.length - 1;
        if (h.text && h.wantText?.()) h.text(s.slice(lt, end + 1));
      } else {
        end = tagEnd(s, lt + 1);
        if (end < 0) {
          i = lt;
          break;
        }
        const tag = s.slice(lt, end + 1);
        const name = nameIn(tag, 1);
        if (!name) this.fail('a tag without a name');
        const selfClosing = s.charCodeAt(end - 1) === SLASH;
        const depth = this.stack.length;
        if (!selfClosing) this.stack.push(name);
        replace(lt, end + 1, h.open(name, tag, selfClosing, depth));
      }
      i = end + 1;
    }
    if (this.out) {
      this.pieces.push(s.slice(copied, i));
      const text = this.pieces.join('');
      this.pieces = [];
      if (text) this.out(text);
    }
    this.buf = s.slice(i);
  }

  close(): void {
    if (this.stack.length) this.fail(`<${this.stack[this.stack.length - 1]}> is not closed`);
    if (this.buf.trim()) this.fail('text after the root element');
    if (this.out && this.buf) this.out(this.buf);
    this.buf = '';
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An attribute's value in a tag's text, entities decoded; undefined when absent. */
export function tagAttr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (!m) return undefined;
  const raw = m[2] ?? m[3];
  return raw.includes('&')
    ? raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, e: string) =>
        e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? all),
      )
    : raw;
}

export function localOf(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}
