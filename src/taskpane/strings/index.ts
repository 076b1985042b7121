/**
 * Every text the task pane shows, in Dutch and English: one catalogue, split by step. Each part
 * has one interface for both languages, so a key missing in one language fails compilation.
 * Messages about the workbook itself (problems, progress steps) come bilingual from the engine.
 */
import { Lang } from '../../engine/i18n';
import { checkEn, checkNl, CheckStrings } from './check';
import { coreEn, coreNl, CoreStrings } from './core';
import { evaluateEn, evaluateNl, EvaluateStrings } from './evaluate';
import { mapsEn, mapsNl, MapsStrings } from './maps';
import { pairingEn, pairingNl, PairingStrings } from './pairing';
import { resultsEn, resultsNl, ResultsStrings } from './results';
import { lonelinessEn, lonelinessNl, LonelinessStrings } from './loneliness';
import { intakeEn, intakeNl, IntakeStrings } from './intake';
import { settingsEn, settingsNl, SettingsStrings } from './settings';
import { privacyEn, privacyNl, PrivacyStrings } from './privacy';

export interface Strings extends CoreStrings, CheckStrings, PairingStrings, MapsStrings, EvaluateStrings, SettingsStrings {
  results: ResultsStrings;
  loneliness: LonelinessStrings;
  intake: IntakeStrings;
  privacy: PrivacyStrings;
}

export const nl: Strings = { ...coreNl, ...checkNl, ...pairingNl, ...mapsNl, ...evaluateNl, ...settingsNl, results: resultsNl, loneliness: lonelinessNl, intake: intakeNl, privacy: privacyNl };
export const en: Strings = { ...coreEn, ...checkEn, ...pairingEn, ...mapsEn, ...evaluateEn, ...settingsEn, results: resultsEn, loneliness: lonelinessEn, intake: intakeEn, privacy: privacyEn };

const STRINGS: Record<Lang, Strings> = { nl, en };

export function stringsFor(lang: Lang): Strings {
  return STRINGS[lang];
}
