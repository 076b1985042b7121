/** Dates as people read them on Kring's sheets: 2026-09-01 → 01-09-2026. */
export function displayDate(iso: string | null, noDate = ''): string {
  return iso ? iso.split('-').reverse().join('-') : noDate;
}

/** Day words as people read them: "ma" stays Dutch in Dutch text, "Mon" in English text. */
export const DAY_WORDS = {
  nl: { ma: 'ma', di: 'di', wo: 'wo', do: 'do', vr: 'vr', za: 'za', zo: 'zo' },
  en: { ma: 'Mon', di: 'Tue', wo: 'Wed', do: 'Thu', vr: 'Fri', za: 'Sat', zo: 'Sun' },
} as const;

/**
 * A number in text the user's way: a decimal comma in Dutch (67,3), a point in English (67.3), at
 * most `digits` decimals and no trailing zeros.
 */
export function formatNumber(x: number, lang: 'nl' | 'en', digits = 1): string {
  const text = String(Math.round(x * 10 ** digits) / 10 ** digits);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

/** Whole weeks from one ISO date to a later one (0 when the second is earlier). */
export function weeksBetween(from: string, to: string): number {
  return Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / (7 * 86400000)));
}
