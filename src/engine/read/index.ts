/** Reads the input sheets of workbook.md into the model, collecting every problem on the way. */
import { Lang } from '../i18n';
import { KringModel } from '../model';
import { Problem, sortProblems } from '../problems';
import { groupAtRootCause, newCauses } from './rootCause';
import { SETTINGS_SHEET, SHEETS, SheetDef, SheetKey, sheetDef } from '../schema';
import { RawSheet } from '../workbook';
import { readClients } from './clients';
import { readCompetences } from './competences';
import { readContacts } from './contacts';
import { ReadContext } from './context';
import { normKey } from './normalize';
import { readExclusions, readPairings, readSocialMap } from './registers';
import { readConcerns } from './safety';
import { checkSupervisorNames, readSupervisors } from './supervisors';
import { readSettings } from './settings';
import { locateTable, LocatedTable } from './table';
import { readLoneliness } from '../loneliness/read';
import { mergeMeasurements, readQuestionnaires } from '../loneliness/measurements';

export interface ReadOptions {
  /** ISO date used as "today" (plausibility of dates, status of ended pairings). */
  today?: string;
}

export interface ReadResult {
  model: KringModel;
  problems: Problem[];
  /** Language guessed from the workbook's sheet names or its settings, if any. */
  lang: Lang | null;
}

function nameKeys(names: { nl: string; en: string; synonyms: string[] }): string[] {
  return [names.nl, names.en, ...names.synonyms].map(normKey);
}

/** The workbook's sheet for an input sheet definition (first match in tab order). */
export function findSheet(sheets: RawSheet[], names: { nl: string; en: string; synonyms: string[] }): RawSheet | undefined {
  const keys = nameKeys(names);
  return sheets.find((s) => keys.includes(normKey(s.name)));
}

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function readWorkbook(sheets: RawSheet[], options: ReadOptions = {}): ReadResult {
  const problems: Problem[] = [];
  const ctx: ReadContext = { problems, today: options.today ?? todayIso(), clients: new Map(), causes: newCauses() };
  const sheetNames: Partial<Record<string, string>> = {};
  const settingsSheet = findSheet(sheets, SETTINGS_SHEET);
  if (settingsSheet) sheetNames.settings = settingsSheet.name;
  const settings = readSettings(settingsSheet, problems);

  const located = (key: SheetKey): LocatedTable | null => {
    const def = sheetDef(key);
    const matches = sheets.filter((s) => nameKeys(def).includes(normKey(s.name)));
    if (matches.length > 1) {
      problems.push({
        severity: 'warning',
        sheet: matches[1].name,
        row: null,
        column: null,
        message: {
          nl: `Er zijn meerdere bladen voor ${def.nl} ("${matches.map((m) => m.name).join('", "')}"). Kring gebruikt "${matches[0].name}".`,
          en: `There are several sheets for ${def.en} ("${matches.map((m) => m.name).join('", "')}"). Kring uses "${matches[0].name}".`,
        },
      });
    }
    const sheet = matches[0];
    if (!sheet) {
      if (def.required) problems.push(missingSheet(def));
      return null;
    }
    sheetNames[key] = sheet.name;
    const table = locateTable(sheet, def, problems);
    if (!table && def.required && !problems.some((p) => p.sheet === sheet.name && p.severity === 'error')) {
      problems.push({
        severity: 'error',
        sheet: sheet.name,
        row: null,
        column: null,
        message: {
          nl: `Het blad ${sheet.name} is leeg. Zet de kolomkoppen (zoals ID en Naam) in de eerste rij en daaronder één rij per cliënt.`,
          en: `The sheet ${sheet.name} is empty. Put the column headers (such as ID and Name) in the first row and one row per client below.`,
        },
      });
    }
    return table;
  };

  const clientsTable = located('clients');
  const clients = clientsTable ? readClients(clientsTable, ctx) : [];
  if (clientsTable && clients.length === 0 && !problems.some((p) => p.sheet === clientsTable.sheet.name && p.severity === 'error')) {
    const name = clientsTable.sheet.name;
    ctx.causes!.noClients = {
      severity: 'warning',
      sheet: name,
      row: null,
      column: null,
      message: {
        nl: `Het blad ${name} heeft nog geen cliënten. Vul onder de kopregel één rij per cliënt in; tot dan heeft Kring niets te koppelen.`,
        en: `The sheet ${name} has no clients yet. Enter one row per client below the header row; until then Kring has nothing to pair.`,
      },
    };
    problems.push(ctx.causes!.noClients);
  }
  if (!clientsTable) {
    // A missing or empty Cliënten (or one without its required columns) is the cause of every unknown ID elsewhere.
    const name = sheetNames.clients ?? sheetDef('clients').nl;
    ctx.causes!.noClients = problems.find((p) => p.sheet === name && p.severity === 'error') ?? null;
  }
  const read = <T>(key: SheetKey, reader: (t: LocatedTable) => T[]): T[] => {
    const table = located(key);
    return table ? reader(table) : [];
  };
  const model: KringModel = {
    clients,
    competences: read('competences', (t) => readCompetences(t, ctx)),
    contacts: read('contacts', (t) => readContacts(t, ctx, settings)),
    pairings: read('pairings', (t) => readPairings(t, ctx)),
    exclusions: read('exclusions', (t) => readExclusions(t, ctx)),
    activities: read('socialMap', (t) => readSocialMap(t, ctx)),
    supervisors: read('supervisors', (t) => readSupervisors(t, problems, settings)),
    concerns: read('safety', (t) => readConcerns(t, ctx)),
    loneliness: mergeMeasurements(read('loneliness', (t) => readLoneliness(t, ctx)), readQuestionnaires(sheets, ctx), problems),
    settings,
    sheetNames,
  };
  if (clientsTable) checkSupervisorNames(clientsTable, clients, model.supervisors, problems);
  // New sheets follow the names the workbook already has; the Taal setting only fills in for a new workbook.
  return { model, problems: sortProblems(groupAtRootCause(problems, ctx.causes!)), lang: guessLang(sheets) ?? settings.language };
}

function missingSheet(def: SheetDef): Problem {
  return {
    severity: 'error',
    sheet: def.nl,
    row: null,
    column: null,
    message: {
      nl: `Het blad "${def.nl}" ontbreekt. Maak het aan (bijvoorbeeld met "Maak invoerbladen" of kring template) en vul het in.`,
      en: `The sheet "${def.en}" is missing. Create it (for example with "Create input sheets" or kring template) and fill it in.`,
    },
  };
}

/** Dutch or English, from the names of the input sheets the workbook has. */
function guessLang(sheets: RawSheet[]): Lang | null {
  const names = new Set(sheets.map((s) => normKey(s.name)));
  const nl = SHEETS.filter((d) => names.has(normKey(d.nl)) && normKey(d.nl) !== normKey(d.en)).length;
  const en = SHEETS.filter((d) => names.has(normKey(d.en)) && normKey(d.nl) !== normKey(d.en)).length;
  if (nl === 0 && en === 0) return null;
  return en > nl ? 'en' : 'nl';
}
