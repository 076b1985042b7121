/** The most recent network map of each client. */
import { Contact } from '../model';

/** Contacts of each client at their latest measurement date (undated maps count as oldest). */
export function latestMaps(contacts: Contact[]): Map<string, { date: string | null; contacts: Contact[] }> {
  const latest = new Map<string, { date: string | null; contacts: Contact[] }>();
  for (const c of contacts) {
    const cur = latest.get(c.clientId);
    if (!cur || (c.date ?? '') > (cur.date ?? '')) latest.set(c.clientId, { date: c.date, contacts: [c] });
    else if ((c.date ?? '') === (cur.date ?? '')) cur.contacts.push(c);
  }
  return latest;
}

export function latestNetworkSizes(contacts: Contact[]): Map<string, number> {
  return new Map([...latestMaps(contacts)].map(([id, map]) => [id, map.contacts.length]));
}
