/**
 * Key for matching sheet names, headers and choice values: no case, accents, spaces or punctuation.
 * Letters and digits of every script are kept ("محمد" and "שרה" stay apart), only symbols go.
 */
export function normKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}]/gu, '');
    if (keys.size >= KEYS_MAX) keys.clear();
    keys.set(text, key);
  }
  return key;
}

/** Sectors, locations, IDs and headers repeat over 100,000s of rows: their keys are remembered. */
const keys = new Map<string, string>();
const KEYS_MAX = 200_000;

/** Key for comparing names (contacts, Kent): normKey, or the text itself when it is all symbols ("👵"). */
export function nameKey(text: string): string {
  return normKey(text) || cleanText(text).toLowerCase();
}

/** Cleans user text: non-breaking and other odd spaces become plain spaces, ends trimmed. */
export function cleanText(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f\u200b\ufeff\t]/g, (c) => (c === '\u200b' || c === '\ufeff' ? '' : ' ')).trim();
}

const SHOWN_MAX = 40;

/** A user value quoted in a message: cut short when long, so a 32,767-character cell keeps the message readable. */
export function shorten(text: string): string {
  if (text.length <= SHOWN_MAX) return text;
  const chars = Array.from(text.slice(0, SHOWN_MAX * 2)); // whole code points: no emoji cut in half
  if (chars.length <= SHOWN_MAX && text.length <= SHOWN_MAX * 2) return text;
  return `${chars.slice(0, SHOWN_MAX - 1).join('')}…`;
}

/** Text as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
