/**
 * Optimal capacitated assignment of clients to netwerkers (maximum-weight bipartite b-matching).
 *
 * Problem: clients 0..n-1, netwerkers 0..m-1 with capacity c_j ≥ 0, allowed pairs (i, j) with a
 * score s_ij > 0 (integers, e.g. centi-points ≤ 10000). Choose pairs so that every client is used at
 * most once and every netwerker at most c_j times, maximising the total score. Leaving a client
 * unassigned is allowed (it scores 0).
 *
 * Algorithm (assignOptimal): successive shortest augmenting paths with Dijkstra on reduced costs,
 * in dual form (a Hungarian method for the b-matching LP). Clients are inserted one at a time in index
 * order. Dual variables: u_i ≥ 0 per client, p_j ≥ 0 per netwerker. Invariants after each insertion:
 *   u_i + p_j ≥ s_ij on every edge of an inserted client; equality on assigned pairs;
 *   u_i = 0 for unassigned clients; p_j = 0 for netwerkers with a free slot.
 * Inserting client i0 sets u_i0 = max(0, max_j s_i0j − p_j) and runs Dijkstra over netwerkers with
 * edge lengths u_a + p_j − s_aj ≥ 0 (client a → netwerker j) and 0 (full netwerker → its clients).
 * A path ends either at a netwerker with a free slot (length δ_j), or by dropping a client a to
 * "unassigned" (length δ_a + u_a). Shifting the duals by the distances keeps the invariants, so at
 * the end the duals prove optimality (LP duality + complementary slackness); with integer scores all
 * arithmetic is exact. Each insertion stops as soon as the shortest path is known, so most are cheap.
 *
 * Sparsification that keeps optimality (options.topK, assignOptimalDense): solve on a sparse graph
 * holding, per client, its top-K netwerkers and, per netwerker, its top-(L·c_j) clients (equal scores
 * ordered by a fixed pair hash, so ties spread over netwerkers instead of piling on low indices).
 * Then check every discarded pair against the duals: if u_i + p_j ≥ s_ij for ALL pairs, the same duals
 * are feasible for the full problem and certify the sparse solution optimal for it. Otherwise the
 * violating pairs (per client at most K per round, most violated first) are added and the problem is
 * re-solved from scratch on the grown graph, until no pair violates. The loop ends because the graph
 * only grows; in practice one or two solves suffice. A top-K cut alone is NOT exact in general (a
 * client may need its (K+1)-th choice when its better ones are taken); the certificate makes it so.
 *
 * Determinism and ties: the input is first normalised (edges sorted by client, then netwerker index;
 * duplicate pairs keep their highest score), so the result depends on the set of edges only, never on
 * their order. Among optimal solutions, the one returned is fixed by index order: clients are inserted
 * in increasing index; Dijkstra settles netwerkers by (distance, netwerker index); on an equal
 * distance the first-found predecessor is kept; and a path ending at a free slot wins over an equally
 * long one that leaves a client unassigned. No Map/Set iteration is involved. A sparsified solve is
 * deterministic too, but may return a different optimum (same total) than the full solve, as it works
 * on a different graph.
 *
 * Pure TypeScript, no dependencies, browser-safe.
 */

export interface AssignEdge {
  client: number;
  networker: number;
  /** Positive score; integer for exact results (pairs with score ≤ 0 never help and are ignored). */
  score: number;
}

export interface AssignInput {
  clients: number;
  networkers: number;
  /** Free slots per netwerker (integer ≥ 0), length `networkers`. */
  capacity: number[];
  /** Allowed pairs; pairs not listed are forbidden. */
  edges: AssignEdge[];
}

export interface AssignPair {
  client: number;
  networker: number;
  score: number;
}

export interface AssignResult {
  /** Chosen pairs, sorted by client index. */
  pairs: AssignPair[];
  total: number;
  /**
   * Optimality certificate (assignOptimal / assignOptimalDense only): u (per client) and p (per
   * netwerker) with u_i + p_j ≥ s_ij for every allowed pair and total = Σu_i + Σ c_j·p_j.
   * Pairs with a capacity-0 netwerker (unusable) or score ≤ 0 are left out of the certificate.
   */
  duals?: { client: number[]; networker: number[] };
  /** Sparsification statistics (sparsified runs only). */
  stats?: AssignStats;
}

export interface AssignStats {
  /** Solves run (1 = the first sparse solve was already certified optimal). */
  rounds: number;
  /** Edges in the final sparse graph. */
  keptEdges: number;
  /** Allowed pairs in the full problem. */
  allEdges: number;
}

export interface AssignOptions {
  /**
   * Sparsify: keep per client its best `topK` netwerkers (plus per netwerker its best
   * `topPerNetworker` clients), solve, and add discarded pairs that violate the dual certificate
   * until none does. The result is exactly optimal whatever K is; K only affects speed.
   * Omitted in assignOptimal: solve on all edges. Default in assignOptimalDense: 24.
   */
  topK?: number;
  /** Per netwerker, keep its best `topPerNetworker × capacity` clients too (default 2; 0 = off). */
  topPerNetworker?: number;
}

/** Dense input: every pair is scored by a function; a score ≤ 0 (or NaN) means "not allowed". */
export interface DenseAssignInput {
  clients: number;
  networkers: number;
  capacity: number[];
  score: (client: number, networker: number) => number;
}

// ---------------------------------------------------------------------------------------------
// Normalised graph (CSR by client, netwerker indices ascending within a client)

interface Graph {
  n: number;
  m: number;
  cap: Int32Array;
  start: Int32Array; // length n + 1
  nw: Int32Array;
  sc: Float64Array;
}

function checkSizes(clients: number, networkers: number, capacity: number[]): Int32Array {
  if (!Number.isInteger(clients) || clients < 0) throw new Error(`assign: clients must be an integer ≥ 0, got ${clients}`);
  if (!Number.isInteger(networkers) || networkers < 0) throw new Error(`assign: networkers must be an integer ≥ 0, got ${networkers}`);
  if (capacity.length !== networkers) throw new Error(`assign: capacity has ${capacity.length} entries for ${networkers} netwerkers`);
  const cap = new Int32Array(networkers);
  for (let j = 0; j < networkers; j++) {
    const c = capacity[j];
    if (!Number.isInteger(c) || c < 0) throw new Error(`assign: capacity of netwerker ${j} must be an integer ≥ 0, got ${c}`);
    cap[j] = c;
  }
  return cap;
}

function checkEdge(e: AssignEdge, n: number, m: number): void {
  if (!Number.isInteger(e.client) || e.client < 0 || e.client >= n) throw new Error(`assign: edge client ${e.client} out of range`);
  if (!Number.isInteger(e.networker) || e.networker < 0 || e.networker >= m) throw new Error(`assign: edge networker ${e.networker} out of range`);
  if (!Number.isFinite(e.score)) throw new Error(`assign: edge score must be finite, got ${e.score}`);
}

/** Build the normalised graph from an edge list: usable edges only, sorted, duplicates merged (max). */
function buildGraph(input: AssignInput): Graph {
  const n = input.clients;
  const m = input.networkers;
  const cap = checkSizes(n, m, input.capacity);
  const edges = input.edges;
  // Keep usable edges; two stable counting sorts: by netwerker, then by client.
  const count = new Int32Array(Math.max(n, m) + 1);
  let usable = 0;
  for (const e of edges) {
    checkEdge(e, n, m);
    if (e.score > 0 && cap[e.networker] > 0) {
      count[e.networker + 1]++;
      usable++;
    }
  }
  for (let j = 0; j < m; j++) count[j + 1] += count[j];
  const byNw = new Int32Array(usable);
  for (let k = 0; k < edges.length; k++) {
    const e = edges[k];
    if (e.score > 0 && cap[e.networker] > 0) byNw[count[e.networker]++] = k;
  }
  const start = new Int32Array(n + 1);
  for (let t = 0; t < usable; t++) start[edges[byNw[t]].client + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const sorted = new Int32Array(usable);
  for (let t = 0; t < usable; t++) sorted[fill[edges[byNw[t]].client]++] = byNw[t];
  // Merge duplicates (same client and netwerker): keep the highest score.
  const nw = new Int32Array(usable);
  const sc = new Float64Array(usable);
  const outStart = new Int32Array(n + 1);
  let w = 0;
  for (let i = 0; i < n; i++) {
    outStart[i] = w;
    for (let t = start[i]; t < start[i + 1]; t++) {
      const e = edges[sorted[t]];
      if (w > outStart[i] && nw[w - 1] === e.networker) {
        if (e.score > sc[w - 1]) sc[w - 1] = e.score;
      } else {
        nw[w] = e.networker;
        sc[w] = e.score;
        w++;
      }
    }
  }
  outStart[n] = w;
  return { n, m, cap, start: outStart, nw: nw.slice(0, w), sc: sc.slice(0, w) };
}

/** Sub-graph of `g` with the edges whose mask byte is set. */
function subGraph(g: Graph, mask: Uint8Array): Graph {
  let kept = 0;
  for (let e = 0; e < mask.length; e++) kept += mask[e];
  const start = new Int32Array(g.n + 1);
  const nw = new Int32Array(kept);
  const sc = new Float64Array(kept);
  let w = 0;
  for (let i = 0; i < g.n; i++) {
    start[i] = w;
    for (let e = g.start[i]; e < g.start[i + 1]; e++) {
      if (mask[e]) {
        nw[w] = g.nw[e];
        sc[w] = g.sc[e];
        w++;
      }
    }
  }
  start[g.n] = w;
  return { n: g.n, m: g.m, cap: g.cap, start, nw, sc };
}

// ---------------------------------------------------------------------------------------------
// Core solver

interface Solution {
  /** Netwerker per client, -1 = unassigned. */
  asg: Int32Array;
  u: Float64Array;
  p: Float64Array;
}

/** Lazy binary min-heap on (key, node), ties by lower node index. */
class NodeHeap {
  private key = new Float64Array(64);
  private node = new Int32Array(64);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a];
    const kb = this.key[b];
    return ka < kb || (ka === kb && this.node[a] < this.node[b]);
  }

  private swap(a: number, b: number): void {
    const k = this.key[a];
    this.key[a] = this.key[b];
    this.key[b] = k;
    const v = this.node[a];
    this.node[a] = this.node[b];
    this.node[b] = v;
  }

  push(key: number, node: number): void {
    if (this.size === this.key.length) {
      const k2 = new Float64Array(this.size * 2);
      k2.set(this.key);
      this.key = k2;
      const n2 = new Int32Array(this.size * 2);
      n2.set(this.node);
      this.node = n2;
    }
    let c = this.size++;
    this.key[c] = key;
    this.node[c] = node;
    while (c > 0) {
      const parent = (c - 1) >> 1;
      if (!this.less(c, parent)) break;
      this.swap(c, parent);
      c = parent;
    }
  }

  topKey(): number {
    return this.key[0];
  }

  topNode(): number {
    return this.node[0];
  }

  pop(): void {
    const last = --this.size;
    if (last === 0) return;
    this.key[0] = this.key[last];
    this.node[0] = this.node[last];
    let c = 0;
    for (;;) {
      const l = 2 * c + 1;
      if (l >= last) break;
      const r = l + 1;
      const best = r < last && this.less(r, l) ? r : l;
      if (!this.less(best, c)) break;
      this.swap(best, c);
      c = best;
    }
  }
}

function solveGraph(g: Graph): Solution {
  const { n, m, cap, start, nw, sc } = g;
  const u = new Float64Array(n);
  const p = new Float64Array(m);
  const asg = new Int32Array(n).fill(-1);
  const pos = new Int32Array(n); // slot index of an assigned client
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = slotStart[j] + cap[j];
  const slotClient = new Int32Array(slotStart[m]);
  const load = new Int32Array(m);
  const dist = new Float64Array(m).fill(Infinity);
  const pred = new Int32Array(m);
  const done = new Uint8Array(m);
  const touched = new Int32Array(m);
  const settled = new Int32Array(m);
  const heap = new NodeHeap();

  for (let i0 = 0; i0 < n; i0++) {
    let best = 0;
    for (let e = start[i0]; e < start[i0 + 1]; e++) {
      const v = sc[e] - p[nw[e]];
      if (v > best) best = v;
    }
    if (best <= 0) continue; // nothing to gain: stays unassigned with u = 0
    u[i0] = best;

    let nTouched = 0;
    let nSettled = 0;
    let noneD = best; // best path ending by dropping a client to "unassigned"
    let noneClient = i0;
    let freeNw = -1;
    heap.clear();
    // Relax the edges of client a, reached at distance base (= δ_a + u_a); skip netwerker `from`.
    const relax = (a: number, base: number, from: number): void => {
      for (let e = start[a]; e < start[a + 1]; e++) {
        const j = nw[e];
        if (j === from || done[j]) continue;
        const d = base + p[j] - sc[e];
        if (d < dist[j]) {
          if (dist[j] === Infinity) touched[nTouched++] = j;
          dist[j] = d;
          pred[j] = a;
          heap.push(d, j);
        }
      }
    };
    relax(i0, best, -1);
    let D = noneD;
    while (heap.size > 0) {
      const d = heap.topKey();
      const j = heap.topNode();
      heap.pop();
      if (done[j] || d !== dist[j]) continue; // stale entry
      if (d > noneD) break;
      done[j] = 1;
      settled[nSettled++] = j;
      if (load[j] < cap[j]) {
        freeNw = j;
        D = d;
        break;
      }
      for (let k = slotStart[j]; k < slotStart[j] + load[j]; k++) {
        const a = slotClient[k];
        const base = d + u[a];
        if (base < noneD) {
          noneD = base;
          noneClient = a;
        }
        relax(a, base, j);
      }
    }
    if (freeNw < 0) D = noneD;

    // Dual update: shift settled nodes by D − δ (keeps feasibility, makes the path tight).
    u[i0] -= D;
    for (let t = 0; t < nSettled; t++) {
      const j = settled[t];
      const delta = D - dist[j];
      if (delta > 0) {
        p[j] += delta;
        for (let k = slotStart[j]; k < slotStart[j] + load[j]; k++) u[slotClient[k]] -= delta;
      }
    }

    // Augment along the predecessor chain.
    let j: number;
    let k: number;
    if (freeNw >= 0) {
      const c = pred[freeNw];
      j = asg[c];
      k = pos[c];
      const slot = slotStart[freeNw] + load[freeNw]++;
      slotClient[slot] = c;
      asg[c] = freeNw;
      pos[c] = slot;
    } else {
      j = asg[noneClient];
      k = pos[noneClient];
      asg[noneClient] = -1;
      u[noneClient] = 0; // exactly 0 already; set to avoid any doubt
    }
    while (j !== -1) {
      const c = pred[j];
      const cj = asg[c];
      const ck = pos[c];
      slotClient[k] = c;
      asg[c] = j;
      pos[c] = k;
      j = cj;
      k = ck;
    }

    for (let t = 0; t < nTouched; t++) {
      const x = touched[t];
      dist[x] = Infinity;
      done[x] = 0;
    }
  }
  return { asg, u, p };
}

function scoreOf(g: Graph, i: number, j: number): number {
  // Binary search in the client's (sorted) netwerker list.
  let lo = g.start[i];
  let hi = g.start[i + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = g.nw[mid];
    if (v === j) return g.sc[mid];
    if (v < j) lo = mid + 1;
    else hi = mid - 1;
  }
  throw new Error('assign: internal error, assigned pair is not an edge');
}

function toResult(g: Graph, s: Solution, stats?: AssignStats): AssignResult {
  const pairs: AssignPair[] = [];
  let total = 0;
  for (let i = 0; i < g.n; i++) {
    const j = s.asg[i];
    if (j < 0) continue;
    const score = scoreOf(g, i, j);
    pairs.push({ client: i, networker: j, score });
    total += score;
  }
  const result: AssignResult = { pairs, total, duals: { client: Array.from(s.u), networker: Array.from(s.p) } };
  if (stats) result.stats = stats;
  return result;
}

// ---------------------------------------------------------------------------------------------
// Sparsification helpers

/** Deterministic 32-bit hash of a pair: spreads ties in the sparsification over the netwerkers. */
function pairHash(i: number, j: number): number {
  let h = Math.imul(i + 0x632be5ab, 0x9e3779b1) ^ Math.imul(j + 0x1b873593, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Bounded selection of the best `k` items by (value desc, tie asc, payload asc). */
class TopK {
  private value: Float64Array;
  private tie: Float64Array;
  private payload: Int32Array;
  size = 0;

  constructor(readonly k: number) {
    const len = Math.max(1, k);
    this.value = new Float64Array(len);
    this.tie = new Float64Array(len);
    this.payload = new Int32Array(len);
  }

  clear(): void {
    this.size = 0;
  }

  /** Item a is worse than item b. */
  private worse(a: number, b: number): boolean {
    const V = this.value;
    if (V[a] !== V[b]) return V[a] < V[b];
    const T = this.tie;
    if (T[a] !== T[b]) return T[a] > T[b];
    return this.payload[a] > this.payload[b];
  }

  private swap(a: number, b: number): void {
    const V = this.value;
    const T = this.tie;
    const P = this.payload;
    const v = V[a]; V[a] = V[b]; V[b] = v;
    const t = T[a]; T[a] = T[b]; T[b] = t;
    const q = P[a]; P[a] = P[b]; P[b] = q;
  }

  offer(value: number, tie: number, payload: number): void {
    if (this.k <= 0) return;
    if (this.size < this.k) {
      let c = this.size++;
      this.value[c] = value;
      this.tie[c] = tie;
      this.payload[c] = payload;
      while (c > 0) {
        const par = (c - 1) >> 1;
        if (!this.worse(c, par)) break;
        this.swap(c, par);
        c = par;
      }
      return;
    }
    // Better than the worst kept (slot 0)?
    const V = this.value;
    if (value < V[0] || (value === V[0] && (tie > this.tie[0] || (tie === this.tie[0] && payload >= this.payload[0])))) return;
    V[0] = value;
    this.tie[0] = tie;
    this.payload[0] = payload;
    let c = 0;
    const n = this.size;
    for (;;) {
      const l = 2 * c + 1;
      if (l >= n) break;
      const r = l + 1;
      const w = r < n && this.worse(r, l) ? r : l;
      if (!this.worse(w, c)) break;
      this.swap(w, c);
      c = w;
    }
  }

  payloads(): Int32Array {
    return this.payload.slice(0, this.size);
  }
}

function validK(name: string, v: number): number {
  if (!Number.isInteger(v) || v < 0) throw new Error(`assign: ${name} must be an integer ≥ 0, got ${v}`);
  return v;
}

/**
 * Sparse graph → certified solution: solve, then add discarded edges that violate the dual
 * certificate (per client at most `perRound`, the most violated first), repeat until none does.
 */
function solveSparsified(full: Graph, mask: Uint8Array, perRound: number): AssignResult {
  const repair = new TopK(perRound);
  let rounds = 0;
  for (;;) {
    rounds++;
    const g = subGraph(full, mask);
    const s = solveGraph(g);
    let violations = 0;
    for (let i = 0; i < full.n; i++) {
      const ui = s.u[i];
      repair.clear();
      for (let e = full.start[i]; e < full.start[i + 1]; e++) {
        const excess = full.sc[e] - ui - s.p[full.nw[e]];
        if (!mask[e] && excess > 0) repair.offer(excess, pairHash(i, full.nw[e]), e);
      }
      violations += repair.size;
      for (const e of repair.payloads()) mask[e] = 1;
    }
    if (violations === 0) return toResult(g, s, { rounds, keptEdges: g.nw.length, allEdges: full.nw.length });
  }
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * Exactly optimal assignment (maximum total score). Deterministic; see the module comment for the
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
