/** The task pane's language: English when Office runs in English, Dutch otherwise. */
import { Lang } from '../engine/i18n';

export function uiLang(displayLanguage: string | undefined | null): Lang {
  return (displayLanguage ?? '').trim().toLowerCase().startsWith('en') ? 'en' : 'nl';
}
