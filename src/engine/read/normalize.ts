/** Key for matching sheet names, headers and choice values: no case, accents, spaces or punctuation. */
export function normKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Cleans user text: non-breaking and other odd spaces become plain spaces, ends trimmed. */
export function cleanText(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f\u200b\ufeff\t]/g, (c) => (c === '\u200b' || c === '\ufeff' ? '' : ' ')).trim();
}
