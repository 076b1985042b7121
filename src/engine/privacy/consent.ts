/**
 * Consent to pairing (Cliënten, column Toestemming koppelen): ja / nee / onbekend.
 * 'no' keeps the client out of pairing and their name off pages about other clients. 'unknown'
 * (also an empty cell, or no column at all: workbooks from before the column keep working) still
 * lets Kring suggest the client, with a note to ask first, and shows them on pages about other
 * clients by initials at most. Only 'yes' lets the printout setting show the full name there.
 */
import { Bilingual } from '../i18n';
import { Client } from '../model';
import { isBlank, Parsed, shown } from '../read/cells';
import { normKey } from '../read/normalize';
import { Cell } from '../workbook';

export type Consent = 'yes' | 'no' | 'unknown';
export const CONSENTS: readonly Consent[] = ['yes', 'no', 'unknown'];

export const CONSENT_WORDS: Record<Consent, Bilingual> = {
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
  unknown: { nl: 'onbekend', en: 'unknown' },
};

const WORDS: Record<string, Consent> = {
  ja: 'yes', j: 'yes', yes: 'yes', y: 'yes', '1': 'yes', true: 'yes', waar: 'yes', x: 'yes', akkoord: 'yes', gegeven: 'yes', given: 'yes',
  nee: 'no', n: 'no', no: 'no', '0': 'no', false: 'no', onwaar: 'no', geen: 'no', geweigerd: 'no', refused: 'no', ingetrokken: 'no', withdrawn: 'no',
  onbekend: 'unknown', unknown: 'unknown', '?': 'unknown', nognietgevraagd: 'unknown', notasked: 'unknown', nvt: 'unknown',
};

export function parseConsent(cell: Cell): Parsed<Consent> {
  if (isBlank(cell)) return { ok: true, value: 'unknown' };
  if (typeof cell === 'boolean') return { ok: true, value: cell ? 'yes' : 'no' };
  const consent = WORDS[normKey(String(cell))] ?? WORDS[String(cell).trim()];
  if (consent) return { ok: true, value: consent };
  return {
    ok: false,
    why: {
      nl: `"${shown(cell)}" is geen bekende keuze voor toestemming. Kies ja, nee of onbekend.`,
      en: `"${shown(cell)}" is not a known choice for consent. Choose yes, no or unknown.`,
    },
  };
}

/** A client read before the column existed (or built in code) has no recorded consent. */
export function consentOf(client: Pick<Client, 'consent'> | undefined): Consent {
  return client?.consent ?? 'unknown';
}

/** Why a client (or netwerker) with Toestemming koppelen = nee gets no suggestion. */
export function noConsentReason(asNetworker: boolean): Bilingual {
  const why = { nl: 'geen toestemming om te koppelen (Cliënten, kolom Toestemming koppelen = nee)', en: 'no consent to be paired (Clients, column Consent to pairing = no)' };
  return asNetworker ? { nl: `netwerker wordt niet voorgesteld: ${why.nl}`, en: `networker is not suggested: ${why.en}` } : why;
}

/** May Kring suggest this client, as client or as netwerker? Only an explicit 'nee' says no. */
export function mayPair(client: Pick<Client, 'consent'>): boolean {
  return consentOf(client) !== 'no';
}

/** Consent asked in the workbook but not (yet) given: the column is there and says onbekend or is empty. */
export function consentOpen(client: Pick<Client, 'consent'>): boolean {
  return client.consent === 'unknown';
}

/** Added to a suggestion in which one of the two has no recorded consent yet. */
export function askConsentNote(ids: string[]): Bilingual {
  return {
    nl: `toestemming koppelen van ${ids.join(' en ')} is onbekend: vraag het vóór akkoord`,
    en: `consent to pairing of ${ids.join(' and ')} is unknown: ask before accepting`,
  };
}
