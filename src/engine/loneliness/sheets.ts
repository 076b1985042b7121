/**
 * The loneliness questionnaire (one A4 page per client, large type, boxes to tick, no scores on
 * the page; answers kept on a re-run) and the Eenzaamheidsoverzicht (every measurement scored).
 */
import { displayDate } from '../dates';
import { FilledForm, formBlocks } from '../forms/form';
import { formsSheet } from '../forms/sheet';
import { formClients, FormScope } from '../forms/scope';
import { Lang, pick } from '../i18n';
import { Client, KringModel } from '../model';
import { isoToSerial } from '../read/cells';
import { clientLabel } from '../sheets/labels';
import { nameCell } from '../privacy/printout';
import { columnsFor, OUTPUT_TAB_COLOR, outputColumn, rowOf, tablePrint } from '../sheets/outputs';
import { SheetSpec } from '../workbook';
import { LONELINESS_FORM } from './kind';
import { scoredByClient } from './measurements';
import { ANSWER_WORDS, ITEMS } from './scale';
import { lonelinessValues, LONELINESS_WORDS } from './words';

export const LONELINESS_OVERVIEW = { nl: 'Eenzaamheidsoverzicht', en: 'Loneliness overview', synonyms: [] as string[] };

/** Rows one questionnaire takes, so that each starts on a new page. */
export const QUESTIONNAIRE_ROWS = 16;
/** Large type for reading the statements with the client, and room to tick. */
export const QUESTIONNAIRE_LAYOUT = { fontSize: 14, boxSize: 26, rowHeight: 60, inputFill: '#FFF2CC' };
const KEY_COLUMN = 4;

export type QuestionnaireScope = FormScope;

/** Who gets a questionnaire: the rule of every form (forms/scope.ts). */
export const questionnaireClients = formClients;

export function questionnaireSheet(model: KringModel, date: string, clients: Client[], kept: ReadonlyMap<string, FilledForm>, lang: Lang): SheetSpec {
  const title = pick({ nl: 'Vragenlijst: hoe voelt u zich?', en: 'Questionnaire: how do you feel?' }, lang);
  const instruction = pick(
    {
      nl: 'Hieronder staan zes uitspraken. Zet bij elke uitspraak één kruisje: past het bij hoe u zich de laatste tijd voelt? Er zijn geen goede of foute antwoorden.',
      en: 'Below are six statements. Put one cross for each statement: does it fit how you have been feeling lately? There are no right or wrong answers.',
    },
    lang,
  );
  const form = (client: Client, top: number) => {
    const who = clientLabel(client, client.id, model.settings.privacy);
    const facts = [
      [`${pick({ nl: 'Naam', en: 'Name' }, lang)}: ${who}`],
      [`${pick({ nl: 'Datum', en: 'Date' }, lang)}: ${displayDate(date)}${client.location ? `    ${pick({ nl: 'Locatie', en: 'Location' }, lang)}: ${client.location}` : ''}`],
    ];
    return formBlocks(LONELINESS_FORM, client.id, top, [title], facts, instruction, kept.get(client.id.toUpperCase()), KEY_COLUMN, QUESTIONNAIRE_LAYOUT, lang).blocks;
  };
  return formsSheet(
    {
      kind: LONELINESS_FORM,
      date,
      clients,
      rows: QUESTIONNAIRE_ROWS,
      keyColumn: KEY_COLUMN,
      title: pick({ nl: 'Vragenlijsten eenzaamheid', en: 'Loneliness questionnaires' }, lang),
      columns: [
        { header: pick({ nl: 'Uitspraak', en: 'Statement' }, lang), kind: 'text', width: 50 },
        { header: pick(ANSWER_WORDS.yes, lang), kind: 'text', width: 9 },
        { header: pick(ANSWER_WORDS.moreOrLess, lang), kind: 'text', width: 14 },
        { header: pick(ANSWER_WORDS.no, lang), kind: 'text', width: 9 },
        { header: pick({ nl: 'Kenmerk', en: 'Key' }, lang), kind: 'text', width: 6 },
      ],
      footer: pick({ nl: 'De Jong Gierveld-schaal (6 uitspraken)', en: 'De Jong Gierveld scale (6 statements)' }, lang),
      form,
    },
    lang,
  );
}

/** Eenzaamheidsoverzicht: every measurement with its answers and scores, per client oldest first. */
export function lonelinessOverviewSheet(model: KringModel, lang: Lang): SheetSpec {
  const byId = new Map(model.clients.map((c) => [c.id, c]));
  const scored = scoredByClient(model.loneliness);
  const columns = [
    outputColumn('clientId', 'Cliënt-ID', 'Client ID', 'text', 10),
    outputColumn('name', 'Naam', 'Name', 'text', 20),
    outputColumn('location', 'Locatie', 'Location', 'text', 14),
    outputColumn('supervisor', 'Begeleider', 'Support worker', 'text', 16),
    outputColumn('date', 'Datum', 'Date', 'date', 11),
    ...ITEMS.map((item) => outputColumn(`q${item.number}`, `${item.number}`, `${item.number}`, 'text', 11)),
    outputColumn('total', LONELINESS_WORDS.total.nl, LONELINESS_WORDS.total.en, 'integer', 12),
    outputColumn('emotional', LONELINESS_WORDS.emotional.nl, LONELINESS_WORDS.emotional.en, 'integer', 12),
    outputColumn('social', LONELINESS_WORDS.social.nl, LONELINESS_WORDS.social.en, 'integer', 11),
    outputColumn('level', 'Niveau', 'Level', 'text', 17),
    outputColumn('change', 'Verschil met vorige', 'Change since previous', 'integer', 12),
    outputColumn('source', 'Bron', 'Source', 'text', 22),
  ];
  const sorted = [...model.loneliness].sort((a, b) => a.clientId.localeCompare(b.clientId) || a.date.localeCompare(b.date));
  const rows = sorted.map((m) => {
    const client = byId.get(m.clientId);
    const earlier = (scored.get(m.clientId) ?? []).filter((x) => x.date < m.date).pop();
    const v = lonelinessValues(m, lang);
    return rowOf(columns, {
      clientId: m.clientId,
      name: client ? nameCell(client, client.id, model.settings.privacy) : null,
      location: client?.location,
      supervisor: client?.supervisor,
      date: isoToSerial(m.date),
      ...Object.fromEntries(m.answers.map((a, i) => [`q${i + 1}`, a ? pick(ANSWER_WORDS[a], lang) : null])),
      total: v.total,
      emotional: v.emotional,
      social: v.social,
      level: v.level,
      change: m.score && earlier?.score ? m.score.total - earlier.score.total : null,
      source: `${m.origin.sheet}, ${pick({ nl: 'rij', en: 'row' }, lang)} ${m.origin.row}`,
    });
  });
  const preamble = pick(
    {
      nl: ['Eenzaamheid per cliënt per datum (De Jong Gierveld, 6 uitspraken)', 'Score 0–6: 0–1 niet eenzaam, 2–4 enigszins eenzaam, 5–6 sterk eenzaam. Emotioneel: uitspraak 1, 4, 6; sociaal: 2, 3, 5. Een meting zonder alle zes antwoorden krijgt geen score.'],
      en: ['Loneliness per client per date (De Jong Gierveld, 6 statements)', 'Score 0–6: 0–1 not lonely, 2–4 somewhat lonely, 5–6 very lonely. Emotional: statements 1, 4, 6; social: 2, 3, 5. A measurement without all six answers gets no score.'],
    },
    lang,
  );
  return {
    name: pick(LONELINESS_OVERVIEW, lang),
    role: 'output',
    preamble,
    columns: columnsFor(columns, lang),
    rows,
    table: 'Kring_Eenzaamheid',
    print: tablePrint(pick(LONELINESS_OVERVIEW, lang), lang, preamble.length),
    tabColor: OUTPUT_TAB_COLOR,
    freezeHeader: true,
  };
}
