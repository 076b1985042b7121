/**
 * Netwerkkaarten in the pane: which clients have a map, finding a client, the maps shown for a
 * date choice (as `runMaps` draws them), the preview's drawing and the figures. Pure; the
 * components only show it.
 */
import { Client, KringModel, Settings } from '../engine/model';
import { chooseMaps, mapChange, mapFigures, mapsOn, NetworkChange, NetworkFigures, NetworkMap, networkMaps } from '../engine/networks/figures';
import { normKey } from '../engine/read/normalize';

/** What the Netwerkkaarten step needs from the workbook as last read. */
export interface NetworkData {
  clients: Client[];
  /** Per client ID, the maps per measurement date (oldest first), as the engine groups them. */
  maps: Map<string, NetworkMap[]>;
  settings: Settings;
}

export function networkData(model: KringModel): NetworkData {
  return { clients: model.clients, maps: networkMaps(model.contacts), settings: model.settings };
}

/** At most this many matching clients are listed; the search narrows them down. */
export const MAX_MATCHES = 8;

/**
 * The clients whose ID or name contains the query (case, accents, spaces and punctuation
 * ignored): an exact ID first, then IDs that start with it, then the rest in the workbook's order.
 */
export function matchClients(clients: readonly Client[], query: string): Client[] {
  const q = normKey(query);
  if (!q) return [...clients];
  const rank = (c: Client): number => {
    const id = normKey(c.id);
    if (id === q) return 0;
    if (id.startsWith(q)) return 1;
    if (id.includes(q)) return 2;
    return normKey(c.name).includes(q) ? 3 : -1;
  };
  return clients
    .map((c, i) => ({ c, i, r: rank(c) }))
    .filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.c);
}

/** The measurement dates of a client's maps, newest first (the undated map cannot be chosen on its own). */
export function mapDates(maps: readonly NetworkMap[]): string[] {
  return maps
    .map((m) => m.date)
    .filter((d): d is string => d !== null)
    .reverse();
}

/** The maps "Maak netwerkkaart" draws: the engine's own choice, so pane and sheet agree. */
export { chooseMaps as chosenMaps } from '../engine/networks/figures';

/** The "from" choice that compares with no earlier map. */
export const NO_COMPARISON = '__none__';

export interface DateChoice {
  /** The client's measurement dates, newest first. */
  dates: string[];
  /** The date of the (later) map: as chosen, else the latest. */
  to: string | null;
  /** The dates that can be compared with `to`: those before it, newest first. */
  earlier: string[];
  /** The earlier map's date: as chosen while it is before `to`, else the date just before `to`; null for none. */
  from: string | null;
  /** What "Maak netwerkkaart" asks for: exactly these dates (oldest first), or null when the client has no dated map. */
  request: string[] | null;
  /** The maps shown, oldest first. */
  maps: NetworkMap[];
}

/**
 * The two dates the user chose (or left at their defaults: the latest two) and the maps they show.
 * `toKey` and `fromKey` are the dropdowns' keys, null until chosen; `fromKey` may be NO_COMPARISON.
 */
export function dateChoice(maps: readonly NetworkMap[], toKey: string | null, fromKey: string | null): DateChoice {
  const dates = mapDates(maps);
  const to = toKey && dates.includes(toKey) ? toKey : (dates[0] ?? null);
  const earlier = to ? dates.slice(dates.indexOf(to) + 1) : [];
  const from = fromKey === NO_COMPARISON ? null : fromKey && earlier.includes(fromKey) ? fromKey : (earlier[0] ?? null);
  const request = to ? [from, to].filter((d): d is string => d !== null) : null;
  // A client with only an undated map has no dates to choose: that map is shown.
  return { dates, to, earlier, from, request, maps: request ? mapsOn(maps, request) : chooseMaps(maps, null) };
}
export { displayDate as formatDate } from '../engine/dates';

// ---------------------------------------------------------------------------------------------
// the preview: drawn in mapDrawing.ts

export { labelBoxes, labelLines, labelOverlap, mapDrawing, POINT_FONT, POINT_LINE, POINT_RADIUS, SECTOR_FONT, sectorColor, VIEW, wrapLabel } from './mapDrawing';
export type { Box, DrawnPoint, ListedLabel, MapDrawing, SectorLabel } from './mapDrawing';

// ---------------------------------------------------------------------------------------------
// the figures

export interface MapFiguresView {
  figures: NetworkFigures[];
  /** Between the two dates, when there are two. */
  change: NetworkChange | null;
}

export function figuresOf(maps: readonly NetworkMap[], settings: Settings): MapFiguresView {
  return {
    figures: maps.map((m) => mapFigures(m, settings)),
    change: maps.length === 2 ? mapChange(maps[0], maps[1]) : null,
  };
}

/** Contacts per ring (1 to the number of rings; out-of-range rings count in the nearest). */
export function ringCounts(map: NetworkMap, ringCount: number): number[] {
  const counts = Array.from({ length: ringCount }, () => 0);
  for (const c of map.contacts) counts[Math.min(ringCount, Math.max(1, c.ring)) - 1]++;
  return counts;
}
