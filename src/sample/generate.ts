/**
 * A realistic, deterministic Dutch sample workbook for Kring: the input sheets of
 * docs/workbook.md (Cliënten, Competenties, Contacten, Koppelingen,
 * Uitsluitingen, Sociale kaart, Begeleiders), filled with ~60 fictitious clients over
 * three locations.
 *
 * Plain TypeScript without any runtime dependency besides the workbook interface, so it runs
 * in the browser (playground, task pane "voorbeeldwerkmap") as well as in Node (CLI, tests).
 * All randomness comes from a seeded PRNG: every call returns exactly the same sheets. The
 * sheets are the template's (names, columns, widths, dropdowns, tables: one schema); the sample
 * only adds its rows, by column key, and dropdowns for its own locations and competences.
 *
 * Two earlier evaluation rounds come as Kring's own forms with answers (./evaluations). The
 * Instellingen sheet is deliberately absent: Kring writes it with defaults.
 */
import { isoToSerial } from '../engine/read/cells';
import { SUPERVISOR_COMPETENCES } from '../engine/settings';
import { sheetDef } from '../engine/schema';
import { sampleConcerns } from './safety';
import { inputSheetSpecs } from '../engine/template';
import type { Cell, SheetSpec } from '../engine/workbook';
import { SAMPLE_BASELINE, SAMPLE_COMPETENCES, SAMPLE_LOCATIONS, SAMPLE_SHEETS, SAMPLE_T0, SAMPLE_T1, SampleSheet, SEED } from './constants';
import { Sample } from './model';
import { makeMaps } from './networks';
import { makeClients, makeCompetences, makeExclusions, makePairings, markConsent } from './people';
import { Rng } from './random';
import { SOCIAL_MAP, SUPERVISORS } from './vocabulary';
import { sampleEvaluationSheets } from './evaluations';
import { sampleLoneliness } from './loneliness';

export * from './constants';
export { isoToSerial };

function buildSample(): Sample {
  const rng = new Rng(SEED);
  const clients = makeClients(rng);
  const competences = makeCompetences(rng, clients);
  const exclusions = makeExclusions(rng, clients);
  const pairings = makePairings(rng, clients, exclusions);
  markConsent(clients, pairings);
  const maps = makeMaps(rng, clients, pairings);
  return { clients, competences, maps, pairings, exclusions };
}

const list = (items: string[]): string | null => (items.length ? items.join('; ') : null);
const date = (iso: string | null | undefined): number | null => (iso ? isoToSerial(iso) : null);

type Row = Record<string, Cell | undefined>;

/** The rows of each sheet by the schema's column keys. */
function rowsByKey(sample: Sample): Record<SampleSheet, Row[]> {
  const contacts: Row[] = [];
  for (const client of sample.clients) {
    const map = sample.maps.get(client.id);
    if (!map) continue;
    for (const [on, list_] of [[SAMPLE_BASELINE, map.baseline], [SAMPLE_T0, map.t0], [SAMPLE_T1, map.t1]] as const) {
      for (const c of list_ ?? []) {
        contacts.push({
          clientId: client.id, contact: c.name, sector: c.sector, ring: c.ring, date: date(on), frequency: c.frequency,
          support: list(c.support), reciprocal: c.reciprocal ? 'ja' : 'nee', knows: list(c.knows),
        });
      }
    }
  }
  return {
    clients: sample.clients.map((c) => ({
      id: c.id, name: c.name, location: c.location, role: c.role, capacity: c.capacity, interests: list(c.interests), needs: list(c.needs),
      availability: list(c.days), birth: c.birthYear, gender: c.gender, genderPreference: c.genderPreference, supervisor: c.supervisor, active: c.active ? 'ja' : 'nee',
      consent: c.consent,
    })),
    competences: sample.competences.map(([clientId, competence, level, on]) => ({ clientId, competence, level, date: date(on) })),
    contacts,
    pairings: sample.pairings.map((p) => ({ networkerId: p.networker, clientId: p.client, start: date(p.start), end: date(p.end), status: p.status, endReason: p.reason })),
    exclusions: sample.exclusions.map(([a, b, reason]) => ({ a, b, reason })),
    socialMap: SOCIAL_MAP.map(([activity, place, interests, days, contact]) => ({ activity, place, interests, days, contact })),
    safety: sampleConcerns(sample).map((c) => ({ ...c, date: date(c.date), handledOn: date(c.handledOn) })),
    supervisors: SUPERVISORS.map((s) => ({
      name: s.name, location: s.location, trained: s.trained, trainedOn: date(s.trainedOn), email: s.email,
      ...Object.fromEntries(SUPERVISOR_COMPETENCES.map((c, i) => [c, s.levels[i]])),
    })),
    loneliness: sampleLoneliness(sample).map((m) => ({ clientId: m.clientId, date: date(m.date), ...Object.fromEntries(m.answers.map((a, i) => [`q${i + 1}`, a])), by: m.by })),
  };
}

/** Dropdowns for values only the sample knows (its locations and competences), by column key. */
const SAMPLE_LISTS: Partial<Record<SampleSheet, Record<string, string[]>>> = {
  clients: { location: [...SAMPLE_LOCATIONS] },
  competences: { competence: [...SAMPLE_COMPETENCES] },
  supervisors: { location: [...SAMPLE_LOCATIONS] },
};

/** The sample workbook: its input sheets and two earlier evaluation rounds, identical on every call. */
export function sampleSheets(): SheetSpec[] {
  const inputs = sampleInputSheets();
  return [...inputs, ...sampleEvaluationSheets(inputs)];
}

function sampleInputSheets(): SheetSpec[] {
  const rows = rowsByKey(buildSample());
  const templates = inputSheetSpecs('nl');
  return SAMPLE_SHEETS.map((key) => {
    const def = sheetDef(key);
    const spec = templates.find((s) => s.name === def.nl)!;
    // A column of the template is a schema column (by position) or, on Begeleiders, a competence named by its header.
    const keys = spec.columns.map((c, i) => def.columns[i]?.key ?? c.header);
    const lists = SAMPLE_LISTS[key] ?? {};
    return {
      ...spec,
      columns: spec.columns.map((c, i) => (lists[keys[i]] ? { ...c, list: lists[keys[i]] } : c)),
      rows: rows[key].map((row) => keys.map((k) => row[k] ?? null)),
    };
  });
}
