/**
 * The 6-item De Jong Gierveld loneliness scale as the CBS uses it (De Jong Gierveld & Van Tilburg,
 * 2006; CBS, "Loneliness survey – technical explanation", 2020): six statements answered ja / min of
 * meer / nee. Items 1, 4 and 6 (emotional) score 1 for ja or min of meer; items 2, 3 and 5 (social,
 * worded positively) score 1 for nee or min of meer. Total 0–6: 0–1 not lonely, 2–4 somewhat
 * lonely, 5–6 very lonely. Sources in docs/workbook.md.
 */
import { Bilingual } from '../i18n';

export type Answer = 'yes' | 'moreOrLess' | 'no';
export const ANSWERS: readonly Answer[] = ['yes', 'moreOrLess', 'no'];

/** The answer words as Kring writes them, Dutch and English. */
export const ANSWER_WORDS: Record<Answer, Bilingual> = {
  yes: { nl: 'ja', en: 'yes' },
  moreOrLess: { nl: 'min of meer', en: 'more or less' },
  no: { nl: 'nee', en: 'no' },
};

export interface Item {
  number: number;
  statement: Bilingual;
  /** emotional: a lonely feeling (scored on ja / min of meer); social: a good network (scored on nee / min of meer). */
  dimension: 'emotional' | 'social';
}

export const ITEMS: readonly Item[] = [
  { number: 1, statement: { nl: 'Ik ervaar een leegte om me heen', en: 'I experience a general sense of emptiness' }, dimension: 'emotional' },
  { number: 2, statement: { nl: 'Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen', en: 'There are plenty of people I can lean on when I have problems' }, dimension: 'social' },
  { number: 3, statement: { nl: 'Ik heb veel mensen op wie ik volledig kan vertrouwen', en: 'There are many people I can trust completely' }, dimension: 'social' },
  { number: 4, statement: { nl: 'Ik mis mensen om me heen', en: 'I miss having people around' }, dimension: 'emotional' },
  { number: 5, statement: { nl: 'Er zijn voldoende mensen met wie ik me nauw verbonden voel', en: 'There are enough people I feel close to' }, dimension: 'social' },
  { number: 6, statement: { nl: 'Vaak voel ik me in de steek gelaten', en: 'I often feel rejected' }, dimension: 'emotional' },
];

export type Level = 'notLonely' | 'somewhatLonely' | 'veryLonely';
export const LEVELS: readonly Level[] = ['notLonely', 'somewhatLonely', 'veryLonely'];
export const LEVEL_WORDS: Record<Level, Bilingual> = {
  notLonely: { nl: 'niet eenzaam', en: 'not lonely' },
  somewhatLonely: { nl: 'enigszins eenzaam', en: 'somewhat lonely' },
  veryLonely: { nl: 'sterk eenzaam', en: 'very lonely' },
};

export interface Score {
  /** 0–6 */
  total: number;
  /** Items 1, 4, 6: 0–3 */
  emotional: number;
  /** Items 2, 3, 5: 0–3 */
  social: number;
  level: Level;
}

export function itemScore(item: Item, answer: Answer): 0 | 1 {
  if (answer === 'moreOrLess') return 1;
  return (item.dimension === 'emotional' ? answer === 'yes' : answer === 'no') ? 1 : 0;
}

export function levelOf(total: number): Level {
  return total <= 1 ? 'notLonely' : total <= 4 ? 'somewhatLonely' : 'veryLonely';
}

/** The score of six answers (in item order); null when any is missing: no score rather than a wrong one. */
export function score(answers: readonly (Answer | null)[]): Score | null {
  if (answers.length !== ITEMS.length || answers.some((a) => a === null)) return null;
  let emotional = 0;
  let social = 0;
  ITEMS.forEach((item, i) => {
    const s = itemScore(item, answers[i] as Answer);
    if (item.dimension === 'emotional') emotional += s;
    else social += s;
  });
  const total = emotional + social;
  return { total, emotional, social, level: levelOf(total) };
}
