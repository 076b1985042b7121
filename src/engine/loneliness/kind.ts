/** The loneliness questionnaire as a form with read-back (../forms/form): a box per answer, a row per statement. */
import { FormKind } from '../forms/form';
import { ANSWER_WORDS, ANSWERS, ITEMS } from './scale';

export const LONELINESS_FORM: FormKind = {
  id: 'EENZAAMHEID',
  prefix: { nl: 'Vragenlijst', en: 'Questionnaire' },
  choices: ANSWERS.map((a) => ({ key: a, label: ANSWER_WORDS[a] })),
  questions: [
    ...ITEMS.map((item) => ({ key: `q${item.number}`, label: { nl: `${item.number}. ${item.statement.nl}`, en: `${item.number}. ${item.statement.en}` }, ticked: true })),
    { key: 'by', label: { nl: 'Afgenomen door', en: 'Taken by' }, ticked: false },
  ],
};
