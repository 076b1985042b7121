/**
 * Which sheets Kring reads: its input sheets, the settings and its own sheets that carry what users
 * typed (decisions, rejections, evaluation answers, intervisie notes). A gateway that can skip the
 * rest (the .xlsx path) costs nothing for the user's other sheets, however large.
 */
import { EVALUATION_SHEET, INTERVISIE_SHEET } from '../evaluation/form';
import { formSheetPattern } from '../forms/form';
import { intakeForm } from '../intake/kind';
import { LONELINESS_FORM } from '../loneliness/kind';
import { SETTINGS_SHEET, SHEETS } from '../schema';
import { OUTPUT_NAMES } from '../sheets/outputs';
import { normKey } from './normalize';

const NAMED = new Set(
  [...SHEETS, SETTINGS_SHEET, OUTPUT_NAMES.suggestions, OUTPUT_NAMES.rejections].flatMap((n) => [n.nl, n.en, ...n.synonyms]).map(normKey),
);

/** Kring's forms with read-back whose answers are read (../forms/form). */
const FORMS = [formSheetPattern(LONELINESS_FORM), formSheetPattern(intakeForm([]))];

export function kringReadsSheet(name: string): boolean {
  const trimmed = name.trim();
  return NAMED.has(normKey(name)) || EVALUATION_SHEET.test(trimmed) || INTERVISIE_SHEET.test(trimmed) || FORMS.some((p) => p.test(trimmed));
}
