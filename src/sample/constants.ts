/** The sample's public facts (locations, measurement dates, sheet names, word lists), used by tests, the CLI and the playground. */
import { DEFAULT_SECTORS, sheetDef } from '../engine/schema';

export const SAMPLE_LOCATIONS = ['De Linde', 'Het Baken', 'Zonnehof'] as const;

/** The measurement dates (peildata) of the network maps, ISO: a baseline for the clients who were there, then T0 and T1. */
export const SAMPLE_MEASUREMENT_DATES = ['2025-09-01', '2026-03-01', '2026-09-01'] as const;
export const SAMPLE_BASELINE = SAMPLE_MEASUREMENT_DATES[0];
export const SAMPLE_T0 = SAMPLE_MEASUREMENT_DATES[1];
export const SAMPLE_T1 = SAMPLE_MEASUREMENT_DATES[2];

/** The sample's input sheets (the schema's, in Dutch), in the order they are written. */
export const SAMPLE_SHEETS = ['clients', 'competences', 'contacts', 'pairings', 'exclusions', 'socialMap', 'supervisors', 'safety', 'loneliness'] as const;
export type SampleSheet = (typeof SAMPLE_SHEETS)[number];
export const SAMPLE_SHEET_NAMES = Object.fromEntries(SAMPLE_SHEETS.map((key) => [key, sheetDef(key).nl])) as Record<SampleSheet, string>;

/** The sample uses Kring's default sectors. */
export const SAMPLE_SECTORS: readonly string[] = DEFAULT_SECTORS;

export const SAMPLE_ROLES = ['netwerker', 'deelnemer', 'beide'] as const;
export const SAMPLE_STATUSES = ['actief', 'gepauzeerd', 'beëindigd'] as const;
export const SAMPLE_FREQUENCIES = ['dagelijks', 'wekelijks', 'maandelijks', 'zelden'] as const;
export const SAMPLE_SUPPORT = ['emotioneel', 'praktisch', 'informatief', 'gezelschap'] as const;
export const SAMPLE_COMPETENCES = [
  'contact leggen',
  'luisteren',
  'plannen',
  'koken',
  'sporten begeleiden',
  'vervoer regelen',
  'digitale vaardigheden',
] as const;

export const YES_NO = ['ja', 'nee'];

/** The sample's random stream starts here; every run gives the same workbook. */
export const SEED = 20260301;
