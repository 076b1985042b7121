/** The interim-evaluation form: its fields, in Dutch and English, and how answers are read back. */
import { Bilingual, pick } from '../i18n';

export type AnswerKey =
  | 'klik'
  | 'frequency'
  | 'activities'
  | 'wentWell'
  | 'motivation'
  | 'load'
  | 'safety'
  | 'safetyNote'
  | 'decision'
  | 'endReason'
  | 'actions'
  | 'nextDate';

export interface FieldDef {
  key: AnswerKey;
  label: Bilingual;
  /** Dropdown values, Dutch and English. */
  list?: { nl: string[]; en: string[] };
  kind: 'text' | 'integer' | 'date';
}

const SCALE = { nl: ['1', '2', '3', '4', '5'], en: ['1', '2', '3', '4', '5'] };

export const DECISIONS = {
  continue: { nl: 'voortzetten', en: 'continue' },
  adjust: { nl: 'bijstellen', en: 'adjust' },
  newPairing: { nl: 'nieuwe koppeling', en: 'new pairing' },
  end: { nl: 'beëindigen', en: 'end' },
};
export type EvaluationDecision = keyof typeof DECISIONS;

export const FIELDS: FieldDef[] = [
  { key: 'klik', label: { nl: 'Klik (1 = geen, 5 = heel goed)', en: 'Rapport (1 = none, 5 = very good)' }, list: SCALE, kind: 'integer' },
  {
    key: 'frequency', label: { nl: 'Hoe vaak contact', en: 'How often in contact' }, kind: 'text',
    list: { nl: ['meer dan wekelijks', 'wekelijks', 'tweewekelijks', 'maandelijks', 'minder'], en: ['more than weekly', 'weekly', 'fortnightly', 'monthly', 'less'] },
  },
  { key: 'activities', label: { nl: 'Ondernomen activiteiten', en: 'Activities undertaken' }, kind: 'text' },
  { key: 'wentWell', label: { nl: 'Wat ging goed', en: 'What went well' }, kind: 'text' },
  { key: 'motivation', label: { nl: 'Motivatie netwerker (1–5)', en: 'Motivation of the networker (1–5)' }, list: SCALE, kind: 'integer' },
  { key: 'load', label: { nl: 'Belasting netwerker (1 = licht, 5 = zwaar)', en: 'Load on the networker (1 = light, 5 = heavy)' }, list: SCALE, kind: 'integer' },
  { key: 'safety', label: { nl: 'Zorgen over veiligheid', en: 'Safety concerns' }, list: { nl: ['nee', 'ja'], en: ['no', 'yes'] }, kind: 'text' },
  { key: 'safetyNote', label: { nl: 'Toelichting veiligheid', en: 'Safety notes' }, kind: 'text' },
  {
    key: 'decision', label: { nl: 'Besluit', en: 'Decision' }, kind: 'text',
    list: { nl: Object.values(DECISIONS).map((d) => d.nl), en: Object.values(DECISIONS).map((d) => d.en) },
  },
  { key: 'endReason', label: { nl: 'Reden (bij beëindigen of nieuwe koppeling)', en: 'Reason (when ending or re-pairing)' }, kind: 'text' },
  { key: 'actions', label: { nl: 'Acties', en: 'Actions' }, kind: 'text' },
  { key: 'nextDate', label: { nl: 'Volgende evaluatie', en: 'Next evaluation' }, kind: 'date' },
];

/** One line under a form's questions with the words the list questions take, so whoever fills in a printed form knows them. */
export function allowedWordsNote(lang: 'nl' | 'en'): string {
  const parts = FIELDS.filter((f) => f.list && f.kind === 'text').map((f) => `${f.label[lang]}: ${f.list![lang].join(' / ')}`);
  return `${pick({ nl: 'Antwoorden die Kring leest', en: 'Answers Kring reads' }, lang)} — ${parts.join('. ')}. ${pick({ nl: 'Cijfers: 1 tot en met 5.', en: 'Scores: 1 to 5.' }, lang)}`;
}

/** The marker in a form's title row that says which pairing the form is about. */
export const FORM_MARKER = 'KRING-EVAL';
export const formKey = (networkerId: string, clientId: string) => `${FORM_MARKER}:${networkerId}>${clientId}`;
export function parseFormKey(text: string): { networkerId: string; clientId: string } | null {
  const m = /^KRING-EVAL:(.+)>(.+)$/.exec(text.trim());
  return m ? { networkerId: m[1], clientId: m[2] } : null;
}

export const EVALUATION_PREFIX = { nl: 'Evaluatie', en: 'Evaluation' };
/** The date in a sheet's name: dd-mm-jjjj as Kring writes it, or yyyy-mm-dd as earlier versions did. */
const NAME_DATE = '(\\d{2}-\\d{2}-\\d{4}|\\d{4}-\\d{2}-\\d{2})';
export const EVALUATION_SHEET = new RegExp(`^(?:evaluatie|evaluation) ${NAME_DATE}$`, 'i');
export const OVERVIEW_SHEET = { nl: 'Evaluatieoverzicht', en: 'Evaluation overview', synonyms: [] as string[] };
export const INTERVISIE_PREFIX = { nl: 'Intervisie', en: 'Peer consultation' };
export const INTERVISIE_SHEET = new RegExp(`^(?:intervisie|peer consultation) ${NAME_DATE}$`, 'i');

/** The ISO date of an Evaluatie or Intervisie sheet's name (either way of writing it), or null. */
export function sheetDate(pattern: RegExp, name: string): string | null {
  const m = pattern.exec(name.trim());
  if (!m) return null;
  return /^\d{4}/.test(m[1]) ? m[1] : m[1].split('-').reverse().join('-');
}
