/**
 * Names on Kring's printable sheets: the setting Privacy op afdrukken (names / initials / IDs),
 * limited by consent wherever a client appears on a row or page about someone else
 * (docs/privacy.md says, per sheet, who reads it and why the default is initials).
 */
import { Client, Privacy } from '../model';
import { clientLabel, contactLabel, initials } from '../sheets/labels';
import { nameKey } from '../read/normalize';
import { consentOf } from './consent';

/** The more private of two settings. */
function stricter(a: Privacy, b: Privacy): Privacy {
  const rank: Record<Privacy, number> = { names: 0, initials: 1, ids: 2 };
  return rank[a] >= rank[b] ? a : b;
}

/** The setting for a client shown on someone else's row or page: full names only with consent. */
export function privacyForOthers(client: Client | undefined, privacy: Privacy): Privacy {
  const consent = consentOf(client);
  if (consent === 'yes') return privacy;
  return stricter(privacy, consent === 'no' ? 'ids' : 'initials');
}

/** A name column beside an ID column: the name, the initials, or the ID again. */
export function nameCell(client: Client | undefined, id: string, privacy: Privacy): string {
  if (!client) return id;
  if (privacy === 'ids') return client.id;
  return privacy === 'initials' ? initials(client.name) : client.name;
}

/** A client named on someone else's row or page (an alternative netwerker, the other client of a plan). */
export function otherClientLabel(client: Client | undefined, id: string, privacy: Privacy): string {
  const level = privacyForOthers(client, privacy);
  // With IDs the label is the ID alone; otherwise the ID follows, so a reader can look it up.
  if (!client || level === 'ids') return client?.id ?? id;
  return level === 'initials' ? clientLabel(client, id, level) : `${client.name} (${client.id})`;
}

/**
 * A contact on a client's network map. A contact who is a fellow client (same name, compared as
 * the reader compares names) without consent is never written out in full on that page.
 */
export function contactCell(name: string, privacy: Privacy, clientsByName: Map<string, Client>): string {
  const fellow = clientsByName.get(nameKey(name));
  return contactLabel(name, fellow ? privacyForOthers(fellow, privacy) : privacy);
}

export function clientsByName(clients: Client[]): Map<string, Client> {
  return new Map(clients.map((c) => [nameKey(c.name), c]));
}

/**
 * A person's label copied from an earlier printout (an open action carried from the last agenda),
 * shown as the setting says now: found again by the ID in it or by the full name.
 */
export function relabel(label: string | null, clients: Client[], privacy: Privacy): string | null {
  if (!label) return label;
  const id = /\(([^()]+)\)\s*$/.exec(label)?.[1] ?? label;
  const client = clients.find((c) => c.id.toUpperCase() === id.trim().toUpperCase()) ?? clients.find((c) => nameKey(c.name) === nameKey(label));
  return client ? clientLabel(client, client.id, privacy) : label;
}
