/** Who can be a netwerker now (free capacity) and which clients are looking for one. */
import { Bilingual, counted } from '../i18n';
import { Client, KringModel } from '../model';
import { normKey } from '../read/normalize';
import { PersonFeatures } from './features';
import { stoppedNetworkers } from './repair';
import { mayPair, noConsentReason } from '../privacy/consent';

export interface NetworkerSlot {
  client: Client;
  capacity: number;
  activePairings: number;
  free: number;
}

export interface Eligibility {
  networkers: NetworkerSlot[];
  clients: Client[];
  /** Clients who look for a netwerker but cannot get one in this round, with why. */
  notEligible: { client: Client; reason: Bilingual }[];
  /** Netwerkers with Toestemming koppelen = nee, left out (named in the suggestions with why). */
  withoutConsent: Client[];
}

export function eligibility(model: KringModel, features: Map<string, PersonFeatures>, location: string | null = null): Eligibility {
  const atLocation = (c: Client) => location === null || (c.location !== null && normKey(c.location) === normKey(location));
  const activeAsNetworker = new Map<string, number>();
  const runningAsClient = new Set<string>();
  for (const p of model.pairings) {
    if (p.status === 'active') activeAsNetworker.set(p.networkerId, (activeAsNetworker.get(p.networkerId) ?? 0) + 1);
    if (p.status !== 'ended') runningAsClient.add(p.clientId);
  }
  // A netwerker who has stopped is never suggested (Actief = nee, or a pairing ended because they stopped).
  const stopped = stoppedNetworkers(model);
  const candidates = model.clients.filter((c) => c.role !== 'participant' && c.active && atLocation(c) && !stopped.has(c.id.toUpperCase()));
  const withoutConsent = candidates.filter((c) => !mayPair(c));
  const networkers: NetworkerSlot[] = candidates
    .filter(mayPair)
    .map((c) => {
      const active = activeAsNetworker.get(c.id) ?? 0;
      return { client: c, capacity: c.capacity, activePairings: active, free: Math.max(0, c.capacity - active) };
    });
  const clients: Client[] = [];
  const notEligible: Eligibility['notEligible'] = [];
  const small = model.settings.smallNetwork;
  for (const c of model.clients) {
    if (c.role === 'networker' || !c.active || !atLocation(c)) continue;
    if (model.settings.onlyUnpairedClients && runningAsClient.has(c.id)) continue;
    if (!mayPair(c)) {
      notEligible.push({ client: c, reason: noConsentReason(false) });
      continue;
    }
    const size = features.get(c.id)?.networkSize ?? null;
    if (c.needs.length === 0 && (size === null || size > small) && !features.get(c.id)?.repair) {
      const n = size === null ? null : counted(size, { nl: 'contact', en: 'contact' }, { nl: 'contacten', en: 'contacts' });
      notEligible.push({
        client: c,
        reason: {
          nl: `geen hulpvraag ingevuld en geen klein netwerk${n ? ` (${n.nl})` : ''}`,
          en: `no needs filled in and no small network${n ? ` (${n.en})` : ''}`,
        },
      });
      continue;
    }
    clients.push(c);
  }
  return { networkers, clients, notEligible, withoutConsent };
}
