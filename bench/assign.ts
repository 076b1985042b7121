/**
 * Benchmark of the pairing assignment: exact optimum (assignOptimalDense: sparsified + dual
 * certificate) against the greedy baseline, on synthetic dense inputs (every pair allowed).
 *
 * Run: compile with tsc (e.g. `npm run build:cli`) and `node lib/bench/assign.js`; prints a markdown
 * table. KRING_BENCH_SIZES=200,2000 limits the sizes.
 */
import { assignGreedyDense, assignOptimalDense, DenseAssignInput } from '../src/engine/pairing/assign';
import { seededRandom as prng } from '../src/sample/random';

export interface AssignBenchRow {
  clients: number;
  networkers: number;
  slots: number;
  pairs: number;
  optimalMs: number;
  greedyMs: number;
  optimalTotal: number;
  greedyTotal: number;
  /** total(optimal) / total(greedy). */
  ratio: number;
  optimalPairs: number;
  greedyPairs: number;
  /** Solves needed by the sparsified optimum (1 = first sparse solve certified). */
  rounds: number;
  keptEdges: number;
}


/**
 * Synthetic instance: a fifth as many netwerkers as clients, capacity 1–3, 5 locations. Each person
 * has a location, an interest bit set (10 interests, ~3 each) and an availability bit set (7 days).
 * Score in centi-points (≤ 10000): 1000 + 1200·shared interests (max 3) + 250·shared days (max 4)
 * + 2500 if same location + a small deterministic pair-specific jitter (0–99). The "location
 * preferred" rule allows every pair (a different location only loses the bonus).
 */
export function makeDenseInstance(clients: number, seed = 1): DenseAssignInput {
  const rnd = prng(seed);
  const networkers = Math.max(1, Math.round(clients / 5));
  const person = (count: number) => {
    const loc = new Int32Array(count);
    const interests = new Int32Array(count);
    const days = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      loc[k] = Math.floor(rnd() * 5);
      for (let t = 0; t < 3; t++) interests[k] |= 1 << Math.floor(rnd() * 10);
      for (let t = 0; t < 3; t++) days[k] |= 1 << Math.floor(rnd() * 7);
    }
    return { loc, interests, days };
  };
  const c = person(clients);
  const w = person(networkers);
  const capacity = Array.from({ length: networkers }, () => 1 + Math.floor(rnd() * 3));
  const bits = (x: number) => {
    let b = 0;
    for (; x; x &= x - 1) b++;
    return b;
  };
  const popcount = new Int32Array(1024);
  for (let x = 0; x < 1024; x++) popcount[x] = bits(x);
  const score = (i: number, j: number): number => {
    const shared = Math.min(3, popcount[c.interests[i] & w.interests[j]]);
    const days = Math.min(4, popcount[c.days[i] & w.days[j]]);
    const jitter = Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(j + 1, 0x85ebca77);
    return 1000 + 1200 * shared + 250 * days + (c.loc[i] === w.loc[j] ? 2500 : 0) + ((jitter >>> 7) % 100);
  };
  return { clients, networkers, capacity, score };
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

export function benchAssign(sizes: number[] = [200, 2000, 10000]): AssignBenchRow[] {
  const rows: AssignBenchRow[] = [];
  for (const clients of sizes) {
    const input = makeDenseInstance(clients);
    let t = now();
    const opt = assignOptimalDense(input);
    const optimalMs = now() - t;
    t = now();
    const greedy = assignGreedyDense(input);
    const greedyMs = now() - t;
    rows.push({
      clients,
      networkers: input.networkers,
      slots: input.capacity.reduce((a, b) => a + b, 0),
      pairs: clients * input.networkers,
      optimalMs,
      greedyMs,
      optimalTotal: opt.total,
      greedyTotal: greedy.total,
      ratio: greedy.total > 0 ? opt.total / greedy.total : 1,
      optimalPairs: opt.pairs.length,
      greedyPairs: greedy.pairs.length,
      rounds: opt.stats?.rounds ?? 1,
      keptEdges: opt.stats?.keptEdges ?? 0,
    });
  }
  return rows;
}

export function formatAssignBench(rows: AssignBenchRow[]): string {
  const lines = [
    '| clients | netwerkers | slots | pairs | optimal ms | greedy ms | optimal total | greedy total | ratio | rounds | kept edges |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.clients} | ${r.networkers} | ${r.slots} | ${r.pairs} | ${r.optimalMs.toFixed(0)} | ${r.greedyMs.toFixed(0)} | ` +
        `${r.optimalTotal} | ${r.greedyTotal} | ${r.ratio.toFixed(4)} | ${r.rounds} | ${r.keptEdges} |`,
    );
  }
  return lines.join('\n');
}

if (typeof require !== 'undefined' && require.main === module) {
  const sizes = (process.env.KRING_BENCH_SIZES ?? '200,2000,10000').split(',').map(Number);
  console.log(formatAssignBench(benchAssign(sizes)));
}
