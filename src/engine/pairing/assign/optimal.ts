/**
 * The exactly optimal assignment, on all edges or sparsified (assignOptimal), and for dense scores
 * (assignOptimalDense).
 */
import { Graph, buildGraph, checkSizes } from './graph';
import { solveGraph, toResult } from './solver';
import { TopK, pairHash, solveSparsified, validK } from './sparse';
import { AssignInput, AssignOptions, AssignResult, DenseAssignInput } from './types';

/**
 * Exactly optimal assignment (maximum total score). Deterministic; see ./index for the
 * tie rule. With `options.topK`, solves on a sparsified graph and certifies (and if needed repairs)
 * the result against all edges with the dual prices — still exactly optimal.
 */
export function assignOptimal(input: AssignInput, options: AssignOptions = {}): AssignResult {
  const full = buildGraph(input);
  if (options.topK === undefined) return toResult(full, solveGraph(full));
  const K = validK('topK', options.topK);
  const L = validK('topPerNetworker', options.topPerNetworker ?? 2);
  const mask = new Uint8Array(full.nw.length);
  const sel = new TopK(K);
  for (let i = 0; i < full.n; i++) {
    const s0 = full.start[i];
    const s1 = full.start[i + 1];
    if (s1 - s0 <= K) {
      mask.fill(1, s0, s1);
      continue;
    }
    sel.clear();
    for (let e = s0; e < s1; e++) sel.offer(full.sc[e], pairHash(i, full.nw[e]), e);
    for (const e of sel.payloads()) mask[e] = 1;
  }
  if (L > 0) {
    const perNw: TopK[] = [];
    for (let j = 0; j < full.m; j++) perNw.push(new TopK(L * full.cap[j]));
    for (let i = 0; i < full.n; i++) {
      for (let e = full.start[i]; e < full.start[i + 1]; e++) perNw[full.nw[e]].offer(full.sc[e], pairHash(i, full.nw[e]), e);
    }
    for (const t of perNw) for (const e of t.payloads()) mask[e] = 1;
  }
  return solveSparsified(full, mask, Math.max(1, K));
}

/**
 * Exactly optimal assignment when (nearly) every pair is allowed: scores come from `input.score`
 * (≤ 0 or NaN = not allowed), evaluated O(n·m) times per round without storing the full matrix.
 * Always sparsified (default topK 24) and certified with the dual prices against every pair.
 */
export function assignOptimalDense(input: DenseAssignInput, options: AssignOptions = {}): AssignResult {
  const n = input.clients;
  const m = input.networkers;
  const cap = checkSizes(n, m, input.capacity);
  const K = validK('topK', options.topK ?? 24);
  const L = validK('topPerNetworker', options.topPerNetworker ?? 2);
  const score = input.score;
  const sel = new TopK(K);
  const perNw: TopK[] = [];
  for (let j = 0; j < m; j++) perNw.push(new TopK(L * cap[j]));
  // Kept pairs as per-client sorted netwerker lists (merged with netwerker-side picks below).
  const kept: number[][] = [];
  let allEdges = 0;
  for (let i = 0; i < n; i++) {
    sel.clear();
    for (let j = 0; j < m; j++) {
      if (cap[j] === 0) continue;
      const s = score(i, j);
      if (!(s > 0)) continue;
      if (!Number.isFinite(s)) throw new Error(`assign: score(${i}, ${j}) must be finite, got ${s}`);
      allEdges++;
      const h = pairHash(i, j);
      sel.offer(s, h, j);
      if (L > 0) perNw[j].offer(s, h, i);
    }
    kept.push(Array.from(sel.payloads()));
  }
  for (let j = 0; j < m; j++) for (const i of perNw[j].payloads()) kept[i].push(j);
  const repair = new TopK(Math.max(1, K));

  let rounds = 0;
  for (;;) {
    rounds++;
    // Build the sparse graph.
    let total = 0;
    for (let i = 0; i < n; i++) {
      const list = kept[i].sort((a, b) => a - b);
      let w = 0;
      for (let t = 0; t < list.length; t++) if (t === 0 || list[t] !== list[t - 1]) list[w++] = list[t];
      list.length = w;
      total += w;
    }
    const start = new Int32Array(n + 1);
    const nw = new Int32Array(total);
    const sc = new Float64Array(total);
    let w = 0;
    for (let i = 0; i < n; i++) {
      start[i] = w;
      for (const j of kept[i]) {
        nw[w] = j;
        sc[w] = score(i, j);
        w++;
      }
    }
    start[n] = w;
    const g: Graph = { n, m, cap, start, nw, sc };
    const s = solveGraph(g);
    // Certify against every allowed pair; add the worst violators (at most K per client and round).
    let violations = 0;
    for (let i = 0; i < n; i++) {
      const ui = s.u[i];
      repair.clear();
      for (let j = 0; j < m; j++) {
        if (cap[j] === 0) continue;
        const excess = score(i, j) - ui - s.p[j];
        if (excess > 0) repair.offer(excess, pairHash(i, j), j);
      }
      violations += repair.size;
      for (const j of repair.payloads()) kept[i].push(j);
    }
    if (violations === 0) return toResult(g, s, { rounds, keptEdges: total, allEdges });
  }
}
