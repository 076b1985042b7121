/**
 * The core solver: successive shortest augmenting paths with Dijkstra on reduced costs over a
 * normalised graph (see ./index), with its dual prices; and the result it gives.
 */
import { Graph } from './graph';
import { AssignPair, AssignResult, AssignStats } from './types';

export interface Solution {
  /** Netwerker per client, -1 = unassigned. */
  asg: Int32Array;
  u: Float64Array;
  p: Float64Array;
}

/** Lazy binary min-heap on (key, node), ties by lower node index. */
export class NodeHeap {
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

export function solveGraph(g: Graph): Solution {
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

export function scoreOf(g: Graph, i: number, j: number): number {
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

export function toResult(g: Graph, s: Solution, stats?: AssignStats): AssignResult {
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
