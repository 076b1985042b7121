/** Dates in the pane: ISO strings inside, the user's way of writing them outside. Pure. */
import { parseDate } from '../engine/read/cells';
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

/**
 * A typed date as ISO, or null: day first as people in the Netherlands write it (31-12-2026,
 * 31/12/2026, 31.12.26), ISO (2026-12-31), or with a month word (31 dec 2026, 31 December 2026).
 */
export function parseTypedDate(text: string): string | null {
  // The engine's reader, so that the pane accepts exactly the dates the sheets accept.
  const parsed = parseDate(text);
  return parsed.ok ? parsed.value : null;
}
