/** The input workbook as the engine understands it (see docs/workbook.md). Dates are ISO 'YYYY-MM-DD'. */
import type { LonelinessMeasurement } from './loneliness/read';
import type { Consent } from './privacy/consent';

export type Role = 'networker' | 'participant' | 'both';
export type Day = 'ma' | 'di' | 'wo' | 'do' | 'vr' | 'za' | 'zo';
export const DAYS: readonly Day[] = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
export type PairingStatus = 'active' | 'paused' | 'ended';
export type Frequency = 'daily' | 'weekly' | 'monthly' | 'rarely';

/** Where a record came from, so later steps can point at it. */
export interface Origin {
  sheet: string;
  row: number;
}

export interface Client {
  id: string;
  name: string;
  location: string | null;
  role: Role;
  /** Maximum number of active pairings as netwerker (0 for participants). */
  capacity: number;
  interests: string[];
  needs: string[];
  availability: Day[];
  birthYear: number | null;
  gender: string | null;
  genderPreference: string | null;
  supervisor: string | null;
  active: boolean;
  /** Toestemming koppelen (privacy/consent.ts); absent = unknown. */
  consent?: Consent;
  origin: Origin;
}

export interface Competence {
  clientId: string;
  competence: string;
  level: number;
  date: string | null;
  /** Who assessed it (the optional column Beoordeeld door). */
  assessor?: string | null;
  origin: Origin;
}

export interface Contact {
  clientId: string;
  name: string;
  /** The configured sector name (canonical spelling from the settings). */
  sector: string;
  ring: number;
  /** Measurement date, or null for the undated map. */
  date: string | null;
  frequency: Frequency | null;
  support: string[];
  reciprocal: boolean | null;
  knows: string[];
  origin: Origin;
}

/**
 * The one key of a netwerker–client pair, for every lookup of a pair (decisions, rejections,
 * forms, evaluations): IDs compared without regard to case, as the reader matches them.
 */
export function pairKey(networkerId: string, clientId: string): string {
  return `${networkerId.toUpperCase()}\u0000${clientId.toUpperCase()}`;
}

export interface Pairing {
  networkerId: string;
  clientId: string;
  start: string | null;
  end: string | null;
  status: PairingStatus;
  endReason: string | null;
  origin: Origin;
}

export interface Exclusion {
  a: string;
  b: string;
  reason: string | null;
  origin: Origin;
}

export type ConcernSource = 'evaluation' | 'manual' | 'intervisie';
export type ConcernStatus = 'open' | 'handled';

/** A safety concern in the register Veiligheidssignalen: about a person, optionally with another. */
export interface SafetyConcern {
  date: string | null;
  /** The person the concern is about (for an evaluation form: the netwerker). */
  about: string;
  /** The other person, when the concern is about a pairing. */
  with: string | null;
  supervisor: string | null;
  text: string | null;
  source: ConcernSource;
  status: ConcernStatus;
  action: string | null;
  handledOn: string | null;
  origin: Origin;
}

export interface Activity {
  name: string;
  place: string | null;
  interests: string[];
  days: Day[];
  contact: string | null;
  origin: Origin;
}

export interface Supervisor {
  name: string;
  location: string | null;
  trained: boolean | null;
  /** When the training for network work was done (ISO date). */
  trainedOn: string | null;
  email: string | null;
  /** Level 1–5 per competence of Settings.supervisorCompetences that the sheet has a column for. */
  competences: Record<string, number>;
  origin: Origin;
}

export type Rule = 'required' | 'preferred' | 'ignored';
export type Privacy = 'names' | 'initials' | 'ids';

export interface Weights {
  needs: number;
  interests: number;
  location: number;
  availability: number;
  age: number;
  priority: number;
}

export interface Ring {
  number: number;
  label: string;
}

export interface Settings {
  weights: Weights;
  locationRule: Rule;
  availabilityRule: Rule;
  /** Only clients without an active pairing get suggestions. */
  onlyUnpairedClients: boolean;
  /** A netwerker with an open safety concern gets no new suggestion (false: the suggestion is only flagged). */
  safetyBlocks: boolean;
  /** A network of at most this many contacts counts as very small. */
  smallNetwork: number;
  sectors: string[];
  rings: Ring[];
  privacy: Privacy;
  language: 'nl' | 'en' | null;
  /** Weeks after which an evaluation is overdue. */
  evaluationOverdueWeeks: number;
  /** Months after which a client's competence assessment counts as old (intake). */
  assessmentStaleMonths: number;
  /** Retention period in years of ended pairings, rejections, evaluation sheets and measurements; null: none set. */
  retentionYears: number | null;
  /** Mapping table hulpvraag ↔ competentie. */
  needMap: { need: string; competence: string }[];
  /** What a begeleider needs for network work; columns of the Begeleiders sheet with a level 1–5. */
  supervisorCompetences: string[];
}

export interface KringModel {
  clients: Client[];
  competences: Competence[];
  contacts: Contact[];
  pairings: Pairing[];
  exclusions: Exclusion[];
  activities: Activity[];
  supervisors: Supervisor[];
  /** The register Veiligheidssignalen (empty when the workbook has none). */
  concerns: SafetyConcern[];
  /** Loneliness measurements (Eenzaamheid and the questionnaires read back), scored; one per client per date. */
  loneliness: LonelinessMeasurement[];
  settings: Settings;
  /** Which input sheets were found, by key, with their names in the workbook. */
  sheetNames: Partial<Record<string, string>>;
}
