/**
 * Loneliness over time for a scope (the organisation or a location): per measurement date the
 * clients measured, the share very and somewhat lonely and the median score; and for clients
 * measured at least twice, how many feel less, as or more lonely on their latest measurement than
 * on their first. Pure.
 */
import { formatNumber } from '../dates';
import { Bilingual } from '../i18n';
import { LonelinessMeasurement } from './read';

export interface LonelinessPoint {
  date: string;
  /** Clients with a scored measurement on this date. */
  clients: number;
  veryLonelyShare: number;
  somewhatLonelyShare: number;
  /** Median total score (0–6). */
  median: number;
}

export interface LonelinessChange {
  /** Clients with at least two scored measurements up to today. */
  measuredTwice: number;
  less: number;
  same: number;
  more: number;
}

export interface LonelinessOutcomes {
  points: LonelinessPoint[];
  change: LonelinessChange;
}

const share = (n: number, of: number) => Math.round((n / of) * 1000) / 1000;

export function medianOf(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** `byClient`: scored measurements per client, oldest first; `clients`: the scope. */
export function lonelinessOutcomes(byClient: ReadonlyMap<string, readonly LonelinessMeasurement[]>, clients: ReadonlySet<string>, today: string): LonelinessOutcomes {
  const byDate = new Map<string, number[]>();
  const change: LonelinessChange = { measuredTwice: 0, less: 0, same: 0, more: 0 };
  for (const clientId of clients) {
    const list = (byClient.get(clientId) ?? []).filter((m) => m.date <= today);
    for (const m of list) {
      if (!byDate.has(m.date)) byDate.set(m.date, []);
      byDate.get(m.date)!.push(m.score!.total);
    }
    if (list.length < 2) continue;
    change.measuredTwice++;
    const diff = list[list.length - 1].score!.total - list[0].score!.total;
    if (diff < 0) change.less++;
    else if (diff > 0) change.more++;
    else change.same++;
  }
  const points = [...byDate.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([date, totals]) => ({
      date,
      clients: totals.length,
      veryLonelyShare: share(totals.filter((t) => t >= 5).length, totals.length),
      somewhatLonelyShare: share(totals.filter((t) => t >= 2 && t <= 4).length, totals.length),
      median: medianOf(totals),
    }));
  return { points, change };
}

/** The sentence for a management meeting: "Van de 41 cliënten die minstens twee keer zijn gemeten, voelen 17 zich minder eenzaam, 6 meer." */
export function changeSentence(c: LonelinessChange): Bilingual {
  if (c.measuredTwice === 0) return { nl: 'Eenzaamheid: nog geen cliënt is twee keer gemeten.', en: 'Loneliness: no client has been measured twice yet.' };
  const clients = (n: number, nl: [string, string], en: [string, string]) => ({ nl: n === 1 ? nl[0] : nl[1], en: n === 1 ? en[0] : en[1] });
  const who = clients(c.measuredTwice, ['cliënt die', 'cliënten die'], ['client', 'clients']);
  return {
    nl: `Van de ${c.measuredTwice} ${who.nl} minstens twee keer ${c.measuredTwice === 1 ? 'is' : 'zijn'} gemeten, ${c.less === 1 ? 'voelt' : 'voelen'} ${c.less} zich minder eenzaam, ${c.more} meer (${c.same} even eenzaam).`,
    en: `Of the ${c.measuredTwice} ${who.en} measured at least twice, ${c.less} ${c.less === 1 ? 'feels' : 'feel'} less lonely, ${c.more} more (${c.same} the same).`,
  };
}

/** A share as a percentage in words ("33%"), for the pane. */
export function percent(x: number, lang: 'nl' | 'en'): string {
  return `${formatNumber(x * 100, lang, 0)}%`;
}
