/** Dates as people read them on Kring's sheets: 2026-09-01 → 01-09-2026. */
export function displayDate(iso: string | null, noDate = ''): string {
  return iso ? iso.split('-').reverse().join('-') : noDate;
}
