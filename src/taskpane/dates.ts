/** Dates in the pane: ISO strings inside, the user's way of writing them outside. Pure. */
import { displayDate } from '../engine/dates';
import { Lang } from '../engine/i18n';

/** The ISO date (YYYY-MM-DD) of a local date. */
export function isoOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The local date of an ISO date (noon, so no time zone moves it to another day). */
export function dateOf(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d, 12);
}

const SHORT_MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** How the pane shows a date: 31-12-2026 in Dutch (as on Kring's sheets), 31 Dec 2026 in English. */
export function showDate(iso: string, lang: Lang): string {
  if (lang === 'nl') return displayDate(iso);
  const d = dateOf(iso);
  return `${d.getDate()} ${SHORT_MONTHS_EN[d.getMonth()]} ${d.getFullYear()}`;
}

const MONTH_WORDS: Record<string, number> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, februari: 2, february: 2,
  mrt: 3, mar: 3, maart: 3, march: 3,
  apr: 4, april: 4,
  mei: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  aug: 8, augustus: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oct: 10, oktober: 10, october: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
};

function valid(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const date = new Date(y, m - 1, d, 12);
  if (date.getMonth() !== m - 1) return null; // 31-02
  return isoOf(date);
}

/**
 * A typed date as ISO, or null: day first as people in the Netherlands write it (31-12-2026,
 * 31/12/2026, 31.12.26), ISO (2026-12-31), or with a month word (31 dec 2026, 31 December 2026).
 */
export function parseTypedDate(text: string): string | null {
  const t = text.trim().toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(t);
  if (m) {
    const y = Number(m[3]);
    return valid(m[3].length === 2 ? 2000 + y : y, Number(m[2]), Number(m[1]));
  }
  m = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(t);
  if (m && MONTH_WORDS[m[2]]) return valid(Number(m[3]), MONTH_WORDS[m[2]], Number(m[1]));
  return null;
}
