/**
 * Intake <date>: one A4 page per client in large type — what is known of their interests, needs,
 * availability and role (to correct in the conversation), each competence of the settings' list
 * with a box per level 1–5, who assessed, room for a note. Answers written earlier are kept.
 */
import { displayDate } from '../dates';
import { FilledForm, formBlocks } from '../forms/form';
import { formsSheet } from '../forms/sheet';
import { Lang, pick } from '../i18n';
import { Client, KringModel } from '../model';
import { clientLabel } from '../sheets/labels';
import { Cell, SheetSpec } from '../workbook';
import { FormKind } from '../forms/form';
import { formClients, FormScope } from '../forms/scope';
import { INTAKE_FIELDS } from './kind';
import { assessments, fieldText } from './known';

/** Rows of a form above its questions: title, blank, two facts, blank, instruction, blank, the boxes' header. */
const HEAD_ROWS = 8;
/** The question rows share this much height (points), at most 40 each: the page stays one A4. */
const QUESTIONS_HEIGHT = 500;
const KEY_COLUMN = 6;

/** Rows one form takes, so that each starts on a new page. */
export const intakeRows = (kind: FormKind) => HEAD_ROWS + kind.questions.length + 1;

export function intakeLayout(kind: FormKind) {
  return { fontSize: 14, boxSize: 22, rowHeight: Math.max(24, Math.min(40, Math.floor(QUESTIONS_HEIGHT / kind.questions.length))), inputFill: '#FFF2CC' };
}

export type IntakeScope = FormScope;

/**
 * Who gets a form: the rule of every form (forms/scope.ts); never assessed first, then the longest
 * ago (a stable sort keeps location and name order within).
 */
export function intakeClients(model: KringModel, scope: IntakeScope, kept: ReadonlySet<string>): Client[] {
  const known = assessments(model);
  // Never assessed sorts before every date; undated levels right after.
  const when = (c: Client) => (known.has(c.id) ? known.get(c.id)!.date ?? '0' : '');
  return formClients(model, scope, kept).sort((a, b) => when(a).localeCompare(when(b)));
}

export function intakeSheet(model: KringModel, kind: FormKind, date: string, clients: Client[], kept: ReadonlyMap<string, FilledForm>, lang: Lang): SheetSpec {
  const layout = intakeLayout(kind);
  const known = assessments(model);
  const title = pick({ nl: 'Intake: wat kunt u, wat wilt u?', en: 'Intake: what can you do, what would you like?' }, lang);
  const instruction = pick(
    {
      nl: 'Lees samen wat er staat en verbeter het. Eén kruisje per vaardigheid: hoe goed lukt dit? Weet u het niet, laat de rij dan leeg.',
      en: 'Read together what is written and correct it. One cross per skill: how well does it go? If you do not know, leave the row empty.',
    },
    lang,
  );
  const form = (client: Client, top: number) => {
    const who = clientLabel(client, client.id, model.settings.privacy);
    const last = known.get(client.id);
    const lastText = last ? (last.date ? displayDate(last.date) : pick({ nl: 'zonder datum', en: 'no date' }, lang)) : pick({ nl: 'nog nooit', en: 'never' }, lang);
    const facts = [
      [`${pick({ nl: 'Naam', en: 'Name' }, lang)}: ${who}${client.location ? `    ${pick({ nl: 'Locatie', en: 'Location' }, lang)}: ${client.location}` : ''}`],
      [`${pick({ nl: 'Datum', en: 'Date' }, lang)}: ${displayDate(date)}    ${pick({ nl: 'Vorige beoordeling', en: 'Last assessed' }, lang)}: ${lastText}`],
    ];
    const defaults: Partial<Record<string, Cell>> = {};
    for (const field of INTAKE_FIELDS) defaults[field] = fieldText(client, field, lang) || null;
    return formBlocks(kind, client.id, top, [title], facts, instruction, kept.get(client.id.toUpperCase()), KEY_COLUMN, layout, lang, defaults).blocks;
  };
  return formsSheet(
    {
      kind,
      date,
      clients,
      rows: intakeRows(kind),
      keyColumn: KEY_COLUMN,
      title: pick({ nl: 'Intakeformulieren', en: 'Intake forms' }, lang),
      columns: [
        { header: pick({ nl: 'Vraag', en: 'Question' }, lang), kind: 'text', width: 42 },
        ...kind.choices.map((c) => ({ header: pick(c.label, lang), kind: 'text' as const, width: 14 })),
        { header: pick({ nl: 'Kenmerk', en: 'Key' }, lang), kind: 'text', width: 6 },
      ],
      footer: pick({ nl: 'Intake: competenties 1 (nog niet) tot 5 (heel goed)', en: 'Intake: competences 1 (not yet) to 5 (very well)' }, lang),
      form,
    },
    lang,
  );
}
