/**
 * Netwerkkaarten in the pane: which clients have a map, finding a client, the maps shown for a
 * date choice (as `runMaps` draws them), the preview's drawing and the figures. Pure; the
 * components only show it.
 */
import { Client, KringModel, Settings } from '../engine/model';
import { mapChange, mapFigures, mapTies, NetworkChange, NetworkFigures, NetworkMap, networkMaps } from '../engine/networks/figures';
import { layoutMap } from '../engine/networks/layout';
import { normKey } from '../engine/read/normalize';
import { clientLabel, contactLabel } from '../engine/sheets/labels';
import { SECTOR_COLORS } from '../engine/networks/sheets';

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
export { displayDate as formatDate } from '../engine/dates';

// ---------------------------------------------------------------------------------------------
// the preview

/** The preview's coordinate system: 320 wide, the outer ring's radius R, centred on (0, 0). */
export const VIEW = { width: 320, height: 276, radius: 100 };
export const SECTOR_FONT = 8;
export const POINT_FONT = 7.5;
export const POINT_RADIUS = 4;
export const MAX_POINT_LABEL = 16;
const CHAR_WIDTH = 0.55; // of the font size, roughly: for wrapping and for keeping labels apart

export interface DrawnPoint {
  name: string;
  label: string;
  sector: string;
  ring: number;
  color: string;
  x: number;
  y: number;
  /** Where the label goes (its anchor point and alignment), chosen so labels do not overlap where possible. */
  labelX: number;
  /** Baseline of the label. */
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface SectorLabel {
  sector: string;
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  color: string;
}

export interface MapDrawing {
  points: DrawnPoint[];
  ties: { x1: number; y1: number; x2: number; y2: number }[];
  rings: number[];
  boundaries: { x: number; y: number }[];
  sectorLabels: SectorLabel[];
  centreLabel: string;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** The colour of a sector: its place in the settings, as on the sheet's chart. */
export function sectorColor(sectors: readonly string[], sector: string): string {
  const i = sectors.findIndex((s) => normKey(s) === normKey(sector));
  // The layout puts an unknown sector in the last wedge; it takes that colour too.
  const index = i >= 0 ? i : sectors.length - 1;
  return SECTOR_COLORS[Math.max(0, index) % SECTOR_COLORS.length];
}

/** Greedy word wrap into lines of at most `max` characters (also after "/"), at most `maxLines`, the last shortened with "…". */
export function wrapLabel(text: string, max: number, maxLines = 2): string[] {
  const words = text.split(/(?<=\/)|\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const joined = line ? (line.endsWith('/') ? line + word : `${line} ${word}`) : word;
    if (joined.length <= max || !line) line = joined;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const out = lines.slice(0, maxLines).map((l) => (l.length > max ? `${l.slice(0, Math.max(1, max - 1))}…` : l));
  if (lines.length > maxLines) {
    const last = out[maxLines - 1];
    out[maxLines - 1] = last.length >= max ? `${last.slice(0, max - 1)}…` : `${last}…`;
  }
  return out;
}

/** The preview of one map in the coordinates of VIEW (y down), from the engine's layout. */
export function mapDrawing(map: NetworkMap, data: Pick<NetworkData, 'clients' | 'settings'>): MapDrawing {
  const { settings } = data;
  const R = VIEW.radius;
  const layout = layoutMap(map.contacts, settings.sectors, settings.rings.length);
  const pointOf = new Map(layout.points.map((p) => [p.contact, p]));
  const at = (c: (typeof map.contacts)[number]) => {
    const p = pointOf.get(c)!;
    return { x: r2(p.x * R), y: r2(-p.y * R) };
  };
  const points = map.contacts.map((c) => {
    const { x, y } = at(c);
    return {
      name: c.name,
      label: shorten(contactLabel(c.name, settings.privacy), MAX_POINT_LABEL),
      sector: c.sector,
      ring: c.ring,
      color: sectorColor(settings.sectors, c.sector),
      x,
      y,
    };
  });
  const ties = mapTies(map).map(([i, j]) => {
    const a = at(map.contacts[i]);
    const b = at(map.contacts[j]);
    return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
  });
  const wedge = settings.sectors.length ? (2 * Math.PI) / settings.sectors.length : 0;
  const half = VIEW.width / 2;
  const sectorLabels = settings.sectors.map((sector, i): SectorLabel => {
    const mid = layout.sectorAngles[i] + wedge / 2;
    const sin = Math.sin(mid);
    const cos = Math.cos(mid);
    const rr = R + 7;
    const x = rr * sin;
    const y = -rr * cos;
    const anchor = Math.abs(sin) < 0.25 ? 'middle' : sin > 0 ? 'start' : 'end';
    const room = anchor === 'middle' ? VIEW.width * 0.6 : half - Math.abs(x) - 2;
    const lines = wrapLabel(sector, Math.max(4, Math.floor(room / (SECTOR_FONT * CHAR_WIDTH))));
    const lineHeight = SECTOR_FONT + 1;
    // Above the circle the lines grow upwards, below it downwards, beside it around the middle.
    const first = cos > 0.25 ? y - (lines.length - 1) * lineHeight : cos < -0.25 ? y + SECTOR_FONT : y + SECTOR_FONT / 3 - ((lines.length - 1) * lineHeight) / 2;
    return { sector, lines, x: r2(x), y: r2(first), anchor, color: sectorColor(settings.sectors, sector) };
  });
  const client = data.clients.find((c) => c.id === map.clientId);
  const centreLabel = clientLabel(client, map.clientId, settings.privacy);
  // Boxes already taken: the sector labels, the centre with its label, every point.
  const taken: Box[] = sectorLabels.map((l) => textBox(l.x, l.y, l.anchor, Math.max(...l.lines.map((x) => x.length)), SECTOR_FONT, l.lines.length));
  taken.push(textBox(0, 15, 'middle', Math.min(24, centreLabel.length), 8), { x0: -6, y0: -6, x1: 6, y1: 6 });
  for (const p of points) taken.push({ x0: p.x - POINT_RADIUS, y0: p.y - POINT_RADIUS, x1: p.x + POINT_RADIUS, y1: p.y + POINT_RADIUS });
  const placed = points.map((p): DrawnPoint => {
    const label = placeLabel(p, p.label.length, taken);
    taken.push(label.box);
    return { ...p, labelX: label.x, labelY: label.y, anchor: label.anchor };
  });
  return {
    points: placed,
    ties,
    rings: layout.ringRadii.map((r) => r2(r * R)),
    boundaries: layout.sectorAngles.map((a) => ({ x: r2(R * Math.sin(a)), y: r2(-R * Math.cos(a)) })),
    sectorLabels,
    centreLabel,
  };
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The rough box of a text of `chars` characters at (x, baseline y). */
function textBox(x: number, y: number, anchor: 'start' | 'middle' | 'end', chars: number, font: number, lines = 1): Box {
  const w = chars * font * CHAR_WIDTH;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x0, y0: y - font * 0.8, x1: x0 + w, y1: y + font * 0.25 + (lines - 1) * (font + 1) };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * A place for a point's label: beside it (outwards first), above or below it; the first that
 * overlaps nothing placed before and stays inside the picture, else the one that overlaps least.
 */
function placeLabel(p: { x: number; y: number }, chars: number, taken: Box[]): { x: number; y: number; anchor: 'start' | 'middle' | 'end'; box: Box } {
  const gap = POINT_RADIUS + 1.5;
  const mid = p.y + POINT_FONT / 3;
  const right = { x: p.x + gap, y: mid, anchor: 'start' as const };
  const left = { x: p.x - gap, y: mid, anchor: 'end' as const };
  const sides = p.x < 0 ? [left, right] : [right, left];
  const candidates = [
    ...sides,
    { x: p.x, y: p.y - gap - 1, anchor: 'middle' as const },
    { x: p.x, y: p.y + gap + POINT_FONT * 0.8, anchor: 'middle' as const },
    ...[0.6, 1.2].flatMap((k) => sides.flatMap((c) => [{ ...c, y: c.y - POINT_FONT * k }, { ...c, y: c.y + POINT_FONT * k }])),
    { x: p.x, y: p.y - gap - 1 - POINT_FONT, anchor: 'middle' as const },
    { x: p.x, y: p.y + gap + POINT_FONT * 1.8, anchor: 'middle' as const },
  ];
  const half = { x: VIEW.width / 2, y: VIEW.height / 2 };
  let best: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; box: Box } | null = null;
  let bestCost = Infinity;
  for (const c of candidates) {
    const box = textBox(c.x, c.y, c.anchor, chars, POINT_FONT);
    const outside = Math.max(0, -half.x - box.x0) + Math.max(0, box.x1 - half.x) + Math.max(0, -half.y - box.y0) + Math.max(0, box.y1 - half.y);
    const cost = taken.reduce((sum, t) => sum + overlap(box, t), 0) + outside * 100;
    if (cost < bestCost) {
      best = { x: r2(c.x), y: r2(c.y), anchor: c.anchor, box };
      bestCost = cost;
      if (cost === 0) break;
    }
  }
  return best!;
}

/** The total overlap between the labels of a drawing (for tests: 0 when every label found a free place). */
export function labelOverlap(drawing: MapDrawing): number {
  const boxes = drawing.points.map((p) => textBox(p.labelX, p.labelY, p.anchor, p.label.length, POINT_FONT));
  const sectors = drawing.sectorLabels.map((l) => textBox(l.x, l.y, l.anchor, Math.max(...l.lines.map((x) => x.length)), SECTOR_FONT, l.lines.length));
  let sum = 0;
  boxes.forEach((b, i) => {
    for (let j = i + 1; j < boxes.length; j++) sum += overlap(b, boxes[j]);
    for (const s of sectors) sum += overlap(b, s);
  });
  return sum;
}

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
