import { readWorkbook } from '../../../src/engine/read';
import { mapChange, mapFigures, networkMaps } from '../../../src/engine/networks/figures';
import { layoutMap, MIN_DISTANCE } from '../../../src/engine/networks/layout';
import { Contact } from '../../../src/engine/model';
import { defaultSettings } from '../../../src/engine/settings';
import { RawSheet } from '../../../src/engine/workbook';
import { sampleSheets } from '../../../src/sample/generate';

const TODAY = '2026-11-23';

function sample() {
  const raw: RawSheet[] = sampleSheets().map((s) => ({ name: s.name, rows: [s.columns.map((c) => c.header), ...s.rows], firstRow: 1, firstColumn: 0 }));
  return readWorkbook(raw, { today: TODAY }).model;
}

/** An independent computation straight from the raw rows of Contacten. */
function independent(rows: unknown[][]) {
  const [header, ...body] = rows;
  const col = (name: string) => (header as string[]).indexOf(name);
  const maps = new Map<string, { name: string; sector: string; knows: string[] }[]>();
  for (const r of body) {
    const key = `${r[col('Cliënt-ID')]}|${r[col('Peildatum')] ?? ''}`;
    const list = maps.get(key) ?? [];
    list.push({ name: String(r[col('Contact')]), sector: String(r[col('Sector')]), knows: r[col('Kent')] ? String(r[col('Kent')]).split(/[;,]/).map((x) => x.trim()).filter(Boolean) : [] });
    maps.set(key, list);
  }
  return maps;
}

describe('network figures', () => {
  test('match an independent computation on the sample', () => {
    const model = sample();
    const contactsSheet = sampleSheets().find((s) => s.name === 'Contacten')!;
    const truth = independent([contactsSheet.columns.map((c) => c.header), ...contactsSheet.rows]);
    const maps = networkMaps(model.contacts);
    let checked = 0;
    let withDensity = 0;
    for (const [client, list] of maps) {
      for (const map of list) {
        const serial = map.date ? Math.round((Date.parse(map.date) - Date.UTC(1899, 11, 30)) / 86400000) : '';
        const rows = truth.get(`${client}|${serial}`)!;
        const f = mapFigures(map, model.settings);
        expect(f.size).toBe(rows.length);
        for (const sector of model.settings.sectors) expect(f.bySector[sector]).toBe(rows.filter((r) => r.sector === sector).length);
        expect(f.professionalShare).toBeCloseTo(rows.filter((r) => r.sector === 'Hulpverlening').length / rows.length, 3);
        const pairs = new Set<string>();
        for (const r of rows) for (const k of r.knows) if (k !== r.name && rows.some((x) => x.name === k)) pairs.add([r.name, k].sort().join('|'));
        const known = rows.some((r) => r.knows.length > 0);
        if (known && rows.length > 1) {
          withDensity++;
          expect(f.density).toBeCloseTo(pairs.size / ((rows.length * (rows.length - 1)) / 2), 3);
        } else expect(f.density).toBeNull();
        checked++;
      }
      if (list.length >= 2) {
        const [a, b] = list.slice(-2);
        const ch = mapChange(a, b);
        const ka = new Set(a.contacts.map((c) => `${c.name.toLowerCase()}|${c.sector}`));
        const kb = new Set(b.contacts.map((c) => `${c.name.toLowerCase()}|${c.sector}`));
        const kept = [...kb].filter((k) => ka.has(k)).length;
        expect([ch.added, ch.lost, ch.kept]).toEqual([kb.size - kept, ka.size - kept, kept]);
        expect(ch.jaccard).toBeCloseTo(kept / (ka.size + kb.size - kept), 3);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(withDensity).toBeGreaterThan(10);
  });
});

function contact(name: string, sector: string, ring: number, row: number): Contact {
  return { clientId: 'C1', name, sector, ring, date: null, frequency: null, support: [], reciprocal: null, knows: [], origin: { sheet: 'Contacten', row } };
}

function minPairDistance(points: { x: number; y: number }[]): number {
  let min = Infinity;
  const all = [{ x: 0, y: 0 }, ...points];
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) min = Math.min(min, Math.hypot(all[i].x - all[j].x, all[i].y - all[j].y));
  return min;
}

describe('network map layout', () => {
  const sectors = defaultSettings().sectors;

  test('40 contacts in one sector and ring never overlap; the same input gives the same coordinates', () => {
    for (const ring of [1, 2, 3]) {
      const contacts = Array.from({ length: 40 }, (_, i) => contact(`P${i}`, 'Familie', ring, i + 2));
      const layout = layoutMap(contacts, sectors, 3);
      expect(layout.points).toHaveLength(40);
      expect(minPairDistance(layout.points)).toBeGreaterThanOrEqual(MIN_DISTANCE - 1e-9);
      expect(layoutMap(contacts, sectors, 3)).toEqual(layout);
      // Every point stays inside its ring and its wedge.
      for (const p of layout.points) {
        const r = Math.hypot(p.x, p.y);
        expect(r).toBeGreaterThan(ring === 1 ? 0.1 : (ring - 1) / 3);
        expect(r).toBeLessThanOrEqual(ring / 3);
        const angle = (Math.atan2(p.x, p.y) + 2 * Math.PI) % (2 * Math.PI);
        expect(angle).toBeLessThanOrEqual((2 * Math.PI) / sectors.length);
      }
    }
  });

  test('no overlapping points on random maps of up to 60 contacts, and on every sample map', () => {
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let t = 0; t < 200; t++) {
      const n = 1 + Math.floor(rnd() * 60);
      const contacts = Array.from({ length: n }, (_, i) => contact(`N${i}`, sectors[Math.floor(rnd() * sectors.length)], 1 + Math.floor(rnd() * 3), i + 2));
      expect(minPairDistance(layoutMap(contacts, sectors, 3).points)).toBeGreaterThanOrEqual(MIN_DISTANCE - 1e-9);
    }
    const model = sample();
    for (const list of networkMaps(model.contacts).values()) {
      for (const map of list) expect(minPairDistance(layoutMap(map.contacts, sectors, 3).points)).toBeGreaterThanOrEqual(MIN_DISTANCE - 1e-9);
    }
  });
});
