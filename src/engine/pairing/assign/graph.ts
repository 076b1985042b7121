/**
 * The normalised graph the solvers work on: usable edges in CSR form by client, netwerker indices
 * ascending within a client, duplicate pairs merged (highest score); and sub-graphs of it.
 */
import { AssignEdge, AssignInput } from './types';

export interface Graph {
  n: number;
  m: number;
  cap: Int32Array;
  start: Int32Array; // length n + 1
  nw: Int32Array;
  sc: Float64Array;
}

export function checkSizes(clients: number, networkers: number, capacity: number[]): Int32Array {
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

export function checkEdge(e: AssignEdge, n: number, m: number): void {
  if (!Number.isInteger(e.client) || e.client < 0 || e.client >= n) throw new Error(`assign: edge client ${e.client} out of range`);
  if (!Number.isInteger(e.networker) || e.networker < 0 || e.networker >= m) throw new Error(`assign: edge networker ${e.networker} out of range`);
  if (!Number.isFinite(e.score)) throw new Error(`assign: edge score must be finite, got ${e.score}`);
}

/** Build the normalised graph from an edge list: usable edges only, sorted, duplicates merged (max). */
export function buildGraph(input: AssignInput): Graph {
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
export function subGraph(g: Graph, mask: Uint8Array): Graph {
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
