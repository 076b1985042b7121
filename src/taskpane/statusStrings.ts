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
  /** How to get back to the action bar from far down a step (the Escape key). */
  backToBar: string;
  /** The explanation of a network map's figures, folded open on request. */
  figuresHelp: string;
  /** The search box's clear button (out of the Tab order; Escape clears too). */
  clearSearch: string;
  /** The workbook at a glance: what each number counts. */
  overviewHelp: string;
  overviewExplain: Record<'clients' | 'networkers' | 'pairings' | 'decisions' | 'due' | 'concerns' | 'problems', string>;
}

const nl: StatusStrings = {
  processedAccepted: (register) => `Verwerkt: akkoord, staat in ${register}. Beëindigen gaat via een evaluatie of in het register.`,
  processedRejected: 'Verwerkt: afgewezen. Kring stelt deze koppeling niet opnieuw voor.',
  actionBar: 'Actie van deze stap',
  backToBar: 'Tip: met Esc gaat u vanaf elke kaart terug naar de knoppen bovenaan.',
  figuresHelp: 'Wat betekenen de kengetallen?',
  clearSearch: 'Zoekopdracht wissen',
  overviewHelp: 'Wat betekenen deze cijfers?',
  overviewExplain: {
    clients: 'Rijen in het blad Cliënten.',
    networkers: 'Actieve cliënten met de rol netwerker (of beide).',
    pairings: 'Koppelingen met status actief in het register Koppelingen.',
    decisions: 'Voorstellen in Koppelvoorstellen waarover nog geen besluit is genomen.',
    due: 'Actieve koppelingen zonder ingevulde evaluatie in de afgelopen periode.',
    concerns: 'Zorgen over veiligheid die nog niet zijn afgehandeld (Veiligheidssignalen en nog niet verwerkte formulieren). Ze staan op elke intervisie tot ze zijn afgehandeld.',
    problems: 'Wat Controleer werkmap de laatste keer vond: fouten houden een opdracht tegen, waarschuwingen niet.',
  },
};

const en: StatusStrings = {
  processedAccepted: (register) => `Processed: accepted, in ${register}. End it through an evaluation or in the register.`,
  processedRejected: 'Processed: rejected. Kring will not suggest this pairing again.',
  actionBar: 'Action of this step',
  backToBar: 'Tip: press Esc on any card to go back to the buttons at the top.',
  figuresHelp: 'What do the figures mean?',
  clearSearch: 'Clear the search',
  overviewHelp: 'What do these numbers mean?',
  overviewExplain: {
    clients: 'Rows in the Clients sheet.',
    networkers: 'Active clients with the role networker (or both).',
    pairings: 'Pairings with status active in the Pairings register.',
    decisions: 'Suggestions in the suggestions sheet without a decision yet.',
    due: 'Active pairings without a filled-in evaluation in the last period.',
    concerns: 'Safety concerns not yet handled (Safety concerns and forms not yet processed). They are on every peer consultation until handled.',
    problems: 'What the last check found: errors stop a command, warnings do not.',
  },
};

export function statusStrings(lang: Lang): StatusStrings {
  return lang === 'en' ? en : nl;
}
