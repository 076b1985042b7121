/** The two languages Kring speaks. Dutch is the default. */
export type Lang = 'nl' | 'en';

/** A text in both languages; chosen when shown. */
export interface Bilingual {
  nl: string;
  en: string;
}

/** The engine's one way to choose a language: a text (or list of texts) in both languages. */
export function pick<T = string>(text: { nl: T; en: T }, lang: Lang): T {
  return lang === 'en' ? text.en : text.nl;
}

export function parseLang(value: string | undefined | null): Lang | null {
  const v = (value ?? '').trim().toLowerCase();
  if (v.startsWith('nl') || v === 'nederlands' || v === 'dutch') return 'nl';
  if (v.startsWith('en') || v === 'engels' || v === 'english') return 'en';
  return null;
}

/** A count with its noun in the right number: "1 contact", "2 contacten". */
export function counted(n: number, one: Bilingual, many: Bilingual): Bilingual {
  return { nl: `${n} ${n === 1 ? one.nl : many.nl}`, en: `${n} ${n === 1 ? one.en : many.en}` };
}
