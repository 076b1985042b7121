import { readWorkbook } from '../../../src/engine/read';
import { suggestPairs } from '../../../src/engine/pairing/suggest';
import { assignExhaustive, assignGreedy } from '../../../src/engine/pairing/assign';
import { KringModel } from '../../../src/engine/model';
import { sampleSheets } from '../../../src/sample/generate';
import { RawSheet } from '../../../src/engine/workbook';
import { sheet } from '../helpers';

const TODAY = '2026-11-23';

function sampleModel(): KringModel {
  const raw: RawSheet[] = sampleSheets().map((s) => ({ name: s.name, rows: [s.columns.map((c) => c.header), ...s.rows], firstRow: 1, firstColumn: 0 }));
  const { model, problems } = readWorkbook(raw, { today: TODAY });
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return model;
}

function checkInvariants(model: KringModel, result: ReturnType<typeof suggestPairs>, rejected: { networkerId: string; clientId: string }[] = []) {
  const byId = new Map(model.clients.map((c) => [c.id, c]));
  const load = new Map<string, number>();
  for (const p of model.pairings) if (p.status === 'active') load.set(p.networkerId, (load.get(p.networkerId) ?? 0) + 1);
  const seenClients = new Set<string>();
  const key = (a: string, b: string) => [a, b].sort().join('|');
  const forbidden = new Set([
    ...model.exclusions.map((e) => key(e.a, e.b)),
    ...model.pairings.filter((p) => p.status === 'ended').map((p) => key(p.networkerId, p.clientId)),
    ...rejected.map((r) => key(r.networkerId, r.clientId)),
  ]);
  for (const s of result.suggestions) {
    expect(seenClients.has(s.clientId)).toBe(false);
    seenClients.add(s.clientId);
    load.set(s.networkerId, (load.get(s.networkerId) ?? 0) + 1);
    expect(forbidden.has(key(s.networkerId, s.clientId))).toBe(false);
    const n = byId.get(s.networkerId)!;
    const c = byId.get(s.clientId)!;
    expect(n.role).not.toBe('participant');
    expect(c.role).not.toBe('networker');
    expect(n.active && c.active).toBe(true);
    if (model.settings.locationRule === 'required') expect(n.location).toBe(c.location);
    if (model.settings.availabilityRule === 'required') expect(n.availability.some((d) => c.availability.includes(d))).toBe(true);
  }
  for (const [id, count] of load) expect(count).toBeLessThanOrEqual(byId.get(id)!.capacity);
}

describe('suggestPairs', () => {
  test('on the sample: feasible, explained, every client accounted for, deterministic', () => {
    const model = sampleModel();
    const result = suggestPairs(model, { explain: true });
    expect(result.suggestions.length).toBeGreaterThan(5);
    checkInvariants(model, result);
    for (const s of result.suggestions) {
      expect(s.reasons.length).toBeGreaterThan(0);
      expect(s.alternatives.length).toBeLessThanOrEqual(2);
      for (const a of s.alternatives) expect(a.score).toBeLessThanOrEqual(s.score + 100);
      const listed = result.pairs.find((p) => p.networkerId === s.networkerId && p.clientId === s.clientId);
      expect(listed?.score).toBe(s.score);
    }
    // Every participant who is active and not paired either gets a suggestion or a reason.
    const running = new Set(model.pairings.filter((p) => p.status !== 'ended').map((p) => p.clientId));
    const looking = model.clients.filter((c) => c.role !== 'networker' && c.active && !running.has(c.id)).map((c) => c.id).sort();
    const accounted = [...result.suggestions.map((s) => s.clientId), ...result.unmatched.map((u) => u.clientId)].sort();
    expect(accounted).toEqual(looking);
    // Blocked pairs name their rule; exclusions and ended pairings are among them.
    const rules = new Set(result.blocked.map((b) => b.rule));
    expect(rules.has('exclusion') || rules.has('ended-before') || rules.has('capacity')).toBe(true);
    expect(suggestPairs(model, { explain: true })).toEqual(result);
  });

  test('rules: required location and availability, rejected pairs, gender preference', () => {
    const model = sampleModel();
    model.settings.locationRule = 'required';
    model.settings.availabilityRule = 'required';
    const first = suggestPairs(model);
    checkInvariants(model, first);
    const rejected = first.suggestions.slice(0, 3).map((s) => ({ networkerId: s.networkerId, clientId: s.clientId }));
    const second = suggestPairs(model, { rejected });
    checkInvariants(model, second, rejected);
  });

  test('the suggestion set equals the exhaustive optimum over the explained pairs on small groups', () => {
    const clients = sheet('Cliënten', [
      ['ID', 'Naam', 'Locatie', 'Rol', 'Capaciteit', 'Interesses', 'Hulpvraag', 'Beschikbaarheid', 'Geboortejaar', 'Geslacht', 'Voorkeur geslacht'],
      ['N1', 'Net 1', 'A', 'netwerker', 1, 'koken; wandelen', null, 'ma di', 1970, 'vrouw', null],
      ['N2', 'Net 2', 'B', 'netwerker', 2, 'muziek', null, 'wo', 1990, 'man', null],
      ['D1', 'Deel 1', 'A', 'deelnemer', null, 'koken', 'contacten leggen', 'ma', 1975, 'man', 'vrouw'],
      ['D2', 'Deel 2', 'A', 'deelnemer', null, 'wandelen; muziek', 'vervoer', 'wo', 1985, 'vrouw', null],
      ['D3', 'Deel 3', 'B', 'deelnemer', null, 'muziek', 'gesprek', 'wo', 1992, 'man', null],
      ['D4', 'Deel 4', 'B', 'deelnemer', null, null, 'gesprek', null, null, null, 'man'],
    ]);
    const competences = sheet('Competenties', [
      ['Cliënt-ID', 'Competentie', 'Niveau'],
      ['N1', 'contact leggen', 5], ['N1', 'vervoer regelen', 2], ['N2', 'luisteren', 4], ['N2', 'vervoer regelen', 5],
    ]);
    const { model } = readWorkbook([clients, competences], { today: TODAY });
    const result = suggestPairs(model, { explain: true });
    const ids = model.clients.map((c) => c.id);
    const nets = ['N1', 'N2'];
    const edges = result.pairs.map((p) => ({ client: ids.indexOf(p.clientId), networker: nets.indexOf(p.networkerId), score: Math.round(p.score * 100) }));
    const input = { clients: ids.length, networkers: 2, capacity: [1, 2], edges };
    const best = assignExhaustive(input).total / 100;
    expect(result.total).toBeCloseTo(best, 6);
    expect(result.total).toBeGreaterThanOrEqual(assignGreedy(input).total / 100);
    // D1 wants a woman: only N1; D4 wants a man: only N2.
    expect(result.blocked).toEqual(expect.arrayContaining([expect.objectContaining({ networkerId: 'N2', clientId: 'D1', rule: 'gender' })]));
    expect(result.suggestions.find((s) => s.clientId === 'D1')?.networkerId).toBe('N1');
  });
});

describe('suggestPairs on generated groups', () => {
  const { generateInput } = require('../../../bench/generate') as typeof import('../../../bench/generate');
  const modelOf = (clients: number, seed: number, locations: number) => {
    const input = generateInput(clients, seed, locations);
    const raw: RawSheet[] = Object.entries(input.sheets).map(([name, rows]) => ({ name, rows, firstRow: 1, firstColumn: 0 }));
    return readWorkbook(raw, { today: TODAY }).model;
  };

  test('hard rules hold on a generated group of 400 with required location and availability', () => {
    const model = modelOf(400, 7, 5);
    model.settings.locationRule = 'required';
    model.settings.availabilityRule = 'required';
    const result = suggestPairs(model);
    expect(result.suggestions.length).toBeGreaterThan(20);
    checkInvariants(model, result);
  });

  test('equals the exhaustive optimum on 40 small random groups, and is never below greedy on 100', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const model = modelOf(seed <= 40 ? 9 : 60, seed, 2);
      const optimal = suggestPairs(model, { explain: seed <= 40 });
      const greedy = suggestPairs(model, { assignment: 'greedy' });
      checkInvariants(model, optimal);
      expect(optimal.total).toBeGreaterThanOrEqual(greedy.total - 1e-9);
      if (seed > 40) continue;
      const clientIds = [...new Set(optimal.pairs.map((p) => p.clientId))];
      const netIds = [...new Set(optimal.pairs.map((p) => p.networkerId))];
      const capacity = netIds.map((id) => {
        const c = model.clients.find((x) => x.id === id)!;
        const active = model.pairings.filter((p) => p.status === 'active' && p.networkerId === id).length;
        return Math.max(0, c.capacity - active);
      });
      const edges = optimal.pairs.map((p) => ({ client: clientIds.indexOf(p.clientId), networker: netIds.indexOf(p.networkerId), score: Math.round(p.score * 100) }));
      const best = assignExhaustive({ clients: clientIds.length, networkers: netIds.length, capacity, edges });
      expect(Math.round(optimal.total * 100)).toBe(best.total);
    }
  });
});
