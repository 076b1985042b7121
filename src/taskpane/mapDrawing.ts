/**
 * The network map preview's drawing in the pane: the engine's layout scaled into an SVG view, with
 * every contact's full name as a label beside its point (on two lines when long, moved away with a
 * leader line when the space next to it is taken), or, where no free place is left, a number at the
 * point and the name in a list under the circle. Pure; MapPreview only renders it.
 */
import { Client, Settings } from '../engine/model';
import { mapTies, NetworkMap } from '../engine/networks/figures';
import { layoutMap } from '../engine/networks/layout';
import { normKey } from '../engine/read/normalize';
import { clientLabel, contactLabel } from '../engine/sheets/labels';
import { SECTOR_COLORS } from '../engine/networks/sheets';

/**
 * The preview's coordinate system: 320 wide, centred on the client at (0, 0), the outer ring's
 * radius R; the picture is `height` high around the circle, and a drawing grows downwards for its
 * list of names. At a 320 px wide pane the view is drawn about 290 px wide, so a font of 12
 * units shows at about 11 px.
 */
export const VIEW = { width: 320, height: 320, radius: 90 };
export const SECTOR_FONT = 10;
export const POINT_FONT = 12;
export const CENTRE_FONT = 12;
export const POINT_RADIUS = 4;
/** A label longer than this many characters goes onto two lines (split between words). */
export const LABEL_LINE = 14;
/** Line height of the labels, in units. */
export const POINT_LINE = Math.round(POINT_FONT * 1.15 * 100) / 100;
const SECTOR_LINE = SECTOR_FONT + 1;
// Of the font size, roughly, for wrapping: generous, so that wide fonts (DejaVu Sans where Segoe
// UI is missing) fit too.
const CHAR_WIDTH = 0.6;

/**
 * The width of a line of text in units of its font size, generously (as DejaVu Sans draws it, wider
 * than Segoe UI), with a little room on both sides so that neighbouring labels do not touch.
 */
export function textWidth(text: string): number {
  let w = 0.3;
  for (const ch of text) {
    if (/[MWmw]/.test(ch)) w += 0.95;
    else if (/[ijl.,'’ ]/.test(ch)) w += 0.35;
    else if (/[ftr]/.test(ch)) w += 0.45;
    else if (/[A-ZÀ-Þ]/.test(ch)) w += 0.75;
    else w += 0.63;
  }
  return w;
}

type Anchor = 'start' | 'middle' | 'end';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface DrawnPoint {
  name: string;
  /** The full label (name or initials, per the privacy setting). */
  label: string;
  /** The label as drawn at the point: the label in one or two lines, or the point's number when it is listed under the map. */
  lines: string[];
  /** The number of the point in the list under the map, when its label did not fit beside it. */
  number: number | null;
  sector: string;
  ring: number;
  color: string;
  x: number;
  y: number;
  /** Where the label goes (its anchor point and alignment), chosen so labels do not overlap. */
  labelX: number;
  /** Baseline of the label's first line. */
  labelY: number;
  anchor: Anchor;
  /** From the point towards the label, when the label stands away from its point. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface SectorLabel {
  sector: string;
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  anchor: Anchor;
  color: string;
}

/** A line of the list under the map: a point's number and its full label. */
export interface ListedLabel {
  number: number;
  label: string;
  color: string;
  x: number;
  /** Baseline. */
  y: number;
}

export interface MapDrawing {
  points: DrawnPoint[];
  ties: { x1: number; y1: number; x2: number; y2: number }[];
  rings: number[];
  boundaries: { x: number; y: number }[];
  sectorLabels: SectorLabel[];
  centreLabel: string;
  /** The labels that did not fit beside their point, under the map. */
  listed: ListedLabel[];
  /** The SVG view box. */
  view: { x: number; y: number; width: number; height: number };
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

/**
 * A contact's label in one line, or, when longer than `max`, in two lines split between words
 * where the longer line is shortest. Never shortened: the lines joined by a space are the label.
 */
export function labelLines(label: string, max = LABEL_LINE): string[] {
  const words = label.split(' ').filter(Boolean);
  if (label.length <= max || words.length < 2) return [words.join(' ')];
  let best: string[] = [label];
  let longest = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const m = Math.max(...lines.map((l) => l.length));
    if (m < longest) [best, longest] = [lines, m];
  }
  return best;
}

/** The rough box of a text of `lines` at (x, baseline y of the first line). */
export function textBox(x: number, y: number, anchor: Anchor, lines: readonly string[], font: number, lineHeight: number): Box {
  const w = Math.max(...lines.map(textWidth)) * font;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x0, y0: y - font * 0.95, x1: x0 + w, y1: y + font * 0.28 + (lines.length - 1) * lineHeight };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The picture around the circle (x and y from the centre), where labels beside points must stay. */
const FRAME: Box = { x0: -VIEW.width / 2 + 1, y0: -VIEW.height / 2 + 1, x1: VIEW.width / 2 - 1, y1: VIEW.height / 2 - 1 };

interface Place {
  x: number;
  y: number;
  anchor: Anchor;
  box: Box;
  leader: boolean;
}

/**
 * A free place for a label of `lines` at a point: right beside it (outwards first), above or below
 * it, then further away in the same directions (drawn with a leader line); the first that overlaps
 * nothing taken and stays inside the picture, or null when there is none.
 */
function placeLabel(p: { x: number; y: number }, lines: readonly string[], taken: readonly Box[]): Place | null {
  const height = (lines.length - 1) * POINT_LINE;
  const outwards = p.x < 0 ? -1 : 1;
  // Directions as unit steps, the side away from the centre first.
  const directions: [number, number][] = [
    [outwards, 0],
    [-outwards, 0],
    [0, -1],
    [0, 1],
    [outwards, -1],
    [outwards, 1],
    [-outwards, -1],
    [-outwards, 1],
  ];
  for (const distance of [0, 8, 16, 26, 38, 52, 70, 90, 115]) {
    for (const [dx, dy] of directions) {
      const gap = POINT_RADIUS + 2 + distance;
      const anchor: Anchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
      const ax = p.x + dx * gap;
      // The label's middle on the point's height beside it; above or below it, its edge at the gap.
      const middle = p.y + POINT_FONT * 0.3 - height / 2;
      const y = dy === 0 ? middle : dy < 0 ? p.y - gap - POINT_FONT * 0.28 - height : p.y + gap + POINT_FONT * 0.95;
      const box = textBox(ax, y, anchor, lines, POINT_FONT, POINT_LINE);
      if (box.x0 < FRAME.x0 || box.x1 > FRAME.x1 || box.y0 < FRAME.y0 || box.y1 > FRAME.y1) continue;
      if (taken.some((t) => overlap(box, t) > 0)) continue;
      return { x: r2(ax), y: r2(y), anchor, box, leader: distance > 0 };
    }
  }
  return null;
}

/** The end of a leader line: the point of the label's box nearest to the contact's point. */
function leaderEnd(p: { x: number; y: number }, box: Box): { x: number; y: number } {
  return { x: Math.min(box.x1, Math.max(box.x0, p.x)), y: Math.min(box.y1, Math.max(box.y0, p.y)) };
}

/** The preview of one map in the coordinates of VIEW (y down), from the engine's layout. */
export function mapDrawing(map: NetworkMap, data: { clients: Client[]; settings: Settings }): MapDrawing {
  const { settings } = data;
  const R = VIEW.radius;
  const layout = layoutMap(map.contacts, settings.sectors, settings.rings.length);
  const pointOf = new Map(layout.points.map((p) => [p.contact, p]));
  const at = (c: (typeof map.contacts)[number]) => {
    const p = pointOf.get(c)!;
    return { x: r2(p.x * R), y: r2(-p.y * R) };
  };
  const points = map.contacts.map((c) => ({
    name: c.name,
    label: contactLabel(c.name, settings.privacy),
    sector: c.sector,
    ring: c.ring,
    color: sectorColor(settings.sectors, c.sector),
    ...at(c),
  }));
  const ties = mapTies(map).map(([i, j]) => {
    const a = at(map.contacts[i]);
    const b = at(map.contacts[j]);
    return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
  });
  const sectorLabels = sectorLabelsOf(settings.sectors, layout.sectorAngles);
  const client = data.clients.find((c) => c.id === map.clientId);
  const centreLabel = clientLabel(client, map.clientId, settings.privacy);
  // Boxes already taken: the sector labels, the centre with its label, every point.
  const taken: Box[] = sectorLabels.map((l) => textBox(l.x, l.y, l.anchor, l.lines, SECTOR_FONT, SECTOR_LINE));
  taken.push(textBox(0, CENTRE_Y, 'middle', [centreLabel], CENTRE_FONT, POINT_LINE), { x0: -6, y0: -6, x1: 6, y1: 6 });
  for (const p of points) taken.push({ x0: p.x - POINT_RADIUS, y0: p.y - POINT_RADIUS, x1: p.x + POINT_RADIUS, y1: p.y + POINT_RADIUS });
  // Points far from the centre first: they have room outside the circle, the crowded middle takes what is left.
  const order = points.map((p, i) => i).sort((a, b) => Math.hypot(points[b].x, points[b].y) - Math.hypot(points[a].x, points[a].y) || a - b);
  const placed: DrawnPoint[] = new Array(points.length);
  const unplaced: number[] = [];
  for (const i of order) {
    const p = points[i];
    const lines = labelLines(p.label);
    const place = placeLabel(p, lines, taken);
    if (!place) {
      unplaced.push(i);
      continue;
    }
    taken.push(place.box);
    placed[i] = { ...p, lines, number: null, labelX: place.x, labelY: place.y, anchor: place.anchor, leader: leaderOf(p, place) };
  }
  // The rest: a number at the point, the label in the list under the picture.
  unplaced.sort((a, b) => a - b);
  unplaced.forEach((i, k) => {
    const p = points[i];
    const number = k + 1;
    const lines = [String(number)];
    const beside = { x: p.x + POINT_RADIUS + 2, y: p.y + POINT_FONT * 0.3, anchor: 'start' as const };
    const place = placeLabel(p, lines, taken) ?? { ...beside, box: textBox(beside.x, beside.y, beside.anchor, lines, POINT_FONT, POINT_LINE), leader: false };
    taken.push(place.box);
    placed[i] = { ...p, lines, number, labelX: place.x, labelY: place.y, anchor: place.anchor, leader: leaderOf(p, place) };
  });
  // The picture ends a little beyond what is drawn (the circle and the labels), then the list.
  const drawn = taken.filter((b) => b.y1 > b.y0);
  const top = Math.min(-R, ...drawn.map((b) => b.y0)) - 4;
  let bottom = Math.max(R, ...drawn.map((b) => b.y1)) + 4;
  const listed: ListedLabel[] = unplaced.map((i, k) => {
    const p = points[i];
    const y = bottom + POINT_FONT + k * (POINT_LINE + 2);
    return { number: k + 1, label: p.label, color: p.color, x: FRAME.x0 + 4, y: r2(y) };
  });
  if (listed.length) bottom = listed[listed.length - 1].y + POINT_FONT * 0.4 + 4;
  return {
    points: placed,
    ties,
    rings: layout.ringRadii.map((r) => r2(r * R)),
    boundaries: layout.sectorAngles.map((a) => ({ x: r2(R * Math.sin(a)), y: r2(-R * Math.cos(a)) })),
    sectorLabels,
    centreLabel,
    listed,
    view: { x: -VIEW.width / 2, y: r2(top), width: VIEW.width, height: r2(bottom - top) },
  };
}

/** Baseline of the client's name under the centre point. */
export const CENTRE_Y = 18;

function leaderOf(p: { x: number; y: number }, place: Place): DrawnPoint['leader'] {
  if (!place.leader) return null;
  const end = leaderEnd(p, place.box);
  const d = Math.hypot(end.x - p.x, end.y - p.y);
  const k = (POINT_RADIUS + 0.5) / d;
  return { x1: r2(p.x + (end.x - p.x) * k), y1: r2(p.y + (end.y - p.y) * k), x2: r2(end.x), y2: r2(end.y) };
}

/**
 * The sector names around the circle, wrapped to fit beside it: at the middle of the wedge, or, when
 * the name does not fit there in full (beside the circle there is least room), moved along the
 * wedge towards the top or bottom where there is more, without running into another name.
 */
function sectorLabelsOf(sectors: readonly string[], angles: readonly number[]): SectorLabel[] {
  const wedge = sectors.length ? (2 * Math.PI) / sectors.length : 0;
  const placed: Box[] = [];
  return sectors.map((sector, i): SectorLabel => {
    const color = sectorColor(sectors, sector);
    let fallback: SectorLabel | null = null;
    for (const f of [0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8, 0.12, 0.88, 0.06, 0.94]) {
      const label = { ...sectorLabelAt(sector, angles[i] + wedge * f), color };
      const box = textBox(label.x, label.y, label.anchor, label.lines, SECTOR_FONT, SECTOR_LINE);
      const fits = !label.lines.some((l) => l.endsWith('…')) && box.x0 >= FRAME.x0 && box.x1 <= FRAME.x1 && !placed.some((b) => overlap(box, b) > 0);
      fallback ??= label;
      if (fits || f === 0.94) {
        const chosen = fits ? label : fallback;
        placed.push(textBox(chosen.x, chosen.y, chosen.anchor, chosen.lines, SECTOR_FONT, SECTOR_LINE));
        return chosen;
      }
    }
    return fallback!;
  });
}

/** A sector name just outside the circle at `angle` (clockwise from the top), its lines growing away from the circle. */
function sectorLabelAt(sector: string, angle: number): Omit<SectorLabel, 'color'> {
  const sin = Math.sin(angle);
  const cos = Math.cos(angle);
  const rr = VIEW.radius + 7;
  const x = rr * sin;
  const y = -rr * cos;
  const anchor = Math.abs(sin) < 0.25 ? 'middle' : sin > 0 ? 'start' : 'end';
  const room = anchor === 'middle' ? VIEW.width * 0.6 : VIEW.width / 2 - Math.abs(x) - 2;
  const lines = wrapLabel(sector, Math.max(4, Math.floor(room / (SECTOR_FONT * CHAR_WIDTH))));
  // Above the circle the lines grow upwards, below it downwards, beside it around the middle.
  const first = cos > 0.25 ? y - (lines.length - 1) * SECTOR_LINE : cos < -0.25 ? y + SECTOR_FONT : y + SECTOR_FONT / 3 - ((lines.length - 1) * SECTOR_LINE) / 2;
  return { sector, lines, x: r2(x), y: r2(first), anchor };
}

/** Every label's box: the points' labels (or numbers), the sector names and the listed names. */
export function labelBoxes(drawing: MapDrawing): { points: Box[]; sectors: Box[]; listed: Box[] } {
  return {
    points: drawing.points.map((p) => textBox(p.labelX, p.labelY, p.anchor, p.lines, POINT_FONT, POINT_LINE)),
    sectors: drawing.sectorLabels.map((l) => textBox(l.x, l.y, l.anchor, l.lines, SECTOR_FONT, SECTOR_LINE)),
    listed: drawing.listed.map((l) => textBox(l.x, l.y, 'start', [`${l.number}  ${l.label}`], POINT_FONT, POINT_LINE)),
  };
}

/** The total overlap between the labels of a drawing (for tests: 0 when every label found a free place). */
export function labelOverlap(drawing: MapDrawing): number {
  const { points, sectors, listed } = labelBoxes(drawing);
  const all = [...points, ...sectors, ...listed];
  let sum = 0;
  all.forEach((b, i) => {
    for (let j = i + 1; j < all.length; j++) sum += overlap(b, all[j]);
  });
  return sum;
}
