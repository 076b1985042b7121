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
  /** Clients to draw a Netwerkkaart for; default: every client with a map when there are at most 50. */
  clients?: string[];
  /** The measurement date to show (with the date before it); default: the latest two. */
  date?: string | null;
  /** Exactly these measurement dates (one or two, ISO), e.g. the first and the third; before `date`. */
  dates?: string[] | null;
}

/** Map sheets are drawn for every client when there are at most this many clients with a map. */
export const MAPS_FOR_ALL_LIMIT = 50;

export interface MapsPlan {
  specs: SheetSpec[];
  networks: NetworkFigures[];
  changes: NetworkChange[];
  problems: Problem[];
}

export function planMaps(read: ReadResult, lang: Lang, options: MapsOptions): MapsPlan {
  const { model } = read;
  const problems: Problem[] = [];
  const overview = overviewSheet(model, lang);
  const withMaps = networkMaps(model.contacts);
  let clients = options.clients;
  if (!clients || !clients.length) clients = withMaps.size <= MAPS_FOR_ALL_LIMIT ? model.clients.filter((c) => withMaps.has(c.id)).map((c) => c.id) : [];
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
  outcome.mainSheet = (options.clients?.length ? plan.specs[1] : undefined)?.name ?? plan.specs[0].name;
  return finishRun(gateway, options, outcome, 3, [...plan.specs, ...settingsIfMissing(raw, read, lang)]);
}
