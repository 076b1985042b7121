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
 * Files: ./types (input, options, result), ./graph (the normalised graph), ./solver (augmenting
 * paths and duals), ./sparse (sparsification and its certificate), ./optimal (the public solves),
 * ./baselines (greedy and exhaustive, for comparison).
 *
 * Pure TypeScript, no dependencies, browser-safe.
 */
export type { AssignEdge, AssignInput, AssignOptions, AssignPair, AssignResult, AssignStats, DenseAssignInput } from './types';
export { assignOptimal, assignOptimalDense } from './optimal';
export { assignExhaustive, assignGreedy, assignGreedyDense } from './baselines';
