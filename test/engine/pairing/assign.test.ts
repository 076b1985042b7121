import {
  AssignEdge,
  AssignInput,
  AssignResult,
  assignExhaustive,
  assignGreedy,
  assignGreedyDense,
  assignOptimal,
  assignOptimalDense,
  DenseAssignInput,
} from '../../../src/engine/pairing/assign';
import { seededRandom as prng } from '../../../src/sample/random';


const int = (rnd: () => number, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

function randomInput(
  rnd: () => number,
  opts: { clients: [number, number]; networkers: [number, number]; cap: [number, number]; maxScore: number },
): AssignInput {
  const clients = int(rnd, ...opts.clients);
  const networkers = int(rnd, ...opts.networkers);
  const capacity = Array.from({ length: networkers }, () => int(rnd, ...opts.cap));
  const density = [0.2, 0.5, 0.8, 1][int(rnd, 0, 3)];
  const edges: AssignEdge[] = [];
  for (let i = 0; i < clients; i++)
    for (let j = 0; j < networkers; j++) if (rnd() < density) edges.push({ client: i, networker: j, score: int(rnd, 1, opts.maxScore) });
  return { clients, networkers, capacity, edges };
}

function shuffled<T>(list: T[], rnd: () => number): T[] {
  const out = list.slice();
  for (let k = out.length - 1; k > 0; k--) {
    const r = Math.floor(rnd() * (k + 1));
    [out[k], out[r]] = [out[r], out[k]];
  }
  return out;
}

/** Every pair is a given edge with its (max) score, no client twice, no netwerker over capacity. */
function expectFeasible(input: AssignInput, result: AssignResult): void {
  const best = new Map<string, number>();
  for (const e of input.edges) {
    const key = `${e.client},${e.networker}`;
    best.set(key, Math.max(best.get(key) ?? -Infinity, e.score));
  }
  const seen = new Set<number>();
  const load = new Array(input.networkers).fill(0);
  const problems: string[] = [];
  let total = 0;
  for (const p of result.pairs) {
    if (best.get(`${p.client},${p.networker}`) !== p.score) problems.push(`not an edge: ${JSON.stringify(p)}`);
    if (seen.has(p.client)) problems.push(`client ${p.client} twice`);
    seen.add(p.client);
    if (++load[p.networker] > input.capacity[p.networker]) problems.push(`netwerker ${p.networker} over capacity`);
    total += p.score;
  }
  expect(problems).toEqual([]);
  expect(result.total).toBe(total);
}

/** The duals certify optimality: feasible on every usable edge and equal to the primal total. */
function expectCertified(input: AssignInput, result: AssignResult): void {
  const d = result.duals;
  expect(d).toBeDefined();
  if (!d) return;
  const problems: string[] = [];
  if (d.client.some((u) => u < 0) || d.networker.some((p) => p < 0)) problems.push('negative dual');
  for (const e of input.edges) {
    if (input.capacity[e.networker] === 0 || e.score <= 0) continue;
    if (d.client[e.client] + d.networker[e.networker] < e.score) problems.push(`violated: ${JSON.stringify(e)}`);
  }
  expect(problems).toEqual([]);
  const dual = d.client.reduce((a, b) => a + b, 0) + d.networker.reduce((a, p, j) => a + p * input.capacity[j], 0);
  expect(dual).toBe(result.total);
}

describe('assignOptimal', () => {
  it('equals the exhaustive optimum on 400 small random instances', () => {
    const rnd = prng(42);
    for (let t = 0; t < 400; t++) {
      const input = randomInput(rnd, { clients: [1, 7], networkers: [1, 4], cap: [1, 3], maxScore: t % 2 ? 5 : 10000 });
      const opt = assignOptimal(input);
      const ex = assignExhaustive(input);
      expectFeasible(input, opt);
      expectFeasible(input, ex);
      expectCertified(input, opt);
      expect(opt.total).toBe(ex.total);
      // The sparsified path with a tiny K must still be exact.
      const sparse = assignOptimal(input, { topK: 1, topPerNetworker: t % 3 === 0 ? 0 : 1 });
      expectFeasible(input, sparse);
      expect(sparse.total).toBe(ex.total);
    }
  });

  it('handles capacity-0 netwerkers in small random instances', () => {
    const rnd = prng(7);
    for (let t = 0; t < 100; t++) {
      const input = randomInput(rnd, { clients: [1, 6], networkers: [1, 4], cap: [0, 2], maxScore: 20 });
      const opt = assignOptimal(input);
      expectFeasible(input, opt);
      expectCertified(input, opt);
      expect(opt.total).toBe(assignExhaustive(input).total);
    }
  });

  it('is at least greedy on 100 medium random instances, and strictly better on some', () => {
    const rnd = prng(2024);
    let better = 0;
    for (let t = 0; t < 100; t++) {
      const input = randomInput(rnd, { clients: [20, 80], networkers: [4, 20], cap: [1, 3], maxScore: t % 2 ? 10 : 10000 });
      const opt = assignOptimal(input);
      const greedy = assignGreedy(input);
      expectFeasible(input, opt);
      expectFeasible(input, greedy);
      expectCertified(input, opt);
      expect(opt.total).toBeGreaterThanOrEqual(greedy.total);
      if (opt.total > greedy.total) better++;
    }
    expect(better).toBeGreaterThan(10);
  });

  it('beats greedy on the classic case', () => {
    // Greedy gives A to client 0 (score 10) and leaves client 1 without anyone: total 10.
    // Optimal: client 0 → B (9), client 1 → A (9): total 18.
    const input: AssignInput = {
      clients: 2,
      networkers: 2,
      capacity: [1, 1],
      edges: [
        { client: 0, networker: 0, score: 10 },
        { client: 0, networker: 1, score: 9 },
        { client: 1, networker: 0, score: 9 },
      ],
    };
    expect(assignGreedy(input).total).toBe(10);
    const opt = assignOptimal(input);
    expect(opt.total).toBe(18);
    expect(opt.pairs).toEqual([
      { client: 0, networker: 1, score: 9 },
      { client: 1, networker: 0, score: 9 },
    ]);
  });

  it('uses capacities: a netwerker with 2 slots takes the two best clients when that is optimal', () => {
    const input: AssignInput = {
      clients: 3,
      networkers: 2,
      capacity: [2, 1],
      edges: [
        { client: 0, networker: 0, score: 50 },
        { client: 1, networker: 0, score: 40 },
        { client: 2, networker: 0, score: 45 },
        { client: 2, networker: 1, score: 44 },
      ],
    };
    const opt = assignOptimal(input);
    expect(opt.total).toBe(134);
    expect(opt.pairs.map((p) => p.networker)).toEqual([0, 0, 1]);
  });

  it('is deterministic and independent of edge order and duplicates', () => {
    const rnd = prng(99);
    for (let t = 0; t < 40; t++) {
      // Few distinct scores: many ties between optimal solutions.
      const input = randomInput(rnd, { clients: [10, 60], networkers: [3, 15], cap: [1, 3], maxScore: 3 });
      const a = assignOptimal(input);
      const b = assignOptimal(input);
      expect(b).toEqual(a);
      const dup = input.edges.filter(() => rnd() < 0.3).map((e) => ({ ...e, score: Math.max(1, e.score - 1) }));
      const shuffledInput = { ...input, edges: shuffled([...input.edges, ...dup], rnd) };
      const c = assignOptimal(shuffledInput);
      expect(c.total).toBe(a.total);
      expect(c.pairs).toEqual(a.pairs);
      expect(assignGreedy(shuffledInput)).toEqual(assignGreedy(input));
      expect(assignOptimal(shuffledInput, { topK: 2 })).toEqual(assignOptimal(input, { topK: 2 }));
    }
  });

  it('the sparsified path gives the same total as the full solve on medium random instances', () => {
    const rnd = prng(5);
    let repaired = 0;
    for (let t = 0; t < 60; t++) {
      const input = randomInput(rnd, { clients: [30, 120], networkers: [5, 30], cap: [1, 3], maxScore: t % 2 ? 20 : 10000 });
      const full = assignOptimal(input);
      for (const topK of [1, 3, 8]) {
        const sparse = assignOptimal(input, { topK, topPerNetworker: topK === 1 ? 0 : 2 });
        expectFeasible(input, sparse);
        expectCertified(input, sparse);
        expect(sparse.total).toBe(full.total);
        if ((sparse.stats?.rounds ?? 1) > 1) repaired++;
      }
    }
    expect(repaired).toBeGreaterThan(0); // the repair loop was exercised
  });

  it('dense variant equals the full-edge solve, and dense greedy equals greedy', () => {
    const rnd = prng(11);
    for (let t = 0; t < 20; t++) {
      const clients = int(rnd, 20, 150);
      const networkers = int(rnd, 3, 30);
      const capacity = Array.from({ length: networkers }, () => int(rnd, 0, 3));
      const matrix = Array.from({ length: clients }, () =>
        Array.from({ length: networkers }, () => (rnd() < 0.1 ? 0 : int(rnd, 1, t % 2 ? 10 : 10000))),
      );
      const dense: DenseAssignInput = { clients, networkers, capacity, score: (i, j) => matrix[i][j] };
      const edges: AssignEdge[] = [];
      for (let i = 0; i < clients; i++) for (let j = 0; j < networkers; j++) if (matrix[i][j] > 0) edges.push({ client: i, networker: j, score: matrix[i][j] });
      const input: AssignInput = { clients, networkers, capacity, edges };
      const full = assignOptimal(input);
      for (const topK of [1, 4, 24]) {
        const d = assignOptimalDense(dense, { topK });
        expect(assignOptimalDense(dense, { topK })).toEqual(d);
        expectFeasible(input, d);
        expectCertified(input, d);
        expect(d.total).toBe(full.total);
      }
      expect(assignGreedyDense(dense)).toEqual(assignGreedy(input));
    }
  });

  it('handles edge cases', () => {
    const none = assignOptimal({ clients: 3, networkers: 2, capacity: [1, 1], edges: [] });
    expect(none.pairs).toEqual([]);
    expect(none.total).toBe(0);
    expect(assignOptimal({ clients: 0, networkers: 2, capacity: [1, 2], edges: [] }).total).toBe(0);
    expect(assignOptimal({ clients: 0, networkers: 0, capacity: [], edges: [] }).pairs).toEqual([]);
    expect(assignOptimal({ clients: 2, networkers: 0, capacity: [], edges: [] }).pairs).toEqual([]);
    const zeroCap: AssignInput = {
      clients: 2,
      networkers: 2,
      capacity: [0, 1],
      edges: [
        { client: 0, networker: 0, score: 100 },
        { client: 1, networker: 0, score: 100 },
        { client: 1, networker: 1, score: 1 },
      ],
    };
    for (const r of [assignOptimal(zeroCap), assignGreedy(zeroCap), assignExhaustive(zeroCap), assignOptimal(zeroCap, { topK: 1 })]) {
      expect(r.pairs).toEqual([{ client: 1, networker: 1, score: 1 }]);
      expect(r.total).toBe(1);
    }
    const allZero = assignOptimalDense({ clients: 3, networkers: 2, capacity: [0, 0], score: () => 5 });
    expect(allZero.pairs).toEqual([]);
    expect(assignGreedyDense({ clients: 0, networkers: 0, capacity: [], score: () => 5 }).total).toBe(0);
  });

  it('rejects invalid input', () => {
    expect(() => assignOptimal({ clients: 1, networkers: 1, capacity: [1], edges: [{ client: 1, networker: 0, score: 1 }] })).toThrow();
    expect(() => assignOptimal({ clients: 1, networkers: 1, capacity: [-1], edges: [] })).toThrow();
    expect(() => assignOptimal({ clients: 1, networkers: 2, capacity: [1], edges: [] })).toThrow();
    expect(() => assignOptimal({ clients: 1, networkers: 1, capacity: [1], edges: [{ client: 0, networker: 0, score: NaN }] })).toThrow();
    expect(() => assignOptimal({ clients: 1, networkers: 1, capacity: [1], edges: [] }, { topK: -1 })).toThrow();
  });

  it('solves 8,000 clients × 30 candidate netwerkers exactly, sparse and full alike', () => {
    const rnd = prng(3);
    const clients = 8000;
    const networkers = 2000;
    const capacity = Array.from({ length: networkers }, () => int(rnd, 1, 3));
    const edges: AssignEdge[] = [];
    for (let i = 0; i < clients; i++) {
      const home = int(rnd, 0, 4);
      for (let k = 0; k < 30; k++) {
        const j = int(rnd, 0, networkers - 1);
        edges.push({ client: i, networker: j, score: int(rnd, 1, 6000) + (j % 5 === home ? 4000 : 0) });
      }
    }
    const input = { clients, networkers, capacity, edges };
    const opt = assignOptimal(input);
    const sparse = assignOptimal(input, { topK: 12 });
    expect(sparse.total).toBe(opt.total);
    expectFeasible(input, opt);
    expectCertified(input, opt);
    expect(opt.total).toBeGreaterThanOrEqual(assignGreedy(input).total);
    // Speed is measured by npm run bench, not here.
  });
});
