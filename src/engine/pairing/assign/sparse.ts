/**
 * Sparsification that keeps optimality: the top-K selection of pairs, and the solve on a sparse
 * graph that adds discarded pairs violating the dual certificate until none does (see ./index).
 */
import { Graph, subGraph } from './graph';
import { solveGraph, toResult } from './solver';
import { AssignResult } from './types';

/** Deterministic 32-bit hash of a pair: spreads ties in the sparsification over the netwerkers. */
export function pairHash(i: number, j: number): number {
  let h = Math.imul(i + 0x632be5ab, 0x9e3779b1) ^ Math.imul(j + 0x1b873593, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Bounded selection of the best `k` items by (value desc, tie asc, payload asc). */
export class TopK {
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

export function validK(name: string, v: number): number {
  if (!Number.isInteger(v) || v < 0) throw new Error(`assign: ${name} must be an integer ≥ 0, got ${v}`);
  return v;
}

/**
 * Sparse graph → certified solution: solve, then add discarded edges that violate the dual
 * certificate (per client at most `perRound`, the most violated first), repeat until none does.
 */
export function solveSparsified(full: Graph, mask: Uint8Array, perRound: number): AssignResult {
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
