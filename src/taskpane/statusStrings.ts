/**
 * Texts of the action bar and of decisions that are final, in Dutch and English. Kept apart from
 * strings.ts (already large): these belong to one idea, what the pane says about a running or
 * finished command.
 */
import { Lang } from '../engine/i18n';

export interface StatusStrings {
  /** A suggestion whose decision was processed: it can no longer change here. */
  processedAccepted: (register: string) => string;
  processedRejected: string;
  /** The region at the bottom of the pane with the step's main action and its feedback. */
  actionBar: string;
  /** The explanation of a network map's figures, folded open on request. */
  figuresHelp: string;
}

const nl: StatusStrings = {
  processedAccepted: (register) => `Verwerkt: akkoord, staat in ${register}. Beëindigen gaat via een evaluatie of in het register.`,
  processedRejected: 'Verwerkt: afgewezen. Kring stelt deze koppeling niet opnieuw voor.',
  actionBar: 'Actie van deze stap',
  figuresHelp: 'Wat betekenen de kengetallen?',
};

const en: StatusStrings = {
  processedAccepted: (register) => `Processed: accepted, in ${register}. End it through an evaluation or in the register.`,
  processedRejected: 'Processed: rejected. Kring will not suggest this pairing again.',
  actionBar: 'Action of this step',
  figuresHelp: 'What do the figures mean?',
};

export function statusStrings(lang: Lang): StatusStrings {
  return lang === 'en' ? en : nl;
}
