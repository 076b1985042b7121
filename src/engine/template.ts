/** The empty input workbook of workbook.md: an instruction sheet, the input sheets and the settings sheet. */
import { Lang, pick } from './i18n';
import { Settings } from './model';
import { SHEETS, SETTINGS_SHEET } from './schema';
import { defaultSettings, SETTING_ITEMS, SETTINGS_HEADERS } from './settings';
import { Cell, SheetSpec } from './workbook';

export const KRING_TAB_COLOR = '#1F7A6D';
export const INSTRUCTIONS_SHEET = { nl: 'Uitleg Kring', en: 'About Kring' };

function tableName(key: string): string {
  return `Kring_${key}`;
}

/** A level 1–5 column per competence a begeleider needs (the list is a setting). */
function supervisorCompetenceColumns(settings: Settings, lang: Lang): SheetSpec['columns'] {
  const levels = ['1', '2', '3', '4', '5'];
  const hint = pick({ nl: 'Niveau 1 (beginner) tot en met 5 (sterk)', en: 'Level 1 (beginner) to 5 (strong)' }, lang);
  return settings.supervisorCompetences.map((c) => ({ header: c, kind: 'integer' as const, width: Math.min(28, Math.max(12, c.length + 2)), list: levels, hint, editable: true }));
}

/** The input sheets with headers, widths and dropdowns, but no rows. */
export function inputSheetSpecs(lang: Lang, settings: Settings = defaultSettings()): SheetSpec[] {
  return SHEETS.map((def) => ({
    name: pick(def, lang),
    role: 'input' as const,
    columns: [
      ...def.columns.map((col) => ({
        header: pick(col, lang),
        kind: col.kind,
        width: col.width,
        list: col.list ? col.list[lang] : undefined,
        hint: col.hint ? pick(col.hint, lang) : undefined,
        editable: true,
      })),
      ...(def.key === 'supervisors' ? supervisorCompetenceColumns(settings, lang) : []),
    ],
    rows: [],
    table: tableName(def.key),
    freezeHeader: true,
  }));
}

export function settingsSheetSpec(settings: Settings, lang: Lang): SheetSpec {
  const rows: Cell[][] = SETTING_ITEMS.map((item) => [pick(item.label, lang), item.get(settings), pick(item.help, lang)]);
  rows.push([null, null, null]);
  rows.push([pick(SETTINGS_HEADERS.need, lang), pick(SETTINGS_HEADERS.competence, lang), null]);
  for (const m of settings.needMap) rows.push([m.need, m.competence, null]);
  return {
    name: pick(SETTINGS_SHEET, lang),
    role: 'input',
    columns: [
      { header: pick(SETTINGS_HEADERS.key, lang), kind: 'text', width: 40 },
      { header: pick(SETTINGS_HEADERS.value, lang), kind: 'text', width: 48, editable: true },
      { header: pick(SETTINGS_HEADERS.help, lang), kind: 'text', width: 60 },
    ],
    rows,
    freezeHeader: true,
  };
}

const INSTRUCTIONS: Record<Lang, string[]> = {
  nl: [
    'Kring — werkmap voor cliëntennetwerken',
    'Vul de bladen Cliënten, Competenties, Contacten, Koppelingen, Uitsluitingen, Sociale kaart, Begeleiders en Eenzaamheid in. Alleen Cliënten is verplicht.',
    'Eén rij per cliënt, competentie, contact of koppeling. Laat de kopteksten in rij 1 staan; extra kolommen mogen.',
    'Lijsten in één cel scheidt u met ; of , (bijvoorbeeld: koken; wandelen). Dagen: ma, di, wo, do, vr, za, zo.',
    'Datums als dd-mm-jjjj. Niveaus van competenties 1 (beginner) tot en met 5 (sterk). Ring 1 = heel dichtbij, 3 = verder weg.',
    'Eenzaamheid: per cliënt per datum de zes uitspraken van de schaal van De Jong Gierveld, beantwoord met ja, min of meer of nee.',
    'Kring verandert uw invoerbladen nooit, behalve het register Koppelingen wanneer u zelf besluiten verwerkt.',
    'Bladen van Kring zelf (met de groene tab) worden elke keer opnieuw gemaakt als u Kring er opdracht voor geeft; uw besluiten en antwoorden blijven bewaard.',
    'Alle gegevens blijven in deze werkmap. Kring stuurt niets naar internet.',
  ],
  en: [
    'Kring — workbook for client networks',
    'Fill in the sheets Clients, Competences, Contacts, Pairings, Exclusions, Social map, Support workers and Loneliness. Only Clients is required.',
    'One row per client, competence, contact or pairing. Keep the headers in row 1; extra columns are fine.',
    'Separate lists in one cell with ; or , (for example: cooking; walking). Days: mon, tue, wed, thu, fri, sat, sun.',
    'Dates as dd-mm-yyyy. Competence levels 1 (beginner) to 5 (strong). Ring 1 = very close, 3 = further away.',
    'Loneliness: per client per date the six statements of the De Jong Gierveld scale, answered yes, more or less or no.',
    "Kring never changes your input sheets, except the register Pairings when you process decisions yourself.",
    "Kring's own sheets (with the green tab) are made again each time you ask Kring to; your decisions and answers are kept.",
    'All data stays in this workbook. Kring sends nothing to the internet.',
  ],
};

export function instructionsSheetSpec(lang: Lang): SheetSpec {
  const [title, ...lines] = INSTRUCTIONS[lang];
  return {
    name: pick(INSTRUCTIONS_SHEET, lang),
    role: 'input',
    preamble: [title],
    columns: [{ header: pick({ nl: 'Zo werkt het', en: 'How it works' }, lang), kind: 'text', width: 120 }],
    rows: lines.map((l) => [l]),
    tabColor: KRING_TAB_COLOR,
  };
}

/** Everything "Maak invoerbladen" / `kring template` writes (only sheets that are missing). */
export function templateSheets(lang: Lang, settings: Settings = defaultSettings()): SheetSpec[] {
  return [instructionsSheetSpec(lang), ...inputSheetSpecs(lang), settingsSheetSpec(settings, lang)];
}
