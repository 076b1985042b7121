/**
 * Baselines to compare the optimal assignment with: greedy by score (on edges and on dense scores)
 * and exhaustive search for small problems.
 */
import { buildGraph, checkSizes } from './graph';
import { AssignInput, AssignPair, AssignResult, DenseAssignInput } from './types';

/**
 * Greedy baseline: pairs by score descending (ties: lower client index, then lower netwerker index),
 * taken when the client is still free and the netwerker has a slot left. Deterministic.
 */
export function assignGreedy(input: AssignInput): AssignResult {
  const g = buildGraph(input);
  const order = new Int32Array(g.nw.length);
  for (let e = 0; e < order.length; e++) order[e] = e;
  // CSR order is (client, netwerker) ascending, so a stable sort by score gives the documented tie rule.
  const sorted = Array.from(order).sort((a, b) => g.sc[b] - g.sc[a] || a - b);
  const clientOf = new Int32Array(g.nw.length);
  for (let i = 0; i < g.n; i++) clientOf.fill(i, g.start[i], g.start[i + 1]);
  const used = new Uint8Array(g.n);
  const load = new Int32Array(g.m);
  const pairs: AssignPair[] = [];
  let total = 0;
  for (const e of sorted) {
    const i = clientOf[e];
    const j = g.nw[e];
    if (used[i] || load[j] >= g.cap[j]) continue;
    used[i] = 1;
    load[j]++;
    pairs.push({ client: i, networker: j, score: g.sc[e] });
    total += g.sc[e];
  }
  pairs.sort((a, b) => a.client - b.client);
  return { pairs, total };
}

/**
 * Greedy baseline on a dense score function (same rule as assignGreedy). Scores must be integers
 * (counting sort over score values, O(n·m) time, 4 bytes per allowed pair); n·m < 2^32.
 */
export function assignGreedyDense(input: DenseAssignInput): AssignResult {
  const n = input.clients;
  const m = input.networkers;
  const cap = checkSizes(n, m, input.capacity);
  if (n * m >= 2 ** 32) throw new Error('assign: dense greedy supports fewer than 2^32 pairs');
  let maxScore = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      if (cap[j] === 0) continue;
      const s = input.score(i, j);
      if (!(s > 0)) continue;
      if (!Number.isInteger(s) || s > 1e7) throw new Error(`assign: dense greedy needs integer scores ≤ 1e7, got ${s}`);
      if (s > maxScore) maxScore = s;
      count++;
    }
  }
  const bucket = new Int32Array(maxScore + 2);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) {
    if (cap[j] === 0) continue;
    const s = input.score(i, j);
    if (s > 0) bucket[maxScore - s + 1]++;
  }
  for (let b = 0; b <= maxScore; b++) bucket[b + 1] += bucket[b];
  const ids = new Uint32Array(count);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) {
    if (cap[j] === 0) continue;
    const s = input.score(i, j);
    if (s > 0) ids[bucket[maxScore - s]++] = i * m + j;
  }
  const used = new Uint8Array(n);
  const load = new Int32Array(m);
  const pairs: AssignPair[] = [];
  let total = 0;
  for (let t = 0; t < count; t++) {
    const id = ids[t];
    const i = Math.floor(id / m);
    const j = id - i * m;
    if (used[i] || load[j] >= cap[j]) continue;
    used[i] = 1;
    load[j]++;
    const s = input.score(i, j);
    pairs.push({ client: i, networker: j, score: s });
    total += s;
  }
  pairs.sort((a, b) => a.client - b.client);
  return { pairs, total };
}

/**
 * Brute force over all assignments (for tests; small inputs only: at most 12 clients and 1e7
 * combinations). First optimum found in the search order (client 0 first, "unassigned" tried first,
 * then netwerkers ascending) wins.
 */
export function assignExhaustive(input: AssignInput): AssignResult {
  const g = buildGraph(input);
  if (g.n > 12) throw new Error('assign: exhaustive search is for at most 12 clients');
  let combos = 1;
  for (let i = 0; i < g.n; i++) combos *= g.start[i + 1] - g.start[i] + 1;
  if (combos > 1e7) throw new Error('assign: too many combinations for exhaustive search');
  const load = new Int32Array(g.m);
  const cur = new Int32Array(g.n).fill(-1);
  let best = -1;
  let bestAsg = new Int32Array(g.n).fill(-1);
  const rec = (i: number, sum: number): void => {
    if (i === g.n) {
      if (sum > best) {
        best = sum;
        bestAsg = cur.slice();
      }
      return;
    }
    cur[i] = -1;
    rec(i + 1, sum);
    for (let e = g.start[i]; e < g.start[i + 1]; e++) {
      const j = g.nw[e];
      if (load[j] >= g.cap[j]) continue;
      load[j]++;
      cur[i] = e;
      rec(i + 1, sum + g.sc[e]);
      load[j]--;
    }
    cur[i] = -1;
  };
  rec(0, 0);
  const pairs: AssignPair[] = [];
  let total = 0;
  for (let i = 0; i < g.n; i++) {
    const e = bestAsg[i];
    if (e < 0) continue;
    pairs.push({ client: i, networker: g.nw[e], score: g.sc[e] });
    total += g.sc[e];
  }
  return { pairs, total };
}
