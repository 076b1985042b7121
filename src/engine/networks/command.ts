/** The maps command: the Netwerkoverzicht, and a Netwerkkaart sheet per requested client. */
import { Lang, pick } from '../i18n';
import { Problem, sortProblems } from '../problems';
import { ReadResult } from '../read';
import { sheetDef } from '../schema';
import { finishRun, RunOptions, RunOutcome, settingsIfMissing, startRun } from '../run';
import { SheetSpec, WorkbookGateway } from '../workbook';
import { chooseMaps, mapsOn, NetworkChange, NetworkFigures, networkMaps } from './figures';
import { displayDate } from '../dates';
import { mapSheet, overviewSheet } from './sheets';

export interface MapsOptions extends RunOptions {
  /** Clients to draw a Netwerkkaart for; default: every client with a map, per location (see MAPS_PER_LOCATION_LIMIT). */
  clients?: string[];
  /** Locations whose clients all get a Netwerkkaart (with `clients`: those as well). */
  locations?: string[];
  /** The measurement date to show (with the date before it); default: the latest two. */
  date?: string | null;
  /** Exactly these measurement dates (one or two, ISO), e.g. the first and the third; before `date`. */
  dates?: string[] | null;
}

/**
 * Without clients or locations asked for, a location's clients all get their map when it has at
 * most this many clients with a map; a larger location is left out, and Kring says so.
 */
export const MAPS_PER_LOCATION_LIMIT = 50;

export interface MapsPlan {
  specs: SheetSpec[];
  networks: NetworkFigures[];
  changes: NetworkChange[];
  problems: Problem[];
}

/** The clients whose maps are drawn: those asked for, the locations asked for, else every location up to the limit. */
function mapClients(read: ReadResult, withMaps: Map<string, unknown>, options: MapsOptions, lang: Lang, problems: Problem[]): string[] {
  const { model } = read;
  const asked = options.clients?.length ? [...options.clients] : [];
  const byLocation = new Map<string, string[]>();
  for (const c of model.clients) if (withMaps.has(c.id)) byLocation.set(c.location ?? '', [...(byLocation.get(c.location ?? '') ?? []), c.id]);
  const label = (loc: string) => loc || pick({ nl: '(zonder locatie)', en: '(no location)' }, lang);
  const warn = (message: Problem['message']) => problems.push({ severity: 'warning', sheet: pick(sheetDef('clients'), lang), row: null, column: null, message });
  if (options.locations?.length) {
    for (const requested of options.locations) {
      const loc = [...byLocation.keys()].find((l) => l.toUpperCase() === requested.trim().toUpperCase());
      if (loc === undefined) warn({ nl: `Geen cliënt met een netwerkkaart op locatie "${requested}".`, en: `No client with a network map at location "${requested}".` });
      else asked.push(...byLocation.get(loc)!);
    }
    return [...new Set(asked)];
  }
  if (asked.length) return asked;
  const out: string[] = [];
  const left: string[] = [];
  for (const [loc, ids] of byLocation) {
    if (ids.length <= MAPS_PER_LOCATION_LIMIT) out.push(...ids);
    else left.push(`${label(loc)} (${ids.length})`);
  }
  // One warning for every location left out, so an organisation of 40 locations reads one line.
  const chosen = new Set(out);
  if (left.length)
    warn({
      nl: `Geen netwerkkaart per cliënt gemaakt voor ${left.length === 1 ? 'locatie' : 'de locaties'} ${left.join(', ')}: meer dan ${MAPS_PER_LOCATION_LIMIT} cliënten met een netwerkkaart. Kies een locatie of cliënten om hun netwerkkaarten te maken.`,
      en: `No network map per client made for ${left.length === 1 ? 'location' : 'the locations'} ${left.join(', ')}: more than ${MAPS_PER_LOCATION_LIMIT} clients with a network map. Choose a location or clients to make their maps.`,
    });
  return model.clients.filter((c) => chosen.has(c.id)).map((c) => c.id);
}

export function planMaps(read: ReadResult, lang: Lang, options: MapsOptions): MapsPlan {
  const { model } = read;
  const problems: Problem[] = [];
  const overview = overviewSheet(model, lang);
  const withMaps = networkMaps(model.contacts);
  const clients = mapClients(read, withMaps, options, lang, problems);
  const specs: SheetSpec[] = [overview.spec];
  const exact = options.dates?.length ? [...new Set(options.dates)].sort() : null;
  for (const requested of clients) {
    const client = model.clients.find((c) => c.id.toUpperCase() === requested.toUpperCase());
    const maps = client ? withMaps.get(client.id) ?? [] : [];
    const dates = exact ? mapsOn(maps, exact).map((m) => m.date) : options.date && maps.length ? chooseMaps(maps, options.date).map((m) => m.date) : null;
    const spec = client && (!exact || dates!.length) ? mapSheet(model, client.id, dates, lang) : null;
    const warn = (message: Problem['message']) => problems.push({ severity: 'warning', sheet: pick(sheetDef('contacts'), lang), row: null, column: null, message });
    if (spec) specs.push(spec);
    if (!client) warn({ nl: `Er is geen cliënt met ID "${requested}".`, en: `There is no client with ID "${requested}".` });
    else if (exact) {
      // A chosen date without a map: said per date; the sheet shows the other one, if any.
      const missing = exact.filter((d) => !maps.some((m) => m.date === d)).map((d) => displayDate(d));
      if (missing.length)
        warn({ nl: `Cliënt ${client.id} heeft geen netwerkkaart op ${missing.join(' en ')}${spec ? '' : '; er is geen blad gemaakt'}.`, en: `Client ${client.id} has no network map on ${missing.join(' and ')}${spec ? '' : '; no sheet was made'}.` });
    } else if (!spec) {
      const before = options.date ? displayDate(options.date) : null;
      warn({ nl: `Cliënt ${client.id} heeft geen netwerkkaart${before ? ` op of vóór ${before}` : ''}; er is geen blad gemaakt.`, en: `Client ${client.id} has no network map${before ? ` on or before ${before}` : ''}; no sheet was made.` });
    }
  }
  return { specs, networks: overview.networks, changes: overview.changes, problems };
}

/** Netwerkoverzicht, and a Netwerkkaart sheet per requested client (rebuilt in place on a re-run). */
export async function runMaps(gateway: WorkbookGateway, options: MapsOptions = {}): Promise<RunOutcome> {
  const { raw, read, lang, outcome, blocked } = await startRun(gateway, 'maps', options, 3);
  if (blocked) return outcome;
  options.progress?.(2, 3, { nl: 'Netwerkkaarten tekenen', en: 'Drawing network maps' });
  const plan = planMaps(read, lang, options);
  outcome.problems = sortProblems([...read.problems, ...plan.problems]);
  outcome.networks = plan.networks;
  outcome.changes = plan.changes;
  // With clients asked for, their first map is the result; else the overview.
  outcome.mainSheet = (options.clients?.length || options.locations?.length ? plan.specs[1] : undefined)?.name ?? plan.specs[0].name;
  return finishRun(gateway, options, outcome, 3, [...plan.specs, ...settingsIfMissing(raw, read, lang)]);
}
