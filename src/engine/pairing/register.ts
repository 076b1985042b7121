/** Accepted pairs into the register Koppelingen: appended to the user's table by column, or a new register sheet. */
import { Lang, pick } from '../i18n';
import { isoToSerial } from '../read/cells';
import { appendToRegisterSheet } from '../registers';
import { RawSheet, WorkbookGateway } from '../workbook';

export interface Accepted {
  networkerId: string;
  clientId: string;
  start: string;
}

/** Status words an ended pairing may have in the register (a running pair is never added twice). */
const ENDED_WORDS = ['beëindigd', 'beeindigd', 'ended'];

/** Appends the accepted pairs; returns the sheets written (a new register) and the register's name. */
export async function appendToRegister(gateway: WorkbookGateway, raw: RawSheet[], accepted: Accepted[], lang: Lang): Promise<{ written: string[]; register: string }> {
  return appendToRegisterSheet(gateway, raw, {
    register: 'pairings',
    rows: accepted.map((a) => ({ networkerId: a.networkerId, clientId: a.clientId, start: isoToSerial(a.start), status: pick({ nl: 'actief', en: 'active' }, lang) })),
    // A colleague may have processed the same decisions a moment ago: never add a running pair twice.
    skipKeys: ['networkerId', 'clientId'],
    unless: { key: 'status', values: ENDED_WORDS },
  }, lang);
}
