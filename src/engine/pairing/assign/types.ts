/**
 * The assignment's input (edges or a dense score function, capacities), options and result (pairs,
 * total, the dual certificate, sparsification statistics).
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
