/**
 * Deterministic coordinates for a network map: each contact in its sector wedge and ring, fixed ring
 * radii, the client (ego) in the centre, and no two points closer than a minimum distance.
 * Unit circle: the outer ring ends at radius 1.
 */
import { Contact } from '../model';
import { normKey } from '../read/normalize';

export interface PlacedContact {
  contact: Contact;
  x: number;
  y: number;
}

export interface MapLayout {
  points: PlacedContact[];
  /** Outer radius of each ring, inner ring first. */
  ringRadii: number[];
  /** Angle (radians, clockwise from the top) where each sector starts. */
  sectorAngles: number[];
  /** The smallest distance between any two points (and the ego). */
  minDistance: number;
}

/** Points never come closer than this (in units of the outer radius). */
export const MIN_DISTANCE = 0.02;
const START_DISTANCE = 0.07;

interface Slot {
  r: number;
  a: number;
}

/** Slots on arcs inside the band [r0, r1] × [a0, a1] with spacing d, or null when fewer than k fit. */
function slots(k: number, r0: number, r1: number, a0: number, a1: number, d: number): Slot[] | null {
  const inner = r0 + d / 2;
  const outer = r1 - d / 2;
  if (outer < inner) return null;
  const rows = Math.max(1, Math.floor((outer - inner) / d) + 1);
  // Try the fewest arcs that hold k points, spread evenly through the band.
  for (let m = 1; m <= rows; m++) {
    const radii = m === 1 ? [(inner + outer) / 2] : Array.from({ length: m }, (_, i) => inner + ((outer - inner) * i) / (m - 1));
    const caps = radii.map((r) => {
      // Keep half a spacing from both wedge edges, so neighbouring wedges stay apart too.
      const margin = Math.min((a1 - a0) / 2, Math.asin(Math.min(1, d / 2 / r)));
      const span = a1 - a0 - 2 * margin;
      if (span <= 0) return { r, cap: 1, from: (a0 + a1) / 2, span: 0 };
      const step = 2 * Math.asin(Math.min(1, d / 2 / r));
      return { r, cap: Math.floor(span / step) + 1, from: a0 + margin, span };
    });
    const total = caps.reduce((s, c) => s + c.cap, 0);
    if (total < k) continue;
    // Fill arcs in proportion to their capacity (outer arcs hold more).
    const counts = caps.map((c) => Math.floor((c.cap * k) / total));
    let left = k - counts.reduce((s, n) => s + n, 0);
    for (let i = caps.length - 1; left > 0; i = (i - 1 + caps.length) % caps.length) {
      if (counts[i] < caps[i].cap) {
        counts[i]++;
        left--;
      }
    }
    const out: Slot[] = [];
    caps.forEach((c, i) => {
      const n = counts[i];
      for (let j = 0; j < n; j++) out.push({ r: c.r, a: n === 1 ? c.from + c.span / 2 : c.from + (c.span * j) / (n - 1) });
    });
    return out;
  }
  return null;
}

export function layoutMap(contacts: Contact[], sectors: string[], ringCount: number): MapLayout {
  const ringRadii = Array.from({ length: ringCount }, (_, i) => (i + 1) / ringCount);
  const wedge = (2 * Math.PI) / sectors.length;
  const sectorAngles = sectors.map((_, i) => i * wedge);
  const sectorIndex = new Map(sectors.map((s, i) => [normKey(s), i]));
  const cells = new Map<string, Contact[]>();
  for (const c of contacts) {
    const key = `${sectorIndex.get(normKey(c.sector)) ?? sectors.length - 1}:${Math.min(ringCount, Math.max(1, c.ring))}`;
    const list = cells.get(key) ?? [];
    list.push(c);
    cells.set(key, list);
  }
  const points: PlacedContact[] = [];
  let minDistance = Infinity;
  for (const [key, list] of [...cells].sort(([a], [b]) => a.localeCompare(b))) {
    const [s, ring] = key.split(':').map(Number);
    // Stable order: by name, then by row, so the same input always gives the same map.
    const ordered = [...list].sort((a, b) => normKey(a.name).localeCompare(normKey(b.name)) || a.origin.row - b.origin.row);
    const r0 = ring === 1 ? 0.12 : ringRadii[ring - 2];
    const r1 = ringRadii[ring - 1];
    let d = START_DISTANCE;
    let placed = slots(ordered.length, r0, r1, s * wedge, (s + 1) * wedge, d);
    while (!placed && d > MIN_DISTANCE / 4) {
      d *= 0.9;
      placed = slots(ordered.length, r0, r1, s * wedge, (s + 1) * wedge, d);
    }
    if (!placed) throw new Error(`too many contacts in one sector and ring (${ordered.length})`);
    minDistance = Math.min(minDistance, d);
    ordered.forEach((contact, i) => {
      const { r, a } = placed![i];
      // Clockwise from the top, like a clock face.
      points.push({ contact, x: round(r * Math.sin(a)), y: round(r * Math.cos(a)) });
    });
  }
  return { points, ringRadii, sectorAngles, minDistance: Number.isFinite(minDistance) ? minDistance : 1 };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
