/**
 * Re-pairing after change (method: re-pair when relations or lives change): netwerkers who have
 * stopped are never suggested and their pairings go on the agenda; a client whose pairing ended
 * with "nieuwe koppeling", or because the netwerker stopped, gets priority in the next round.
 */
import { displayDate } from '../dates';
import { Bilingual } from '../i18n';
import { KringModel } from '../model';
import { normKey } from '../read/normalize';

/** An end reason that says the netwerker stopped (Dutch or English, as typed or as Kring writes it). */
const STOPPED = /(netwerker|networker).*(stopt|gestopt|stop|opgehouden|quit|left)|^(gestopt|stopt|stopped)/i;
/** An end reason asking for a new pairing: the evaluation decision "nieuwe koppeling" or words like it. */
const NEW_PAIRING = /nieuwe ?koppeling|new ?pairing|herkoppel|opnieuw koppelen|re-?pair/i;

export const endedBecauseStopped = (reason: string | null): boolean => !!reason && STOPPED.test(reason);

/** Netwerkers (upper-case ID) who have stopped, with why: Actief = nee, or a pairing ended because they stopped. */
export function stoppedNetworkers(model: KringModel): Map<string, Bilingual> {
  const out = new Map<string, Bilingual>();
  for (const c of model.clients) {
    if (c.role !== 'participant' && !c.active) out.set(c.id.toUpperCase(), { nl: 'Actief = nee in Cliënten', en: 'Active = no in Clients' });
  }
  for (const p of model.pairings) {
    if (p.status !== 'ended' || !endedBecauseStopped(p.endReason)) continue;
    const key = p.networkerId.toUpperCase();
    // Started again later as netwerker: no longer stopped.
    const later = model.pairings.some((q) => q.networkerId.toUpperCase() === key && q.status === 'active' && (q.start ?? '') > (p.end ?? ''));
    if (!later && !out.has(key)) out.set(key, { nl: `gestopt volgens het register (${displayDate(p.end) || 'einde'}: ${p.endReason})`, en: `stopped according to the register (${displayDate(p.end) || 'end'}: ${p.endReason})` });
  }
  return out;
}

/** Clients (upper-case ID) without a running pairing whose last pairing ended asking for a new one, with why. */
export function repairClients(model: KringModel): Map<string, Bilingual> {
  const out = new Map<string, Bilingual>();
  const running = new Set(model.pairings.filter((p) => p.status !== 'ended').map((p) => p.clientId.toUpperCase()));
  const last = new Map<string, (typeof model.pairings)[number]>();
  for (const p of model.pairings) {
    if (p.status !== 'ended') continue;
    const key = p.clientId.toUpperCase();
    const prev = last.get(key);
    if (!prev || (p.end ?? '') >= (prev.end ?? '')) last.set(key, p);
  }
  for (const [key, p] of last) {
    if (running.has(key)) continue;
    const reason = normKey(p.endReason ?? '');
    const date = displayDate(p.end);
    if (NEW_PAIRING.test(p.endReason ?? '') || reason === normKey('nieuwe koppeling')) {
      out.set(key, { nl: `voorrang: de vorige koppeling is beëindigd met "nieuwe koppeling"${date ? ` (${date})` : ''}`, en: `priority: the previous pairing ended asking for a new pairing${date ? ` (${date})` : ''}` });
    } else if (endedBecauseStopped(p.endReason)) {
      out.set(key, { nl: `voorrang: de vorige netwerker is gestopt${date ? ` (${date})` : ''}`, en: `priority: the previous networker stopped${date ? ` (${date})` : ''}` });
    }
  }
  return out;
}
