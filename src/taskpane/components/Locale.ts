/** The pane's language and texts, available to every component. */
import * as React from 'react';
import { Lang } from '../../engine/i18n';
import { Strings, stringsFor } from '../strings';

export interface Locale {
  lang: Lang;
  strings: Strings;
}

export const LocaleContext = React.createContext<Locale>({ lang: 'nl', strings: stringsFor('nl') });

export function useLocale(): Locale {
  return React.useContext(LocaleContext);
}
