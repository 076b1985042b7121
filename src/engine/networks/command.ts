/** The maps command: the Netwerkoverzicht, and a Netwerkkaart sheet per requested client. */
import { Lang, pick } from '../i18n';
import { Problem, sortProblems } from '../problems';
import { ReadResult } from '../read';
import { sheetDef } from '../schema';
import { finishRun, RunOptions, RunOutcome, settingsIfMissing, startRun } from '../run';
import { SheetSpec, WorkbookGateway } from '../workbook';
import { chooseMaps, NetworkChange, NetworkFigures, networkMaps } from './figures';
import { mapSheet, overviewSheet } from './sheets';

export interface MapsOptions extends RunOptions {
  /** Clients to draw a Netwerkkaart for; default: every client with a map when there are at most 50. */
  clients?: string[];
  /** The measurement date to show (with the date before it); default: the latest two. */
  date?: string | null;
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
  for (const requested of clients) {
    const client = model.clients.find((c) => c.id.toUpperCase() === requested.toUpperCase());
    const maps = client ? withMaps.get(client.id) ?? [] : [];
    const dates = options.date && maps.length ? chooseMaps(maps, options.date).map((m) => m.date) : null;
    const spec = client ? mapSheet(model, client.id, dates, lang) : null;
    if (spec) specs.push(spec);
    else
      problems.push({
        severity: 'warning',
        sheet: pick(sheetDef('contacts'), lang),
        row: null,
        column: null,
        message: client
          ? { nl: `Cliënt ${client.id} heeft geen netwerkkaart${options.date ? ` op of vóór ${options.date}` : ''}; er is geen blad gemaakt.`, en: `Client ${client.id} has no network map${options.date ? ` on or before ${options.date}` : ''}; no sheet was made.` }
          : { nl: `Er is geen cliënt met ID "${requested}".`, en: `There is no client with ID "${requested}".` },
      });
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
