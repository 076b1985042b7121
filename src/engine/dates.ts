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

/** A real calendar date written yyyy-mm-dd (2026-02-31 is not; Date.parse would roll it over to March). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** ISO date plus whole days. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86400000).toISOString().slice(0, 10);
}

/** Dates Kring accepts without a question: from 2000 up to a year after today. */
export const PLAUSIBLE_FROM = '2000-01-01';
export const PLAUSIBLE_DAYS_AHEAD = 366;

/**
 * Why a real date is probably mistyped (01-09-2062 for 01-09-2026): before 2000 or more than a
 * year after today. Null when it is plausible. One rule for cells and for command-line dates.
 */
export function implausibleDate(iso: string, today: string): { nl: string; en: string } | null {
  const shown = displayDate(iso);
  if (iso < PLAUSIBLE_FROM) {
    return { nl: `De datum ${shown} ligt vóór 2000; is het jaar goed getypt?`, en: `The date ${shown} is before 2000; is the year typed right?` };
  }
  if (iso > addDays(today, PLAUSIBLE_DAYS_AHEAD)) {
    return { nl: `De datum ${shown} ligt meer dan een jaar na vandaag (${displayDate(today)}); is het jaar goed getypt?`, en: `The date ${shown} is more than a year after today (${displayDate(today)}); is the year typed right?` };
  }
  return null;
}
