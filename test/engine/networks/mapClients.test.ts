/** Whose maps are drawn: every client of a location up to the limit, a larger location left out with one warning that says so, a location or clients chosen. */
import { readWorkbook } from '../../../src/engine/read';
import { MAPS_PER_LOCATION_LIMIT, planMaps } from '../../../src/engine/networks/command';
import { networkMaps } from '../../../src/engine/networks/figures';
import { RawSheet } from '../../../src/engine/workbook';
import { organisation } from '../../../bench/organisation';

const TODAY = '2026-11-23';

function read(clients: number) {
  const raw: RawSheet[] = Object.entries(organisation(clients).sheets).map(([name, rows]) => ({ name, rows, firstRow: 1, firstColumn: 0 }));
  return readWorkbook(raw, { today: TODAY });
}
const mapNames = (plan: ReturnType<typeof planMaps>) => plan.specs.map((s) => s.name).filter((n) => n.startsWith('Netwerkkaart '));

describe('maps per location', () => {
  const small = read(120); // three locations of 40
  const large = read(200); // three locations of about 67

  test('every client of a location with at most the limit gets a map', () => {
    const withMaps = networkMaps(small.model.contacts);
    const perLocation = new Map<string, number>();
    for (const c of small.model.clients) if (withMaps.has(c.id)) perLocation.set(c.location!, (perLocation.get(c.location!) ?? 0) + 1);
    expect(Math.max(...perLocation.values())).toBeLessThanOrEqual(MAPS_PER_LOCATION_LIMIT);
    expect(withMaps.size).toBeGreaterThan(MAPS_PER_LOCATION_LIMIT);
    const plan = planMaps(small, 'nl', {});
    expect(mapNames(plan)).toHaveLength(withMaps.size);
    expect(plan.problems).toEqual([]);
  });

  test('larger locations are left out, with one warning naming them and what to do (both languages)', () => {
    const plan = planMaps(large, 'nl', {});
    expect(mapNames(plan)).toEqual([]);
    expect(plan.problems).toHaveLength(1);
    expect(plan.problems[0].message.nl).toMatch(/^Geen netwerkkaart per cliënt gemaakt voor de locaties Locatie 01 \(\d+\), Locatie 02 \(\d+\), Locatie 03 \(\d+\): meer dan 50 .* Kies een locatie of cliënten/);
    expect(plan.problems[0].message.en).toMatch(/^No network map per client made for the locations Locatie 01 .* Choose a location or clients/);
  });

  test('a chosen location gets every client’s map, however many; an unknown one is said', () => {
    const ids = large.model.clients.filter((c) => c.location === 'Locatie 02' && networkMaps(large.model.contacts).has(c.id)).map((c) => c.id);
    expect(ids.length).toBeGreaterThan(MAPS_PER_LOCATION_LIMIT);
    const plan = planMaps(large, 'en', { locations: ['locatie 02', 'Nergens'] });
    expect(plan.specs.filter((s) => s.name.startsWith('Network map ')).map((s) => s.name.slice('Network map '.length)).sort()).toEqual([...ids].sort());
    expect(plan.problems.map((p) => p.message.en)).toEqual(['No client with a network map at location "Nergens".']);
  });
});
