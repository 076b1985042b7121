/** Types of the pairing step (koppelen). */
import { Bilingual } from '../i18n';

export type PartKey = 'needs' | 'interests' | 'location' | 'availability' | 'age' | 'priority';
export const PART_KEYS: readonly PartKey[] = ['needs', 'interests', 'location', 'availability', 'age', 'priority'];

export type Parts = Record<PartKey, number>;

export type BlockRule = 'same-person' | 'safety' | 'exclusion' | 'ended-before' | 'rejected-before' | 'already-paired' | 'capacity' | 'location' | 'availability' | 'gender';

export interface ScoredPair {
  networkerId: string;
  clientId: string;
  /** 0–100, two decimals. */
  score: number;
  parts: Parts;
  /** The parts in plain words. */
  reasons: Bilingual[];
}

export interface BlockedPair {
  networkerId: string;
  clientId: string;
  rule: BlockRule;
  why: Bilingual;
  /** What the pair would score if no rule blocked it. */
  score: number;
  parts: Parts;
}

export interface Suggestion extends ScoredPair {
  alternatives: ScoredPair[];
  activity: string | null;
  /** Safety to weigh before deciding: concerns (open or handled) about either person, exclusions for safety. */
  safety: Bilingual[];
}

export interface Unmatched {
  clientId: string;
  reason: Bilingual;
}
