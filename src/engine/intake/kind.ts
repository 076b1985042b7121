/**
 * The intake form as a form with read-back (../forms/form): the client's interests, needs,
 * availability and role wish written in cells (filled in with what is known now), a row per
 * competence of the settings' list with a box per level 1–5, who assessed and a note.
 */
import { FormKind } from '../forms/form';
import { Bilingual } from '../i18n';
import { Settings } from '../model';
import { normKey } from '../read/normalize';

/** The levels 1–5 in plain words, one box each. */
export const LEVEL_WORDS: readonly Bilingual[] = [
  { nl: '1 nog niet', en: '1 not yet' },
  { nl: '2 een beetje', en: '2 a little' },
  { nl: '3 redelijk', en: '3 fairly' },
  { nl: '4 goed', en: '4 well' },
  { nl: '5 heel goed', en: '5 very well' },
];

export type IntakeField = 'interests' | 'needs' | 'availability' | 'role';
export const INTAKE_FIELDS: readonly IntakeField[] = ['interests', 'needs', 'availability', 'role'];

/** The questions about the client, as on the form (and the column of Cliënten each changes). */
export const FIELD_LABELS: Record<IntakeField | 'assessor' | 'note', Bilingual> = {
  interests: { nl: 'Interesses (wat doet u graag?)', en: 'Interests (what do you like doing?)' },
  needs: { nl: 'Hulpvraag (waar wilt u hulp bij?)', en: 'Needs (what would you like help with?)' },
  availability: { nl: 'Beschikbaar op (dagen)', en: 'Available on (days)' },
  role: { nl: 'Rol: deelnemer, netwerker of beide', en: 'Role: participant, networker or both' },
  assessor: { nl: 'Beoordeeld door', en: 'Assessed by' },
  note: { nl: 'Notitie', en: 'Note' },
};

/** The competences asked about: the settings' list (the competences of the need map, the method's defaults), each once. */
export function intakeCompetences(settings: Settings): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { competence } of settings.needMap) {
    if (!seen.has(normKey(competence))) {
      seen.add(normKey(competence));
      out.push(competence);
    }
  }
  return out;
}

export const competenceKey = (competence: string) => `c:${normKey(competence)}`;

export function intakeForm(competences: readonly string[]): FormKind {
  return {
    id: 'INTAKE',
    prefix: { nl: 'Intake', en: 'Intake' },
    choices: LEVEL_WORDS.map((label, i) => ({ key: String(i + 1), label })),
    questions: [
      ...INTAKE_FIELDS.map((key) => ({ key, label: FIELD_LABELS[key], ticked: false })),
      ...competences.map((c) => ({ key: competenceKey(c), label: { nl: c, en: c }, ticked: true })),
      { key: 'assessor', label: FIELD_LABELS.assessor, ticked: false },
      { key: 'note', label: FIELD_LABELS.note, ticked: false },
    ],
  };
}
