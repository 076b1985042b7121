/** What the loneliness figures are called on every sheet and in the pane, Dutch and English. */
import { Bilingual, Lang, pick } from '../i18n';
import { LonelinessMeasurement } from './read';
import { LEVEL_WORDS } from './scale';

export type LonelinessFigure = 'date' | 'total' | 'emotional' | 'social' | 'level';

export const LONELINESS_WORDS: Record<LonelinessFigure, Bilingual> = {
  date: { nl: 'Datum eenzaamheid', en: 'Loneliness date' },
  total: { nl: 'Eenzaamheid (0–6)', en: 'Loneliness (0–6)' },
  emotional: { nl: 'Emotioneel (0–3)', en: 'Emotional (0–3)' },
  social: { nl: 'Sociaal (0–3)', en: 'Social (0–3)' },
  level: { nl: 'Eenzaamheid', en: 'Loneliness level' },
};

/** The figures of one measurement by key (date as given; null when there is no score). */
export function lonelinessValues(m: LonelinessMeasurement | null, lang: Lang): Record<LonelinessFigure, string | number | null> {
  const s = m?.score ?? null;
  return {
    date: m?.date ?? null,
    total: s?.total ?? null,
    emotional: s?.emotional ?? null,
    social: s?.social ?? null,
    level: s ? pick(LEVEL_WORDS[s.level], lang) : null,
  };
}
